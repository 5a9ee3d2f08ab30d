import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect.js';

/**
 * Per-license counters of open (not deactivated) activations and the seats they hold, kept
 * by triggers so every writer (seat engine, seed, bulk loads) keeps them right in the same
 * transaction. The Dashboard sums them over the organization's licenses instead of counting
 * up to a million activations (docs/decisions/064-dashboard-counters.md). Open activations
 * whose heartbeat deadline passed still count here; the Dashboard subtracts them through
 * the partial index below.
 */
const SQLITE_TRIGGERS = [
  `create trigger activations_open_insert after insert on activations when new.deactivated_at is null begin
     update licenses set open_activations = open_activations + 1, open_seats = open_seats + new.quantity where id = new.license_id; end`,
  `create trigger activations_open_update after update of deactivated_at, quantity, license_id on activations begin
     update licenses set open_activations = open_activations - 1, open_seats = open_seats - old.quantity where id = old.license_id and old.deactivated_at is null;
     update licenses set open_activations = open_activations + 1, open_seats = open_seats + new.quantity where id = new.license_id and new.deactivated_at is null; end`,
  `create trigger activations_open_delete after delete on activations when old.deactivated_at is null begin
     update licenses set open_activations = open_activations - 1, open_seats = open_seats - old.quantity where id = old.license_id; end`,
];

const POSTGRES_FUNCTION = `create function activations_open_counters() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') and old.deactivated_at is null then
    update licenses set open_activations = open_activations - 1, open_seats = open_seats - old.quantity where id = old.license_id;
  end if;
  if tg_op in ('INSERT', 'UPDATE') and new.deactivated_at is null then
    update licenses set open_activations = open_activations + 1, open_seats = open_seats + new.quantity where id = new.license_id;
  end if;
  return null;
end $$`;

export async function up(db: Kysely<any>): Promise<void> {
  const postgres = dialectOf(db) === 'postgres';
  for (const column of ['open_activations', 'open_seats']) {
    await db.schema
      .alterTable('licenses')
      .addColumn(column, 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  }
  await sql`update licenses set
      open_activations = (select count(*) from activations where activations.license_id = licenses.id and activations.deactivated_at is null),
      open_seats = (select coalesce(sum(quantity), 0) from activations where activations.license_id = licenses.id and activations.deactivated_at is null)`.execute(
    db,
  );
  if (postgres) {
    await sql.raw(POSTGRES_FUNCTION).execute(db);
    await sql`create trigger activations_open_counters after insert or delete or update of deactivated_at, quantity, license_id on activations
      for each row execute function activations_open_counters()`.execute(db);
  } else {
    for (const trigger of SQLITE_TRIGGERS) await sql.raw(trigger).execute(db);
  }
  // The Dashboard's license figures in one covering index range.
  await db.schema
    .createIndex('licenses_org_dashboard')
    .on('licenses')
    .columns(['organization_id', 'status', 'expires_at', 'seats', 'open_activations', 'open_seats'])
    .execute();
  // Open activations past their heartbeat deadline: held in the counters, not live.
  await sql`create index activations_org_open_deadline on activations (organization_id, heartbeat_deadline, quantity)
    where deactivated_at is null and heartbeat_deadline is not null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  const postgres = dialectOf(db) === 'postgres';
  await db.schema.dropIndex('activations_org_open_deadline').execute();
  await db.schema.dropIndex('licenses_org_dashboard').execute();
  if (postgres) {
    await sql`drop trigger activations_open_counters on activations`.execute(db);
    await sql`drop function activations_open_counters()`.execute(db);
  } else {
    for (const name of [
      'activations_open_insert',
      'activations_open_update',
      'activations_open_delete',
    ]) {
      await sql.raw(`drop trigger ${name}`).execute(db);
    }
  }
  for (const column of ['open_activations', 'open_seats'])
    await db.schema.alterTable('licenses').dropColumn(column).execute();
}
