import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';
import { FileTooLargeError, type StoredFile } from './file-storage.js';

/** A pass-through that counts and hashes the bytes, failing past `maxBytes`; `result()` once done. */
export function measureUpload(maxBytes: number): { stream: Transform; result: () => StoredFile } {
  const hash = createHash('sha256');
  let size = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > maxBytes) return done(new FileTooLargeError(maxBytes));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  return { stream, result: () => ({ size, sha256: hash.digest('hex') }) };
}
