import { BankHolidayCalendar, shippedBankHolidays } from './calendar.ts';

export { BankHolidayCalendar, parseGovUkBankHolidays, runOutWarning, WARN_MONTHS_BEFORE_RUN_OUT, type BankHoliday } from './calendar.ts';
export { loadStoredBankHolidays, storeBankHolidays, storedBankHolidays } from './store.ts';

/**
 * England and Wales bank holidays for the whole process: GOV.UK's list shipped with Commons
 * (england-and-wales.json), plus any newer list loaded with `commons holidays refresh FILE`
 * (added at start-up by loadStoredBankHolidays).
 */
export const bankHolidays = new BankHolidayCalendar(shippedBankHolidays());
