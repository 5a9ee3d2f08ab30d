import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AXE_SIZES, SIZES } from '../e2e/layout/surfaces';

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return filesUnder(full);
    return /\.(tsx?|css)$/.test(entry.name) ? [full] : [];
  });
}

/**
 * What could make the web app render differently between 1366 and 1440 px: Mantine's `xl`
 * breakpoint (88em = 1408 px) in a responsive prop, visibleFrom/hiddenFrom or a breakpoint
 * option; a width media query of its own; a media query read in code.
 */
const BETWEEN_THE_LAPTOPS = [
  /\bxl\s*:/,
  /(visibleFrom|hiddenFrom)=\{?\s*["']xl["']/,
  /breakpoint:\s*["']xl["']/,
  /@media[^{]*width/,
  /\b(useMediaQuery|matchMedia)\(/,
];

describe("the layout check's window sizes", () => {
  it('run axe on one laptop and the phone, and only the window checks on the other laptop', () => {
    expect(AXE_SIZES).toEqual([SIZES[0], SIZES[2]]);
  });

  // The other laptop is left to the window checks because it shows the same elements
  // (decision 171); a breakpoint between the two would make axe's answer differ there.
  it('have no breakpoint of the web app between the two laptops', () => {
    const found = filesUnder('src/web').flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) =>
          BETWEEN_THE_LAPTOPS.some((pattern) => pattern.test(line))
            ? [`${file}:${index + 1}: ${line.trim()}`]
            : [],
        ),
    );
    expect(found).toEqual([]);
  });
});
