import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

/**
 * What is worth compressing: JSON (API answers, NDJSON exports), text (HTML, CSV exports,
 * metrics), scripts and SVG/XML. Never `application/octet-stream`: release files are usually
 * compressed already, and their ranged downloads count bytes of the file itself.
 */
const COMPRESSIBLE = /^text\/(?!event-stream)|[/+]json(?:;|$)|\/x-ndjson|javascript|[/+]xml(?:;|$)/;

/**
 * Compresses answers on the fly with brotli or gzip, whichever the client prefers (decision
 * 112). Registered before any route: @fastify/compress hooks each route as it is added. The
 * built web app's files are compressed at build time instead (web-app.ts serves the `.br` and
 * `.gz` beside each file), and the plugin leaves an answer that already has an encoding alone.
 */
export async function compressResponses(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCompress, {
    // Not zstd (which Node 22.15+ offers): browsers and proxies agree on these two.
    encodings: ['br', 'gzip'],
    customTypes: COMPRESSIBLE,
    // Compressed request bodies stay refused as before: inflating them would let a small
    // upload grow past the body limits before anything checks it.
    globalDecompression: false,
  });
}
