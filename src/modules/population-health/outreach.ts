import { sql } from 'kysely';
import type { Db, Executor } from '../../db/database.ts';
import type { Actor } from '../../platform/actor.ts';
import { newId } from '../../platform/ids.ts';
import { cursorFor, pageOf } from '../../platform/pagination.ts';
import { DomainError, Invalid, NotFound } from '../../platform/problems.ts';
import { CLINICAL_ROLES, ROLE_LABELS, recordAudit, recordAuditMany, type StaffRole } from '../identity/index.ts';
import { contactFor, queueMessage } from '../messaging/index.ts';
import { findOrganisationsAndSites } from '../network/index.ts';
import { findPatientContacts, findPatientLabels, patientGate } from '../patients/index.ts';
import { filterCondition } from './cohort-filter.ts';
import { cohortRow } from './cohorts.ts';
import type { CohortFilter, OutreachBody, OutreachView } from './cohort-schema.ts';
import { londonToday } from './records.ts';
import type { Selectable } from 'kysely';
import type { OutreachStatus, PhmOutreachEntryTable } from './tables.ts';
import { defaultRoleFor, followOutreachAppointments, INVITATION_DAYS, outreachServiceIds, PURPOSE_LABEL } from './outreach-booking.ts';

// Outreach lists: a saved cohort turned into a worklist for a long-term-conditions clinic, a structured
// medication review, a frailty review or a health check with the right role; each person is invited
// (through the messaging outbox, by their preferred channel) and tracked: invited, contacted, booked,
// attended, did not attend, declined, no response. The invitation's link lets the person book a time
// themselves (outreach-booking.ts); staff record the rest (contacted, declined …) here.

/** The most people one list may hold: beyond it, narrow the cohort (a list is worked by hand). */
export const MAX_OUTREACH = 2000;

async function outreachRow(db: Db, networkId: string, id: string) {
  const row = await db.selectFrom('phm_outreach_list').selectAll().where('network_id', '=', networkId).where('id', '=', id).executeTakeFirst();
  if (!row) throw new NotFound('outreach-list', '/params/outreachId');
  return row;
}

async function outreachView(db: Db, row: Awaited<ReturnType<typeof outreachRow>>, now: Date): Promise<OutreachView> {
  await followOutreachAppointments(db, row.network_id, row.id, now);
  const counts = await db.selectFrom('phm_outreach_entry').select(['status', sql<number>`count(*)::int`.as('n')])
    .where('network_id', '=', row.network_id).where('outreach_id', '=', row.id).groupBy('status').execute();
  return {
    id: row.id, cohortId: row.cohort_id, name: row.name, purpose: row.purpose, role: row.role, createdAt: new Date(row.created_at).toISOString(),
    total: counts.reduce((a, c) => a + Number(c.n), 0), byStatus: Object.fromEntries(counts.map((c) => [c.status, Number(c.n)])),
  };
}

/** Makes the list from the cohort's members this actor may see, and invites them when asked. */
export async function createOutreach(db: Db, actor: Actor, cohortId: string, body: OutreachBody, now: Date, requestId: string) {
  const role = body.role ?? defaultRoleFor(body.purpose);
  if (!(CLINICAL_ROLES as readonly string[]).includes(role)) throw new Invalid('population-health/not-a-clinical-role', `The people on the list are seen by a clinical role (${CLINICAL_ROLES.join(', ')}).`, '/body/role');
  const cohort = await cohortRow(db, actor.networkId, cohortId);
  const [gate, { organisations }] = await Promise.all([patientGate(db, actor), findOrganisationsAndSites(db, { networkId: actor.networkId })]);
  const today = londonToday(now);
  const id = newId();
  const members = (ex: Executor = db) => ex.selectFrom('phm_patient_summary').where('network_id', '=', actor.networkId)
    .where((eb) => filterCondition(eb, actor.networkId, cohort.filter as CohortFilter, today, organisations.map((o) => o.id)))
    .where((eb) => gate(eb, 'phm_patient_summary.patient_id', 'phm_patient_summary.practice_id'));
  const size = Number((await members().select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n);
  if (size > MAX_OUTREACH) {
    throw new DomainError('invalid', 'population-health/cohort-too-large', `This cohort has ${size} people; an outreach list holds at most ${MAX_OUTREACH}. Narrow the cohort (a practice, a decile, a frailty category).`, { size }, [{ pointer: '/params/cohortId', detail: 'too many people for one list' }]);
  }
  const practices = new Map(organisations.map((o) => [o.id, o.name]));
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('phm_outreach_list').values({ network_id: actor.networkId, id, cohort_id: cohort.id, name: body.name.trim(), purpose: body.purpose, role, created_by_staff_id: actor.staffId, created_at: now }).execute();
    const entries = (await members(trx).select(['patient_id', 'practice_id']).orderBy('patient_id').execute()).map((e) => ({ ...e, id: newId() }));
    for (let i = 0; i < entries.length; i += 500) {
      await trx.insertInto('phm_outreach_entry').values(entries.slice(i, i + 500).map((e) => ({
        network_id: actor.networkId, id: e.id, outreach_id: id, patient_id: e.patient_id, practice_id: e.practice_id, status: 'to-contact' as const, updated_at: now, updated_by_staff_id: actor.staffId,
      }))).execute();
    }
    if (body.invite) {
      const contacts = new Map((await findPatientContacts(trx, { networkId: actor.networkId, ids: entries.map((e) => e.patient_id) })).map((c) => [c.id, c]));
      const withWhom = ROLE_LABELS[role as StaffRole].toLowerCase();
      const serviceIds = await outreachServiceIds(trx, actor.networkId, role, body.purpose);
      const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 86_400_000);
      for (const e of entries) {
        const c = contacts.get(e.patient_id);
        if (!c) continue;
        const to = contactFor(c);
        const messageId = await queueMessage(trx, {
          networkId: actor.networkId, patientId: e.patient_id, template: 'phm-outreach-invitation', channel: to.channel, recipient: to.recipient, at: now,
          body: `Dear ${c.given_name} ${c.family_name}, ${practices.get(e.practice_id) ?? 'your GP practice'} would like to invite you to a ${PURPOSE_LABEL[body.purpose]} with our ${withWhom}. Choose a time that suits you online, or contact the practice.`,
          relatedEntity: 'phm_outreach_list', relatedId: id, link: { purpose: 'outreach', subjectId: e.id, serviceIds, expiresAt },
        });
        await trx.updateTable('phm_outreach_entry').set({ status: 'invited', message_id: messageId, updated_at: now }).where('network_id', '=', actor.networkId).where('id', '=', e.id).execute();
      }
    }
    await recordAuditMany(trx, actor, entries.map((e) => e.patient_id), { action: body.invite ? 'export' : 'create', entity: 'phm_outreach_list', purpose: `outreach ${body.name}`, requestId });
  });
  return outreachView(db, await outreachRow(db, actor.networkId, id), now);
}

export async function getOutreach(db: Db, actor: Actor, id: string, now: Date) {
  return outreachView(db, await outreachRow(db, actor.networkId, id), now);
}

const listCursor = cursorFor('phm-outreach', ['instant', 'uuid']);
export async function listOutreach(db: Db, actor: Actor, q: { limit?: number; cursor?: string }, now: Date) {
  const limit = q.limit ?? 50;
  const after = q.cursor ? listCursor.decode(q.cursor) : null;
  const rows = await db.selectFrom('phm_outreach_list').selectAll().where('network_id', '=', actor.networkId)
    .$if(after !== null, (qb) => qb.where((eb) => eb(eb.refTuple('created_at', 'id'), '<', eb.tuple(after![0], after![1]))))
    .orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit + 1).execute();
  const views = await Promise.all(rows.slice(0, limit).map((r) => outreachView(db, r, now)));
  return pageOf(rows, limit, (r) => listCursor.encode([new Date(r.created_at), r.id]), (r) => views[rows.indexOf(r)]);
}

const entryCursor = cursorFor('phm-outreach-entries', ['uuid']);
/** The people on a list this actor may see, with where each stands (audited per person shown). */
export async function listEntries(db: Db, actor: Actor, outreachId: string, q: { limit?: number; cursor?: string; status?: OutreachStatus }, requestId: string, now: Date) {
  const list = await outreachRow(db, actor.networkId, outreachId);
  await followOutreachAppointments(db, actor.networkId, list.id, now);
  const limit = q.limit ?? 50;
  const after = q.cursor ? entryCursor.decode(q.cursor)[0] : null;
  const gate = await patientGate(db, actor);
  const rows = await db.selectFrom('phm_outreach_entry').selectAll().where('network_id', '=', actor.networkId).where('outreach_id', '=', list.id)
    .where((eb) => gate(eb, 'phm_outreach_entry.patient_id', 'phm_outreach_entry.practice_id'))
    .$if(q.status !== undefined, (qb) => qb.where('status', '=', q.status!))
    .$if(after !== null, (qb) => qb.where('id', '>', after!))
    .orderBy('id').limit(limit + 1).execute();
  const shown = rows.slice(0, limit);
  await recordAuditMany(db, actor, shown.map((r) => r.patient_id), { action: 'read', entity: 'phm_outreach_list', purpose: `outreach ${list.name}`, requestId });
  const views = await entryViews(db, actor.networkId, shown);
  return pageOf(rows, limit, (r) => entryCursor.encode([r.id]), (r) => views[rows.indexOf(r)]);
}

type EntryRow = Selectable<PhmOutreachEntryTable>;
async function entryViews(db: Db, networkId: string, rows: EntryRow[]) {
  const [labels, { organisations }] = await Promise.all([
    findPatientLabels(db, { networkId, ids: rows.map((r) => r.patient_id) }),
    findOrganisationsAndSites(db, { networkId }),
  ]);
  const label = new Map(labels.map((l) => [l.id, l]));
  const names = new Map(organisations.map((o) => [o.id, o.name]));
  return rows.map((r) => {
    const p = label.get(r.patient_id);
    return {
      id: r.id, patientId: r.patient_id, nhsNumber: p?.nhs_number ?? '', name: p ? `${p.given_name} ${p.family_name}` : '', dateOfBirth: p?.date_of_birth ?? '1900-01-01',
      practiceId: r.practice_id, practiceName: names.get(r.practice_id) ?? 'Unknown', status: r.status, invited: r.message_id !== null, appointmentId: r.appointment_id, updatedAt: new Date(r.updated_at).toISOString(),
    };
  });
}

/** Records where one person stands (contacted, booked, attended …). */
export async function updateEntry(db: Db, actor: Actor, outreachId: string, entryId: string, status: OutreachStatus, now: Date, requestId: string) {
  const gate = await patientGate(db, actor);
  const row = await db.selectFrom('phm_outreach_entry').selectAll().where('network_id', '=', actor.networkId).where('outreach_id', '=', outreachId).where('id', '=', entryId)
    .where((eb) => gate(eb, 'phm_outreach_entry.patient_id', 'phm_outreach_entry.practice_id')).executeTakeFirst();
  if (!row) throw new NotFound('outreach-entry', '/params/entryId');
  await db.updateTable('phm_outreach_entry').set({ status, updated_at: now, updated_by_staff_id: actor.staffId }).where('network_id', '=', actor.networkId).where('id', '=', entryId).execute();
  await recordAudit(db, actor, { patientId: row.patient_id, action: 'update', entity: 'phm_outreach_entry', entityId: entryId, purpose: `outreach ${status}`, requestId });
  const updated = await db.selectFrom('phm_outreach_entry').selectAll().where('network_id', '=', actor.networkId).where('id', '=', entryId).executeTakeFirstOrThrow();
  return (await entryViews(db, actor.networkId, [updated]))[0];
}
