import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';

/** `<org-slug>-<what>-<YYYY-MM-DD>.<extension>`: only characters safe in a header value. */
export function attachmentFilename(
  organizationSlug: string,
  what: string,
  day: string,
  extension: string,
): string {
  const safe = (part: string) => part.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  return `${safe(organizationSlug)}-${safe(what)}-${day}.${extension}`;
}

/** Streams a download; the body is produced as the client reads it. */
export function sendAttachment(
  reply: FastifyReply,
  download: { filename: string; contentType: string; body: Readable },
) {
  return reply
    .header('content-type', download.contentType)
    .header('content-disposition', `attachment; filename="${download.filename}"`)
    .header('cache-control', 'no-store')
    .send(download.body);
}
