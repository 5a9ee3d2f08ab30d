import { mkdirSync, mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/common/preferences.js';
import { loadConfig, type Config } from '../../src/server/config.js';
import { unsubscribePage } from '../../src/server/modules/notifications/unsubscribe-page.js';
import { mailSamples } from '../support/mail-samples.js';
import { describeInBrowser, launchChromium } from './support/browser.js';
import { expectNoAxeViolations } from './support/pages.js';

/** A wide logo, served like a vendor's CDN would. */
const LOGO = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="64" viewBox="0 0 320 64"><rect width="320" height="64" rx="8" fill="#0b7285"/><text x="24" y="42" font-family="sans-serif" font-size="28" fill="#fff">Acme Software</text></svg>`;
/** Set to a folder to keep a full-page screenshot of every mail (test-results/ is not committed). */
const SHOTS = process.env.MAIL_SCREENSHOTS ?? 'test-results/mail';

describeInBrowser('every mail kind in Chromium', () => {
  let browser: Browser;
  let logoServer: Server;
  let config: Config;
  beforeAll(async () => {
    logoServer = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'image/svg+xml' }).end(LOGO);
    });
    await new Promise<void>((resolve) => logoServer.listen(0, '127.0.0.1', resolve));
    const { port } = logoServer.address() as AddressInfo;
    config = loadConfig({
      DATA_DIR: mkdtempSync(path.join(tmpdir(), 'portal-mail-')),
      PUBLIC_URL: 'https://portal.example.test',
      VENDOR_NAME: 'Acme Software',
      VENDOR_LOGO_URL: `http://127.0.0.1:${port}/logo.svg`,
      BRAND_COLOR: '#0b7285',
    });
    browser = await launchChromium();
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => logoServer.close(resolve));
  });

  for (const language of LANGUAGES)
    for (const width of [800, 375])
      it(`reads in ${language} at ${width} px: no sideways scrolling, button and footer link in view`, async () => {
        const page = await browser.newPage({ viewport: { width, height: 800 } });
        for (const sample of mailSamples(config, language)) {
          const what = `${sample.kind} (${language}, ${width} px)`;
          await page.setContent(sample.mail.html, { waitUntil: 'load' });
          expect(
            await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
            what,
          ).toBeLessThanOrEqual(0);
          expect(
            await page.evaluate(
              () => (document.querySelector('img') as HTMLImageElement).naturalWidth,
            ),
            `${what}: the logo loaded`,
          ).toBeGreaterThan(0);
          for (const link of [
            page.getByRole('link', { name: sample.action, exact: true }),
            page.locator('.portal-footer a').first(),
          ]) {
            expect(await link.isVisible(), what).toBe(true);
            const box = (await link.boundingBox())!;
            expect(box.x, what).toBeGreaterThanOrEqual(0);
            expect(box.x + box.width, what).toBeLessThanOrEqual(width);
            expect(box.height, what).toBeGreaterThan(10);
          }
          await page.screenshot({
            path: path.join(SHOTS, `${sample.kind}-${language}-${width}.png`),
            fullPage: true,
          });
        }
        await page.close();
      });

  // The page the unsubscribe link opens is the server's, not the web app's: the layout check
  // (which fails on the expected 400 of an invalid link) does not cover it, so it is here.
  const target = {
    email: 'alice.moreau-lindqvist@northwind-robotics.example',
    topic: 'seatsOver90' as const,
    language: 'de' as const,
    off: false,
  };
  const states = [
    { kind: 'confirm', target, token: '7.seatsOver90.x' },
    { kind: 'done', target },
    { kind: 'invalid', language: 'en' },
  ] as const;
  for (const state of states)
    for (const colorScheme of ['light', 'dark'] as const)
      it(
        `shows the unsubscribe page (${state.kind}, ${colorScheme}) at the three window sizes without axe violations`,
        { timeout: 180_000 },
        async () => {
          for (const size of [
            { width: 1366, height: 768 },
            { width: 1440, height: 900 },
            { width: 390, height: 844 },
          ]) {
            // axe needs a page of its own context.
            const context = await browser.newContext({ viewport: size, colorScheme });
            const page = await context.newPage();
            await page.setContent(unsubscribePage(state, config.mailBrand, config.publicUrl));
            expect(
              await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
              `${size.width} px`,
            ).toBeLessThanOrEqual(0);
            await expectNoAxeViolations(page);
            await page.screenshot({
              path: path.join(
                SHOTS,
                `unsubscribe-${state.kind}-${size.width}x${size.height}-${colorScheme}.png`,
              ),
              fullPage: true,
            });
            await context.close();
          }
        },
      );
});
