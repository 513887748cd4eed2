import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../db/database.ts';
import { openTestDatabase } from '../../test/support/database.ts';
import { dueAtFor } from '../modules/consultations/index.ts';
import { bankHolidays, BankHolidayCalendar, parseGovUkBankHolidays, runOutWarning, storedBankHolidays } from '../platform/bank-holidays/index.ts';
import { holidaysCommand } from './holidays.ts';

let database: Database;
let dir: string;
beforeAll(async () => {
  database = await openTestDatabase();
  dir = mkdtempSync(join(tmpdir(), 'commons-holidays-'));
});
afterAll(() => database.close());

// 2028 as GOV.UK would publish it (New Year's Day falls on a Saturday, so the Monday is the substitute).
const govUk2028 = {
  'england-and-wales': {
    division: 'england-and-wales',
    events: [
      { title: 'New Year’s Day', date: '2028-01-03', notes: 'Substitute day', bunting: true },
      { title: 'Good Friday', date: '2028-04-14', notes: '', bunting: false },
      { title: 'Boxing Day', date: '2028-12-26', notes: '', bunting: true },
    ],
  },
  scotland: { division: 'scotland', events: [{ title: '2nd January', date: '2028-01-04', notes: 'Substitute day', bunting: true }] },
};

describe('bank holidays', () => {
  it('ships GOV.UK\'s England and Wales list up to 2027-12-28', () => {
    expect(bankHolidays.lastKnownDate()).toBe('2027-12-28');
    expect(bankHolidays.isBankHoliday('2026-05-25')).toBe(true);
    expect(bankHolidays.isBankHoliday('2026-05-26')).toBe(false);
    expect(bankHolidays.between('2026-12-01', '2027-01-31')).toEqual(['2026-12-25', '2026-12-28', '2027-01-01']);
  });

  it('warns from six months before the known dates run out, not earlier', () => {
    expect(runOutWarning('2027-12-28', new Date('2027-06-27T23:00:00Z'))).toBeNull();
    expect(runOutWarning('2027-12-28', new Date('2027-06-28T00:00:00Z'))).toMatch(/known only until 2027-12-28.*commons holidays refresh FILE/);
    expect(runOutWarning('2027-12-28', new Date('2028-02-01T00:00:00Z'))).not.toBeNull();
  });

  it('reads the whole GOV.UK file or its England and Wales part, and names what is wrong otherwise', () => {
    expect(parseGovUkBankHolidays(govUk2028).map((h) => h.date)).toEqual(['2028-01-03', '2028-04-14', '2028-12-26']);
    expect(parseGovUkBankHolidays(govUk2028['england-and-wales'])).toHaveLength(3);
    expect(() => parseGovUkBankHolidays(govUk2028.scotland)).toThrow(/england-and-wales/);
    expect(() => parseGovUkBankHolidays({ division: 'england-and-wales', events: [{ date: '3 Jan 2028' }] })).toThrow(/event 1 has no valid "date"/);
  });

  it('a calendar keeps one entry per date, in order, with the newer title', () => {
    const c = new BankHolidayCalendar([{ date: '2027-12-28', title: 'Boxing Day' }]);
    c.add([{ date: '2027-12-27', title: 'Christmas Day' }, { date: '2027-12-28', title: 'Boxing Day (substitute day)' }]);
    expect(c.all()).toEqual([{ date: '2027-12-27', title: 'Christmas Day' }, { date: '2027-12-28', title: 'Boxing Day (substitute day)' }]);
  });

  it('commons holidays refresh FILE stores a newer list, so 2028\'s bank holidays stop being working days', async () => {
    // An urgent request at 10:00 on Monday 3 January 2028: due that evening while the day counts as a working day.
    const monday10am = new Date('2028-01-03T10:00:00Z');
    expect(dueAtFor('urgent', monday10am).toISOString()).toBe('2028-01-03T18:30:00.000Z'); // the problem the refresh solves
    const file = join(dir, 'bank-holidays.json');
    writeFileSync(file, JSON.stringify(govUk2028));
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      expect(await holidaysCommand(['refresh', file], database)).toBe(0);
      expect(await holidaysCommand(['refresh', file], database)).toBe(0); // again: nothing new, nothing doubled
      expect(log.mock.calls.map((c) => c[0]).join('\n')).toMatch(/3 were new[\s\S]*0 were new[\s\S]*to 2028-12-26/);
    } finally {
      log.mockRestore();
    }
    expect((await storedBankHolidays(database.db)).map((h) => h.date)).toEqual(['2028-01-03', '2028-04-14', '2028-12-26']);
    expect(bankHolidays.lastKnownDate()).toBe('2028-12-26');
    expect(dueAtFor('urgent', monday10am).toISOString()).toBe('2028-01-04T10:00:00.000Z'); // a bank holiday now: two hours after the network opens on Tuesday (08:00 core hours)
  });

  it('refuses a file that is not GOV.UK\'s list with a message, before touching the database', async () => {
    const file = join(dir, 'wrong.json');
    writeFileSync(file, '{"scotland": {}}');
    await expect(holidaysCommand(['refresh', file], database)).rejects.toThrow(/is not GOV.UK's bank holiday list/);
    writeFileSync(file, 'not json');
    await expect(holidaysCommand(['refresh', file], database)).rejects.toThrow(/is not JSON/);
    await expect(holidaysCommand(['refresh'], database)).rejects.toThrow(/usage: commons holidays/);
  });
});
