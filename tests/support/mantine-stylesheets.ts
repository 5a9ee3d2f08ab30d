import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Which Mantine stylesheets the web app needs, read from the code itself: the components
 * src/web imports, and every CSS module those reach through the packages' own ES module
 * imports (Drawer → ModalBase, ScrollArea…; Checkbox → InlineInput). `@mantine/core`'s
 * `Foo.module.mjs` is the class map of `@mantine/core/styles/Foo.css`. Used by the unit test
 * that keeps src/web/mantine-styles.ts complete and in dependency order.
 */

const MODULES = path.resolve('node_modules');
const CORE = path.join(MODULES, '@mantine/core/esm');
const CORE_COMPONENTS = path.join(CORE, 'components');
const coreComponents = readdirSync(CORE_COMPONENTS);

function filesUnder(directory: string, pattern: RegExp): string[] {
  return readdirSync(directory).flatMap((name) => {
    const file = path.join(directory, name);
    if (statSync(file).isDirectory()) return filesUnder(file, pattern);
    return pattern.test(name) ? [file] : [];
  });
}

/** `Drawer` → the CSS module file of core's Drawer.css (its component sits beside it). */
const cssModules = new Map(
  filesUnder(CORE, /\.module\.mjs$/).map((file) => [path.basename(file, '.module.mjs'), file]),
);

/** `TableTh` → `Table`, `PopoverTarget` → `Popover`; undefined for hooks, types and helpers. */
function coreComponentOf(name: string): string | undefined {
  if (!/^[A-Z]/.test(name)) return undefined;
  return coreComponents
    .filter((component) => name.startsWith(component))
    .sort((a, b) => b.length - a.length)[0];
}

/**
 * A stylesheet owner is a core CSS module's name (`Drawer`, `InlineInput`) or a package that
 * ships its own styles.css (`@mantine/dates`, `mantine-datatable`).
 */
export function stylesheetOf(owner: string): string | undefined {
  if (cssModules.has(owner)) return `@mantine/core/styles/${owner}.css`;
  return existsSync(path.join(MODULES, owner, 'styles.css')) ? `${owner}/styles.css` : undefined;
}

const namedImports = (source: string, from: string): string[] =>
  [...source.matchAll(new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*["']${from}["']`, 'g'))]
    .flatMap((match) => match[1]!.split(','))
    .map((name) => name.trim())
    .filter((name) => name !== '' && !name.startsWith('type '))
    .map((name) => name.split(/\s+as\s+/)[0]!.trim());

/** Core's CSS modules each have a stylesheet; another package's all go into its styles.css. */
function cssModuleOwner(file: string): string {
  if (file.startsWith(CORE)) return path.basename(file, '.module.mjs');
  const [scope, name] = path.relative(MODULES, file).split(path.sep);
  return scope!.startsWith('@') ? `${scope}/${name}` : scope!;
}

/** The CSS modules a module uses, directly or through the modules it imports. */
function cssModulesReachedFrom(entry: string): Set<string> {
  const owners = new Set<string>();
  const seen = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (file.endsWith('.module.mjs')) owners.add(cssModuleOwner(file));
    const source = readFileSync(file, 'utf8');
    for (const [, specifier] of source.matchAll(/from\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      pending.push(path.resolve(path.dirname(file), specifier!));
    }
    for (const name of namedImports(source, '@mantine/core')) {
      const component = coreComponentOf(name);
      if (component) pending.push(path.join(CORE_COMPONENTS, component, `${component}.mjs`));
    }
  }
  return owners;
}

/** The file a package or core component starts from. */
function entryOf(owner: string): string {
  const cssModule = cssModules.get(owner);
  if (cssModule) return cssModule.replace(/\.module\.mjs$/, '.mjs');
  if (coreComponents.includes(owner)) return path.join(CORE_COMPONENTS, owner, `${owner}.mjs`);
  const packageJson = JSON.parse(readFileSync(path.join(MODULES, owner, 'package.json'), 'utf8'));
  const entry =
    packageJson.module ?? packageJson.exports?.['.']?.import?.default ?? packageJson.main;
  return path.join(MODULES, owner, entry);
}

/** The stylesheet owners behind a component or package, itself included where it has a sheet. */
export function ownersBehind(owner: string): Set<string> {
  const behind = cssModulesReachedFrom(entryOf(owner));
  // A package without CSS modules (mantine-datatable) still ships the styles.css it needs.
  if (!coreComponents.includes(owner) && stylesheetOf(owner)) behind.add(owner);
  return behind;
}

/** What the web app uses directly: core components, and the other Mantine-based packages. */
export function ownersUsedIn(directory: string): Map<string, string[]> {
  const usedBy = new Map<string, string[]>();
  const use = (owner: string, file: string) =>
    usedBy.set(owner, [...(usedBy.get(owner) ?? []), file]);
  for (const file of filesUnder(directory, /\.tsx?$/)) {
    const source = readFileSync(file, 'utf8');
    for (const name of namedImports(source, '@mantine/core')) {
      const component = coreComponentOf(name);
      if (component) use(component, file);
    }
    const packages = /from\s*'((?:@mantine\/(?!core|hooks)[a-z-]+)|mantine-datatable)'/g;
    for (const [, owner] of source.matchAll(packages)) use(owner!, file);
  }
  return usedBy;
}

/** The stylesheets mantine-styles.ts imports, in order. */
export function importedStylesheets(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/^import\s+'([^']+\.css)';/gm)].map(
    (match) => match[1]!,
  );
}

/** `file: sheet` for each Mantine-based package stylesheet imported anywhere but `except`. */
export function stylesheetImportsOutside(directory: string, except: string): string[] {
  return filesUnder(directory, /\.tsx?$/)
    .filter((file) => path.resolve(file) !== path.resolve(except))
    .flatMap((file) =>
      [
        ...readFileSync(file, 'utf8').matchAll(
          /^import\s+'((?:@mantine\/|mantine-)[^']+\.css)';/gm,
        ),
      ].map((match) => `${file}: ${match[1]}`),
    );
}
