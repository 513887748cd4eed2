import { sql } from 'kysely';
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
 * each module's `patientRelationships`. Systems with an API token holding patients:read may trace
 * any patient of the network, as a booking system must (GP Connect: "find a patient" before booking).
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

export async function hasLegitimateRelationship(db: Executor, actor: Actor, patient: { id: string; practice_id: string }): Promise<boolean> {
  if (patient.practice_id === actor.organisationId) return true;
  if (actor.kind === 'system') return actor.permissions.has('patients:read');
  if (await networkSharesRecords(db, actor.networkId)) return true;
  for (const relationship of patientRelationships()) {
    const related = relationship.patientIds(db, actor);
    if (!related) continue;
    const hit = await db.selectFrom(related.as('related')).select('related.patient_id').where('related.patient_id', '=', patient.id).limit(1).executeTakeFirst();
    if (hit) return true;
  }
  return false;
}

/** Which patients a search may return to this actor. */
export async function searchScope(db: Executor, actor: Actor): Promise<'all' | 'own-practice-or-related'> {
  if (actor.kind === 'system') return 'all';
  return (await networkSharesRecords(db, actor.networkId)) ? 'all' : 'own-practice-or-related';
}

/**
 * For a change made in one SQL statement (booking): the patient (id, practice_id) as a subquery that
 * returns a row only when this actor reaches the patient by the rule's first steps, which need no
 * other read: registered at the actor's organisation, or any patient of the network for a system
 * holding patients:read. No row means "not found, or ask hasLegitimateRelationship", never "refused".
 */
export function patientReachedDirectlySql(actor: Actor, patientId: string) {
  const anyPatient = actor.kind === 'system' && actor.permissions.has('patients:read');
  return sql<{ id: string; practice_id: string }>`select id, practice_id from patient where network_id = ${actor.networkId}::uuid and id = ${patientId}::uuid${anyPatient ? sql`` : sql` and practice_id = ${actor.organisationId}::uuid`}`;
}
