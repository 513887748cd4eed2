import { databaseOptionsFromEnv, openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';

export async function migrateCommand(): Promise<number> {
  const database = await openDatabase(databaseOptionsFromEnv(process.env));
  try {
    const applied = await migrateToLatest(database, (m) => console.log(m));
    console.log(applied.length ? `${applied.length} migration(s) applied.` : 'Database is up to date.');
    return 0;
  } finally {
    await database.close();
  }
}
