import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export const WEB_ROOT = path.resolve('dist/web');

/** The server's own paths: an unknown one is a 404, never the web app (a scraper must not get HTML). */
const isApiPath = (url: string) => /^\/(api|v1|scim|metrics|healthz|readyz)(\/|$|\?)/.test(url);
/** Missing build files must 404, not fall back to index.html. */
const isAssetPath = (url: string) => url.startsWith('/assets/');

/** Serves the built single-page app; unknown non-API paths get index.html for client routing. */
export async function serveWebApp(app: FastifyInstance): Promise<void> {
  const built = existsSync(path.join(WEB_ROOT, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, { root: WEB_ROOT, wildcard: false, index: false });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.method === 'GET' && !isApiPath(request.url) && !isAssetPath(request.url) && built) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
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
