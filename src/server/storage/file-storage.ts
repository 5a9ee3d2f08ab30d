import type { Readable } from 'node:stream';

/** What storing a file measured while it streamed in. */
export interface StoredFile {
  size: number;
  sha256: string;
}

export interface ByteRange {
  start: number;
  end: number;
}

/**
 * Where release artifacts live. Local disk today; an S3-compatible store implements the
 * same three methods (DESIGN.md §7). Keys are relative paths like "releases/12/ab3f/app.zip".
 */
export interface FileStorage {
  /** Streams `body` to `key`, refusing more than `maxBytes`; nothing stays behind on failure. */
  write(key: string, body: Readable, options: { maxBytes: number }): Promise<StoredFile>;
  /** The file, or only bytes `start`..`end` (inclusive) of it. */
  read(key: string, range?: ByteRange): Readable;
  remove(key: string): Promise<void>;
}

export class FileTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The file is larger than ${maxBytes} bytes.`);
  }
}
