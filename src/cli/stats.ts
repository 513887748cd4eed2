import { sql } from 'kysely';
import { databaseOptionsFromEnv, openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';

const TABLES = ['network', 'organisation', 'site', 'service', 'staff', 'patient', 'rota_template', 'slot', 'appointment', 'audit_event', 'message'] as const;

export async function statsCommand(): Promise<number> {
  const database = await openDatabase(databaseOptionsFromEnv(process.env));
  try {
    await migrateToLatest(database);
    console.log(`database: ${database.engine}`);
    for (const table of TABLES) {
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(database.db);
      console.log(`${table.padEnd(16)} ${String(rows[0].n).padStart(10)}`);
    }
    const { rows } = await sql<{ status: string; n: number }>`select status, count(*)::int as n from appointment group by status order by status`.execute(database.db);
    for (const r of rows) console.log(`  appointments ${r.status.padEnd(12)} ${String(r.n).padStart(8)}`);
    return 0;
  } finally {
    await database.close();
  }
}
