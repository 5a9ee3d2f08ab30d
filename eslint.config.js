import js from '@eslint/js';
import path from 'node:path';
import process from 'node:process';
import tseslint from 'typescript-eslint';

const LICENSING_CORE = 'src/server/licensing/';
const LICENSING_PUBLIC_API = `${LICENSING_CORE}public-api.ts`;

/** Layer boundaries of DESIGN.md §5, checked on every relative import. */
const layerBoundaries = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const file = path.relative(process.cwd(), context.filename);
    const area = (p) => {
      if (p.startsWith('src/common/')) return { layer: 'common' };
      if (p.startsWith('src/server/')) return { layer: 'server' };
      const feature = /^src\/web\/features\/([^/]+)\/(api\/)?/.exec(p);
      if (feature) return { layer: 'web', feature: feature[1], api: Boolean(feature[2]) };
      if (p.startsWith('src/web/')) return { layer: 'web' };
      return { layer: 'other' };
    };
    const from = area(file);
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = path
        .relative(process.cwd(), path.resolve(path.dirname(context.filename), source))
        .replace(/\.js$/, '.ts');
      const to = area(target);
      const report = (message) => context.report({ node, message });
      // The licensing core (DESIGN.md §5): others call its public API only; it calls no module.
      const inCore = (p) => p.startsWith(LICENSING_CORE);
      if (
        from.layer === 'server' &&
        !inCore(file) &&
        inCore(target) &&
        target !== LICENSING_PUBLIC_API
      ) {
        report(
          `Import the licensing core through ${LICENSING_PUBLIC_API} only, never its queries or internals.`,
        );
      }
      if (inCore(file) && target.startsWith('src/server/modules/'))
        report('The licensing core imports no module; modules call the core.');
      // db/ is the bottom layer: the demo seed, audit, storage and the request context sit above it.
      if (
        file.startsWith('src/server/db/') &&
        to.layer === 'server' &&
        !target.startsWith('src/server/db/')
      ) {
        report(
          'src/server/db imports only db/ and src/common; what needs more (e.g. the demo seed) lives above it.',
        );
      }
      if (from.layer === 'common' && (to.layer === 'server' || to.layer === 'web'))
        report('src/common imports neither server nor web code.');
      if (from.layer === 'server' && to.layer === 'web')
        report('Server code must not import web code.');
      if (from.layer === 'web' && to.layer === 'server')
        report('Web code must not import server code; share it through src/common.');
      if (from.feature && to.feature && from.feature !== to.feature) {
        report(
          to.api
            ? `Feature "${from.feature}" must not use feature "${to.feature}"'s data hooks; a hook used by two features lives in src/web/api/.`
            : `Feature "${from.feature}" must not import from feature "${to.feature}"; move the shared piece to components/ or api/.`,
        );
      }
      // A feature's api/ folder is its own: the app shell and shared code use src/web/api/.
      if (from.layer === 'web' && !from.feature && to.api)
        report(
          `Only feature "${to.feature}" uses its api/ folder; a hook the app shell or two features use lives in src/web/api/.`,
        );
      if (file.startsWith('src/web/api/') && to.feature)
        report('src/web/api holds shared hooks and imports no feature.');
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

// House rules (docs/decisions/083-house-rules-in-lint.md). Each override below restates the
// lists it extends: ESLint replaces, never merges, a rule's options.
const NO_BARRELS = {
  selector: 'ExportAllDeclaration',
  message: 'No barrel files: import from the module that defines the thing.',
};
const NO_ENV = {
  selector: "MemberExpression[object.name='process'][property.name='env']",
  message: 'Only src/server/config.ts reads process.env: add a setting to Config instead.',
};
const ONE_TRANSACTION_HELPER = {
  selector: "CallExpression[callee.property.name='transaction'][arguments.length=0]",
  message: 'Open transactions with inTransaction (src/server/db/transaction.ts).',
};
const NO_DB_IN_TRANSACTION = {
  selector:
    "CallExpression[callee.name='inTransaction'] > :function MemberExpression[object.name='ctx'][property.name='db']",
  message:
    "Inside inTransaction use its trx, never ctx.db: on SQLite's single connection it deadlocks.",
};
const SQL_ONLY_IN_QUERIES = [
  {
    selector:
      'CallExpression[callee.property.name=/^(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto)$/]',
    message: 'SQL only in *queries.ts files: move this query there and call it.',
  },
  {
    selector: "ImportDeclaration[source.value='kysely'] > ImportSpecifier[imported.name='sql']",
    message: 'SQL only in *queries.ts files: the sql template belongs there.',
  },
];
// A page's search parameters are read one way: its route's validateSearch (src/web/search-params.ts).
const SEARCH_THROUGH_ROUTER = [
  {
    selector:
      "MemberExpression[property.name='search']:matches([object.name='location'], [object.property.name='location'])",
    message:
      "Read search parameters with the route's validateSearch and route.useSearch(), not location.search.",
  },
  {
    selector: "NewExpression[callee.name='URLSearchParams']",
    message:
      "Read search parameters with the route's validateSearch and route.useSearch(); API query strings use toQueryString (src/web/api/query-string.ts).",
  },
  {
    selector: "CallExpression[callee.name='useSearch']",
    message:
      "Read search parameters with getRouteApi(…).useSearch(): the route's validateSearch parses them.",
  },
];
const SERVER_RULES = [NO_BARRELS, NO_ENV, ONE_TRANSACTION_HELPER, NO_DB_IN_TRANSACTION];
/** Files that are the database layer itself: dialects, migrations, the transaction helper. */
const DATABASE_LAYER = [
  'src/server/**/*queries.ts',
  'src/server/db/migrations/**',
  'src/server/db/{database,dialect,transaction,sqlite-statement,postgres-statements,prepared-query,row-shape}.ts',
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'data/**',
      'node_modules/**',
      'coverage/**',
      'clients/*/dist/**',
      'clients/*/build/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { portal: { rules: { 'layer-boundaries': layerBoundaries } } },
    rules: {
      'portal/layer-boundaries': 'error',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-console': ['error', { allow: ['warn', 'error', 'log'] }],
      'no-restricted-syntax': ['error', NO_BARRELS],
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    rules: {
      'no-console': 'error',
      'no-restricted-syntax': ['error', NO_BARRELS, ...SEARCH_THROUGH_ROUTER],
    },
  },
  {
    files: ['src/web/api/query-string.ts'],
    rules: { 'no-restricted-syntax': ['error', NO_BARRELS] },
  },
  {
    files: ['src/server/**/*.ts'],
    ignores: DATABASE_LAYER,
    rules: { 'no-restricted-syntax': ['error', ...SERVER_RULES, ...SQL_ONLY_IN_QUERIES] },
  },
  {
    files: DATABASE_LAYER,
    ignores: ['src/server/db/transaction.ts'],
    rules: { 'no-restricted-syntax': ['error', ...SERVER_RULES] },
  },
  {
    files: ['src/server/config.ts'],
    rules: { 'no-restricted-syntax': ['error', NO_BARRELS] },
  },
);
