import pg from 'pg';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/support/database.ts';
import type { Database } from './database.ts';
import { generalTimestamptz as general, parseTimestamptz } from './timestamptz.ts';

// The fast reader must give the instant the driver's general parser gives, for every form PostgreSQL
// writes, and on both engines what comes back from the database is that instant.

const forms = [
  '2026-12-02 09:00:00+00', '2026-12-02 09:10:00.123456+00', '2026-12-02 09:10:00.1+00', '2026-12-02 23:59:59.999999+00',
  '2026-07-02 09:00:00+01', '2026-03-29 01:30:00-05', '2026-12-02 09:00:00.5+05:30', '1999-01-08 04:05:06-08', '2000-02-29 00:00:00+14',
  '1970-01-01 00:00:00+00', '9999-12-31 23:59:59+00', '0099-06-01 12:00:00+00', '1500-01-01 00:00:00+00', '1883-11-18 11:59:59+00:01:15',
  '0044-03-15 12:00:00+00 BC', 'infinity', '-infinity', '20260-01-01 00:00:00+00',
];

describe('reading timestamptz text', () => {
  it.each(forms)('%s is the instant the general parser reads', (text) => {
    const expected = general(text);
    const got = parseTimestamptz(text);
    if (typeof expected === 'number') expect(got).toBe(expected);
    else expect((got as Date).getTime()).toBe((expected as Date).getTime());
  });

  it('is the parser the driver uses for timestamptz', () => {
    expect(pg.types.getTypeParser(1184, 'text')).toBe(parseTimestamptz);
  });
});

describe('timestamptz from the database', () => {
  let database: Database;
  beforeAll(async () => { database = await openTestDatabase(); });
  afterAll(async () => { await database.close(); });

  it('comes back as the instant that was stored, in any session time zone', async () => {
    const instants = ['2026-12-02T09:00:00.000Z', '2026-07-02T08:00:00.123Z', '1999-01-08T12:05:06.000Z', '2026-03-29T00:59:59.999Z'];
    for (const zone of ['UTC', 'Europe/London', 'Asia/Kolkata', 'America/St_Johns']) {
      await database.db.transaction().execute(async (trx) => {
        await sql`select set_config('TimeZone', ${zone}, true)`.execute(trx);
        for (const iso of instants) {
          const { rows: [row] } = await sql<{ at: Date; text: string }>`select ${iso}::timestamptz as at, ${iso}::timestamptz::text as text`.execute(trx);
          expect(row.at, `${zone}: ${row.text}`).toBeInstanceOf(Date);
          expect(row.at.toISOString(), `${zone}: ${row.text}`).toBe(iso);
        }
      });
    }
  });
});
