import { Migrator, type Kysely, type Migration } from 'kysely';
import * as initial from './migrations/001-initial.js';

const migrations: Record<string, Migration> = {
  '001-initial': initial,
};

export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
}
