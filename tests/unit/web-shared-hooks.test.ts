import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGraph } from '../support/import-graph.js';

const SHARED = 'src/web/api/';
const edges = importGraph('src/web');

/** Who a file serves: its feature, or the app shell (layout, router, shared components). */
function area(file: string): string {
  const feature = /^src\/web\/features\/([^/]+)\//.exec(file);
  return feature ? `feature ${feature[1]}` : 'app shell';
}

/** The areas that use a shared file, directly or through another shared file. */
function users(file: string, seen = new Set<string>()): Set<string> {
  const found = new Set<string>();
  for (const { from } of edges.filter((e) => e.to === file)) {
    if (seen.has(from)) continue;
    seen.add(from);
    if (from.startsWith(SHARED)) users(from, seen).forEach((user) => found.add(user));
    else found.add(area(from));
  }
  return found;
}

describe('src/web/api holds only what is shared', () => {
  const shared = [...new Set(edges.map((e) => e.to))].filter((f) => f.startsWith(SHARED));

  it('every hook there is used by the app shell or by two features or more', () => {
    const single = shared
      .map((file) => ({ file: path.basename(file), users: [...users(file)] }))
      .filter(({ users }) => !users.includes('app shell') && users.length < 2);
    // A hook one feature uses belongs in that feature's api/ folder.
    expect(single).toEqual([]);
    expect(shared.length).toBeGreaterThan(5);
  });
});
