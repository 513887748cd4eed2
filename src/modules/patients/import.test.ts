import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/support/setup.ts';
import { nextNhsNumber } from '../../../test/support/factories.ts';
import { resolveColumns } from './import-columns.ts';
import { normalisePostcode, parseDateOfBirth } from './import-rows.ts';

const { t, w } = useTestApp({ now: () => new Date('2026-11-20T10:00:00Z') });
let odsA: string;
let odsB: string;
let pcnManager: { email: string; password: string };
beforeAll(async () => {
  const ods = async (id: string) => (await t.db.selectFrom('organisation').select('ods_code').where('id', '=', id).executeTakeFirstOrThrow()).ods_code!;
  odsA = await ods(w.practiceA.id);
  odsB = await ods(w.practiceB.id);
  pcnManager = await t.make.staff(w.network.id, [{ organisationId: w.pcn.id, role: 'pcn-manager' }]);
});

const HEADER = 'NHS Number,Surname,Forename,DOB,Sex,Postcode,Practice ODS';
const csvCell = (s: string) => (/[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
/** A practice list of n made-up patients, alternating UK and ISO dates and the two practices. */
function goodRows(n: number): string[] {
  return Array.from({ length: n }, (_, i) => {
    const day = String((i % 28) + 1).padStart(2, '0');
    const dob = i % 2 ? `${day}/0${(i % 9) + 1}/19${50 + (i % 50)}` : `19${50 + (i % 50)}-0${(i % 9) + 1}-${day}`;
    return [nextNhsNumber(), i % 7 ? `Family${i}` : "O'Brien, Jr", `Given${i}`, dob, ['F', 'M', 'female', 'male', 'U'][i % 5], i % 3 ? 'ls1 4ap' : '', i % 2 ? odsA : odsB].map(csvCell).join(',');
  });
}

describe('checks that need no database', () => {
  it.each<[string, string | null]>([
    ['1956-03-02', '1956-03-02'], ['02/03/1956', '1956-03-02'], ['2/3/1956', '1956-03-02'], ['02-03-1956', '1956-03-02'], ['02.03.1956', '1956-03-02'],
    ['31/02/1980', null], ['12/31/1980', null], ['02/03/56', null], ['1956-3-2', '1956-03-02'], ['yesterday', null],
  ])('date of birth %s → %s', (text, iso) => expect(parseDateOfBirth(text)).toBe(iso));

  it.each<[string, string | null]>([['ls29jt', 'LS2 9JT'], ['LS2 9JT', 'LS2 9JT'], [' sw1a 1aa ', 'SW1A 1AA'], ['12345', null]])('postcode %s → %s', (text, out) => expect(normalisePostcode(text)).toBe(out));

  it('finds columns by their usual names, lets a mapping override them, and names what is missing', () => {
    const cols = resolveColumns(['NHS No.', 'Last name', 'First Name', 'Date of birth', 'GP Practice'], { practiceOds: 'gp practice' });
    expect(Object.fromEntries(Object.entries(cols).map(([k, v]) => [k, v!.header]))).toEqual({
      nhsNumber: 'NHS No.', familyName: 'Last name', givenName: 'First Name', dateOfBirth: 'Date of birth', practiceOds: 'GP Practice',
    });
    expect(() => resolveColumns(['NHS Number', 'Surname', 'DOB'], {}, false)).toThrow(/No column found for givenName/);
    expect(() => resolveColumns(['NHS Number'], { familyName: 'Nope' })).toThrow(/names the column "Nope"/);
  });
});

describe('POST /api/v1/patients/imports', () => {
  it('writes nothing when any row is wrong, reports each bad cell, dry-runs, then imports the valid rows on request', async () => {
    const rows = goodRows(1000);
    const taken = w.patientA.nhsNumber;
    const bad = [
      [`9434765918`, 'Check', 'Digit', '01/01/1980', 'F', '', odsA], //             row 1002: NHS check digit
      [nextNhsNumber(), 'Date', 'Bad', '31/02/1980', 'F', '', odsA], //            row 1003: no 31 February
      [nextNhsNumber(), 'Future', 'Born', '01/01/2030', 'F', '', odsA], //          row 1004: future
      [rows[0].split(',')[0], 'Twice', 'In file', '01/01/1980', 'F', '', odsA], // row 1005: repeats row 2
      [taken, 'Already', 'Here', '01/01/1980', 'F', '', odsA], //                   row 1006: clash with the database
      [nextNhsNumber(), 'Nowhere', 'Practice', '01/01/1980', 'F', '', 'Z99999'], // row 1007: unknown practice
      [nextNhsNumber(), '', 'Nameless', '01/01/1980', 'X', 'nope', odsA], //        row 1008: empty surname, bad sex, bad postcode
    ].map((r) => r.join(','));
    const csv = [HEADER, ...rows, ...bad].join('\r\n') + '\r\n';
    const mgr = await t.as(pcnManager);
    const patientsBefore = await t.count('patient');
    const auditBefore = await t.count('audit_event', { action: 'create' });

    const refused = await mgr.post('/api/v1/patients/imports', { csv });
    expect(refused.statusCode).toBe(422);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    const report = refused.json().report;
    expect(report).toMatchObject({ rows: 1007, valid: 1000, imported: 0 });
    expect(report.errors).toEqual([
      { row: 1002, column: 'NHS Number', problem: 'is not a valid NHS number (its check digit does not match)' },
      { row: 1003, column: 'DOB', problem: 'is not a date: use DD/MM/YYYY or YYYY-MM-DD' },
      { row: 1004, column: 'DOB', problem: 'is in the future' },
      { row: 1005, column: 'NHS Number', problem: 'repeats the NHS number of row 2' },
      { row: 1006, column: 'NHS Number', problem: 'is already registered in this network' },
      { row: 1007, column: 'Practice ODS', problem: 'no practice of this network has the ODS code Z99999' },
      { row: 1008, column: 'Surname', problem: 'is empty' },
      { row: 1008, column: 'Sex', problem: 'must be female, male, other or unknown (F, M, O, U)' },
      { row: 1008, column: 'Postcode', problem: 'is not a UK postcode' },
    ]);
    expect(await t.count('patient')).toBe(patientsBefore);

    const dry = await mgr.post('/api/v1/patients/imports', { csv, dryRun: true });
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({ dryRun: true, rows: 1007, valid: 1000, imported: 0 });
    expect(await t.count('patient')).toBe(patientsBefore);
    expect(await t.count('audit_event', { action: 'create' })).toBe(auditBefore);

    const started = Date.now();
    const valid = await mgr.post('/api/v1/patients/imports', { csv, validRowsOnly: true });
    const ms = Date.now() - started;
    expect(valid.statusCode).toBe(200);
    expect(valid.json()).toMatchObject({ imported: 1000, valid: 1000 });
    expect(valid.json().errors).toHaveLength(9);
    expect(await t.count('patient')).toBe(patientsBefore + 1000);
    expect(await t.count('audit_event', { action: 'create' })).toBe(auditBefore + 1000);
    console.log(`imported 1,000 patients in ${ms} ms on ${t.engine}`);

    const obrien = await t.db.selectFrom('patient').select(['family_name', 'date_of_birth', 'sex', 'postcode', 'practice_id']).where('nhs_number', '=', rows[0].split(',')[0]).executeTakeFirstOrThrow();
    expect(obrien).toEqual({ family_name: "O'Brien, Jr", date_of_birth: '1950-01-01', sex: 'female', postcode: null, practice_id: w.practiceB.id });
    const second = await t.db.selectFrom('patient').select(['date_of_birth', 'postcode']).where('nhs_number', '=', rows[1].split(',')[0]).executeTakeFirstOrThrow();
    expect(second).toEqual({ date_of_birth: '1951-02-02', postcode: 'LS1 4AP' });

    const again = await mgr.post('/api/v1/patients/imports', { csv: [HEADER, ...rows.slice(0, 3)].join('\n') });
    expect(again.json().report.errors.map((e: { problem: string }) => e.problem)).toEqual(Array(3).fill('is already registered in this network'));
  });

  it('keeps a practice to its own list, and uses its practice when the file has no practice column', async () => {
    const rec = await t.as(w.receptionistA);
    const mixed = [HEADER, `${nextNhsNumber()},Own,Patient,01/01/1970,F,,${odsA}`, `${nextNhsNumber()},Other,Patient,01/01/1970,F,,${odsB}`].join('\n');
    const res = await rec.post('/api/v1/patients/imports', { csv: mixed });
    expect(res.statusCode).toBe(422);
    expect(res.json().report.errors).toEqual([{ row: 3, column: 'Practice ODS', problem: `you can register patients only at the practice you are working for, not ${odsB}` }]);

    const noPractice = `Last name,Given,NHS,Birth date\nSolo,Sam,${nextNhsNumber()},1999-12-31\n`;
    const missing = await rec.post('/api/v1/patients/imports', { csv: noPractice, mapping: { givenName: 'Given' } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].pointer).toBe('/body/mapping');
    const ok = await rec.post('/api/v1/patients/imports', { csv: noPractice, mapping: { givenName: 'Given' }, practiceId: w.practiceA.id });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ imported: 1, errors: [] });
    expect((await rec.post('/api/v1/patients/imports', { csv: noPractice, practiceId: w.practiceB.id, mapping: { givenName: 'Given' } })).statusCode).toBe(403);
  });

  it('is refused to a role that does not register patients, and without a session', async () => {
    expect((await (await t.as(w.gpA)).post('/api/v1/patients/imports', { csv: HEADER })).statusCode).toBe(403);
    expect((await t.anonymous.post('/api/v1/patients/imports', { csv: HEADER })).statusCode).toBe(401);
  });
});
