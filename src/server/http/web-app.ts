import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export const WEB_ROOT = path.resolve('dist/web');

/** The server's own paths: an unknown one is a 404, never the web app (a scraper must not get HTML). */
const isApiPath = (url: string) => /^\/(api|v1|scim|metrics|healthz|readyz)(\/|$|\?)/.test(url);
/** Missing build files must 404, not fall back to index.html. */
const isAssetPath = (url: string) => url.startsWith('/assets/');

/**
 * Vite names everything it writes into `assets/` `<name>-<hash>.<ext>` (8 URL-safe characters
 * of the content's hash), so such a file never changes under its name.
 */
const CONTENT_HASHED = /^assets\/[^/]+-[\w-]{8}\.[a-z0-9]+$/i;
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html names the current hashed files: the browser asks again each time (a 304 when unchanged). */
const REVALIDATE = 'no-cache';

/** The Cache-Control of a built file, by its path inside the web root (`.br`/`.gz` as their original). */
export function webCachePolicy(relativePath: string): string {
  const original = relativePath
    .split(path.sep)
    .join('/')
    .replace(/\.(br|gz)$/, '');
  return CONTENT_HASHED.test(original) ? IMMUTABLE : REVALIDATE;
}

/**
 * Serves the built single-page app; unknown non-API paths get index.html for client routing.
 * Each file goes out as the `.br` or `.gz` the build wrote beside it when the client accepts
 * that encoding (src/build/precompress.ts, decision 112).
 */
export async function serveWebApp(app: FastifyInstance, root = WEB_ROOT): Promise<void> {
  const built = existsSync(path.join(root, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      index: false,
      preCompressed: true,
      // The compressed twins are served in place of their originals, never by their own names.
      globIgnore: ['**/*.br', '**/*.gz'],
      cacheControl: false,
      setHeaders: (reply, filePath) =>
        reply.header('cache-control', webCachePolicy(path.relative(root, filePath))),
    });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.method === 'GET' && !isApiPath(request.url) && !isAssetPath(request.url) && built) {
      return reply.header('cache-control', REVALIDATE).sendFile('index.html');
    }
    const message =
      isApiPath(request.url) || !built
        ? `No route ${request.method} ${request.url.split('?')[0]}`
        : 'Not found';
    return reply.status(404).send({
      error: {
        code: 'not_found',
        message: built ? message : `${message}. The web app is not built: run npm run build:web.`,
      },
    });
  });
}
