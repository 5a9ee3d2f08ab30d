import { sql } from 'kysely';
import type { AppContext } from '../../src/server/context.js';

/** Makes every insert into audit_events fail, to show a change and its event commit or fail together. */
export async function breakAuditWrites(ctx: AppContext): Promise<() => Promise<void>> {
  if (ctx.dialect === 'sqlite') {
    await sql`create trigger audit_sabotage before insert on audit_events begin select raise(abort, 'audit sabotaged'); end`.execute(
      ctx.db,
    );
    return async () => void (await sql`drop trigger audit_sabotage`.execute(ctx.db));
  }
  await sql`create function audit_sabotage() returns trigger language plpgsql as $$ begin raise exception 'audit sabotaged'; end $$`.execute(
    ctx.db,
  );
  await sql`create trigger audit_sabotage before insert on audit_events for each row execute function audit_sabotage()`.execute(
    ctx.db,
  );
  return async () => {
    await sql`drop trigger audit_sabotage on audit_events`.execute(ctx.db);
    await sql`drop function audit_sabotage()`.execute(ctx.db);
  };
}
