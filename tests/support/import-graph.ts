import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Every relative import between the .ts files under `root`, as repository-relative paths. */
export function importGraph(root: string): { from: string; to: string }[] {
  const edges: { from: string; to: string }[] = [];
  for (const file of fs.readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts')) continue;
    const from = path.join(root, file);
    for (const { fileName } of ts.preProcessFile(fs.readFileSync(from, 'utf8')).importedFiles) {
      if (!fileName.startsWith('.')) continue;
      edges.push({ from, to: path.join(path.dirname(from), fileName).replace(/\.js$/, '.ts') });
    }
  }
  return edges;
}

/** The folder an import graph node belongs to: `licensing`, `modules/<area>`, `db`, … */
export function serverArea(file: string): string {
  const parts = path.relative('src/server', file).split(path.sep);
  if (parts.length === 1) return parts[0].replace(/\.ts$/, '');
  return parts[0] === 'modules' ? `modules/${parts[1]}` : parts[0];
}
