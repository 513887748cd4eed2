import { networkReference } from '../network/index.ts';
import type { Db } from '../../db/database.ts';
import type { NewPatientRow } from './tables.ts';
import type { Actor } from '../../platform/actor.ts';
import { recordAuditMany } from '../identity/index.ts';
import { DomainError } from '../../platform/problems.ts';
import { newId } from '../../platform/ids.ts';
import { canRegisterAt, NotYourPractice } from './access.ts';
import { NotAPractice } from './errors.ts';
import { readPatientCsv, type RowError } from './import-rows.ts';
import * as q from './queries.ts';

export interface ImportOptions {
  csv: string;
  /** field → the file's header, for columns the default names do not find. */
  mapping?: Partial<Record<string, string>>;
  /** The practice of every row whose file has no practice column (or an empty cell in it). */
  practiceId?: string;
  /** Check everything, including clashes with patients already registered, and write nothing. */
  dryRun?: boolean;
  /** Write the rows that pass and report the others, instead of writing nothing when any row fails. */
  validRowsOnly?: boolean;
  today: Date;
  /** Purpose written on each audit row. */
  purpose?: string;
  onProgress?: (stage: 'checking' | 'importing', done: number, total: number) => void;
}

export interface ImportReport {
  dryRun: boolean;
  validRowsOnly: boolean;
  /** Data rows in the file (the header row is not counted). */
  rows: number;
  /** Rows that passed every check. */
  valid: number;
  /** Patients written: 0 on a dry run, and 0 whenever a row failed unless validRowsOnly. */
  imported: number;
  errors: RowError[];
}

export class ImportHasErrors extends DomainError {
  constructor(report: ImportReport) {
    super('unprocessable', 'patients/import-has-errors',
      `${report.rows - report.valid} of ${report.rows} rows have errors, so no patient was imported. Correct them and import the file again, or import the valid rows only.`,
      { report }, [{ pointer: '/body/csv', detail: `${report.errors.length} errors; see report.errors` }]);
  }
}

const BATCH = 500;

/**
 * Registers a practice's patient list in one transaction: every row is checked (the file's own
 * checks, then the practice and an NHS number clash against the network's patients, read inside the
 * transaction), and either every row is written or, when any row fails, none is, unless the operator
 * asked for the valid rows only. Each patient written gets a 'create' audit row, as a registration does.
 */
export async function importPatients(db: Db, actor: Actor, o: ImportOptions): Promise<ImportReport> {
  const today = o.today.toISOString().slice(0, 10);
  const practices = [...(await networkReference(db, actor.networkId)).organisations.values()].filter((o) => o.kind === 'practice').map((o) => ({ id: o.id, ods_code: o.odsCode, name: o.name }));
  if (o.practiceId) {
    if (!practices.some((p) => p.id === o.practiceId)) throw new NotAPractice();
    if (!canRegisterAt(actor, o.practiceId)) throw new NotYourPractice();
  }
  const { columns, total, rows, errors } = readPatientCsv(o.csv, { mapping: o.mapping, needPractice: !o.practiceId, today });
  // Every practice has an ODS code (network admin requires one); other organisations may not.
  const byOds = new Map(practices.filter((p) => p.ods_code).map((p) => [p.ods_code!.toUpperCase(), p]));
  const practiceColumn = columns.practiceOds?.header ?? 'practiceOds';
  const placed: (typeof rows[number] & { practiceId: string })[] = [];
  for (const [i, r] of rows.entries()) {
    const practice = r.practiceOds ? byOds.get(r.practiceOds) : practices.find((p) => p.id === o.practiceId);
    if (!practice) errors.push({ row: r.row, column: practiceColumn, problem: r.practiceOds ? `no practice of this network has the ODS code ${r.practiceOds}` : 'is empty' });
    else if (!canRegisterAt(actor, practice.id)) errors.push({ row: r.row, column: practiceColumn, problem: `you can register patients only at the practice you are working for, not ${practice.ods_code}` });
    else placed.push({ ...r, practiceId: practice.id });
    if (i % 200 === 0) o.onProgress?.('checking', i, rows.length);
  }
  o.onProgress?.('checking', rows.length, rows.length);

  return db.transaction().execute(async (trx) => {
    const taken = await q.findTakenNhsNumbers(trx, { networkId: actor.networkId, nhsNumbers: placed.map((r) => r.nhsNumber) });
    const toWrite = placed.filter((r) => {
      if (!taken.has(r.nhsNumber)) return true;
      errors.push({ row: r.row, column: columns.nhsNumber!.header, problem: 'is already registered in this network' });
      return false;
    });
    errors.sort((a, b) => a.row - b.row);
    const report: ImportReport = { dryRun: o.dryRun ?? false, validRowsOnly: o.validRowsOnly ?? false, rows: total, valid: toWrite.length, imported: 0, errors };
    if (report.dryRun || (errors.length && !report.validRowsOnly)) return report;
    for (let i = 0; i < toWrite.length; i += BATCH) {
      const batch: NewPatientRow[] = toWrite.slice(i, i + BATCH).map((r) => ({
        network_id: actor.networkId, id: newId(), nhs_number: r.nhsNumber, practice_id: r.practiceId, given_name: r.givenName, family_name: r.familyName,
        date_of_birth: r.dateOfBirth, sex: r.sex, address: r.address, postcode: r.postcode, phone: r.phone, email: r.email,
        communication_preferences: [], reasonable_adjustments: null, interpreter_language: null, accessibility_needs: [], preferred_site_id: null,
      }));
      await q.insertPatients(trx, batch);
      await recordAuditMany(trx, actor, batch.map((b) => b.id), { action: 'create', entity: 'patient', purpose: o.purpose ?? 'patient list import' });
      report.imported += batch.length;
      o.onProgress?.('importing', report.imported, toWrite.length);
    }
    return report;
  });
}
