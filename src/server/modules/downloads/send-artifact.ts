import type { FastifyReply } from 'fastify';
import type { AppContext } from '../../context.js';
import { DomainError } from '../../errors.js';
import { sendAttachment } from '../../http/attachment.js';
import { FileMissingError } from '../../storage/file-storage.js';
import { parseByteRange } from './byte-range.js';
import type { OpenedDownload } from './service.js';

/**
 * Streams the file, whole or one byte range. The download is audited once, on the request
 * that starts at byte 0, so a resumed or chunked download is not logged many times over,
 * and only once the storage has the bytes ready: a file it cannot serve is not "downloaded".
 */
export async function sendArtifact(
  ctx: AppContext,
  reply: FastifyReply,
  artifact: OpenedDownload,
  rangeHeader: string | undefined,
  audit: () => Promise<void>,
) {
  const range = parseByteRange(rangeHeader, artifact.size);
  reply.header('accept-ranges', 'bytes').header('x-content-sha256', artifact.sha256);
  if (range === 'unsatisfiable') {
    return reply
      .code(416)
      .header('content-range', `bytes */${artifact.size}`)
      .send({
        error: {
          code: 'range_not_satisfiable',
          message: `The file has ${artifact.size} bytes; the requested range lies outside it.`,
        },
      });
  }
  const body = await ctx.storage
    .open(artifact.storage_key, range ?? undefined)
    .catch((error: unknown) => {
      if (error instanceof FileMissingError)
        throw new DomainError(
          'not_found',
          'file_missing',
          'The file is missing from the portal’s storage. Tell your vendor; the download was not recorded.',
        );
      throw error;
    });
  if (!range || range.start === 0)
    await audit().catch((error: unknown) => {
      body.destroy();
      throw error;
    });
  if (range)
    reply.code(206).header('content-range', `bytes ${range.start}-${range.end}/${artifact.size}`);
  reply.header('content-length', range ? range.end - range.start + 1 : artifact.size);
  return sendAttachment(reply, {
    filename: artifact.file_name,
    contentType: 'application/octet-stream',
    body,
  });
}
