import type { Readable } from 'node:stream';
import type { ArtifactKind } from '../../../../common/downloads-api.js';
import type { AppContext } from '../../../context.js';
import { randomToken } from '../../../crypto/tokens.js';
import { badRequest, DomainError } from '../../../errors.js';
import { FileTooLargeError } from '../../../storage/file-storage.js';
import * as queries from './queries.js';
import { loadRelease, presentArtifact } from './service.js';

export const MAX_ARTIFACT_BYTES = 4 * 1024 ** 3;

export interface ArtifactInput {
  fileName: string;
  kind?: ArtifactKind;
  /** Required for installers; documentation is for every platform ("any"). */
  platform?: string;
  arch?: string;
  /** The expected SHA-256 (hex); the upload is refused when the file does not match. */
  sha256?: string;
}

/**
 * Streams an artifact into storage while measuring its size and SHA-256, then records it.
 * A refused upload (too large, empty, wrong checksum, database failure) leaves no file and no row.
 */
export async function uploadArtifact(
  ctx: AppContext,
  releaseId: number,
  input: ArtifactInput,
  body: Readable,
) {
  const kind = input.kind ?? 'installer';
  if (kind === 'installer' && (!input.platform || !input.arch)) {
    throw badRequest('An installer needs its platform and architecture.', {
      ...(input.platform ? {} : { platform: 'is required for an installer' }),
      ...(input.arch ? {} : { arch: 'is required for an installer' }),
    });
  }
  await loadRelease(ctx.db, releaseId);
  if (await queries.findArtifactByName(ctx.db, releaseId, input.fileName)) {
    throw new DomainError(
      'conflict',
      'already_exists',
      'The release already has a file of this name.',
      { fileName: 'is already taken' },
    );
  }
  const storage = ctx.storage;
  const storageKey = `releases/${releaseId}/${randomToken(9)}/${input.fileName}`;
  const stored = await storage
    .write(storageKey, body, { maxBytes: MAX_ARTIFACT_BYTES })
    .catch((error: unknown) => {
      if (error instanceof FileTooLargeError)
        throw new DomainError('too_large', 'file_too_large', error.message, {
          body: `must be at most ${MAX_ARTIFACT_BYTES} bytes`,
        });
      throw error;
    });
  try {
    if (stored.size === 0) throw badRequest('The file is empty.', { body: 'must not be empty' });
    if (input.sha256 && input.sha256.toLowerCase() !== stored.sha256) {
      throw badRequest(
        'The file does not match the SHA-256 given: it was damaged or is another file.',
        { sha256: `does not match the file (${stored.sha256})` },
      );
    }
    const row = await queries.insertArtifact(ctx.db, {
      release_id: releaseId,
      file_name: input.fileName,
      kind,
      platform: input.platform ?? 'any',
      arch: input.arch ?? 'any',
      size: stored.size,
      sha256: stored.sha256,
      storage_key: storageKey,
      created_at: ctx.now().toISOString(),
    });
    return presentArtifact(row);
  } catch (error) {
    await storage.remove(storageKey);
    throw error;
  }
}
