import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPageTable } from '../../src/build/page-preloads';
import { pageAt, PAGES } from '../../src/web/page-code';

// The build reads page-code.ts as text to list each page's files (decision 154): it must read
// the table the app runs, page for page.
describe("the build's reading of the page table", () => {
  const table = readPageTable(readFileSync('src/web/page-code.ts', 'utf8'));

  it('finds every page, its path, module and whether it is signed in', () => {
    expect(table.pages.map((page) => page.name).sort()).toEqual(Object.keys(PAGES).sort());
    for (const page of table.pages) {
      const entry = PAGES[page.name as keyof typeof PAGES];
      expect(page.path).toBe(entry.path);
      expect(entry.code.toString()).toContain(page.module.replace(/^\.\//, ''));
      const sample = page.path.replace(/\$[a-zA-Z]+/g, 'x1');
      expect(pageAt(sample)).toEqual({ name: page.name, signedIn: page.signedIn });
    }
    expect(table.frameModule).toBe('./layout/AppLayout');
  });
});
