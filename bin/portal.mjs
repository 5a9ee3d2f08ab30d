#!/usr/bin/env node
// `npx portal …`: the CLI (src/server/cli/main.ts) through tsx, with no npm banner on stdout.
import { register } from 'tsx/esm/api';

register();
await import('../src/server/cli/main.ts');
