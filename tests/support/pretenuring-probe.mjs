// Run by tests/unit/runtime-flags.test.ts under `--trace-pretenuring-statistics`: sets the V8
// flags given as arguments the way the server does (after start), then allocates objects
// from one site that mostly survive young collections, which V8 considers for pretenuring.
import process from 'node:process';
import { setFlagsFromString } from 'node:v8';

for (const flag of process.argv.slice(2)) setFlagsFromString(flag);

const kept = [];
const make = (i) => ({ i, list: [i], nested: { i } });
for (let round = 0; round < 10; round++) {
  for (let i = 0; i < 100_000; i++) kept.push(make(i));
  if (kept.length > 1_000_000) kept.length = 0;
}
