import cluster from 'node:cluster';
import { loadConfig } from './config.js';
import { resolveSecrets } from './crypto/secrets.js';
import { runClusterPrimary } from './run/cluster-primary.js';
import { prepareDatabase } from './run/prepare-database.js';
import { serve } from './run/serve.js';
import { startBanner } from './run/start-banner.js';
import { applyRuntimeFlags } from './runtime-flags.js';
import { startupFailureLine } from './startup-failure.js';

/**
 * One process serves, or with WORKERS=N a primary prepares the database once and forks N
 * workers (node:cluster) that share the port; the database keeps seats correct across them.
 */
async function main() {
  const v8Flags = applyRuntimeFlags();
  const config = loadConfig();
  const { secrets, generatedFile } = resolveSecrets(config.dataDir, config.portalSecrets);
  if (cluster.isWorker) {
    await serve(config, secrets);
    return;
  }
  if (generatedFile)
    console.log(
      `  New install: secrets generated into ${generatedFile}. Back it up; several instances share its content as PORTAL_SECRETS.`,
    );
  const { seeded, dialect } = await prepareDatabase(config, secrets);
  if (config.workers > 1) await runClusterPrimary(config);
  else await serve(config, secrets);
  console.log(startBanner(config, { dialect, seeded, v8Flags }));
}

main().catch((error: unknown) => {
  console.error(startupFailureLine(error));
  process.exit(1);
});
