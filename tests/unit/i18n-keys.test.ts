import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/common/abilities.js';
import { ACTIVATION_KINDS } from '../../src/common/activation-kinds.js';
import { ACTIVATION_STATUS_LABELS } from '../../src/common/activations-api.js';
import { INVENTORY_VIEWS } from '../../src/common/assignments-api.js';
import { AUDIT_TYPES } from '../../src/common/audit-api.js';
import { ARTIFACT_KINDS } from '../../src/common/downloads-api.js';
import { FEATURE_STATE_LABELS } from '../../src/common/license-features.js';
import { LICENSE_KEY_STATUS_FILTERS } from '../../src/common/license-keys-api.js';
import { LICENSE_STATUSES } from '../../src/common/license-status.js';
import { ENTITLEMENT_SEARCH_SCOPES } from '../../src/common/licenses-api.js';
import { MEMBER_SEARCH_SCOPES } from '../../src/common/members-api.js';
import { LANGUAGES } from '../../src/common/preferences.js';
import { ROLES } from '../../src/common/roles.js';
import { VALIDATION_CODES } from '../../src/common/license-validation.js';
import { SSO_ERROR_MESSAGES, SSO_TEST_REASONS, SSO_TEST_STEPS } from '../../src/common/sso-api.js';
import { FORECAST_OUTCOMES, USAGE_RANGES } from '../../src/common/usage-api.js';

const LOCALES = path.resolve(import.meta.dirname, '../../src/web/i18n/locales');
const WEB = path.resolve(import.meta.dirname, '../../src/web');
const PLURAL = /_(zero|one|two|few|many|other)$/;

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix: string, into: Map<string, string>): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const full = `${prefix}.${key}`;
    if (typeof value === 'string') into.set(full, value);
    else flatten(value, full, into);
  }
  return into;
}

/** Every text of a language, keyed as t() reads it: `<area>.<path>` (the file is the area). */
function texts(language: string): Map<string, string> {
  const all = new Map<string, string>();
  for (const file of readdirSync(path.join(LOCALES, language))) {
    const tree = JSON.parse(readFileSync(path.join(LOCALES, language, file), 'utf8')) as Tree;
    flatten(tree, file.replace(/\.json$/, ''), all);
  }
  return all;
}

const english = texts('en');
const base = (key: string) => key.replace(PLURAL, '');
const englishBases = new Set([...english.keys()].map(base));
const pluralBases = new Set([...english.keys()].filter((k) => PLURAL.test(k)).map(base));
const variables = (text: string) => new Set([...text.matchAll(/\{\{(\w+)/g)].map((m) => m[1]));

/** The keys a language must have: the English ones, with its own CLDR plural categories. */
function expectedKeys(language: string): Set<string> {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const expected = new Set<string>();
  for (const key of englishBases) {
    if (pluralBases.has(key)) for (const category of categories) expected.add(`${key}_${category}`);
    else expected.add(key);
  }
  return expected;
}

describe('locale files', () => {
  it('have the same areas in every language', () => {
    const areas = (language: string) => readdirSync(path.join(LOCALES, language)).sort();
    expect(readdirSync(LOCALES).sort()).toEqual([...LANGUAGES].sort());
    for (const language of LANGUAGES) expect(areas(language), language).toEqual(areas('en'));
  });

  for (const language of LANGUAGES) {
    it(`${language}: every key of every other language, and no other`, () => {
      const keys = new Set(texts(language).keys());
      const expected = expectedKeys(language);
      expect(
        [...expected].filter((key) => !keys.has(key)),
        'missing',
      ).toEqual([]);
      expect(
        [...keys].filter((key) => !expected.has(key)),
        'not in English',
      ).toEqual([]);
    });

    it(`${language}: no empty text, and only the English text's {{variables}}`, () => {
      for (const [key, text] of texts(language)) {
        const source = english.get(key) ?? english.get(`${base(key)}_other`) ?? '';
        if (!key.endsWith('.sentBefore')) expect(text.trim(), key).not.toBe('');
        for (const name of variables(text))
          expect(variables(source), `${key}: {{${name}}}`).toContain(name);
      }
    });
  }
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'locales' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const AREAS = new Set(readdirSync(path.join(LOCALES, 'en')).map((f) => f.replace(/\.json$/, '')));
const isArea = (key: string) => AREAS.has(key.split('.')[0]);
const abilities = new Set<string>(ACTIONS);
const englishPrefixes = new Set(
  [...englishBases].flatMap((key) =>
    key.split('.').map((_, i, parts) => parts.slice(0, i).join('.')),
  ),
);

describe('keys used in the web app', () => {
  const code = sourceFiles(WEB).map((file) => [file, readFileSync(file, 'utf8')] as const);

  it('exist in English: every literal key, and the start of every built one', () => {
    const missing: string[] = [];
    for (const [file, text] of code) {
      const where = path.relative(WEB, file);
      // A literal shaped like a key is one unless it names an ability ('licenses.activate') or
      // a group of keys (a table id such as 'licenses.keys').
      for (const [, key] of text.matchAll(/['"`]([a-z]+(?:\.[a-zA-Z0-9_]+)+)['"`]/g))
        if (
          isArea(key) &&
          !englishBases.has(key) &&
          !englishPrefixes.has(key) &&
          !abilities.has(key)
        )
          missing.push(`${where}: ${key}`);
      // t(`labels.role.${role}`): the part before the variable is a group of English keys.
      for (const [, prefix] of text.matchAll(/`([a-z]+(?:\.[a-zA-Z0-9_]+)*)\.\$\{/g))
        if (isArea(prefix) && !englishPrefixes.has(prefix)) missing.push(`${where}: ${prefix}.…`);
    }
    expect(missing).toEqual([]);
  });

  it('have a text for every value of the enums the app builds keys from', () => {
    const groups: [string, readonly string[]][] = [
      ['labels.role', ROLES],
      ['labels.licenseStatus', LICENSE_STATUSES],
      ['labels.auditType', AUDIT_TYPES],
      ['labels.activationKind', ACTIVATION_KINDS],
      ['labels.inventoryView', INVENTORY_VIEWS],
      ['activations.status', Object.keys(ACTIVATION_STATUS_LABELS)],
      ['activations.swap.new', ACTIVATION_KINDS],
      ['licenses.identifier', ACTIVATION_KINDS],
      ['licenses.keys.statusFilter', LICENSE_KEY_STATUS_FILTERS],
      ['licenses.entitlements.scope', ENTITLEMENT_SEARCH_SCOPES],
      ['members.scope', MEMBER_SEARCH_SCOPES],
      ['downloads.kind', ARTIFACT_KINDS],
      ['common.features.state', Object.keys(FEATURE_STATE_LABELS)],
      ['common.role.description', ROLES],
      ['usage.forecast', FORECAST_OUTCOMES],
      ['usage.range', USAGE_RANGES],
      ['sso.problem', Object.keys(SSO_ERROR_MESSAGES)],
      ['sso.test.reason', SSO_TEST_REASONS],
      ['sso.test.step', SSO_TEST_STEPS],
      ...(['check', 'explanation', 'remedy'] as const).map((part): [string, string[]] => [
        'validation',
        VALIDATION_CODES.map((code) => `${code}.${part}`),
      ]),
    ];
    const missing = groups.flatMap(([group, values]) =>
      values.map((value) => `${group}.${value}`).filter((key) => !englishBases.has(key)),
    );
    expect(missing).toEqual([]);
  });
});

const SERVER = path.resolve(import.meta.dirname, '../../src/server');
/** Answers the portal's members never see: the vendor API, the CLI, SCIM (the IdP reads it), CORS of /v1. */
const NOT_PORTAL = /\/(provisioning|cli|scim)\/|\/licensing\/(cors|rate-limits)\.ts$/;

/** The codes a portal service refuses with, as written in the server's source. */
function portalErrorCodes(): Set<string> {
  const codes = new Set<string>();
  const calls = [
    /new DomainError\(\s*'[a-z_]+',\s*'([A-Za-z_]+)'/g,
    /\bconflict\(\s*'([a-z_]+)'/g,
    /\brefused\(\s*'([a-z_]+)'/g,
  ];
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return walk(full);
      return entry.name.endsWith('.ts') ? [full] : [];
    });
  for (const file of walk(SERVER)) {
    if (NOT_PORTAL.test(file)) continue;
    const text = readFileSync(file, 'utf8');
    for (const call of calls) for (const [, code] of text.matchAll(call)) codes.add(code!);
  }
  return codes;
}

describe('API errors the portal shows (decision 137)', () => {
  it('have words for every code a portal service refuses with', () => {
    const found = portalErrorCodes();
    const worded = (code: string) =>
      englishBases.has(`errors.${code}`) ||
      englishBases.has(`validation.${code}.explanation`) ||
      (code.startsWith('sso_') && englishBases.has(`sso.problem.${code.slice(4)}`));
    expect(found.size).toBeGreaterThan(20);
    expect([...found].filter((code) => !worded(code))).toEqual([]);
  });

  it('have words for the framework refusals and the generic codes', () => {
    const generic = ['validation_failed', 'invalid_request', 'not_found', 'forbidden'];
    const more = ['unauthenticated', 'conflict', 'rate_limited', 'internal', 'body_too_large'];
    expect([...generic, ...more].filter((code) => !englishBases.has(`errors.${code}`))).toEqual([]);
  });
});
