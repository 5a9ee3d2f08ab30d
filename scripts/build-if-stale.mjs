// Builds the web app and the server only when their sources changed since the last build,
// so `npm start` and `npx portal` start quickly on a machine that built before (decisions 105, 171).
import { execFileSync } from 'node:child_process';
import console from 'node:console';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL, URL } from 'node:url';
import { buildServer, CLI_ENTRY, SERVER_ENTRY } from './build-server.mjs';

/** Paths are the checkout's: `npx portal` may run from any folder under it. */
const at = (file) => path.join(fileURLToPath(new URL('..', import.meta.url)), file);

/** The newest modification time under the given files and folders (0 when none exist). */
function newest(paths) {
  let latest = 0;
  for (const entry of paths) {
    if (!existsSync(entry)) continue;
    const stat = statSync(entry);
    if (stat.isDirectory())
      latest = Math.max(latest, newest(readdirSync(entry).map((name) => path.join(entry, name))));
    else latest = Math.max(latest, stat.mtimeMs);
  }
  return latest;
}

const builtAt = (file) => (existsSync(at(file)) ? statSync(at(file)).mtimeMs : 0);
const shared = ['src/common', 'package-lock.json', 'package.json'];

const webSources = [
  'src/web',
  'src/build',
  'index.html',
  'public',
  'vite.config.ts',
  'postcss.config.cjs',
  ...shared,
];
function buildWebIfStale() {
  if (builtAt('dist/web/index.html') < newest(webSources.map(at))) {
    console.log('Building the web app…');
    const vite = ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'];
    execFileSync(process.execPath, vite, { stdio: 'inherit' });
  }
}

/** The server and CLI bundles, rebuilt when a source is newer; `log` says so (the CLI: on stderr). */
export async function buildServerIfStale(log = console.log) {
  const built = Math.min(builtAt(SERVER_ENTRY), builtAt(CLI_ENTRY));
  if (built < newest(['src/server', ...shared].map(at))) {
    log('Building the server…');
    await buildServer();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  buildWebIfStale();
  await buildServerIfStale();
}
