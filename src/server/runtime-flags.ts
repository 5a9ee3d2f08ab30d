import { setFlagsFromString } from 'node:v8';

/**
 * V8 settings of the server process, applied when this module is evaluated: main.ts imports
 * it before anything else, and so does bench/run.ts, whose scale groups run the server in its
 * own process. Set here rather than on the command line because Node accepts almost no V8
 * flags in NODE_OPTIONS, and `npm start`, the browser tests' server and the benchmarks each
 * start Node their own way.
 *
 * No allocation-site pretenuring: V8 may start allocating the objects of an allocation site
 * straight into the old generation when many of them survived a young collection. Under
 * request load it sometimes did so for the requests' own short-lived objects, and from then
 * on every young collection promoted 1–4 MB and paused 5–10 ms instead of about 1 ms
 * (docs/decisions/068-no-allocation-site-pretenuring.md).
 */
setFlagsFromString('--no-allocation-site-pretenuring');
