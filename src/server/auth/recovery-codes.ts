import { randomInt } from 'node:crypto';
import { sha256Hex } from '../crypto/tokens.js';

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const GROUPS = 4;
const GROUP_LENGTH = 4;

/**
 * A code like "k7m2-x9qp-4hzd-w3ta": 16 symbols of 31, about 79 bits, enough that a plain
 * SHA-256 at rest cannot be brute-forced, so a code is found by its hash in one lookup.
 */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () =>
    Array.from({ length: GROUPS }, () =>
      Array.from({ length: GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''),
    ).join('-'),
  );
}

/** Hash of a code as typed: case, spaces and dashes do not matter. */
export function recoveryCodeHash(code: string): string {
  return sha256Hex(code.toLowerCase().replace(/[\s-]/g, ''));
}

export const looksLikeRecoveryCode = (code: string): boolean =>
  code.replace(/[\s-]/g, '').length === GROUPS * GROUP_LENGTH;
