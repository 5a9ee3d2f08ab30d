// Compiles the server into dist/server (one ES module; packages stay in node_modules), so
// production runs plain JavaScript on Node.js without tsx (docs/decisions/105).
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export const SERVER_ENTRY = 'dist/server/main.js';

export async function buildServer() {
  rmSync('dist/server', { recursive: true, force: true });
  mkdirSync('dist/server', { recursive: true });
  await build({
    entryPoints: { main: 'src/server/main.ts' },
    outdir: 'dist/server',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
  // Read at run time beside the module (password-policy.ts: new URL(…, import.meta.url)).
  copyFileSync('src/server/auth/breached-passwords.txt', 'dist/server/breached-passwords.txt');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await buildServer();
