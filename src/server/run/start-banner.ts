import type { Config } from '../config.js';
import { DEMO_PASSWORD, demoUsers } from '../demo/demo-data.js';

/** What the operator reads once the portal listens: where, on what, and how to sign in. */
export function startBanner(
  config: Config,
  facts: { dialect: string; seeded: boolean; v8Flags: readonly string[] },
): string {
  const admin = demoUsers.find((u) => u.key === 'alice')!;
  const viewer = demoUsers.find((u) => u.key === 'victor')!;
  const details = [
    facts.dialect,
    ...(facts.seeded ? ['demo data seeded'] : []),
    ...(config.workers > 1 ? [`${config.workers} workers`] : []),
    config.storage.kind === 's3' ? `files in s3://${config.storage.bucket}` : 'files on local disk',
  ];
  return [
    '',
    `  Customer portal on ${config.publicUrl}  (${details.join(', ')})`,
    `  Node.js ${process.version}${facts.v8Flags.length > 0 ? `, V8 flags ${facts.v8Flags.join(' ')}` : ''}`,
    `  API documentation: ${config.publicUrl}/api/docs`,
    ...(config.metrics.port !== undefined
      ? [`  Metrics: http://${config.host}:${config.metrics.port}/metrics`]
      : []),
    ...(config.seedDemo
      ? [
          '  Demo sign-in (password for both):',
          `    Admin:  ${admin.email}`,
          `    Viewer: ${viewer.email}`,
          `    Password: ${DEMO_PASSWORD}`,
        ]
      : []),
    '',
  ].join('\n');
}
