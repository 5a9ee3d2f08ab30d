// Builds the web app and the server only when their sources changed since the last build,
// so `npm start` starts quickly on a machine that built before (docs/decisions/105).
import { execFileSync } from 'node:child_process';
import console from 'node:console';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { buildServer, SERVER_ENTRY } from './build-server.mjs';

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

const builtAt = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);
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
if (builtAt('dist/web/index.html') < newest(webSources)) {
  console.log('Building the web app…');
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
}

if (builtAt(SERVER_ENTRY) < newest(['src/server', ...shared])) {
  console.log('Building the server…');
  await buildServer();
}
