import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser } from './support/browser';
import { ALICE, DEMO_PASSWORD, VICTOR, expectNoAxeViolations } from './support/pages';
import { usePortal } from './support/portal';

/** A translation key shown instead of its text, e.g. "dashboard.kpi.totalLicenses.label". */
const RAW_KEY = /^[a-z]+(\.[a-zA-Z0-9_]+)+$/;

/** Visible text lines and the names and hints of controls that look like raw keys. */
function rawKeysOn(page: Page): Promise<string[]> {
  return page.evaluate((pattern) => {
    const key = new RegExp(pattern);
    const lines = document.body.innerText.split('\n').map((line) => line.trim());
    const attributes = [
      ...document.querySelectorAll('[aria-label], [title], [placeholder]'),
    ].flatMap((element) =>
      ['aria-label', 'title', 'placeholder'].map((name) => element.getAttribute(name)?.trim()),
    );
    return [...lines, ...attributes].filter((text): text is string => !!text && key.test(text));
  }, RAW_KEY.source);
}

/** Sentences the server writes in English that a German page must not show. */
const ENGLISH = [
  'The email or password is incorrect.',
  'No organization uses single sign-on',
  'No license has this key.',
  'The license key exists',
  'Single sign-on is not set up',
  'Issuer and discovery document',
  'No SCIM token yet',
  'At this rate',
  'No forecast for',
  'seats in use.',
];

/** The English server sentences visible on the page. */
const englishOn = (page: Page) =>
  page.evaluate(
    (sentences) => sentences.filter((sentence) => document.body.innerText.includes(sentence)),
    ENGLISH,
  );

const heading = (page: Page, name: string) =>
  page.getByRole('heading', { level: 1, name, exact: true }).waitFor();

async function open(page: Page, link: string, title: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('link', { name: link })
    .click();
  await heading(page, title);
}

/** Signs in through the German sign-in page and waits for the Dashboard's data. */
async function signInGerman(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await heading(page, 'Anmelden');
  expect(await rawKeysOn(page)).toEqual([]);
  await page.getByRole('textbox', { name: 'E-Mail' }).fill(email);
  await page.getByRole('textbox', { name: 'Passwort' }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await heading(page, 'Dashboard');
  await page
    .getByRole('table', { name: 'Neueste Lizenzen' })
    .locator('tbody[aria-busy="false"]')
    .waitFor();
}

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

describeInBrowser('the portal in the browser’s language', { timeout: 60_000 }, () => {
  const portal = usePortal();

  it('shows a German browser every page in German, with German dates and no raw key', async () => {
    const page = await portal.newPage({ locale: 'de-DE' });
    await signInGerman(page, ALICE);
    expect(await htmlLang(page)).toBe('de');
    await page.getByText('Lizenzen gesamt', { exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Anstehende Abläufe' }).waitFor();
    // German medium dates ("07.03.2026"), not the English "07 Mar 2026".
    const added = await page
      .getByRole('table', { name: 'Neueste Lizenzen' })
      .locator('time')
      .first()
      .textContent();
    expect(added).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
    expect(await rawKeysOn(page)).toEqual([]);

    await open(page, 'Meine Lizenzen', 'Meine Lizenzen');
    await page.getByRole('tab', { name: 'Lizenzschlüssel' }).click();
    await page.getByRole('columnheader', { name: /Plätze belegt \/ gesamt/ }).waitFor();
    expect(await rawKeysOn(page)).toEqual([]);

    await open(page, 'Aktivierungen', 'Aktivierungen');
    await page.getByRole('columnheader', { name: /Aktivierungsdatum/ }).waitFor();
    await page.getByRole('link', { name: 'CSV exportieren' }).waitFor();
    expect(await rawKeysOn(page)).toEqual([]);

    await open(page, 'Audit & Ereignisse', 'Audit- & Ereignisprotokoll');
    await page.getByRole('button', { name: 'Integrität prüfen' }).waitFor();
    // The log's times in German medium format with seconds: "06.12.2026, 10:24:30".
    const logged = await page
      .getByRole('table', { name: 'Audit-Ereignisse' })
      .locator('time')
      .first()
      .textContent();
    expect(logged).toMatch(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}:\d{2}$/);
    expect(await rawKeysOn(page)).toEqual([]);

    await open(page, 'Kontoeinstellungen', 'Kontoeinstellungen');
    await page.getByRole('combobox', { name: 'Sprache' }).waitFor();
    await page.getByRole('table', { name: 'Benachrichtigungseinstellungen' }).waitFor();
    expect(await rawKeysOn(page)).toEqual([]);
    await expectNoAxeViolations(page);
  });

  it('switches the language in Account Settings at once, and keeps the choice', async () => {
    const page = await portal.newPage({ locale: 'de-DE' });
    await signInGerman(page, VICTOR);
    await open(page, 'Kontoeinstellungen', 'Kontoeinstellungen');

    await page.getByRole('combobox', { name: 'Sprache' }).click();
    await page.getByRole('option', { name: 'English' }).click();
    await heading(page, 'Account Settings');
    await page.getByText('Settings saved.').first().waitFor();
    expect(await htmlLang(page)).toBe('en');
    expect(await page.getByRole('link', { name: 'My Licenses' }).isVisible()).toBe(true);

    // Saved on the account: a reload (and the German browser) keeps English.
    await page.reload();
    await heading(page, 'Account Settings');
    expect(await page.getByRole('combobox', { name: 'Language' }).inputValue()).toBe('English');

    // Back to following the browser: German again, at once.
    await page.getByRole('combobox', { name: 'Language' }).click();
    await page.getByRole('option', { name: /^Browser language/ }).click();
    await heading(page, 'Kontoeinstellungen');
    expect(await htmlLang(page)).toBe('de');
  });

  it('words the server’s refusals, SSO, diagnosis and audit sentences in German', async () => {
    const page = await portal.newPage({
      locale: 'de-DE',
      expectedHttpErrors: [
        { status: 401, path: '/api/portal/auth/login' },
        { status: 404, path: '/api/portal/auth/sso/start' },
      ],
    });
    // A refused sign-in reads German by its code, not the server's English.
    await page.goto('/login');
    await heading(page, 'Anmelden');
    await page.getByRole('textbox', { name: 'E-Mail' }).fill(ALICE);
    await page.getByRole('textbox', { name: 'Passwort' }).fill('not-the-password');
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await page.getByRole('alert').getByText('E-Mail-Adresse oder Passwort ist falsch.').waitFor();
    expect(await englishOn(page)).toEqual([]);

    // Sign in with SSO: the form and the server's refusal for an unknown domain.
    await page.getByRole('button', { name: 'Mit SSO anmelden' }).click();
    await heading(page, 'Mit SSO anmelden');
    await page
      .getByRole('textbox', { name: 'Geschäftliche E-Mail-Adresse' })
      .fill('kim@nobody.example');
    await page.getByRole('button', { name: 'Weiter mit SSO' }).click();
    await page
      .getByText('Für diese E-Mail-Domain nutzt keine Organisation Single Sign-on.')
      .waitFor();
    await page.getByRole('button', { name: 'Stattdessen mit Passwort anmelden' }).waitFor();
    expect(await rawKeysOn(page)).toEqual([]);
    expect(await englishOn(page)).toEqual([]);

    await signInGerman(page, ALICE);
    // The license check's verdict and remedy in German.
    await open(page, 'Meine Lizenzen', 'Meine Lizenzen');
    await page.getByRole('button', { name: 'Schlüssel prüfen' }).click();
    const check = page.getByRole('dialog', { name: 'Lizenzschlüssel prüfen' });
    await check.getByRole('textbox', { name: 'Lizenzschlüssel' }).fill('NOT-A-REAL-KEY');
    await check.getByRole('button', { name: 'Prüfen', exact: true }).click();
    await check.getByText('Keine Lizenz hat diesen Schlüssel.').first().waitFor();
    await check.getByText('Der Lizenzschlüssel existiert').first().waitFor();
    expect(await rawKeysOn(page)).toEqual([]);
    expect(await englishOn(page)).toEqual([]);
    await page.keyboard.press('Escape');

    // Single sign-on and SCIM in Account Settings.
    await open(page, 'Kontoeinstellungen', 'Kontoeinstellungen');
    const sso = page.getByRole('region', { name: 'Single Sign-on' });
    await sso.getByRole('button', { name: 'Verbindung testen' }).waitFor();
    await sso.getByText('Rolle bei der ersten Anmeldung').waitFor();
    await page.getByRole('region', { name: 'SCIM-Bereitstellung' }).waitFor();
    await page.getByRole('button', { name: 'SCIM-Token erstellen' }).waitFor();
    expect(await rawKeysOn(page)).toEqual([]);
    expect(await englishOn(page)).toEqual([]);

    // The audit log's sentences (the sign-ins above) in German.
    await open(page, 'Audit & Ereignisse', 'Audit- & Ereignisprotokoll');
    const log = page.getByRole('table', { name: 'Audit-Ereignisse' });
    await log
      .getByText(/ hat sich angemeldet$/)
      .first()
      .waitFor();
    expect(await log.getByText(/ signed in$/).count()).toBe(0);
    expect(await rawKeysOn(page)).toEqual([]);
  });

  it('keeps an English browser in English, and greets a Japanese one in Japanese', async () => {
    const english = await portal.newPage();
    await english.goto('/login');
    await heading(english, 'Sign in');
    expect(await htmlLang(english)).toBe('en');

    const japanese = await portal.newPage({ locale: 'ja-JP' });
    await japanese.goto('/login');
    await heading(japanese, 'サインイン');
    expect(await htmlLang(japanese)).toBe('ja');
    expect(await rawKeysOn(japanese)).toEqual([]);
  });
});

describeInBrowser('the seat forecast in the browser’s language', { timeout: 180_000 }, () => {
  // The demo data with its year of activation history (decision 115).
  const portal = usePortal({ env: () => ({ SEED_DEMO_USAGE: 'true' }) });

  it('says the Dashboard’s forecasts in German, with German plurals', async () => {
    const page = await portal.newPage({ locale: 'de-DE' });
    await signInGerman(page, VICTOR);
    const outlook = page.getByRole('region', { name: 'Platzausblick' });
    await outlook
      .getByText(/^Bei diesem Tempo gehen Atlas CAD Studio in etwa \d+ Tagen die Plätze aus\.$/)
      .waitFor();
    await outlook
      .getByText(/^ENT-000102 läuft in \d+ Tagen ab, mit 8 von 11 Plätzen belegt\.$/)
      .waitFor();
    expect(await rawKeysOn(page)).toEqual([]);
    expect(await englishOn(page)).toEqual([]);
  });
});
