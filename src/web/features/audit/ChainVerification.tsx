import { Alert, Button, Code, Text } from '@mantine/core';
import { IconAlertTriangle, IconShieldCheck } from '@tabler/icons-react';
import type { AuditChainVerification } from '../../../common/audit-api';
import { useVerifyAuditChain } from './api/verify-audit-chain';
import { DateTime } from '../../components/DateTime';
import { notifyFailed } from '../../components/notify';

export function VerifyChainButton({ verify }: { verify: ReturnType<typeof useVerifyAuditChain> }) {
  return (
    <Button
      variant="default"
      leftSection={<IconShieldCheck size={16} aria-hidden />}
      loading={verify.isPending}
      onClick={() =>
        verify.mutate(undefined, {
          onError: (error) => notifyFailed('The log could not be verified', error),
        })
      }
    >
      Verify integrity
    </Button>
  );
}

const REASONS = {
  altered: 'was changed after it was recorded',
  predecessor_missing:
    'no longer follows the event before it: an earlier event was removed or rewritten',
};

/** The outcome of the hash-chain check, announced to screen readers. */
export function ChainVerificationResult({
  result,
  onClose,
}: {
  result: AuditChainVerification;
  onClose: () => void;
}) {
  const broken = result.firstBrokenEvent;
  return (
    <Alert
      role="status"
      color={broken ? 'red' : 'teal'}
      icon={broken ? <IconAlertTriangle aria-hidden /> : <IconShieldCheck aria-hidden />}
      title={broken ? 'The log has been tampered with' : 'The log is intact'}
      // The coloured title of a light alert falls below 4.5:1 contrast; the icon and border carry the colour.
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={onClose}
    >
      {broken ? (
        <Text size="sm">
          Event #{broken.id} of <DateTime value={broken.occurredAt} format="dateTime" />{' '}
          {REASONS[broken.reason]}. {result.checkedEvents} events before it verify.
        </Text>
      ) : (
        <Text size="sm">
          All {result.checkedEvents} events verify.
          {result.head && (
            <>
              {' '}
              Newest: #{result.head.id}, hash <Code>{result.head.hash.slice(0, 16)}…</Code>. Note
              it: a later check that no longer reaches it means newer events were removed.
            </>
          )}
        </Text>
      )}
    </Alert>
  );
}
