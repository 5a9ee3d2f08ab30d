// Vitest global setup of the integration and browser projects: the server and CLI their tests
// start, compiled from the current sources once per run (tests/support/compiled-server.ts).
import { buildServer } from '../../scripts/build-server.mjs';

export async function setup() {
  await buildServer();
}
