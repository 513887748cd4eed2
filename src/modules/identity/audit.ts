import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../platform/actor.ts';
import { newId } from '../../platform/ids.ts';

/** 'refused': a read the patient-access rule turned down, kept so a data protection officer sees attempts too. */
export type AuditAction = 'read' | 'search' | 'create' | 'update' | 'book' | 'cancel' | 'status' | 'export' | 'refused';

/**
 * Appends one audit row for a read or write of a patient's data (NDG data security standard 4:
 * every access attributable to an individual). Write it in the same transaction as the change.
 */
export async function recordAudit(
  db: Executor,
  actor: Actor,
  e: { patientId: string | null; action: AuditAction; entity: string; entityId?: string | null; purpose: string; requestId?: string },
) {
  await db
    .insertInto('audit_event')
    .values({
      network_id: actor.networkId,
      id: newId(),
      actor_staff_id: actor.staffId,
      actor_token_id: actor.tokenId,
      actor_organisation_id: actor.organisationId,
      // An integration's reads are marked as such, so a data protection officer can tell them apart.
      actor_role: actor.roles.join(',') || (actor.integration ? 'integration' : actor.kind),
      patient_id: e.patientId,
      action: e.action,
      entity: e.entity,
      entity_id: e.entityId ?? null,
      purpose: e.purpose,
      request_id: e.requestId ?? null,
    })
    .execute();
}

/** One audit row per patient for a list read (a search result, a day list). */
export async function recordAuditMany(db: Executor, actor: Actor, patientIds: string[], e: { action: AuditAction; entity: string; purpose: string; requestId?: string }) {
  const unique = [...new Set(patientIds)];
  if (unique.length === 0) return;
  await db
    .insertInto('audit_event')
    .values(unique.map((patientId) => ({
      network_id: actor.networkId, id: newId(), actor_staff_id: actor.staffId, actor_token_id: actor.tokenId,
      actor_organisation_id: actor.organisationId, actor_role: actor.roles.join(',') || actor.kind,
      patient_id: patientId, action: e.action, entity: e.entity, entity_id: patientId, purpose: e.purpose, request_id: e.requestId ?? null,
    })))
    .execute();
}

/** The role an audit row of a one-statement change records for its actor. */
export function auditRoleOf(actor: Actor): string {
  return actor.roles.join(',') || actor.kind;
}

/**
 * The audit row of a change made in one SQL statement: an `insert … select` to use as a data-modifying
 * CTE of that statement, written only when the CTE named `guard` returns a row (the change happened).
 * The action and the entity, constants of the code, are written into the text.
 */
export function auditInsertWhen(
  guard: string,
  actor: Actor,
  // The patient and the purpose may be expressions over the guard's row (sql.ref('u.patient_id')) when only the statement knows them.
  // The row's id and the actor's role are worked out here unless given (a statement template takes them as inputs: prepared.ts).
  e: { patientId: string | null | RawBuilder<unknown>; action: AuditAction; entity: string; entityId: string | null; purpose: string | RawBuilder<unknown>; id?: string; actorRole?: string },
) {
  return sql`insert into audit_event (network_id, id, actor_staff_id, actor_token_id, actor_organisation_id, actor_role, patient_id, action, entity, entity_id, purpose)
    select ${actor.networkId}::uuid, ${e.id ?? newId()}::uuid, ${actor.staffId}::uuid, ${actor.tokenId}::uuid, ${actor.organisationId}::uuid, ${e.actorRole ?? auditRoleOf(actor)}::text,
      ${e.patientId}::uuid, ${sql.lit(e.action)}::text, ${sql.lit(e.entity)}::text, ${e.entityId}::uuid, ${e.purpose}::text from ${sql.table(guard)}`;
}
