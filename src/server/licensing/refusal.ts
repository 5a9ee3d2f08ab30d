import { VALIDATION_TEXT, type LicenseCheckCode } from '../../common/license-validation.js';
import { AppError } from '../http/errors.js';

const STATUS: Record<LicenseCheckCode, number> = {
  NOT_FOUND: 404,
  PRODUCT_MISMATCH: 422,
  REVOKED: 403,
  SUSPENDED: 403,
  EXPIRED: 403,
  FINGERPRINT_REQUIRED: 400,
  NOT_ACTIVATED: 404,
  HEARTBEAT_DEAD: 409,
  HEARTBEAT_NOT_STARTED: 409,
  SEATS_EXHAUSTED: 409,
  FEATURE_NOT_ENTITLED: 403,
  FEATURE_EXPIRED: 403,
};

/** The error a refused licensing operation answers: the validation code, its explanation and remedy. */
export function refusal(code: LicenseCheckCode): AppError {
  const text = VALIDATION_TEXT[code];
  return new AppError(STATUS[code], code, `${text.explanation} ${text.remedy}`);
}
