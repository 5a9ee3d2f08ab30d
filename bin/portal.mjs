#!/usr/bin/env node
// `npx portal …`: the compiled CLI (src/server/cli/main.ts → dist/server/cli/main.js), built
// first when a source is newer; stdout stays the command's own (decision 171).
import console from 'node:console';
import { buildServerIfStale } from '../scripts/build-if-stale.mjs';

await buildServerIfStale((message) => console.error(message));
await import('../dist/server/cli/main.js');
