import { useMutation } from '@tanstack/react-query';
import type { AuditChainVerification } from '../../../../common/audit-api';
import { apiRequest } from '../../../api/client';

export const verifyAuditChain = () =>
  apiRequest<AuditChainVerification>('/audit-events/verify', { method: 'POST' });

export const useVerifyAuditChain = () => useMutation({ mutationFn: verifyAuditChain });
