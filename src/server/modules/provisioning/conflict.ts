import { isUniqueViolation } from '../../db/unique-violation.js';
import { DomainError } from '../../errors.js';

/** Runs a write; a unique-constraint failure becomes 409 already_exists naming `field`. */
export async function failOnDuplicate<T>(
  field: string,
  message: string,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error))
      throw new DomainError('conflict', 'already_exists', message, { [field]: 'is already taken' });
    throw error;
  }
}

export const invalidTransition = (message: string) =>
  new DomainError('conflict', 'invalid_transition', message);
