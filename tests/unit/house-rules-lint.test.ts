import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// Each house rule of eslint.config.js (decision 083), shown to fail on the code it forbids and
// to pass its allowed form, so a rule that silently stops matching is noticed.
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint();
}, 60_000);

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

const MODULE = 'src/server/modules/licenses/example.ts';
const LIST = 'src/server/modules/licenses/example-queries.ts';

describe('house rules enforced by lint', { timeout: 60_000 }, () => {
  it('the licensing core is called through its public API only, and calls no module', async () => {
    expect(
      await problems(MODULE, "export { findLicense } from '../../licensing/queries.js';\n"),
    ).toEqual([
      expect.stringContaining(
        'portal/layer-boundaries: Import the licensing core through src/server/licensing/public-api.ts',
      ),
    ]);
    expect(
      await problems(
        'src/server/licensing/example.ts',
        "export { refusals } from '../modules/licensing/schemas.js';\n",
      ),
    ).toEqual([
      expect.stringContaining('portal/layer-boundaries: The licensing core imports no module'),
    ]);
    expect(
      await problems(MODULE, "export { isLive } from '../../licensing/public-api.js';\n"),
    ).toEqual([]);
  });

  it('db/ imports nothing above it', async () => {
    expect(
      await problems(
        'src/server/db/example.ts',
        "export { recordAudit } from '../audit/record-audit.js';\n",
      ),
    ).toEqual([expect.stringContaining('portal/layer-boundaries: src/server/db imports only db/')]);
  });

  it('SQL is written in *queries.ts files only', async () => {
    const query =
      "export const q = (db: any) => db.selectFrom('licenses').selectAll().execute();\n";
    const template = "import { sql } from 'kysely';\nexport const one = sql`select 1`;\n";
    expect(await problems(MODULE, query)).toEqual([
      expect.stringContaining('SQL only in *queries.ts files'),
    ]);
    expect(await problems(MODULE, template)).toEqual([
      expect.stringContaining('SQL only in *queries.ts files'),
    ]);
    expect(await problems(LIST, query)).toEqual([]);
    expect(await problems(LIST, template)).toEqual([]);
  });

  it('only config.ts reads process.env', async () => {
    const read = 'export const port = process.env.PORT;\n';
    expect(await problems(MODULE, read)).toEqual([
      expect.stringContaining('Only src/server/config.ts reads process.env'),
    ]);
    expect(await problems('src/server/config.ts', read)).toEqual([]);
  });

  it('transactions open through inTransaction, whose work never uses ctx.db', async () => {
    const raw = 'export const f = (ctx: any) => ctx.db.transaction().execute(async () => 1);\n';
    const dbInside =
      "import { inTransaction } from '../../db/transaction.js';\nexport const f = (ctx: any) => inTransaction(ctx.db, async () => ctx.db);\n";
    const trxInside =
      "import { inTransaction } from '../../db/transaction.js';\nexport const f = (ctx: any) => inTransaction(ctx.db, async (trx) => trx);\n";
    expect(await problems(MODULE, raw)).toEqual([
      expect.stringContaining('Open transactions with inTransaction'),
    ]);
    expect(await problems(MODULE, dbInside)).toEqual([expect.stringContaining('never ctx.db')]);
    expect(await problems(MODULE, trxInside)).toEqual([]);
  });
  it('a page reads its search parameters through its route, never the URL itself', async () => {
    const PAGE = 'src/web/features/licenses/ExamplePage.tsx';
    const location = 'export const q = new URLSearchParams(window.location.search).get("q");\n';
    const unvalidated =
      "import { useSearch } from '@tanstack/react-router';\nexport const useQ = () => useSearch({ strict: false });\n";
    const route =
      "import { getRouteApi } from '@tanstack/react-router';\nexport const useQ = () => getRouteApi('/signed-in/licenses').useSearch();\n";
    expect(await problems(PAGE, location)).toEqual([
      expect.stringContaining('API query strings use toQueryString'),
      expect.stringContaining('not location.search'),
    ]);
    expect(await problems(PAGE, unvalidated)).toEqual([
      expect.stringContaining('getRouteApi(…).useSearch()'),
    ]);
    expect(await problems(PAGE, route)).toEqual([]);
  });

  it("a feature's data hooks are its own; shared hooks live in src/web/api", async () => {
    const otherFeature = "export { useMembers } from '../members/api/members';\n";
    expect(await problems('src/web/features/licenses/Example.tsx', otherFeature)).toEqual([
      expect.stringContaining('must not use feature "members"\'s data hooks'),
    ]);
    expect(
      await problems(
        'src/web/components/Example.tsx',
        "export { useDashboard } from '../features/dashboard/api/dashboard';\n",
      ),
    ).toEqual([expect.stringContaining('Only feature "dashboard" uses its api/ folder')]);
    expect(
      await problems(
        'src/web/api/example.ts',
        "export { useDashboard } from '../features/dashboard/api/dashboard';\n",
      ),
    ).toEqual([
      expect.stringContaining('Only feature "dashboard" uses its api/ folder'),
      expect.stringContaining('src/web/api holds shared hooks and imports no feature'),
    ]);
    expect(
      await problems(
        'src/web/features/dashboard/Example.tsx',
        "export { useDashboard } from './api/dashboard';\n",
      ),
    ).toEqual([]);
  });
});
