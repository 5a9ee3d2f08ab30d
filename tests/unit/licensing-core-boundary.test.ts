import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { importGraph, serverArea } from '../support/import-graph.js';

const CORE = 'src/server/licensing/';
const PUBLIC_API = `${CORE}public-api.ts`;
const edges = importGraph('src/server');

describe('the licensing core (DESIGN.md §5)', () => {
  it('imports no module', () => {
    const outward = edges.filter((e) => e.from.startsWith(CORE) && e.to.startsWith('src/server/modules/'));
    expect(outward).toEqual([]);
  });

  it('is reached from outside through its public API only', () => {
    const inward = edges.filter((e) => !e.from.startsWith(CORE) && e.to.startsWith(CORE));
    expect(inward.filter((e) => e.to !== PUBLIC_API)).toEqual([]);
    // The adapter and the portal's areas do call it: the check above is not vacuous.
    expect(new Set(inward.map((e) => serverArea(e.from)))).toEqual(
      new Set(['jobs', 'modules/activations', 'modules/licenses', 'modules/licensing', 'modules/provisioning']),
    );
  });

  it('is enforced by lint: a module importing the core’s queries fails portal/layer-boundaries', async () => {
    const eslint = new ESLint();
    const lint = (filePath: string, code: string) => eslint.lintText(code, { filePath });
    const [fromModule] = await lint('src/server/modules/licenses/x.ts', "export { findLicense } from '../../licensing/queries.js';\n");
    const [fromCore] = await lint(`${CORE}x.ts`, "export { refusals } from '../modules/licensing/schemas.js';\n");
    const [allowed] = await lint('src/server/modules/licenses/x.ts', "export { isLive } from '../../licensing/public-api.js';\n");
    const ruleOf = (result: ESLint.LintResult) => result.messages.map((m) => m.ruleId);
    expect(ruleOf(fromModule)).toEqual(['portal/layer-boundaries']);
    expect(ruleOf(fromCore)).toEqual(['portal/layer-boundaries']);
    expect(ruleOf(allowed)).toEqual([]);
  });
});
