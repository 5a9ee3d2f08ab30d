import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, type Config } from '../config.js';
import { backupSqlite } from '../db/sqlite-backup.js';

export const BACKUP_USAGE = `Usage: npm run cli -- backup FILE

Copies the embedded SQLite database to FILE while the portal keeps running (SQLite's online
backup). Keep secrets.json (or PORTAL_SECRETS) with it: license keys are encrypted with them.
Restore: stop the portal, copy FILE to the database file (DATABASE_URL, by default
DATA_DIR/portal.sqlite), delete portal.sqlite-wal and portal.sqlite-shm beside it, start.
On PostgreSQL, back up with pg_dump instead (docs/deploy.md, "Backups").`;

/** `backup FILE`: returns the exit code; prints what it did or why not. */
export async function backupCommand(args: string[], config?: Config): Promise<number> {
  if (args.length !== 1 || args[0].startsWith('-')) {
    const help = args[0] === '--help' || args[0] === '-h';
    (help ? console.log : console.error)(BACKUP_USAGE);
    return help ? 0 : 2;
  }
  const settings = config ?? loadConfig();
  if (!settings.databaseUrl.startsWith('sqlite:')) {
    console.error(
      'The portal runs on PostgreSQL: back it up with pg_dump (e.g. pg_dump --format=custom --file=portal.dump "$DATABASE_URL") and restore with pg_restore. See docs/deploy.md, "Backups".',
    );
    return 1;
  }
  const source = settings.databaseUrl.slice('sqlite:'.length);
  if (source === '' || source === ':memory:' || !existsSync(source)) {
    console.error(`There is no database file to back up at "${source}" (DATABASE_URL).`);
    return 1;
  }
  const target = path.resolve(args[0]);
  if (!existsSync(path.dirname(target))) {
    console.error(
      `The folder ${path.dirname(target)} does not exist: create it or pick another FILE.`,
    );
    return 1;
  }
  if (target === path.resolve(source)) {
    console.error('FILE must not be the database file itself.');
    return 1;
  }
  await backupSqlite(source, target);
  console.log(
    `Backed up ${source} to ${target} (${statSync(target).size} bytes). Keep it with secrets.json or PORTAL_SECRETS: license keys are encrypted with them.`,
  );
  return 0;
}
