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
import type { TFunction } from 'i18next';
import { useSupportContext } from '../api/support';
import { AppModal } from './AppModal';
import { ErrorState } from './ErrorState';
import type { SupportSubject } from './support-context';
import { useTranslation } from 'react-i18next';

/** The details a support request starts with: the organization, and the license and its latest validation code. */
function prefilled(
  t: TFunction,
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
    t('common.supportDialog.organization', { value: organizationName }),
    ...(license
      ? [
          t('common.supportDialog.product', { value: license.productName }),
          t('common.supportDialog.entitlement', { value: license.entitlementPublicId }),
          t('common.supportDialog.salesOrder', { value: license.salesOrder }),
          t('common.supportDialog.licenseKey', { value: license.maskedKey }),
        ]
      : []),
    ...(code ? [t('common.supportDialog.validationCode', { value: code })] : []),
    '',
    t('common.supportDialog.whatHappened'),
  ].join('\n');
}

export function SupportDialog({
  subject,
  onClose,
}: {
  subject: SupportSubject | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const context = useSupportContext(subject !== null, subject?.licenseId);
  const data = context.data;
  const code = subject?.validationCode ?? data?.license?.validationCode;
  const body = data ? prefilled(t, data.organizationName, data.license, code) : '';
  const subjectLine = data?.license
    ? t('common.supportDialog.subjectLicense', {
        product: data.license.productName,
        entitlement: data.license.entitlementPublicId,
      })
    : t('common.supportDialog.subject');
  const mailto = data?.contact.email
    ? `mailto:${data.contact.email}?subject=${encodeURIComponent(subjectLine)}&body=${encodeURIComponent(body)}`
    : null;
  return (
    // Rendered once for the whole app, so its portal may come before an open panel's: above it by z-index.
    <AppModal
      opened={subject !== null}
      onClose={onClose}
      title={t('common.support.contact')}
      zIndex={getDefaultZIndex('modal') + 10}
    >
      {context.isPending ? (
        <Group justify="center" p="md">
          <Loader size="sm" role="status" aria-label={t('common.supportDialog.loading')} />
        </Group>
      ) : context.error ? (
        <ErrorState
          title={t('common.supportDialog.loadFailed')}
          error={context.error}
          onRetry={() => context.refetch()}
          retrying={context.isFetching}
        />
      ) : (
        <Stack gap="md">
          {!data?.contact.email && !data?.contact.url ? (
            <Text size="sm">{t('common.supportDialog.noContact')}</Text>
          ) : (
            <Text size="sm">
              {t('common.supportDialog.sendTo')}
              {data.contact.email && (
                <>
                  {' '}
                  {t('common.supportDialog.at')}{' '}
                  <Anchor href={`mailto:${data.contact.email}`}>{data.contact.email}</Anchor>
                </>
              )}
              {data.contact.url && (
                <>
                  {t(
                    data.contact.email
                      ? 'common.supportDialog.orUse'
                      : 'common.supportDialog.through',
                  )}
                  <Anchor href={data.contact.url} target="_blank" rel="noreferrer">
                    {t('common.supportDialog.supportPage')}
                  </Anchor>
                </>
              )}
              {t('common.supportDialog.end')}
            </Text>
          )}
          <Textarea
            label={t('common.supportDialog.details')}
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
                  {t(copied ? 'common.copied' : 'common.supportDialog.copy')}
                </Button>
              )}
            </CopyButton>
            {mailto && (
              <Button component="a" href={mailto}>
                {t('common.supportDialog.writeEmail')}
              </Button>
            )}
          </Group>
        </Stack>
      )}
    </AppModal>
  );
}
