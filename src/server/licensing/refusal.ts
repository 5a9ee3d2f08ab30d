import { VALIDATION_TEXT, type LicenseCheckCode } from '../../common/license-validation.js';
import { DomainError, type Refusal } from '../errors.js';

const KIND: Record<LicenseCheckCode, Refusal> = {
  NOT_FOUND: 'not_found',
  PRODUCT_MISMATCH: 'unprocessable',
  REVOKED: 'forbidden',
  SUSPENDED: 'forbidden',
  EXPIRED: 'forbidden',
  FINGERPRINT_REQUIRED: 'invalid',
  NOT_ACTIVATED: 'not_found',
  HEARTBEAT_DEAD: 'conflict',
  HEARTBEAT_NOT_STARTED: 'conflict',
  SEATS_EXHAUSTED: 'conflict',
  SEAT_ASSIGNED: 'conflict',
  FEATURE_NOT_ENTITLED: 'forbidden',
  FEATURE_EXPIRED: 'forbidden',
};

/**
 * The error a refused licensing operation answers: the validation code, its explanation, what
 * is particular to this request (e.g. who holds the assigned seats) and the remedy.
 */
export function refusal(code: LicenseCheckCode, detail?: string): DomainError {
  const text = VALIDATION_TEXT[code];
  return new DomainError(
    KIND[code],
    code,
    [text.explanation, detail, text.remedy].filter(Boolean).join(' '),
  );
}
