import type { FastifyReply } from 'fastify';
import type { AppContext } from '../../context.js';
import { sendAttachment } from '../../http/attachment.js';
import { createFileStorage } from '../../storage/create-file-storage.js';
import { parseByteRange } from './byte-range.js';
import type { OpenedDownload } from './service.js';

/**
 * Streams the file, whole or one byte range. The download is audited once, on the request
 * that starts at byte 0, so a resumed or chunked download is not logged many times over.
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
  if (!range || range.start === 0) await audit();
  const body = createFileStorage(ctx.config).read(artifact.storage_key, range ?? undefined);
  if (range)
    reply.code(206).header('content-range', `bytes ${range.start}-${range.end}/${artifact.size}`);
  reply.header('content-length', range ? range.end - range.start + 1 : artifact.size);
  return sendAttachment(reply, {
    filename: artifact.file_name,
    contentType: 'application/octet-stream',
    body,
  });
}
