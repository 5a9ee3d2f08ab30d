import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Every relative import between the .ts/.tsx files under `root`, as repository-relative paths. */
export function importGraph(root: string): { from: string; to: string }[] {
  const edges: { from: string; to: string }[] = [];
  for (const file of fs.readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    if (!/\.tsx?$/.test(file)) continue;
    const from = path.join(root, file);
    for (const { fileName } of ts.preProcessFile(fs.readFileSync(from, 'utf8')).importedFiles) {
      if (!fileName.startsWith('.')) continue;
      edges.push({ from, to: resolve(path.join(path.dirname(from), fileName)) });
    }
  }
  return edges;
}

/** The server imports `x.js` for `x.ts`; the web app imports `x` for `x.ts` or `x.tsx`. */
function resolve(target: string): string {
  if (target.endsWith('.js')) return target.replace(/\.js$/, '.ts');
  if (path.extname(target)) return target;
  return ['.ts', '.tsx'].map((ext) => target + ext).find((f) => fs.existsSync(f)) ?? target;
}

/** The folder an import graph node belongs to: `licensing`, `modules/<area>`, `db`, … */
export function serverArea(file: string): string {
  const parts = path.relative('src/server', file).split(path.sep);
  if (parts.length === 1) return parts[0].replace(/\.ts$/, '');
  return parts[0] === 'modules' ? `modules/${parts[1]}` : parts[0];
}
