import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { Db } from '../../db/database.ts';
import { cursorFor, pageOf } from '../../platform/pagination.ts';

/** Audit events are listed newest first by id (UUID v7 is time-ordered). */
const auditCursor = cursorFor('audit', ['uuid']);

/** "Who looked at this patient, when, and why": newest first, paged by the event id. */
export async function listAuditEvents(db: Db, p: { networkId: string; patientId: string; limit: number; cursor?: string }) {
  let q = db
    .selectFrom('audit_event')
    .leftJoin('staff', (j) => j.onRef('staff.network_id', '=', 'audit_event.network_id').onRef('staff.id', '=', 'audit_event.actor_staff_id'))
    .select(['audit_event.id', 'audit_event.at', 'audit_event.actor_staff_id', 'staff.display_name', 'audit_event.actor_token_id', 'audit_event.actor_organisation_id', 'audit_event.actor_role', 'audit_event.action', 'audit_event.entity', 'audit_event.entity_id', 'audit_event.purpose'])
    .where('audit_event.network_id', '=', p.networkId)
    .where('audit_event.patient_id', '=', p.patientId)
    .orderBy('audit_event.id', 'desc')
    .limit(p.limit + 1);
  if (p.cursor) q = q.where('audit_event.id', '<', auditCursor.decode(p.cursor)[0]);
  return pageOf(await q.execute(), p.limit, (r) => auditCursor.encode([r.id]), (r) => ({
    id: r.id, at: r.at.toISOString(), actorStaffId: r.actor_staff_id, actorName: r.display_name, actorTokenId: r.actor_token_id,
    actorOrganisationId: r.actor_organisation_id, actorRole: r.actor_role, action: r.action, entity: r.entity, entityId: r.entity_id, purpose: r.purpose,
  }));
}

export interface AuditSearch {
  networkId: string;
  patientId?: string;
  staffId?: string;
  tokenId?: string;
  from: Date;
  to: Date;
  /** A further condition from the module that knows it (patients: "from outside the patient's practice"). */
  where?: (eb: ExpressionBuilder<any, any>) => Expression<SqlBool>;
  limit: number;
  cursor?: string;
}

/**
 * The data protection officer's questions, over the whole network: who looked at this patient, what
 * did this person or token look at, who looked from outside the patient's practice, in a period.
 * Newest first, paged by the event id.
 */
export async function searchAuditEvents(db: Db, p: AuditSearch) {
  let q = db
    .selectFrom('audit_event')
    .leftJoin('staff', (j) => j.onRef('staff.network_id', '=', 'audit_event.network_id').onRef('staff.id', '=', 'audit_event.actor_staff_id'))
    .select(['audit_event.id', 'audit_event.at', 'audit_event.actor_staff_id', 'staff.display_name', 'audit_event.actor_token_id', 'audit_event.actor_organisation_id', 'audit_event.actor_role', 'audit_event.patient_id', 'audit_event.action', 'audit_event.entity', 'audit_event.entity_id', 'audit_event.purpose'])
    .where('audit_event.network_id', '=', p.networkId)
    .where('audit_event.at', '>=', p.from).where('audit_event.at', '<', p.to)
    .orderBy('audit_event.id', 'desc')
    .limit(p.limit + 1);
  if (p.patientId) q = q.where('audit_event.patient_id', '=', p.patientId);
  if (p.staffId) q = q.where('audit_event.actor_staff_id', '=', p.staffId);
  if (p.tokenId) q = q.where('audit_event.actor_token_id', '=', p.tokenId);
  if (p.where) q = q.where(p.where);
  if (p.cursor) q = q.where('audit_event.id', '<', auditCursor.decode(p.cursor)[0]);
  return pageOf(await q.execute(), p.limit, (r) => auditCursor.encode([r.id]), (r) => ({
    id: r.id, at: r.at.toISOString(), actorStaffId: r.actor_staff_id, actorName: r.display_name, actorTokenId: r.actor_token_id,
    actorOrganisationId: r.actor_organisation_id, actorRole: r.actor_role, patientId: r.patient_id, action: r.action, entity: r.entity, entityId: r.entity_id, purpose: r.purpose,
  }));
}
