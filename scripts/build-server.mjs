// Compiles the server and its CLI into dist/server (ES modules; packages stay in node_modules),
// so production, `npx portal` and the tests run plain JavaScript without tsx (decisions 105, 171).
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL, URL } from 'node:url';
import { build } from 'esbuild';

/** The checkout: `npx portal` may run from any folder under it. */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SERVER_ENTRY = 'dist/server/main.js';
export const CLI_ENTRY = 'dist/server/cli/main.js';

export async function buildServer() {
  const at = (file) => path.join(ROOT, file);
  rmSync(at('dist/server'), { recursive: true, force: true });
  mkdirSync(at('dist/server/cli'), { recursive: true });
  await build({
    absWorkingDir: ROOT,
    // The CLI keeps its place under cli/: it reads ../../../package.json from there.
    entryPoints: { main: 'src/server/main.ts', 'cli/main': 'src/server/cli/main.ts' },
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
  for (const folder of ['dist/server', 'dist/server/cli'])
    copyFileSync(
      at('src/server/auth/breached-passwords.txt'),
      at(`${folder}/breached-passwords.txt`),
    );
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await buildServer();
