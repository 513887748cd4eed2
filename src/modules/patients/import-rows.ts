import { parse } from 'csv-parse/sync';
import { formats } from '../../platform/formats.ts';
import type { Sex } from './tables.ts';
import { ImportColumnsInvalid, resolveColumns, type ImportField } from './import-columns.ts';
import { isValidNhsNumber, normaliseNhsNumber } from '../../platform/nhs-number.ts';
import { isValidPostcode, normalisePostcode as formatPostcode } from '../../platform/postcode.ts';

/** One problem with one cell: the spreadsheet row (the header is row 1), the file's column header, what is wrong. */
export interface RowError {
  row: number;
  column: string;
  problem: string;
}

/** A row that passed every check that needs no database. */
export interface CandidateRow {
  row: number;
  nhsNumber: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  sex: Sex;
  postcode: string | null;
  practiceOds: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
}

const SEX_WORDS: Record<string, Sex> = {
  f: 'female', female: 'female', m: 'male', male: 'male', o: 'other', other: 'other', i: 'other', indeterminate: 'other',
  u: 'unknown', unknown: 'unknown', notknown: 'unknown', notstated: 'unknown', '': 'unknown',
};

/**
 * A date of birth as ISO (1956-03-02) or the UK's day-first forms (02/03/1956, 2-3-1956, 02.03.1956).
 * Two-digit years are refused: for a date of birth, "56" could be 1956 or 2056. US month-first dates
 * are not recognised and read as day-first, so 12/31/1980 is an error rather than a wrong birthday.
 */
export function parseDateOfBirth(text: string): string | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const parts = iso ? [iso[1], iso[2], iso[3]] : uk ? [uk[3], uk[2], uk[1]] : null;
  if (!parts) return null;
  const [y, m, d] = parts;
  const date = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return (formats.date as (s: string) => boolean)(date) ? date : null;
}

/** "ls29jt" → "LS2 9JT" (the shared postcode check of src/platform/postcode.ts), or null when it is not a postcode. */
export function normalisePostcode(text: string): string | null {
  return isValidPostcode(text) ? formatPostcode(text) : null;
}

/**
 * Reads the CSV text and checks every row on its own: required cells present, NHS number with a valid
 * check digit and not repeated in the file, a real date of birth not in the future, postcode, phone and
 * email shapes. Checks that need the database (clashes, practices) come after, in the import service.
 */
export function readPatientCsv(text: string, p: { mapping?: Partial<Record<string, string>>; needPractice: boolean; today: string }) {
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (e) {
    throw new ImportColumnsInvalid(`The file is not valid CSV: ${(e as Error).message}`, '/body/csv');
  }
  if (records.length === 0) throw new ImportColumnsInvalid('The file is empty: the first row must name the columns.', '/body/csv');
  const [headers, ...data] = records;
  const columns = resolveColumns(headers, p.mapping, p.needPractice);
  const rows: CandidateRow[] = [];
  const errors: RowError[] = [];
  const firstRowOf = new Map<string, number>();
  data.forEach((cells, i) => {
    const row = i + 2;
    const rowErrors: RowError[] = [];
    const cell = (f: ImportField) => (columns[f] ? (cells[columns[f]!.index] ?? '').trim() : '');
    const fail = (f: ImportField, problem: string) => rowErrors.push({ row, column: columns[f]?.header ?? f, problem });
    const required = (f: ImportField, max = 100) => {
      const v = cell(f);
      if (!v) fail(f, 'is empty');
      else if (v.length > max) fail(f, `is longer than ${max} characters`);
      return v;
    };
    const optional = (f: ImportField, check: (v: string) => string | null, problem: string) => {
      const v = cell(f);
      if (!v) return null;
      const out = check(v);
      if (out === null) fail(f, problem);
      return out;
    };

    const nhsRaw = cell('nhsNumber');
    const nhsNumber = normaliseNhsNumber(nhsRaw);
    if (!nhsRaw) fail('nhsNumber', 'is empty');
    else if (!/^\d{10}$/.test(nhsNumber)) fail('nhsNumber', 'must be 10 digits');
    else if (!isValidNhsNumber(nhsNumber)) fail('nhsNumber', 'is not a valid NHS number (its check digit does not match)');
    else if (firstRowOf.has(nhsNumber)) fail('nhsNumber', `repeats the NHS number of row ${firstRowOf.get(nhsNumber)}`);
    else firstRowOf.set(nhsNumber, row);
    const familyName = required('familyName');
    const givenName = required('givenName');
    const dobRaw = cell('dateOfBirth');
    const dateOfBirth = dobRaw ? parseDateOfBirth(dobRaw) : null;
    if (!dobRaw) fail('dateOfBirth', 'is empty');
    else if (!dateOfBirth) fail('dateOfBirth', 'is not a date: use DD/MM/YYYY or YYYY-MM-DD');
    else if (dateOfBirth > p.today) fail('dateOfBirth', 'is in the future');
    else if (dateOfBirth < '1880-01-01') fail('dateOfBirth', 'is before 1880');
    const sexRaw = cell('sex').toLowerCase().replace(/[^a-z]/g, '');
    const sex = SEX_WORDS[sexRaw];
    if (!sex) fail('sex', 'must be female, male, other or unknown (F, M, O, U)');
    const postcode = optional('postcode', normalisePostcode, 'is not a UK postcode');
    const practiceOds = optional('practiceOds', (v) => (/^[A-Za-z0-9]{3,6}$/.test(v) ? v.toUpperCase() : null), 'is not an ODS code (3 to 6 letters and digits)');
    const address = optional('address', (v) => (v.length <= 300 ? v : null), 'is longer than 300 characters');
    const phone = optional('phone', (v) => (/^\+?[0-9 ]{7,16}$/.test(v) ? v : null), 'is not a phone number (7 to 16 digits and spaces)');
    const email = optional('email', (v) => ((formats.email as RegExp).test(v) && v.length <= 254 ? v : null), 'is not an email address');

    if (rowErrors.length) errors.push(...rowErrors);
    else rows.push({ row, nhsNumber, givenName, familyName, dateOfBirth: dateOfBirth!, sex: sex!, postcode, practiceOds, address, phone, email });
  });
  return { columns, total: data.length, rows, errors };
}
