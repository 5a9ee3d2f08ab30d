import { readFile } from 'node:fs/promises';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import Fastify from 'fastify';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { build } from 'vite';
import type { DashboardPayload } from '../src/common/api-types.js';
import { precompressBuild } from '../src/build/precompress.js';
import { compressResponses } from '../src/server/http/compression.js';
import { serveWebApp } from '../src/server/http/web-app.js';
import { FloorPage } from './web-floor/FloorPage.js';

const FLOOR_ROOT = path.resolve('dist/bench-floor');

/** The floor pages Lighthouse loads beside the budgeted ones (decision 164). */
export const FLOOR_PAGES = [
  { name: 'floor: React + Mantine table', path: '/' },
  { name: 'floor: server HTML + CSS, no JS', path: '/server-html' },
] as const;

/**
 * Builds bench/web-floor with Vite the way the portal is built (React plugin, the repo's
 * PostCSS preset, brotli and gzip twins written beside each file) into dist/bench-floor.
 */
async function buildFloor(): Promise<void> {
  await build({
    root: path.resolve('bench/web-floor'),
    configFile: false,
    logLevel: 'warn',
    plugins: [react(), precompressBuild()],
    build: { outDir: FLOOR_ROOT, emptyOutDir: true },
  });
}

/**
 * Serves the floor as the portal serves itself: the same compression and static-file code
 * (hashed assets immutable, precompressed twins), on its own loopback port. Its one API call
 * is passed to the portal with the page's own cookie, so the data is the Dashboard's.
 * `/server-html` is the same page rendered here to HTML, with the floor's stylesheet and no
 * script: the bytes and rendering a browser cannot do with less.
 */
export async function startFloorServer(portalUrl: string) {
  await buildFloor();
  const app = Fastify({ logger: false });
  await compressResponses(app);
  const dashboard = async (cookie: string | undefined) => {
    const response = await fetch(`${portalUrl}/api/portal/dashboard`, {
      headers: cookie ? { cookie } : {},
    });
    return { status: response.status, body: await response.text() };
  };
  app.get('/api/portal/dashboard', async (request, reply) => {
    const { status, body } = await dashboard(request.headers.cookie);
    return reply.status(status).type('application/json; charset=utf-8').send(body);
  });
  const shell = await readFile(path.join(FLOOR_ROOT, 'index.html'), 'utf8');
  app.get('/server-html', async (request, reply) => {
    const { status, body } = await dashboard(request.headers.cookie);
    const data = status === 200 ? (JSON.parse(body) as DashboardPayload) : undefined;
    const markup = renderToString(createElement(FloorPage, { data }));
    const page = shell
      .replace(/<script type="module"[^>]*><\/script>/, '')
      // Mantine sets the scheme's attribute from an effect, which never runs here.
      .replace('<html lang="en">', '<html lang="en" data-mantine-color-scheme="light">')
      .replace('<div id="root"></div>', `<div id="root">${markup}</div>`);
    return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(page);
  });
  await serveWebApp(app, FLOOR_ROOT);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  return {
    baseUrl: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    stop: () => app.close(),
  };
}
