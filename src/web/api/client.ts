import type { ApiErrorBody } from '../../common/api-types';
import { i18n } from '../i18n/i18n';
import { errorMessage, fieldMessages } from './error-text';

/**
 * A failed API call: the HTTP status, the server's stable code, and the message and per-field
 * problems in the shown language (decision 137); `serverMessage` keeps the server's English.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {},
    readonly serverMessage: string = message,
  ) {
    super(message);
  }
}

export const isUnauthenticated = (error: unknown): boolean =>
  error instanceof ApiError && error.status === 401;

let csrfToken: string | null = null;

/** Remembers the session's CSRF token; every request that changes something sends it. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
}

function toApiError(status: number, payload: unknown): ApiError {
  const error = (payload as Partial<ApiErrorBody> | null)?.error;
  if (error && typeof error.message === 'string')
    return new ApiError(
      status,
      error.code,
      errorMessage(error.code, error.message),
      fieldMessages(error.code, error.fields),
      error.message,
    );
  return new ApiError(status, `http_${status}`, i18n.t('common.error.unexpected', { status }));
}

/** Sends a request to the portal API (paths are relative to /api/portal), JSON in. */
function send(path: string, { method = 'GET', body, signal }: RequestOptions): Promise<Response> {
  // The shown language, so the server can answer (and write mails) in it.
  const headers: Record<string, string> = {
    accept: 'application/json',
    'accept-language': i18n.language ?? 'en',
  };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  return fetch(`/api/portal${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
    signal,
  });
}

/** An early answer older than this is not taken: the data may have changed since. */
const EARLY_MAX_AGE_MS = 10_000;
const early = new Map<string, { sentAt: number; response: Promise<Response> }>();

/**
 * Sends a GET now, before the code that needs its answer has arrived (a list page's beforeLoad,
 * decision 154); the next `apiRequest` of the same path takes this answer instead of asking
 * again, once. Nothing is cached: a later request asks the server as always.
 */
export function requestEarly(path: string): void {
  const response = send(path, {});
  // A failure surfaces where the answer is taken, or nowhere if it never is.
  response.catch(() => undefined);
  early.set(path, { sentAt: Date.now(), response });
}

function takeEarly(path: string): Promise<Response> | undefined {
  const answer = early.get(path);
  early.delete(path);
  return answer && Date.now() - answer.sentAt < EARLY_MAX_AGE_MS ? answer.response : undefined;
}

/** Calls the portal API (paths are relative to /api/portal) with JSON in and out. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const taken = (options.method ?? 'GET') === 'GET' ? takeEarly(path) : undefined;
  return readAnswer<T>(taken ?? send(path, options), options.signal);
}

/** The JSON of an API answer, or the ApiError it stands for (a network failure is status 0). */
export async function readAnswer<T>(request: Promise<Response>, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await request;
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'network_error', i18n.t('common.error.network'));
  }
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) throw toApiError(response.status, payload);
  return payload as T;
}
