import { describe, expect, it } from 'vitest';
import {
  importedStylesheets,
  ownersBehind,
  ownersUsedIn,
  stylesheetImportsOutside,
  stylesheetOf,
} from '../support/mantine-stylesheets';

// Mantine ships one stylesheet per component; a component whose sheet is not loaded renders
// unstyled (a Drawer as a full-window sheet with no scrolling), which no type check catches.
const imported = importedStylesheets('src/web/mantine-styles.ts');
const used = ownersUsedIn('src/web');
const owners = new Set([...used.keys()].flatMap((owner) => [...ownersBehind(owner)]));

describe('src/web/mantine-styles.ts', () => {
  it('finds the Mantine components the web app uses and what they build on', () => {
    expect([...used.keys()]).toEqual(
      expect.arrayContaining(['Drawer', 'Button', '@mantine/dates']),
    );
    expect([...ownersBehind('Drawer')]).toEqual(expect.arrayContaining(['Drawer', 'ModalBase']));
    expect([...ownersBehind('Checkbox')]).toContain('InlineInput');
  });

  it('imports the stylesheet of every Mantine component used, and of those they build on', () => {
    const missing = [...owners]
      .map((owner) => stylesheetOf(owner)!)
      .filter((sheet) => !imported.includes(sheet));
    expect(missing).toEqual([]);
  });

  it('is the only place the web app loads Mantine stylesheets from (one order for all)', () => {
    const elsewhere = stylesheetImportsOutside('src/web', 'src/web/mantine-styles.ts');
    expect(elsewhere).toEqual([]);
  });

  it('imports a component’s stylesheet after those of the components it builds on', () => {
    const outOfOrder: string[] = [];
    for (const owner of owners) {
      const sheet = stylesheetOf(owner)!;
      for (const base of ownersBehind(owner)) {
        // Two components built on each other (a cycle) have no order to keep.
        if (base === owner || ownersBehind(base).has(owner)) continue;
        if (imported.indexOf(stylesheetOf(base)!) > imported.indexOf(sheet)) {
          outOfOrder.push(`${stylesheetOf(base)} after ${sheet}`);
        }
      }
    }
    expect(outOfOrder).toEqual([]);
  });
});
