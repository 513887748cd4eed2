// The calendar every module works in: rotas, days and due times are London-local; bank holidays
// are not working days.

/** The time zone of clinics and of every date a person sees. */
export const LONDON = 'Europe/London';

/** Bank holidays in England and Wales (source: GOV.UK "UK bank holidays", England and Wales list). */
export const ENGLAND_BANK_HOLIDAYS = [
  '2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26',
  '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28',
  '2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28',
];
