// The calendar every module works in: rotas, days and due times are London-local; bank holidays
// are not working days (bankHolidays: GOV.UK's list, see bank-holidays/).

/** The time zone of clinics and of every date a person sees. */
export const LONDON = 'Europe/London';

export { bankHolidays } from './bank-holidays/index.ts';
