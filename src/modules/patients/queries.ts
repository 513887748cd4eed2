import { sql, type ExpressionBuilder } from 'kysely';
import type { DB } from '../../db/types.ts';
import { networkReference, organisationIdsWithOdsCode, type NetworkReference } from '../network/index.ts';
import type { Executor } from '../../db/database.ts';
import type { NewPatientRow } from './tables.ts';
import type { PatientGate } from './access.ts';
import { isUniqueViolation } from '../../platform/problems.ts';
import { NhsNumberTaken } from './errors.ts';

const patientColumns = [
  'patient.id', 'patient.network_id', 'patient.nhs_number', 'patient.practice_id', 'patient.given_name', 'patient.family_name',
  'patient.date_of_birth', 'patient.sex', 'patient.address', 'patient.postcode', 'patient.phone', 'patient.email', 'patient.communication_preferences',
  'patient.reasonable_adjustments', 'patient.interpreter_language', 'patient.accessibility_needs', 'patient.preferred_site_id', 'patient.registered_at',
] as const;

/** The practice of each patient row, from the network's copy in memory (not a join). */
async function practicesOf(db: Executor, rows: { network_id: string; practice_id: string }[]) {
  const networks = new Map<string, NetworkReference>();
  for (const networkId of new Set(rows.map((r) => r.network_id))) {
    networks.set(networkId, await networkReference(db, networkId, { organisations: rows.filter((r) => r.network_id === networkId).map((r) => r.practice_id) }));
  }
  return (r: { network_id: string; practice_id: string }) => networks.get(r.network_id)!.organisations.get(r.practice_id);
}

/** Patients with their practice's name. */
async function withPracticeNames<T extends { network_id: string; practice_id: string }>(db: Executor, rows: T[]): Promise<(T & { practice_name: string })[]> {
  const practice = await practicesOf(db, rows);
  return rows.map((r) => ({ ...r, practice_name: practice(r)?.name ?? '' }));
}

export async function findPatientById(db: Executor, p: { networkId: string; id: string }) {
  const row = await db.selectFrom('patient').select(patientColumns).where('patient.network_id', '=', p.networkId).where('patient.id', '=', p.id).executeTakeFirst();
  return row && (await withPracticeNames(db, [row]))[0];
}
export type PatientWithPractice = NonNullable<Awaited<ReturnType<typeof findPatientById>>>;

/**
 * Patients' names, NHS number, date of birth and practice as a derived table another module joins in
 * its own statement (`leftJoin(patientSummaries(db).as('p'), …)`): the patient table is named only
 * here, and the planner folds it into the outer query, so the read stays one round trip.
 */
export function patientSummaries(db: Executor) {
  return db.selectFrom('patient').select(['patient.network_id', 'patient.id', 'patient.given_name', 'patient.family_name', 'patient.nhs_number', 'patient.date_of_birth', 'patient.practice_id']);
}

/** How many patients are registered in the network, or at one practice of it. */
export async function countRegisteredPatients(db: Executor, p: { networkId: string; practiceId?: string }): Promise<number> {
  let q = db.selectFrom('patient').select((eb) => eb.fn.countAll<number>().as('n')).where('network_id', '=', p.networkId);
  if (p.practiceId) q = q.where('practice_id', '=', p.practiceId);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

/** The number of patients registered at the organisation in `practiceIdColumn`, as a sub-query for another module's statement. */
export function registeredCountOf(eb: ExpressionBuilder<any, any>, networkIdColumn: string, practiceIdColumn: string) {
  return (eb as ExpressionBuilder<DB, never>).selectFrom('patient').select((e) => e.fn.countAll<number>().as('n'))
    .where('patient.network_id', '=', eb.ref(networkIdColumn) as never).where('patient.practice_id', '=', eb.ref(practiceIdColumn) as never);
}

export interface PatientFilters {
  networkId: string;
  nhsNumber?: string;
  dateOfBirth?: string;
  postcodePrefix?: string;
  nameTokens?: string[];
  practiceId?: string;
  /** Limit to the actor's own practice plus patients some module records a care relationship with (access.ts). */
  /** The patient-access gate (access.ts): only patients this actor may see. */
  gate?: PatientGate;
  /** The sort key (family name, given name, date of birth, id) of the last patient of the previous page. */
  after?: readonly [string, string, string, string];
  limit: number;
}

export async function findPatients(db: Executor, f: PatientFilters) {
  let q = db.selectFrom('patient').select(patientColumns).where('patient.network_id', '=', f.networkId);
  if (f.nhsNumber) q = q.where('patient.nhs_number', '=', f.nhsNumber);
  if (f.dateOfBirth) q = q.where('patient.date_of_birth', '=', f.dateOfBirth);
  if (f.postcodePrefix) q = q.where('patient.postcode', 'like', `${f.postcodePrefix.toUpperCase()}%`);
  if (f.practiceId) q = q.where('patient.practice_id', '=', f.practiceId);
  for (const [i, token] of (f.nameTokens ?? []).entries()) {
    const like = `%${token.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
    // The first token is usually the family name: a prefix match there uses the btree index.
    q = i === 0 && token.length < 3
      ? q.where(sql<string>`lower(patient.family_name)`, 'like', `${token}%`)
      : q.where('patient.search_name', 'like', like);
  }
  if (f.gate) {
    const gate = f.gate;
    q = q.where((eb) => gate(eb, 'patient.id', 'patient.practice_id'));
  }
  if (f.after) {
    const after = f.after;
    q = q.where((eb) => eb(eb.refTuple('patient.family_name', 'patient.given_name', 'patient.date_of_birth', 'patient.id'), '>', eb.tuple(after[0], after[1], after[2], after[3])));
  }
  return withPracticeNames(db, await q.orderBy('patient.family_name').orderBy('patient.given_name').orderBy('patient.date_of_birth').orderBy('patient.id').limit(f.limit).execute());
}

export async function insertPatient(db: Executor, row: NewPatientRow) {
  try {
    await db.insertInto('patient').values(row).execute();
  } catch (e) {
    if (isUniqueViolation(e, 'patient_network_id_nhs_number_key')) throw new NhsNumberTaken(row.nhs_number);
    throw e;
  }
}

export function updatePatient(db: Executor, p: { networkId: string; id: string; set: Partial<NewPatientRow> }) {
  return db.updateTable('patient').set({ ...p.set, updated_at: new Date() }).where('network_id', '=', p.networkId).where('id', '=', p.id).execute();
}


/** Patients whose surname and date of birth match, with their NHS number or postcode; across networks unless a practice is named. */
export async function findPatientsByIdentity(db: Executor, p: { familyName: string; dateOfBirth: string; nhsNumber?: string; postcode?: string; practiceOdsCode?: string }) {
  let q = db.selectFrom('patient')
    .select(['patient.network_id', 'patient.id', 'patient.given_name', 'patient.practice_id'])
    .where(sql<string>`lower(patient.family_name)`, '=', p.familyName.trim().toLowerCase())
    .where('patient.date_of_birth', '=', p.dateOfBirth);
  if (p.nhsNumber) q = q.where('patient.nhs_number', '=', p.nhsNumber);
  else if (p.postcode) q = q.where(sql<string>`upper(replace(patient.postcode, ' ', ''))`, '=', p.postcode.replace(/\s/g, '').toUpperCase());
  if (p.practiceOdsCode) q = q.where('patient.practice_id', 'in', organisationIdsWithOdsCode(db, p.practiceOdsCode));
  const rows = await q.limit(20).execute();
  const practice = await practicesOf(db, rows);
  return rows.map((r) => ({ ...r, practice_name: practice(r)?.name ?? '', ods_code: practice(r)?.odsCode ?? null }));
}

/** Which of these NHS numbers are already registered in the network. */
export async function findTakenNhsNumbers(db: Executor, p: { networkId: string; nhsNumbers: string[] }): Promise<Set<string>> {
  const taken = new Set<string>();
  for (let i = 0; i < p.nhsNumbers.length; i += 1000) {
    const chunk = p.nhsNumbers.slice(i, i + 1000);
    const rows = await db.selectFrom('patient').select('nhs_number').where('network_id', '=', p.networkId).where('nhs_number', 'in', chunk).execute();
    for (const r of rows) taken.add(r.nhs_number);
  }
  return taken;
}

export function insertPatients(db: Executor, rows: NewPatientRow[]) {
  return db.insertInto('patient').values(rows).execute();
}
