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
      ]),
    );
  });
});
