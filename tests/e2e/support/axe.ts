import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * Axe as the browser tests run it, a third of the default's time (decision 171): in the page
 * itself (legacy mode; the default opens a blank page per run to merge frames' results, and
 * the portal has no cross-origin frames, the one thing legacy mode leaves untested), and
 * violations only (no selectors and markup computed and sent back for every passing node).
 */
export const axeOn = (page: Page): AxeBuilder =>
  new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
