/**
 * What kind of refusal an expected failure is. Domain code names the kind; http/errors.ts
 * maps each kind to its HTTP status in one place, and the CLI prints the code and message.
 */
export type Refusal =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'too_large'
  | 'unprocessable'
  | 'too_many_requests';

/** An expected failure with its kind, a stable code and a message meant for the user. */
export class DomainError extends Error {
  constructor(
    readonly kind: Refusal,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
    /** Seconds after which trying again can succeed (too_many_requests). */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

export const notFound = (what = 'resource') =>
  new DomainError('not_found', 'not_found', `The ${what} does not exist.`);
export const badRequest = (message: string, fields?: Record<string, string>) =>
  new DomainError('invalid', 'invalid_request', message, fields);
export const conflict = (code: string, message: string) =>
  new DomainError('conflict', code, message);
export const forbidden = () =>
  new DomainError('forbidden', 'forbidden', 'Your role does not allow this action.');
export const unauthenticated = () =>
  new DomainError('unauthenticated', 'unauthenticated', 'Sign in to continue.');
