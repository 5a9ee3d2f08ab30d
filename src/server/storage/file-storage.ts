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
 * Where release artifacts live: local disk under DATA_DIR or an S3-compatible bucket
 * (STORAGE_URL, DESIGN.md §7). Keys are relative paths like "releases/12/ab3f/app.zip".
 */
export interface FileStorage {
  /** Where the files are, for messages: a folder or s3://bucket. */
  readonly location: string;
  /** Streams `body` to `key`, refusing more than `maxBytes`; nothing stays behind on failure. */
  write(key: string, body: Readable, options: { maxBytes: number }): Promise<StoredFile>;
  /**
   * The file, or only bytes `start`..`end` (inclusive) of it, once the store has it ready
   * to stream; rejects with FileMissingError when there is no such file.
   */
  open(key: string, range?: ByteRange): Promise<Readable>;
  remove(key: string): Promise<void>;
  /** Throws when the store cannot be reached (readiness). */
  check(): Promise<void>;
  /** Lets go of connections on shutdown. */
  close(): void;
}

export class FileTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The file is larger than ${maxBytes} bytes.`);
  }
}

export class FileMissingError extends Error {
  constructor(readonly key: string) {
    super(`The file ${key} is not in the storage.`);
  }
}
