import type { ProductCode } from './demo-data.js';

// The demo products' releases, their files and documentation.

interface DemoRelease {
  product: ProductCode;
  version: string;
  channel: 'stable' | 'beta';
  publishedDaysAgo: number;
  notes: string;
  /** platform/arch of each file; the seed writes a small text file for each. */
  files: `${string}/${string}`[];
  /** Titles of its documentation (kind "documentation"); the seed writes a one-page PDF for each. */
  documents?: string[];
}

/** ECHO-TRIAL 1.1.0 comes after Northwind's trial expired (-6 d): the Downloads page must not offer it. */
export const demoReleases: DemoRelease[] = [
  {
    product: 'ATLAS-CAD',
    version: '2026.1.0',
    channel: 'stable',
    publishedDaysAgo: 150,
    files: ['windows/x64', 'macos/universal'],
    notes:
      '## New\n- Sheet-metal unfolding\n- **Faster** assembly loading\n\n## Fixed\n- Crash when exporting `STEP` files with empty layers',
  },
  {
    product: 'ATLAS-CAD',
    version: '2026.2.0',
    channel: 'stable',
    publishedDaysAgo: 20,
    files: ['windows/x64', 'macos/universal', 'linux/x64'],
    documents: ['Release notes', 'User manual'],
    notes:
      '## New\n- Linux build\n- Drawing templates per project\n\nSee the [upgrade guide](https://example.com/atlas/upgrade) before updating.',
  },
  {
    product: 'ATLAS-CAD',
    version: '2026.3.0-beta.1',
    channel: 'beta',
    publishedDaysAgo: 3,
    files: ['linux/x64'],
    notes:
      '_Preview build, not for production._\n\n1. Real-time collaboration\n2. New sketch solver',
  },
  {
    product: 'BEACON-CLOUD',
    version: '4.2.0',
    channel: 'stable',
    publishedDaysAgo: 40,
    files: ['linux/x64'],
    notes: '## Agent\n- Sends telemetry over HTTP/2\n- Smaller memory footprint',
  },
  {
    product: 'CIRRUS-RENDER',
    version: '3.0.0',
    channel: 'stable',
    publishedDaysAgo: 90,
    files: ['linux/x64', 'windows/x64'],
    notes: '## Render node 3.0\n- GPU denoiser\n- Serial pool failover',
  },
  {
    product: 'DELTA-SIM',
    version: '5.1.0',
    channel: 'stable',
    publishedDaysAgo: 10,
    files: ['windows/x64', 'linux/x64'],
    documents: ['Release notes'],
    notes:
      '## Solver\n- CFD meshes up to 2x faster\n\n## Fixed\n- Heartbeat retries after network loss',
  },
  {
    product: 'ECHO-TRIAL',
    version: '1.0.0',
    channel: 'stable',
    publishedDaysAgo: 60,
    files: ['windows/x64'],
    notes: 'First release of the field toolkit.',
  },
  {
    product: 'ECHO-TRIAL',
    version: '1.1.0',
    channel: 'stable',
    publishedDaysAgo: 2,
    files: ['windows/x64'],
    notes: 'Offline diagnostics.',
  },
];
