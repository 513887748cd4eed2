import { DateTime } from 'luxon';
import { sql } from 'kysely';
import type { Db, Executor } from '../../db/database.ts';
import type { Actor } from '../../platform/actor.ts';
import { LONDON } from '../../platform/calendar.ts';
import { newId } from '../../platform/ids.ts';
import { afterKey, cursorFor, pageOf } from '../../platform/pagination.ts';
import { DomainError, Invalid, NotFound } from '../../platform/problems.ts';
import { findAppointmentParties } from '../booking/index.ts';
import { findConsultationParties } from '../consultations/index.ts';
import { recordAudit } from '../identity/index.ts';
import { findOrganisationsAndSites } from '../network/index.ts';
import { periodOf, seesAllPractices } from './filters.ts';
import type { ComplaintListQuery, ComplaintRequest, ComplaintResponseRequest, ComplaintView } from './schema.ts';
import type { ComplaintTable } from './tables.ts';
import type { Selectable } from 'kysely';

type ComplaintRow = Selectable<ComplaintTable> & { organisation_name?: string };
const complaintCursor = cursorFor('complaints', ['text', 'uuid']);
const daysBetween = (a: string, b: string) => Math.round(DateTime.fromISO(b).diff(DateTime.fromISO(a), 'days').days);

function toView(r: ComplaintRow, names: Map<string, string>): ComplaintView {
  return {
    id: r.id, organisationId: r.organisation_id, organisationName: names.get(r.organisation_id) ?? 'Unknown', receivedOn: r.received_on, concerns: r.concerns,
    concernsId: r.concerns_id, concernsReference: r.concerns_reference, category: r.category, summary: r.summary, outcome: r.outcome,
    respondedOn: r.responded_on, daysToRespond: r.responded_on ? daysBetween(r.received_on, r.responded_on) : null,
  };
}

async function organisationNames(db: Executor, networkId: string) {
  const { organisations } = await findOrganisationsAndSites(db, { networkId });
  return new Map(organisations.map((o) => [o.id, o.name]));
}

/** What the complaint is about: the appointment or consultation must exist in this network; its organisation and patient come with it. */
async function partiesOf(db: Executor, actor: Actor, body: ComplaintRequest) {
  if (body.concerns === 'appointment' || body.concerns === 'consultation') {
    if (!body.concernsId) throw new Invalid('analytics/complaint-needs-record', `Give the id of the ${body.concerns} the complaint concerns.`, '/body/concernsId');
    const found = body.concerns === 'appointment'
      ? await findAppointmentParties(db, { networkId: actor.networkId, id: body.concernsId })
      : await findConsultationParties(db, { networkId: actor.networkId, id: body.concernsId });
    if (!found) throw new Invalid('analytics/unknown-record', `There is no ${body.concerns} with that id in this network.`, '/body/concernsId');
    return { organisationId: found.organisation_id, patientId: found.patient_id, patientPracticeId: found.patient_practice_id };
  }
  if (body.concernsId) throw new Invalid('analytics/complaint-record-not-checked', 'Only appointments and online consultations are linked by id; give a referral\'s reference in concernsReference.', '/body/concernsId');
  if (body.concerns === 'referral' && !body.concernsReference) throw new Invalid('analytics/complaint-needs-reference', 'Give the reference of the referral the complaint concerns.', '/body/concernsReference');
  return { organisationId: null, patientId: null, patientPracticeId: null };
}

/** Logs a complaint against what it concerns; practice staff log their own organisation's, PCN staff any. */
export async function logComplaint(db: Db, actor: Actor, body: ComplaintRequest, now: Date): Promise<ComplaintView> {
  const today = DateTime.fromJSDate(now, { zone: LONDON }).toISODate()!;
  if (body.receivedOn > today) throw new Invalid('analytics/received-in-future', 'A complaint cannot be received after today.', '/body/receivedOn');
  if (!!body.outcome !== !!body.respondedOn) throw new Invalid('analytics/outcome-needs-response-date', 'Give the outcome and the date of the response together.', body.outcome ? '/body/respondedOn' : '/body/outcome');
  if (body.respondedOn && (body.respondedOn < body.receivedOn || body.respondedOn > today)) throw new Invalid('analytics/response-date', 'The response date must fall between the day received and today.', '/body/respondedOn');
  const names = await organisationNames(db, actor.networkId);
  if (body.organisationId && !names.has(body.organisationId)) throw new Invalid('analytics/unknown-organisation', 'There is no practice or hub with that id in this network.', '/body/organisationId');
  const parties = await partiesOf(db, actor, body);
  const organisationId = body.organisationId ?? parties.organisationId ?? actor.organisationId;
  const mine = (id: string | null) => id === actor.organisationId;
  if (!seesAllPractices(actor) && !mine(organisationId) && !mine(parties.patientPracticeId)) {
    throw new DomainError('forbidden', 'analytics/other-practice', 'You can log complaints about your own organisation, or from its patients; the PCN manager logs the others.');
  }
  return db.transaction().execute(async (trx) => {
    const row = await trx.insertInto('complaint').values({
      network_id: actor.networkId, id: newId(), organisation_id: organisationId, received_on: body.receivedOn, concerns: body.concerns,
      concerns_id: body.concernsId ?? null, concerns_reference: body.concernsReference ?? null, patient_id: parties.patientId, category: body.category,
      summary: body.summary, outcome: body.outcome ?? null, responded_on: body.respondedOn ?? null, logged_by_staff_id: actor.staffId, logged_at: now,
    }).returningAll().executeTakeFirstOrThrow();
    if (parties.patientId) await recordAudit(trx, actor, { patientId: parties.patientId, action: 'create', entity: 'complaint', entityId: row.id, purpose: 'complaint logged' });
    return toView(row, names);
  });
}

/** Records the response to a complaint: its outcome and the day the response was sent. */
export async function recordComplaintResponse(db: Db, actor: Actor, id: string, body: ComplaintResponseRequest, now: Date): Promise<ComplaintView> {
  const row = await db.selectFrom('complaint').selectAll().where('network_id', '=', actor.networkId).where('id', '=', id).executeTakeFirst();
  if (!row || (!seesAllPractices(actor) && row.organisation_id !== actor.organisationId)) throw new NotFound('complaint', '/params/complaintId');
  const today = DateTime.fromJSDate(now, { zone: LONDON }).toISODate()!;
  if (body.respondedOn < row.received_on || body.respondedOn > today) throw new Invalid('analytics/response-date', 'The response date must fall between the day received and today.', '/body/respondedOn');
  const updated = await db.updateTable('complaint').set({ outcome: body.outcome, responded_on: body.respondedOn })
    .where('network_id', '=', actor.networkId).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
  return toView(updated, await organisationNames(db, actor.networkId));
}

/** Complaints received in a period, newest first: a practice's own, or every organisation's for PCN staff. */
export async function listComplaints(db: Db, actor: Actor, q: ComplaintListQuery, now: Date) {
  const period = periodOf(q, now);
  const limit = q.limit ?? 50;
  const organisationId = seesAllPractices(actor) ? q.organisationId : actor.organisationId;
  let query = db.selectFrom('complaint').selectAll().where('network_id', '=', actor.networkId)
    .where('received_on', '>=', period.fromDay).where('received_on', '<=', period.toDay);
  if (organisationId) query = query.where('organisation_id', '=', organisationId);
  if (q.cursor) {
    const [day, id] = complaintCursor.decode(q.cursor);
    query = query.where((eb) => afterKey(eb, [sql`received_on::text`, eb.ref('id')], [day, id], 'desc'));
  }
  const rows = await query.orderBy('received_on', 'desc').orderBy('id', 'desc').limit(limit + 1).execute();
  const names = await organisationNames(db, actor.networkId);
  return pageOf(rows, limit, (r) => complaintCursor.encode([r.received_on, r.id]), (r) => toView(r, names));
}

/** Complaints by month and by category for the satisfaction view. */
export async function findComplaintCounts(db: Executor, p: { networkId: string; fromDay: string; toDay: string; organisationId?: string; organisationIds: string[] | null }) {
  const where = sql`network_id = ${p.networkId} and received_on >= ${p.fromDay}::date and received_on <= ${p.toDay}::date
    ${p.organisationId ? sql`and organisation_id = ${p.organisationId}` : sql``}`;
  const measures = sql`count(*)::int as received, (count(*) filter (where responded_on is not null))::int as responded,
    (count(*) filter (where outcome in ('upheld', 'partly-upheld')))::int as upheld,
    percentile_cont(0.5) within group (order by responded_on - received_on) as median_days`;
  const [byMonth, byCategory, total] = await Promise.all([
    sql<{ month: string; received: number; responded: number; upheld: number; median_days: number | null }>`select to_char(received_on, 'YYYY-MM') as month, ${measures} from complaint where ${where} group by 1 order by 1`.execute(db),
    sql<{ category: string; received: number; responded: number; upheld: number; median_days: number | null }>`select category, ${measures} from complaint where ${where} group by 1 order by 2 desc`.execute(db),
    sql<{ received: number; responded: number; upheld: number; median_days: number | null }>`select ${measures} from complaint where ${where}`.execute(db),
  ]);
  return { byMonth: byMonth.rows, byCategory: byCategory.rows, total: total.rows[0] };
}
