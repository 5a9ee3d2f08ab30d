import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** The scripts index.html loads before the first page (entry and its modulepreloads; route chunks load on navigation), gzipped. */
export function initialJsGzipBytes(webRoot = path.resolve('dist/web')): {
  scripts: number;
  bytes: number;
} {
  const html = readFileSync(path.join(webRoot, 'index.html'), 'utf8');
  const scripts = [
    ...html.matchAll(
      /<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g,
    ),
  ].map((m) => m[1]);
  const bytes = scripts.reduce(
    (total, src) => total + gzipSync(readFileSync(path.join(webRoot, src))).length,
    0,
  );
  return { scripts: scripts.length, bytes };
}
