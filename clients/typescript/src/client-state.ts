import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SignedAnswer } from './signed-answer.js';

/**
 * What the client keeps between runs (one JSON file, the same format in every language's client):
 * the date of the last trusted answer, the latest local time it saw, and the last signed
 * validate answer per key and identifier, kept as received so it is verified again when read.
 */
export interface ClientState {
  format: 'licensing-client-state/1';
  /** The `date` (ms) of the last answer trusted: an older answer is a replay. */
  lastAnswerDate: number;
  /** The latest local time (ms) at which an answer was trusted or the cache used: a clock behind it went backwards. */
  lastSeenAt: number;
  /** By cacheSlot(key, identifier): the raw key never touches the disk. */
  validations: Record<string, SignedAnswer>;
}

const empty = (): ClientState => ({
  format: 'licensing-client-state/1',
  lastAnswerDate: 0,
  lastSeenAt: 0,
  validations: {},
});

/** The cache slot of a key and identifier: SHA-256 hex of `key + "\n" + identifier`. */
export function cacheSlot(key: string, identifier: string): string {
  return createHash('sha256').update(`${key.trim().toUpperCase()}\n${identifier}`).digest('hex');
}

/** Reads the state file; a missing or unreadable one is an empty state (nothing cached). */
export function loadState(file: string | undefined): ClientState {
  if (!file) return empty();
  try {
    const state = JSON.parse(readFileSync(file, 'utf8')) as ClientState;
    return state.format === 'licensing-client-state/1' ? state : empty();
  } catch {
    return empty();
  }
}

/** Writes atomically (temporary file, then rename), so a crash never leaves half a file. */
export function saveState(file: string | undefined, state: ClientState): void {
  if (!file) return;
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(state), { mode: 0o600 });
  renameSync(temporary, file);
}
