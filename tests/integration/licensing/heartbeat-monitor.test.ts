import { describe, expect, it } from 'vitest';
import { runHeartbeatMonitorJob } from '../../../src/server/jobs/heartbeat-monitor-job.js';
import { CATCH_UP_MS } from '../../../src/server/jobs/occasion.js';
import { endLongDeadActivations } from '../../../src/server/licensing/public-api.js';
import { HEARTBEAT_GRACE_SECONDS } from '../../../src/server/licensing/liveness.js';
import { liveSeatsOfLicense } from '../../../src/server/licensing/queries.js';
import { availableDialects } from '../../support/databases.js';
import { licensingSuite, provisionLicense } from '../../support/licensing-fixtures.js';
import { TEST_NOW } from '../../support/test-app.js';

const HOUR = 3600;
const at = (ms: number) => new Date(TEST_NOW.getTime() + ms);

describe.each(await availableDialects())('the heartbeat monitor on %s', (dialect) => {
  const s = licensingSuite(dialect);

  const rowsOf = (licenseId: number) =>
    s.t.ctx.db
      .selectFrom('activations')
      .select(['identifier', 'deactivated_at', 'deactivated_by_label', 'heartbeat_deadline'])
      .where('license_id', '=', licenseId)
      .orderBy('id')
      .execute();
  const countersOf = (licenseId: number) =>
    s.t.ctx.db
      .selectFrom('licenses')
      .select(['open_activations', 'open_seats'])
      .where('id', '=', licenseId)
      .executeTakeFirstOrThrow();
  const expiredAudits = (organizationId: number) =>
    s.t.ctx.db
      .selectFrom('audit_events')
      .select(['actor_label', 'message'])
      .where('organization_id', '=', organizationId)
      .where('action', '=', 'activation.heartbeat_expired')
      .execute();

  it('ends the activations dead for longer than the notices’ catch-up window, at their deadline, once', async () => {
    const { key, licenseId, organizationId } = await provisionLicense(s.t, {
      seats: 5,
      heartbeatIntervalSeconds: HOUR,
    });
    const other = await provisionLicense(s.t, { seats: 1, heartbeatIntervalSeconds: null });
    const deadline = (HOUR + HEARTBEAT_GRACE_SECONDS) * 1000;
    // LONG-DEAD stops beating at once, RECENTLY-DEAD an hour later; the other product needs none.
    for (const identifier of ['LONG-DEAD', 'RECENTLY-DEAD'])
      expect((await s.call('/activations', { key, identifier })).statusCode).toBe(201);
    const noBeat = { key: other.key, identifier: 'NO-HEARTBEAT' };
    expect((await s.call('/activations', noBeat)).statusCode).toBe(201);
    s.t.clock.now = at(HOUR * 1000);
    const beat = { key, identifier: 'RECENTLY-DEAD' };
    expect((await s.call('/activations/heartbeat', beat)).statusCode).toBe(200);

    // LONG-DEAD's deadline lies just beyond the window, RECENTLY-DEAD's within it.
    const now = at(deadline + CATCH_UP_MS + 1000);
    s.t.clock.now = now;
    const liveBefore = await liveSeatsOfLicense(s.t.ctx.db, licenseId, now.toISOString());
    expect(await countersOf(licenseId)).toMatchObject({ open_activations: 2, open_seats: 2 });

    expect(await endLongDeadActivations(s.t.ctx, new Date(now.getTime() - CATCH_UP_MS))).toBe(1);
    const rows = await rowsOf(licenseId);
    expect(rows.map((r) => [r.identifier, r.deactivated_by_label])).toEqual([
      ['LONG-DEAD', 'Heartbeat monitor'],
      ['RECENTLY-DEAD', null],
    ]);
    expect((await rowsOf(other.licenseId))[0].deactivated_at).toBeNull();
    expect(rows[0].deactivated_at).toBe(rows[0].heartbeat_deadline);
    expect(await countersOf(licenseId)).toMatchObject({ open_activations: 1, open_seats: 1 });
    // It held no live seat before: the seats in use do not change.
    expect(await liveSeatsOfLicense(s.t.ctx.db, licenseId, now.toISOString())).toBe(liveBefore);
    expect(await expiredAudits(organizationId)).toEqual([
      {
        actor_label: 'Heartbeat monitor',
        message: expect.stringContaining('stopped holding 1 seat'),
      },
    ]);

    // Again: nothing more to end. The software of the ended activation must activate anew.
    expect(await endLongDeadActivations(s.t.ctx, new Date(now.getTime() - CATCH_UP_MS))).toBe(0);
    expect(await expiredAudits(organizationId)).toHaveLength(1);
    const late = await s.call('/activations/heartbeat', { key, identifier: 'LONG-DEAD' });
    expect([late.statusCode, late.json().error.code]).toEqual([404, 'NOT_ACTIVATED']);
    expect((await s.call('/activations', { key, identifier: 'LONG-DEAD' })).statusCode).toBe(201);
  });

  it('runs as a job under the lease: one run per period', async () => {
    const { key, licenseId } = await provisionLicense(s.t, {
      seats: 2,
      heartbeatIntervalSeconds: HOUR,
    });
    expect((await s.call('/activations', { key, identifier: 'GONE' })).statusCode).toBe(201);
    s.t.clock.now = at((HOUR + HEARTBEAT_GRACE_SECONDS) * 1000 + CATCH_UP_MS + 60_000);
    expect(await runHeartbeatMonitorJob(s.t.ctx)).toBe(true);
    expect((await rowsOf(licenseId))[0].deactivated_by_label).toBe('Heartbeat monitor');
    expect(await runHeartbeatMonitorJob(s.t.ctx)).toBe(false);
  });
});
