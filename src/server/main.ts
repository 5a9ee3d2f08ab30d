import cluster from 'node:cluster';
import { ConfigError, loadConfig } from './config.js';
import { runClusterPrimary } from './run/cluster-primary.js';
import { prepareDatabase } from './run/prepare-database.js';
import { serve } from './run/serve.js';
import { startBanner } from './run/start-banner.js';
import { applyRuntimeFlags } from './runtime-flags.js';

/**
 * One process serves, or with WORKERS=N a primary prepares the database once and forks N
 * workers (node:cluster) that share the port; the database keeps seats correct across them.
 */
async function main() {
  const v8Flags = applyRuntimeFlags();
  const config = loadConfig();
  if (cluster.isWorker) {
    await serve(config);
    return;
  }
  const seeded = await prepareDatabase(config);
  const dialect = config.databaseUrl.startsWith('sqlite:') ? 'sqlite' : 'postgres';
  if (config.workers > 1) await runClusterPrimary(config);
  else await serve(config);
  console.log(startBanner(config, { dialect, seeded, v8Flags }));
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(1);
});
