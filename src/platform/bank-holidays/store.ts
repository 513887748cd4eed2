import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { BankHoliday, BankHolidayCalendar } from './calendar.ts';

// The refreshed list lives in the database (table bank_holiday), so every app server sharing the
// database reads the same dates at start-up, and an upgrade of Commons keeps what an operator loaded.

const DIVISION = 'england-and-wales';

export async function storedBankHolidays(db: Db): Promise<BankHoliday[]> {
  const { rows } = await sql<BankHoliday>`select date::text as date, title from bank_holiday where division = ${DIVISION} order by date`.execute(db);
  return rows;
}

/** Saves a refreshed list; a date already stored gets the new title. Returns how many dates were new. */
export async function storeBankHolidays(db: Db, holidays: BankHoliday[]): Promise<number> {
  const before = (await storedBankHolidays(db)).length;
  await db.transaction().execute(async (tx) => {
    for (const h of holidays) {
      await sql`insert into bank_holiday (division, date, title) values (${DIVISION}, ${h.date}::date, ${h.title})
        on conflict (division, date) do update set title = excluded.title`.execute(tx);
    }
  });
  return (await storedBankHolidays(db)).length - before;
}

/** Adds the dates an operator loaded to the calendar; called at start-up. */
export async function loadStoredBankHolidays(db: Db, calendar: BankHolidayCalendar): Promise<void> {
  calendar.add(await storedBankHolidays(db));
}
