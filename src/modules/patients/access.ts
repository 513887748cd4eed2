import { sql, type Expression, type ExpressionBuilder, type RawBuilder, type SqlBool } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../platform/actor.ts';
import { patientRelationships } from '../../platform/patient-access.ts';
import { DomainError } from '../../platform/problems.ts';
import { networkSharesRecords } from '../network/index.ts';

/**
 * The legitimate-relationship rule (architecture.md, standards.md §7.3): staff see patients registered
 * at the practice they are working for; other network staff (hubs, PCN roles) see a patient when the
 * network's data-sharing agreement allows it, or when a module records a care relationship between
 * them (an appointment with them or their organisation, a consultation, a referral), as declared in
 * each module's `patientRelationships`. A system whose API token was made as an integration (NHS 111,
 * a hub's system) and holds patients:read may trace any patient of the network, as a booking system
 * must (GP Connect: "find a patient" before booking); any other token sees its organisation's patients.
 */
export class NoLegitimateRelationship extends DomainError {
  constructor() {
    super('forbidden', 'patients/no-legitimate-relationship', 'This patient is registered at another practice and has no appointment, consultation or referral with you or your organisation.');
  }
}

/**
 * Who may register a patient at a practice, or move a patient's registration to it: that practice's
 * own staff, and staff working for the PCN itself (a PCN manager setting up the network). A hub or
 * another practice may read a patient it has a relationship with, but registers nobody.
 */
export function canRegisterAt(actor: Actor, practiceId: string): boolean {
  return actor.organisationId === practiceId || actor.organisationKind === 'pcn';
}

export class NotYourPractice extends DomainError {
  constructor(pointer = '/body/practiceId') {
    super('forbidden', 'patients/not-your-practice', 'You can register patients only at the practice you are working for. Switch organisation, or ask that practice.', {}, [{ pointer, detail: 'not the practice you are working for' }]);
  }
}

/**
 * The one patient-access gate: a SQL condition "this actor may see the patient whose id is in this
 * column", built once per request from the rule above and every module's declared relationships.
 * Single reads, searches and lists of patient data (the consultations queue, day lists) all filter
 * through it, so what a person can open and what they can find cannot drift apart.
 */
export type PatientGate = (eb: ExpressionBuilder<any, any>, patientIdColumn: string, practiceIdColumn?: string) => Expression<SqlBool>;

/** An integration holding patients:read may trace any patient of the network, as a booking system must (GP Connect: find a patient, then book). */
export function tracesAnyPatient(actor: Actor): boolean {
  return actor.kind === 'system' && actor.integration === true && actor.permissions.has('patients:read');
}

export async function patientGate(db: Executor, actor: Actor): Promise<PatientGate> {
  if (tracesAnyPatient(actor) || (actor.kind !== 'system' && await networkSharesRecords(db, actor.networkId))) {
    return (eb) => eb.lit(true) as unknown as Expression<SqlBool>;
  }
  const related = patientRelationships().map((r) => r.patientIds(db, actor)).filter((r) => r !== null);
  return (eb, patientIdColumn, practiceIdColumn) => eb.or([
    // Registered at the actor's organisation: by the row's own practice column when it has one (an index), else by the register.
    practiceIdColumn
      ? eb(eb.ref(practiceIdColumn), '=', actor.organisationId)
      : eb(eb.ref(patientIdColumn), 'in', db.selectFrom('patient').select('patient.id').where('patient.network_id', '=', actor.networkId).where('patient.practice_id', '=', actor.organisationId)),
    ...related.map((ids) => eb(eb.ref(patientIdColumn), 'in', ids)),
  ]);
}

export async function hasLegitimateRelationship(db: Executor, actor: Actor, patient: { id: string; practice_id: string }): Promise<boolean> {
  if (patient.practice_id === actor.organisationId) return true;
  const gate = await patientGate(db, actor);
  const hit = await db.selectFrom('patient').select('patient.id')
    .where('patient.network_id', '=', actor.networkId).where('patient.id', '=', patient.id)
    .where((eb) => gate(eb, 'patient.id', 'patient.practice_id'))
    .executeTakeFirst();
  return hit !== undefined;
}

/**
 * Which of these patients the actor may see, in one query however many there are: a day list or any
 * other list that shows patients beside rows it does not filter out (free slots stay visible).
 */
export async function reachablePatients(db: Executor, actor: Actor, patientIds: readonly string[]): Promise<Set<string>> {
  const ids = [...new Set(patientIds)];
  if (!ids.length) return new Set();
  const gate = await patientGate(db, actor);
  const rows = await db.selectFrom('patient').select('patient.id')
    .where('patient.network_id', '=', actor.networkId).where('patient.id', 'in', ids)
    .where((eb) => gate(eb, 'patient.id', 'patient.practice_id'))
    .execute();
  return new Set(rows.map((r) => r.id));
}

/**
 * For a change made in one SQL statement (booking): the patient (id, practice_id) as a subquery that
 * returns a row only when this actor reaches the patient by the rule's first steps, which need no
 * other read: registered at the actor's organisation, or any patient of the network for a system
 * holding patients:read. No row means "not found, or ask hasLegitimateRelationship", never "refused".
 * `patientId` may be a column of the statement's own row (sql.ref('a.patient_id')), to use inside `exists`.
 */
export function patientReachedDirectlySql(actor: Actor, patientId: string | RawBuilder<unknown>) {
  const anyPatient = tracesAnyPatient(actor);
  return sql<{ id: string; practice_id: string }>`select id, practice_id from patient where network_id = ${actor.networkId}::uuid and id = ${patientId}::uuid${anyPatient ? sql`` : sql` and practice_id = ${actor.organisationId}::uuid`}`;
}
