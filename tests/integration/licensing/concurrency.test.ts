import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableDialects } from '../../support/databases.js';
import { licensingCall, provisionLicense } from '../../support/licensing-fixtures.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

const CONCURRENT = 50;
const SEATS = 10;

describe.each(await availableDialects())('seats under concurrency on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const liveRows = (licenseId: number) =>
    t.ctx.db
      .selectFrom('activations')
      .select(['id', 'identifier', 'quantity'])
      .where('license_id', '=', licenseId)
      .where('deactivated_at', 'is', null)
      .execute();

  it(`${CONCURRENT} concurrent activations of distinct machines on a ${SEATS}-seat license: exactly ${SEATS} succeed`, async () => {
    const { key, licenseId } = await provisionLicense(t, { seats: SEATS });
    const call = licensingCall(t, '127.0.0.3');
    const responses = await Promise.all(
      Array.from({ length: CONCURRENT }, (_, i) =>
        call('/activations', { key, identifier: `HWID-${i}` }),
      ),
    );
    const statuses = responses.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 201)).toHaveLength(SEATS);
    expect(statuses.filter((s) => s === 409)).toHaveLength(CONCURRENT - SEATS);
    expect(
      new Set(responses.filter((r) => r.statusCode === 409).map((r) => r.json().error.code)),
    ).toEqual(new Set(['SEATS_EXHAUSTED']));
    const live = await liveRows(licenseId);
    expect(live).toHaveLength(SEATS);
    const audited = await t.ctx.db
      .selectFrom('audit_events')
      .select('id')
      .where('action', '=', 'activation.created')
      .where(
        'target_id',
        'in',
        live.map((row) => String(row.id)),
      )
      .execute();
    expect(audited).toHaveLength(SEATS);
  });

  it(`${CONCURRENT} concurrent activations of one machine yield one activation`, async () => {
    const { key, licenseId } = await provisionLicense(t, { seats: SEATS });
    const call = licensingCall(t, '127.0.0.4');
    const responses = await Promise.all(
      Array.from({ length: CONCURRENT }, () =>
        call('/activations', { key, identifier: 'HWID-ONE' }),
      ),
    );
    expect(responses.filter((r) => r.statusCode === 201)).toHaveLength(1);
    expect(responses.filter((r) => r.statusCode === 200)).toHaveLength(CONCURRENT - 1);
    expect(new Set(responses.map((r) => r.json().activation.id)).size).toBe(1);
    expect(await liveRows(licenseId)).toMatchObject([{ identifier: 'HWID-ONE', quantity: 1 }]);
  });
});
