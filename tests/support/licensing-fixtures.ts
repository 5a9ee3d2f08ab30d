import { randomBytes } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { ActivationKind } from '../../src/common/activation-kinds.js';
import { CLI_ACTOR } from '../../src/server/cli/command.js';
import { createEntitlement } from '../../src/server/modules/provisioning/entitlements/service.js';
import { createProduct } from '../../src/server/modules/provisioning/products/service.js';
import type { DialectName } from '../../src/server/db/dialect.js';
import { createTestApp, TEST_NOW, type TestApp } from './test-app.js';

export interface ProvisionedLicense {
  key: string;
  licenseId: number;
  productCode: string;
  organizationId: number;
}

/** A product of its own and a license of it for Northwind, made through the vendor services. */
export async function provisionLicense(
  t: TestApp,
  options: {
    seats?: number;
    heartbeatIntervalSeconds?: number | null;
    identifierRequired?: boolean;
    activationKind?: ActivationKind;
    expiresAt?: string | null;
  } = {},
): Promise<ProvisionedLicense> {
  const code = `TEST-${randomBytes(4).toString('hex').toUpperCase()}`;
  await createProduct(t.ctx, {
    code,
    name: `Test product ${code}`,
    licenseType: 'subscription',
    deploymentType: 'on-premise',
    activationKind: options.activationKind ?? 'machine',
    heartbeatIntervalSeconds: options.heartbeatIntervalSeconds ?? null,
    identifierRequired: options.identifierRequired ?? true,
  });
  const org = await t.ctx.db
    .selectFrom('organizations')
    .select('id')
    .where('slug', '=', 'northwind-robotics')
    .executeTakeFirstOrThrow();
  const entitlement = await createEntitlement(
    t.ctx,
    {
      organizationId: org.id,
      salesOrder: 'SO-TEST',
      orderDate: '2026-06-01',
      licenses: [
        { productCode: code, seats: options.seats ?? 10, expiresAt: options.expiresAt ?? null },
      ],
    },
    CLI_ACTOR,
  );
  const [license] = entitlement.licenses;
  return { key: license.key, licenseId: license.id, productCode: code, organizationId: org.id };
}

/** A request to the licensing API from a given client address (each test its own, for the per-IP limit). */
export function licensingCall(t: TestApp, remoteAddress = '127.0.0.2') {
  return (url: string, payload?: InjectOptions['payload'], method: 'GET' | 'POST' = 'POST') =>
    t.app.inject({ method, url: `/v1${url}`, payload, remoteAddress });
}

/**
 * A seeded app for a licensing suite: made once, closed after, the clock back at TEST_NOW
 * before each test. Read `suite.t` and `suite.call` inside tests.
 */
export function licensingSuite(dialect: DialectName) {
  const suite = {} as { t: TestApp; call: ReturnType<typeof licensingCall> };
  beforeAll(async () => {
    suite.t = await createTestApp(dialect);
    suite.call = licensingCall(suite.t);
  });
  afterAll(() => suite.t.close());
  beforeEach(() => {
    suite.t.clock.now = TEST_NOW;
  });
  return suite;
}
