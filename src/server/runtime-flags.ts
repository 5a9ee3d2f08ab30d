import { setFlagsFromString } from 'node:v8';

/**
 * No allocation-site pretenuring: V8 may start allocating the objects of an allocation site
 * straight into the old generation when many of them survived a young collection. Under
 * request load it sometimes did so for the requests' own short-lived objects, and from then
 * on every young collection promoted 1–4 MB and paused 5–10 ms instead of about 1 ms
 * (docs/decisions/068-no-allocation-site-pretenuring.md).
 */
export const NO_PRETENURING = '--no-allocation-site-pretenuring';

/**
 * V8 flags of the server process by Node.js major version. A flag is listed for a runtime
 * only where the licensing bench on that runtime showed it helps (decision 081, bench/README.md
 * "Node 24 and Node 20"); a runtime not measured gets none.
 */
const FLAGS_BY_NODE_MAJOR: Readonly<Record<number, readonly string[]>> = {
  20: [NO_PRETENURING],
  // Measured without it: young collections promoted as little as with it (0.014 MB each).
  24: [],
};

/** The V8 flags for a Node.js version such as "24.22.3". */
export function runtimeFlagsFor(nodeVersion: string): readonly string[] {
  return FLAGS_BY_NODE_MAJOR[Number(nodeVersion.split('.')[0])] ?? [];
}

/**
 * Sets this runtime's V8 flags in the running process and returns them. main.ts and
 * bench/run.ts call it first, before any database or app is built. Set here rather than on
 * the command line because Node accepts almost no V8 flags in NODE_OPTIONS, and `npm start`,
 * the browser tests' server and the benchmarks each start Node their own way.
 */
export function applyRuntimeFlags(nodeVersion = process.versions.node): readonly string[] {
  const flags = runtimeFlagsFor(nodeVersion);
  for (const flag of flags) setFlagsFromString(flag);
  return flags;
}
