import { Alert, Button, Code, Text } from '@mantine/core';
import { IconAlertTriangle, IconShieldCheck } from '@tabler/icons-react';
import type { AuditChainVerification } from '../../../common/audit-api';
import { useVerifyAuditChain } from './api/verify-audit-chain';
import { DateTime } from '../../components/DateTime';
import { notifyFailed } from '../../components/notify';
import { useTranslation } from 'react-i18next';

export function VerifyChainButton({ verify }: { verify: ReturnType<typeof useVerifyAuditChain> }) {
  const { t } = useTranslation();
  return (
    <Button
      variant="default"
      leftSection={<IconShieldCheck size={16} aria-hidden />}
      loading={verify.isPending}
      onClick={() =>
        verify.mutate(undefined, {
          onError: (error) => notifyFailed(t('audit.verify.failed'), error),
        })
      }
    >
      {t('audit.verify.button')}
    </Button>
  );
}

/** The outcome of the hash-chain check, announced to screen readers. */
export function ChainVerificationResult({
  result,
  onClose,
}: {
  result: AuditChainVerification;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const broken = result.firstBrokenEvent;
  return (
    <Alert
      role="status"
      color={broken ? 'red' : 'teal'}
      icon={broken ? <IconAlertTriangle aria-hidden /> : <IconShieldCheck aria-hidden />}
      title={broken ? t('audit.verify.tampered') : t('audit.verify.intact')}
      // The coloured title of a light alert falls below 4.5:1 contrast; the icon and border carry the colour.
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
      withCloseButton
      closeButtonLabel={t('audit.verify.dismiss')}
      onClose={onClose}
    >
      {broken ? (
        <Text size="sm">
          {t('audit.verify.event', { id: broken.id })}{' '}
          <DateTime value={broken.occurredAt} format="dateTime" />{' '}
          {t(`audit.verify.reason.${broken.reason}`)}{' '}
          {t('audit.verify.before', { count: result.checkedEvents })}
        </Text>
      ) : (
        <Text size="sm">
          {t('audit.verify.all', { count: result.checkedEvents })}
          {result.head && (
            <>
              {' '}
              {t('audit.verify.newest', { id: result.head.id })}{' '}
              <Code>{result.head.hash.slice(0, 16)}…</Code>
              {t('audit.verify.noteIt')}
            </>
          )}
        </Text>
      )}
    </Alert>
  );
}
