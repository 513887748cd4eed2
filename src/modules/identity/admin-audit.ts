import type { Executor } from '../../db/database.ts';
import { newId } from '../../platform/ids.ts';
import type { Actor } from '../../platform/actor.ts';

/**
 * Who did an administrative change: a signed-in person or system, the `commons` command line, or a
 * person choosing their password through the link they were given.
 */
export type AdminActor = Actor | { kind: 'command-line'; networkId: string } | { kind: 'password-link'; networkId: string; staffId: string };

/**
 * Appends one audit row for an administrative change (an organisation added, a role granted, a token
 * revoked). Written in the same transaction as the change; `detail` says what changed, never a secret.
 */
export async function recordAdminAction(
  db: Executor,
  actor: AdminActor,
  e: { action: string; entity: string; entityId: string | null; detail?: Record<string, unknown>; requestId?: string },
) {
  const person = actor.kind === 'staff' || actor.kind === 'system' ? actor : null;
  await db.insertInto('audit_event').values({
    network_id: actor.networkId,
    id: newId(),
    actor_staff_id: actor.kind === 'command-line' ? null : actor.staffId,
    actor_token_id: person?.tokenId ?? null,
    actor_organisation_id: person?.organisationId ?? null,
    actor_role: person ? person.roles.join(',') || person.kind : actor.kind,
    patient_id: null,
    action: e.action,
    entity: e.entity,
    entity_id: e.entityId,
    purpose: 'administration',
    request_id: e.requestId ?? null,
    detail: e.detail ? JSON.stringify(e.detail) : null,
  }).execute();
}
