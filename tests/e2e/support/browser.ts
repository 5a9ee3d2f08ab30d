import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { describe } from 'vitest';

/** Debian's Chromium: Playwright cannot download its own browser here. */
const CHROMIUM_PATH = '/usr/bin/chromium';

const available = existsSync(CHROMIUM_PATH);
if (!available) {
  if (process.env.CI === 'true') {
    throw new Error(
      `${CHROMIUM_PATH} is missing, so the browser tests cannot run. Install Debian's chromium package.`,
    );
  }
  console.warn(
    [
      '',
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
      `!!  ${CHROMIUM_PATH} is missing: the browser tests are SKIPPED, not passed.`,
      "!!  Install Debian's chromium package to run them (in CI, CI=true makes this fail).",
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
      '',
    ].join('\n'),
  );
}

/** `describe` for suites that need Chromium: skipped (loudly) when it is not installed. */
export const describeInBrowser = available ? describe : describe.skip;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}
