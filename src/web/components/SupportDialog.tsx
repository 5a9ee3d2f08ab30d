import {
  Anchor,
  Button,
  CopyButton,
  getDefaultZIndex,
  Group,
  Loader,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useSupportContext } from '../api/support';
import { AppModal } from './AppModal';
import { ErrorState } from './ErrorState';
import type { SupportSubject } from './support-context';

/** The details a support request starts with: the organization, and the license and its latest validation code. */
function prefilled(
  organizationName: string,
  license: {
    productName: string;
    entitlementPublicId: string;
    salesOrder: string;
    maskedKey: string;
  } | null,
  code: string | undefined,
) {
  return [
    `Organization: ${organizationName}`,
    ...(license
      ? [
          `Product: ${license.productName}`,
          `Entitlement: ${license.entitlementPublicId}`,
          `Sales order: ${license.salesOrder}`,
          `License key: ${license.maskedKey}`,
        ]
      : []),
    ...(code ? [`Latest validation code: ${code}`] : []),
    '',
    'What happened:',
  ].join('\n');
}

export function SupportDialog({
  subject,
  onClose,
}: {
  subject: SupportSubject | null;
  onClose: () => void;
}) {
  const context = useSupportContext(subject !== null, subject?.licenseId);
  const data = context.data;
  const code = subject?.validationCode ?? data?.license?.validationCode;
  const body = data ? prefilled(data.organizationName, data.license, code) : '';
  const subjectLine = data?.license
    ? `Support: ${data.license.productName} (${data.license.entitlementPublicId})`
    : 'Support request';
  const mailto = data?.contact.email
    ? `mailto:${data.contact.email}?subject=${encodeURIComponent(subjectLine)}&body=${encodeURIComponent(body)}`
    : null;
  return (
    // Rendered once for the whole app, so its portal may come before an open panel's: above it by z-index.
    <AppModal
      opened={subject !== null}
      onClose={onClose}
      title="Contact support"
      zIndex={getDefaultZIndex('modal') + 10}
    >
      {context.isPending ? (
        <Group justify="center" p="md">
          <Loader size="sm" aria-label="Loading the support contact" />
        </Group>
      ) : context.error ? (
        <ErrorState
          title="The support contact could not be loaded"
          error={context.error}
          onRetry={() => context.refetch()}
          retrying={context.isFetching}
        />
      ) : (
        <Stack gap="md">
          {!data?.contact.email && !data?.contact.url ? (
            <Text size="sm">
              The vendor has not published a support contact yet. Ask your reseller or account
              manager, and give them the details below.
            </Text>
          ) : (
            <Text size="sm">
              Send these details to the vendor’s support
              {data.contact.email && (
                <>
                  {' '}
                  at <Anchor href={`mailto:${data.contact.email}`}>{data.contact.email}</Anchor>
                </>
              )}
              {data.contact.url && (
                <>
                  {data.contact.email ? ', or use ' : ' through '}
                  <Anchor href={data.contact.url} target="_blank" rel="noreferrer">
                    the support page
                  </Anchor>
                </>
              )}
              .
            </Text>
          )}
          <Textarea
            label="Details for support"
            value={body}
            readOnly
            autosize
            minRows={4}
            maxRows={10}
          />
          <Group justify="flex-end" gap="sm">
            <CopyButton value={body}>
              {({ copied, copy }) => (
                <Button variant="default" onClick={copy}>
                  {copied ? 'Copied' : 'Copy details'}
                </Button>
              )}
            </CopyButton>
            {mailto && (
              <Button component="a" href={mailto}>
                Write an email
              </Button>
            )}
          </Group>
        </Stack>
      )}
    </AppModal>
  );
}
