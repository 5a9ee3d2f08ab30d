import type { KeyObject } from 'node:crypto';
import { cacheSlot, loadState, saveState, type ClientState } from './client-state.js';
import { verifyLicenseFile, type LicenseFileDocument, type SignedFile } from './license-file.js';
import type { OfflineActivationRequest } from './offline-activation.js';
import { parsePublicKey, verifyAnswer, type SignedAnswer } from './signed-answer.js';
import { VENDOR_PUBLIC_KEY } from './vendor-key.js';

export { UntrustedAnswerError, UNTRUSTED_MEANING } from './signed-answer.js';

export interface ClientOptions {
  /** The licensing server, e.g. https://licensing.example.com (no trailing /v1). */
  baseUrl: string;
  /** PEM or base64 raw key; defaults to the key embedded at build time. */
  publicKey?: string | KeyObject;
  /** The product code the software is; sent so another product's key is refused. */
  product?: string;
  /** Where the last trusted answers are kept for offline use; without it, nothing survives a restart. */
  stateFile?: string;
  /** How long a cached validate answer stands in for the server when it cannot be reached (default 0: never). */
  offlineGraceSeconds?: number;
  /** Per request (default 15 s). */
  timeoutMs?: number;
  now?: () => Date;
}

/** Codes the client answers itself when it cannot reach the server, with their meaning. */
export const UNREACHABLE_MEANING = {
  NETWORK: 'The licensing server could not be reached.',
  NO_CACHED_ANSWER:
    'The server could not be reached and no trusted answer for this key and machine is cached.',
  GRACE_ENDED:
    'The server could not be reached and the cached answer is older than the offline grace period.',
  CLOCK_BACKWARDS:
    'The server could not be reached and this machine’s clock is behind the last time it checked.',
} as const;
export type UnreachableCode = keyof typeof UNREACHABLE_MEANING;

export class UnreachableError extends Error {
  constructor(
    readonly code: UnreachableCode,
    readonly cause?: unknown,
  ) {
    super(UNREACHABLE_MEANING[code]);
    this.name = 'UnreachableError';
  }
}

/** A signed refusal (4xx) of the server: `code` is a validation code (SUSPENDED, SEATS_EXHAUSTED…) or an error code. */
export class RefusedError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'RefusedError';
  }
}

/** The RefusedError of a signed error answer (`{ error: { code, message, fields? } }`). */
function refusedBy(answer: SignedAnswer & { status: number }): RefusedError {
  let error: { code?: string; message?: string; fields?: Record<string, string> } | undefined;
  try {
    error = (JSON.parse(answer.body) as { error?: typeof error }).error;
  } catch {
    // Not JSON: reported by status below.
  }
  return new RefusedError(
    answer.status,
    error?.code ?? `http_${answer.status}`,
    error?.message ?? answer.body,
    error?.fields,
  );
}

export interface Activation {
  id: number;
  kind: string;
  identifier: string;
  quantity: number;
  activatedAt: string;
  lastHeartbeatAt: string | null;
  heartbeatDeadline: string | null;
  deactivatedAt: string | null;
}

export interface Validation {
  valid: boolean;
  /** VALID or the first failing check (docs/licensing-api.md). */
  code: string;
  /** What the code means, and what to do about it, as the server explains it. */
  message: string;
  remedy: string;
  license: Record<string, unknown> | null;
  activation: Activation | null;
  /** 'cache': the server was unreachable and this is the last trusted answer, within the grace period. */
  source: 'server' | 'cache';
  /** The signed `date` of the answer. */
  answeredAt: Date;
}

export class LicensingClient {
  private readonly publicKey: KeyObject;
  private readonly now: () => Date;

  constructor(private readonly options: ClientOptions) {
    const key = options.publicKey ?? VENDOR_PUBLIC_KEY;
    if (!key) throw new Error('No public key: build with one embedded, or pass publicKey.');
    this.publicKey = parsePublicKey(key);
    this.now = options.now ?? (() => new Date());
  }

  /** Validates a key for this machine; falls back to the cached answer within the grace period when offline. */
  async validate(key: string, identifier: string, features?: string[]): Promise<Validation> {
    const body = {
      key,
      identifier,
      product: this.options.product,
      scope: features && { features },
    };
    let answer: SignedAnswer & { status: number };
    try {
      answer = await this.send('/v1/licenses/validate', body);
    } catch (error) {
      if (error instanceof UnreachableError) return this.cachedValidation(key, identifier, error);
      throw error;
    }
    const state = loadState(this.options.stateFile);
    const date = this.trust(answer, state);
    if (answer.status === 200) {
      const { date: signedDate, signature, body: text } = answer;
      state.validations[cacheSlot(key, identifier)] = { date: signedDate, signature, body: text };
    }
    saveState(this.options.stateFile, state);
    if (answer.status !== 200) throw refusedBy(answer);
    return this.validation(answer, date, 'server');
  }

  /** Activates (idempotent per identifier): `created` false when it already held an activation. */
  async activate(
    key: string,
    identifier: string,
    details: {
      name?: string;
      hostname?: string;
      platform?: string;
      quantity?: number;
      user?: string;
    } = {},
  ): Promise<{ created: boolean; activation: Activation; license: Record<string, unknown> }> {
    return this.call('/v1/activations', {
      key,
      identifier,
      product: this.options.product,
      ...details,
    });
  }

  heartbeat(
    key: string,
    identifier: string,
  ): Promise<{ lastHeartbeatAt: string; heartbeatDeadline: string | null }> {
    return this.call('/v1/activations/heartbeat', { key, identifier });
  }

  async deactivate(key: string, identifier: string): Promise<Activation> {
    return (
      await this.call<{ activation: Activation }>('/v1/activations/deactivate', { key, identifier })
    ).activation;
  }

  /** A license file for this activation, verified (signature, identifier, validity) before it is returned. */
  async licenseFile(
    key: string,
    identifier: string,
    validForDays?: number,
  ): Promise<{ file: SignedFile; document: LicenseFileDocument }> {
    const file = await this.call<SignedFile>('/v1/license-files', {
      key,
      identifier,
      product: this.options.product,
      validForDays,
    });
    return { file, document: this.verifyLicenseFile(file, identifier) };
  }

  /** From a connected machine: posts an air-gapped machine's request file and returns its signed response file. */
  async submitOfflineRequest(request: OfflineActivationRequest): Promise<SignedFile> {
    const file = await this.call<SignedFile>('/v1/offline-activations', request);
    this.verifyLicenseFile(file, request.identifier, request.nonce);
    return file;
  }

  /** On the air-gapped machine: the response file's document once it verifies for this request. */
  verifyLicenseFile(
    file: SignedFile,
    identifier: string,
    requestNonce?: string,
  ): LicenseFileDocument {
    return verifyLicenseFile(this.publicKey, file, {
      identifier,
      requestNonce,
      product: this.options.product,
      now: this.now(),
    });
  }

  /**
   * Sends a heartbeat now and then every `intervalMs` (about half the product's interval) until
   * stopped; each outcome, refusals and network failures included, goes to `onBeat`.
   */
  startHeartbeat(
    key: string,
    identifier: string,
    intervalMs: number,
    onBeat: (
      outcome: { ok: true; heartbeatDeadline: string | null } | { ok: false; error: unknown },
    ) => void = () => {},
  ): { stop: () => void } {
    let stopped = false;
    let timer: NodeJS.Timeout | undefined;
    const beat = async () => {
      try {
        const { heartbeatDeadline } = await this.heartbeat(key, identifier);
        onBeat({ ok: true, heartbeatDeadline });
      } catch (error) {
        onBeat({ ok: false, error });
      }
      if (!stopped) timer = setTimeout(beat, intervalMs).unref();
    };
    void beat();
    return {
      stop: () => {
        stopped = true;
        clearTimeout(timer);
      },
    };
  }

  private cachedValidation(key: string, identifier: string, cause: UnreachableError): Validation {
    const state = loadState(this.options.stateFile);
    const cached = state.validations[cacheSlot(key, identifier)];
    if (!cached) throw new UnreachableError('NO_CACHED_ANSWER', cause);
    const now = this.now().getTime();
    if (now < state.lastSeenAt) throw new UnreachableError('CLOCK_BACKWARDS', cause);
    // Verified again: the state file is not trusted, only the vendor's signature is.
    const date = verifyAnswer(this.publicKey, cached, new Date(Date.parse(cached.date)));
    if (now - date > (this.options.offlineGraceSeconds ?? 0) * 1000)
      throw new UnreachableError('GRACE_ENDED', cause);
    state.lastSeenAt = now;
    saveState(this.options.stateFile, state);
    return this.validation(cached, date, 'cache');
  }

  private validation(answer: SignedAnswer, date: number, source: Validation['source']): Validation {
    const { valid, code, message, remedy, license, activation } = JSON.parse(
      answer.body,
    ) as Validation;
    return {
      valid,
      code,
      message,
      remedy,
      license,
      activation,
      source,
      answeredAt: new Date(date),
    };
  }

  /** Verifies the answer against the state's last answer date and records it as the newest trusted one. */
  private trust(answer: SignedAnswer, state: ClientState): number {
    const now = this.now();
    const date = verifyAnswer(this.publicKey, answer, now, state.lastAnswerDate);
    state.lastAnswerDate = date;
    state.lastSeenAt = Math.max(state.lastSeenAt, now.getTime());
    return date;
  }

  /** Sends, verifies and parses; a signed 4xx becomes RefusedError. */
  private async call<T>(path: string, body: object): Promise<T> {
    const answer = await this.send(path, body);
    const state = loadState(this.options.stateFile);
    this.trust(answer, state);
    saveState(this.options.stateFile, state);
    if (answer.status >= 400) throw refusedBy(answer);
    return JSON.parse(answer.body) as T;
  }

  private async send(path: string, body: object): Promise<SignedAnswer & { status: number }> {
    let response: Response;
    try {
      response = await fetch(`${this.options.baseUrl.replace(/\/+$/, '')}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 15_000),
      });
    } catch (error) {
      throw new UnreachableError('NETWORK', error);
    }
    return {
      status: response.status,
      date: response.headers.get('date') ?? '',
      signature: response.headers.get('x-signature') ?? '',
      body: await response.text(),
    };
  }
}
