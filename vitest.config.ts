import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'clients/typescript/tests/**/*.test.ts'],
          setupFiles: ['tests/support/fail-on-console-error.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          setupFiles: ['tests/support/fail-on-console-error.ts'],
          globalSetup: ['tests/support/build-server-setup.mjs'],
          // Its files wait on servers and databases more than they compute (decision 168).
          maxWorkers: 3,
          // A worker's files share one module graph: importing the server again for every file was
          // a third of the suite's CPU time. Each file still has its own databases, apps and ports.
          isolate: false,
          // Projects with their own maxWorkers run in groups of their own.
          sequence: { groupOrder: 1 },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          setupFiles: ['tests/support/fail-on-console-error.ts'],
          globalSetup: ['tests/support/build-server-setup.mjs'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'layout',
          include: ['tests/e2e/layout/**/*.test.ts'],
          setupFiles: ['tests/support/fail-on-console-error.ts'],
          globalSetup: ['tests/support/build-server-setup.mjs'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
