import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { Actor } from '../identity/actor.ts';
import { DomainError } from '../../server/problems.ts';

/**
 * The legitimate-relationship rule (architecture.md, standards.md §7.3): staff see patients registered
 * at the practice they are working for; other network staff (hubs, PCN roles) see a patient when the
 * network's data-sharing agreement allows it, or when the patient has an appointment with them or
 * their organisation, or another module (a consultation, a referral) records a care relationship.
 * Systems with an API token holding patients:read may trace any patient of the network, as a
 * booking system must (GP Connect: "find a patient" before booking).
 */
export type RelationshipCheck = (db: Executor, actor: Actor, patientId: string) => Promise<boolean>;
const extraChecks: RelationshipCheck[] = [];

/** Lets another module (consultations, social prescribing) declare its own care relationships. */
export function registerRelationshipCheck(check: RelationshipCheck) {
  extraChecks.push(check);
}

export class NoLegitimateRelationship extends DomainError {
  constructor() {
    super('forbidden', 'patients/no-legitimate-relationship', 'This patient is registered at another practice and has no appointment, consultation or referral with you or your organisation.');
  }
}

async function networkSharesRecords(db: Executor, networkId: string): Promise<boolean> {
  const row = await db.selectFrom('network').select('data_sharing_across_practices').where('id', '=', networkId).executeTakeFirst();
  return row?.data_sharing_across_practices ?? false;
}

export async function hasLegitimateRelationship(db: Executor, actor: Actor, patient: { id: string; practice_id: string }): Promise<boolean> {
  if (patient.practice_id === actor.organisationId) return true;
  if (actor.kind === 'system') return actor.permissions.has('patients:read');
  if (await networkSharesRecords(db, actor.networkId)) return true;
  const appt = await db
    .selectFrom('appointment')
    .select(sql`1`.as('one'))
    .where('network_id', '=', actor.networkId)
    .where('patient_id', '=', patient.id)
    .where((eb) => eb.or([
      eb('provider_organisation_id', '=', actor.organisationId),
      eb('booker_organisation_id', '=', actor.organisationId),
      ...(actor.staffId ? [eb('staff_id', '=', actor.staffId)] : []),
    ]))
    .limit(1)
    .executeTakeFirst();
  if (appt) return true;
  for (const check of extraChecks) if (await check(db, actor, patient.id)) return true;
  return false;
}

/** Which patients a search may return to this actor, as SQL filters. */
export async function searchScope(db: Executor, actor: Actor): Promise<'all' | 'own-practice-or-related'> {
  if (actor.kind === 'system') return 'all';
  return (await networkSharesRecords(db, actor.networkId)) ? 'all' : 'own-practice-or-related';
}
