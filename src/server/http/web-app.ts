import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { pagePreloadLinks } from './page-preloads.js';

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
/** index.html carrying a member's session is never stored, by the browser or anything between. */
const PERSONAL = 'private, no-store';
const HTML = 'text/html; charset=utf-8';

/** The id of the JSON block that carries the session in index.html (src/web/api/early-session.ts). */
export const SESSION_BLOCK_ID = 'portal-session';

/**
 * `json` as a data block the page's script reads (never runs, so the CSP is unchanged); `<`
 * escaped as JSON allows, so no value can close the element or open a comment.
 */
export const sessionBlock = (json: string) =>
  `<script type="application/json" id="${SESSION_BLOCK_ID}">${json.replace(/</g, '\\u003c')}</script>`;

/** The session answer for a signed-in request, serialised; undefined for anyone else. */
export type SessionJson = (
  request: FastifyRequest,
  reply: FastifyReply,
) => Promise<string | undefined>;

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
 * that encoding (src/build/precompress.ts, decision 112). A signed-in member's index.html
 * carries their session, so the first page renders without asking for it, and names the
 * page's code, so it travels with the app's own instead of after it (decision 154).
 */
export async function serveWebApp(
  app: FastifyInstance,
  root = WEB_ROOT,
  sessionJson?: SessionJson,
): Promise<void> {
  const built = existsSync(path.join(root, 'index.html'));
  const preloadLinks = built ? pagePreloadLinks(root) : () => '';
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
  app.setNotFoundHandler(async (request, reply) => {
    if (request.method === 'GET' && !isApiPath(request.url) && !isAssetPath(request.url) && built) {
      // The page differs with the cookie: no cache may give one visitor's copy to another.
      reply.header('vary', 'cookie');
      const session = await personalSession(request, reply, sessionJson);
      const links = preloadLinks(request.url.split('?')[0]!, session !== undefined);
      if (session === undefined && !links)
        return reply.header('cache-control', REVALIDATE).sendFile('index.html');
      const page = (await readFile(path.join(root, 'index.html'), 'utf8')).replace(
        '</head>',
        `${links}</head>`,
      );
      // Without a session the page is the same for every visitor: revalidated, not personal.
      if (session === undefined)
        return reply.header('cache-control', REVALIDATE).type(HTML).send(page);
      return reply
        .header('cache-control', PERSONAL)
        .type(HTML)
        .send(page.replace('</body>', `${sessionBlock(session)}</body>`));
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

/** The request's session for its page; a failure to read it leaves the page plain (the app asks). */
async function personalSession(
  request: FastifyRequest,
  reply: FastifyReply,
  sessionJson: SessionJson | undefined,
): Promise<string | undefined> {
  if (!sessionJson) return undefined;
  try {
    return await sessionJson(request, reply);
  } catch (error) {
    request.log.warn({ err: error }, 'index.html served without its session');
    return undefined;
  }
}
