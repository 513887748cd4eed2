import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../../platform/actor.ts';
import { Invalid } from '../../platform/problems.ts';
import { toCsv } from '../../platform/csv.ts';
import { recordAudit, searchAuditEvents } from '../identity/index.ts';
import type { AccessLogQuery } from './schema.ts';

// The data protection officer's view of record access across the network (trust issue, item 3):
// who looked at this patient; what did this person or token look at; all access from outside the
// patient's own practice; in a period, on screen or as CSV. Looking is itself audited.

/** The longest period one question may cover: a year is what a subject access request asks about. */
export const MAX_ACCESS_LOG_DAYS = 366;
const CSV_ROWS = 10_000;

function period(query: AccessLogQuery): { from: Date; to: Date } {
  const from = new Date(`${query.from}T00:00:00Z`);
  // `to` is a whole day, included.
  const to = new Date(new Date(`${query.to}T00:00:00Z`).getTime() + 86_400_000);
  if (to <= from) throw new Invalid('patients/period-reversed', 'The period ends before it starts.', '/querystring/to');
  if ((to.getTime() - from.getTime()) / 86_400_000 > MAX_ACCESS_LOG_DAYS) throw new Invalid('patients/period-too-long', `A period can be at most ${MAX_ACCESS_LOG_DAYS} days; ask about a shorter one.`, '/querystring/to');
  return { from, to };
}

/** The event was about a patient, by someone acting for an organisation other than that patient's practice. */
const outsidePatientsPractice = sql<boolean>`audit_event.patient_id is not null and audit_event.actor_organisation_id is distinct from (select p.practice_id from patient p where p.network_id = audit_event.network_id and p.id = audit_event.patient_id)`;

/**
 * A practice manager answers for their own practice: access to its patients, and what its own staff
 * looked at. Whoever manages the network (PCN manager, clinical director, administrator) sees it all.
 */
function ownPracticeOnly(actor: Actor) {
  return sql<boolean>`(audit_event.actor_organisation_id = ${actor.organisationId}::uuid or audit_event.patient_id in (select p.id from patient p where p.network_id = ${actor.networkId}::uuid and p.practice_id = ${actor.organisationId}::uuid))`;
}

export async function searchAccessLog(db: Db, actor: Actor, query: AccessLogQuery, requestId?: string) {
  const { from, to } = period(query);
  const csv = query.format === 'csv';
  const conditions = [...(query.outsidePractice ? [outsidePatientsPractice] : []), ...(actor.permissions.has('network:manage') ? [] : [ownPracticeOnly(actor)])];
  const page = await searchAuditEvents(db, {
    networkId: actor.networkId, patientId: query.patientId, staffId: query.staffId, tokenId: query.tokenId, from, to,
    where: conditions.length ? () => sql<boolean>`${sql.join(conditions, sql` and `)}` : undefined,
    limit: csv ? CSV_ROWS : query.limit ?? 100, cursor: csv ? undefined : query.cursor,
  });
  await recordAudit(db, actor, { patientId: query.patientId ?? null, action: csv ? 'export' : 'read', entity: 'access-log', purpose: 'data protection review', requestId });
  return page;
}

export type AccessLogPage = Awaited<ReturnType<typeof searchAccessLog>>;

export function accessLogCsv(page: AccessLogPage): string {
  return toCsv<AccessLogPage['items'][number]>([
    { header: 'at', value: (r) => r.at },
    { header: 'staff', value: (r) => r.actorName },
    { header: 'staff id', value: (r) => r.actorStaffId },
    { header: 'token id', value: (r) => r.actorTokenId },
    { header: 'acting for organisation', value: (r) => r.actorOrganisationId },
    { header: 'role', value: (r) => r.actorRole },
    { header: 'patient id', value: (r) => r.patientId },
    { header: 'action', value: (r) => r.action },
    { header: 'entity', value: (r) => r.entity },
    { header: 'entity id', value: (r) => r.entityId },
    { header: 'purpose', value: (r) => r.purpose },
  ], page.items);
}
