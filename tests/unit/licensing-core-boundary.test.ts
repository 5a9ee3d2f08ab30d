import { describe, expect, it } from 'vitest';
import { importGraph, serverArea } from '../support/import-graph.js';

const CORE = 'src/server/licensing/';
const PUBLIC_API = `${CORE}public-api.ts`;
const edges = importGraph('src/server');

describe('the licensing core (DESIGN.md §5)', () => {
  it('imports no module', () => {
    const outward = edges.filter(
      (e) => e.from.startsWith(CORE) && e.to.startsWith('src/server/modules/'),
    );
    expect(outward).toEqual([]);
  });

  it('depends on no module through anything it imports, however indirectly', () => {
    const reached = new Set<string>();
    const queue = edges.filter((e) => e.from.startsWith(CORE)).map((e) => e.to);
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (reached.has(file)) continue;
      reached.add(file);
      queue.push(...edges.filter((e) => e.from === file).map((e) => e.to));
    }
    const outside = [...reached].filter((f) => !f.startsWith(CORE));
    expect(outside.filter((f) => f.startsWith('src/server/modules/'))).toEqual([]);
    // It does use the layers below it (db, errors, config): the walk is not vacuous.
    expect(outside.some((f) => f.startsWith('src/server/db/'))).toBe(true);
  });

  it('is reached from outside through its public API only', () => {
    const inward = edges.filter((e) => !e.from.startsWith(CORE) && e.to.startsWith(CORE));
    expect(inward.filter((e) => e.to !== PUBLIC_API)).toEqual([]);
    // The adapter and the portal's areas do call it: the check above is not vacuous.
    expect(new Set(inward.map((e) => serverArea(e.from)))).toEqual(
      new Set([
        'jobs',
        'modules/activations',
        'modules/assignments',
        'modules/dashboard',
        'modules/licenses',
        'modules/licensing',
        'modules/provisioning',
        'modules/support',
        'modules/usage',
      ]),
    );
  });
});
