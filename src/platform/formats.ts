import type { Ajv } from 'ajv';
import { isValidNhsNumber } from './nhs-number.ts';
import { isValidPostcode } from './postcode.ts';

/**
 * Clinical dates (births, appointments, rotas, queries over them) lie in the years 1900 to 2100.
 * Anything outside is a typing slip or a probe, and PostgreSQL rejects some of it (year 0) with an
 * error, so every date and date-time the API accepts is held to this range.
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;

export function isWithinClinicalYears(d: Date): boolean {
  const year = d.getUTCFullYear();
  return !Number.isNaN(d.getTime()) && year >= FIRST_YEAR && year <= LAST_YEAR;
}

export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(s + 'T00:00:00Z');
  return isWithinClinicalYears(d) && d.toISOString().startsWith(s);
}

function isIsoDateTime(s: string): boolean {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(:(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(s);
  if (!m || !isIsoDate(m[1]) || Number(m[2]) > 23 || Number(m[3]) > 59 || Number(m[5] ?? 0) > 59) return false;
  return isWithinClinicalYears(new Date(s));
}

/** A UUID in its canonical text form: anything else never reaches a uuid column. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** String formats registered once with AJV, so every schema can say format: 'nhs-number'. */
export const formats: Record<string, RegExp | ((s: string) => boolean)> = {
  'nhs-number': (s: string) => isValidNhsNumber(s),
  // ODS codes: 3-6 upper-case letters/digits (practices are a letter + 5 digits, e.g. A81001).
  'ods-code': /^[A-Z0-9]{3,6}$/,
  'uk-postcode': isValidPostcode,
  uuid: UUID,
  date: isIsoDate,
  'date-time': isIsoDateTime,
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
};

/**
 * Registers our formats with the server's AJV. Fastify's compiler would otherwise add ajv-formats
 * after any custom formats and silently replace ours for date, date-time, uuid and email (its date
 * accepts year 0, which PostgreSQL refuses). It skips ajv-formats when a plugin carries this name,
 * so the function is named for that; our list covers every format our schemas use.
 */
export function formatsPlugin(ajv: Ajv): Ajv {
  for (const [name, format] of Object.entries(formats)) ajv.addFormat(name, format);
  return ajv;
}
