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
      const feature = /^src\/web\/features\/([^/]+)\//.exec(p);
      if (feature) return { layer: 'web', feature: feature[1] };
      if (p.startsWith('src/web/')) return { layer: 'web' };
      return { layer: 'other' };
    };
    const from = area(file);
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = path.relative(process.cwd(), path.resolve(path.dirname(context.filename), source)).replace(/\.js$/, '.ts');
      const to = area(target);
      const report = (message) => context.report({ node, message });
      // The licensing core (DESIGN.md §5): others call its public API only; it calls no module.
      const inCore = (p) => p.startsWith(LICENSING_CORE);
      if (from.layer === 'server' && !inCore(file) && inCore(target) && target !== LICENSING_PUBLIC_API) {
        report(`Import the licensing core through ${LICENSING_PUBLIC_API} only, never its queries or internals.`);
      }
      if (inCore(file) && target.startsWith('src/server/modules/')) report('The licensing core imports no module; modules call the core.');
      if (from.layer === 'common' && (to.layer === 'server' || to.layer === 'web')) report('src/common imports neither server nor web code.');
      if (from.layer === 'server' && to.layer === 'web') report('Server code must not import web code.');
      if (from.layer === 'web' && to.layer === 'server') report('Web code must not import server code; share it through src/common.');
      if (from.feature && to.feature && from.feature !== to.feature) {
        report(`Feature "${from.feature}" must not import from feature "${to.feature}"; move the shared piece to components/ or api/.`);
      }
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'data/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { portal: { rules: { 'layer-boundaries': layerBoundaries } } },
    rules: {
      'portal/layer-boundaries': 'error',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      'no-console': ['error', { allow: ['warn', 'error', 'log'] }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportAllDeclaration', message: 'No barrel files: import from the module that defines the thing.' },
      ],
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    rules: { 'no-console': 'error' },
  },
);
