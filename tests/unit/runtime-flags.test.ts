import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { NO_PRETENURING, runtimeFlagsFor } from '../../src/server/runtime-flags.js';

/** Lines V8 prints for each allocation site it weighs for pretenuring, with the probe's allocations. */
function pretenuringTrace(flags: readonly string[]): string[] {
  const probe = spawnSync(
    process.execPath,
    ['--trace-pretenuring-statistics', 'tests/support/pretenuring-probe.mjs', ...flags],
    {
      encoding: 'utf8',
    },
  );
  expect(probe.status, probe.stderr).toBe(0);
  return probe.stdout.split('\n').filter((line) => line.includes('pretenuring:'));
}

describe('V8 flags of the server', () => {
  it('turn pretenuring off on Node 20 only, where the bench showed it helps', () => {
    expect(runtimeFlagsFor('20.20.2')).toEqual([NO_PRETENURING]);
    expect(runtimeFlagsFor('24.22.3')).toEqual([]);
    expect(runtimeFlagsFor('26.0.0')).toEqual([]);
  });

  // V8 may ignore or refuse flags set after start (it can freeze them); this runtime must not.
  it(
    `take effect when set after start on this runtime (Node ${process.version})`,
    { timeout: 60_000 },
    () => {
      expect(pretenuringTrace([]).length, 'the probe makes V8 weigh pretenuring').toBeGreaterThan(
        0,
      );
      expect(pretenuringTrace([NO_PRETENURING])).toEqual([]);
    },
  );
});
