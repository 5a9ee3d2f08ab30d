import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

/** Where the build writes the page table below, beside index.html (src/server/http/web-app.ts). */
export const PAGE_PRELOADS_FILE = 'page-preloads.json';

/** A page of the web app: its route path and the built files its first render needs. */
export interface PagePreload {
  /** The router's path, `$name` for a segment (src/web/page-code.ts). */
  path: string;
  signedIn: boolean;
  /** Paths under the web root: its chunk and the chunks and styles that chunk imports. */
  scripts: string[];
  styles: string[];
}

export interface PagePreloads {
  /** What the signed-in frame (the layout around every signed-in page) needs. */
  frame: { scripts: string[]; styles: string[] };
  pages: PagePreload[];
}

interface PageSource {
  name: string;
  path: string;
  /** The page's module, relative to src/web (`./features/audit/AuditLogPage`). */
  module: string;
  signedIn: boolean;
}

/**
 * The pages of src/web/page-code.ts, read from its text (the build cannot evaluate a file of
 * `import()`s of React components); tests/unit/page-preloads.test.ts checks this reading against
 * the table itself, so a change of its form fails there.
 */
export function readPageTable(source: string): { pages: PageSource[]; frameModule: string } {
  const signedOut = new Set(
    /SIGNED_OUT_PAGES[^=]*=\s*\[([^\]]*)\]/
      .exec(source)?.[1]
      ?.match(/'(\w+)'/g)
      ?.map((quoted) => quoted.slice(1, -1)) ?? [],
  );
  const pages = [
    ...source.matchAll(/(\w+): \{\s*path: '([^']+)',\s*code: \(\) => import\('([^']+)'\)/g),
  ].map(([, name, route, module]) => ({
    name: name!,
    path: route!,
    module: module!,
    signedIn: !signedOut.has(name!),
  }));
  const frameModule = /loadSignedInFrame = \(\) => import\('([^']+)'\)/.exec(source)?.[1];
  if (!frameModule || pages.length === 0) throw new Error('page-code.ts: no page table found');
  return { pages, frameModule };
}

/** A chunk's file and every chunk and style it imports, except what index.html loads already. */
function filesOf(bundle: OutputBundle, chunk: OutputChunk, initial: Set<string>) {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const visit = (file: string) => {
    const item = bundle[file];
    if (initial.has(file) || scripts.has(file) || item?.type !== 'chunk') return;
    scripts.add(file);
    for (const css of item.viteMetadata?.importedCss ?? []) if (!initial.has(css)) styles.add(css);
    item.imports.forEach(visit);
  };
  visit(chunk.fileName);
  return { scripts: [...scripts], styles: [...styles] };
}

/**
 * Vite plugin: writes `page-preloads.json`, each page's built files, so the server can name them
 * in a signed-in member's index.html and the browser fetches them with the app's own code
 * instead of after it has run (decision 154).
 */
export function pagePreloads(webSource = path.resolve('src/web')): Plugin {
  return {
    name: 'portal-page-preloads',
    apply: 'build',
    generateBundle(_options, bundle) {
      const table = readPageTable(readFileSync(path.join(webSource, 'page-code.ts'), 'utf8'));
      const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
      const initial = new Set<string>();
      for (const entry of chunks.filter((chunk) => chunk.isEntry)) {
        const visit = (file: string) => {
          const item = bundle[file];
          if (initial.has(file) || item?.type !== 'chunk') return;
          initial.add(file);
          for (const css of item.viteMetadata?.importedCss ?? []) initial.add(css);
          item.imports.forEach(visit);
        };
        visit(entry.fileName);
      }
      const chunkOf = (module: string) => {
        const source = path.join(webSource, module);
        const chunk = chunks.find((item) => item.facadeModuleId?.replace(/\.tsx?$/, '') === source);
        if (!chunk) throw new Error(`No chunk for ${module}`);
        return chunk;
      };
      const preloads: PagePreloads = {
        frame: filesOf(bundle, chunkOf(table.frameModule), initial),
        pages: table.pages.map((page) => ({
          path: page.path,
          signedIn: page.signedIn,
          ...filesOf(bundle, chunkOf(page.module), initial),
        })),
      };
      this.emitFile({
        type: 'asset',
        fileName: PAGE_PRELOADS_FILE,
        source: `${JSON.stringify(preloads, null, 1)}\n`,
      });
    },
  };
}
