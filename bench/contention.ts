import { CLI_ACTOR } from '../src/server/cli/command.js';
import type { DialectName } from '../src/server/db/dialect.js';
import { createEntitlement } from '../src/server/modules/provisioning/entitlements/service.js';
import { createProduct } from '../src/server/modules/provisioning/products/service.js';
import { startBenchServer } from './bench-app.js';
import type { ResultRow } from './measure.js';

const CONCURRENT = 200;
const SEATS = 50;

/** 200 concurrent activations of distinct machines over HTTP on one 50-seat license: exactly 50 may hold seats. */
export async function benchActivationContention(dialect: DialectName): Promise<ResultRow[]> {
  const server = await startBenchServer(dialect, 0);
  try {
    await createProduct(server.ctx, {
      code: 'BENCH-SEATS',
      name: 'Bench seats',
      licenseType: 'subscription',
      deploymentType: 'on-premise',
      activationKind: 'machine',
      heartbeatIntervalSeconds: null,
      identifierRequired: true,
    });
    const entitlement = await createEntitlement(
      server.ctx,
      {
        organizationId: server.organizationId,
        salesOrder: 'SO-BENCH',
        orderDate: '2026-01-01',
        licenses: [{ productCode: 'BENCH-SEATS', seats: SEATS, expiresAt: null }],
      },
      CLI_ACTOR,
    );
    const { key, id: licenseId } = entitlement.licenses[0];
    const started = performance.now();
    const statuses = await Promise.all(
      Array.from({ length: CONCURRENT }, async (_, i) => {
        const response = await fetch(`${server.baseUrl}/v1/activations`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ key, identifier: `HWID-CONTENDED-${i}` }),
        });
        await response.arrayBuffer();
        return response.status;
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const live = await server.ctx.db
      .selectFrom('activations')
      .select('id')
      .where('license_id', '=', licenseId)
      .where('deactivated_at', 'is', null)
      .execute();
    const created = statuses.filter((s) => s === 201).length;
    const refused = statuses.filter((s) => s === 409).length;
    return [
      {
        bench: `${CONCURRENT} concurrent activations, ${SEATS} seats`,
        db: dialect,
        figure: `${live.length} live, ${created} × 201, ${refused} × 409 in ${seconds.toFixed(2)} s (${Math.round(CONCURRENT / seconds)} req/s)`,
        budget: `exactly ${SEATS} live`,
        ok: live.length === SEATS && created === SEATS && refused === CONCURRENT - SEATS,
      },
    ];
  } finally {
    await server.stop();
  }
}
