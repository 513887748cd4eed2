import { DateTime } from 'luxon';
import type { Db, Executor } from '../../db/database.ts';
import type { Actor } from '../../platform/actor.ts';
import { newId } from '../../platform/ids.ts';
import { cursorFor, pageOf } from '../../platform/pagination.ts';
import { NotFound } from '../../platform/problems.ts';
import { recordAuditMany } from '../identity/index.ts';
import { findOrganisationsAndSites } from '../network/index.ts';
import { findPatientLabels, patientGate } from '../patients/index.ts';
import { checkFilter, filterCondition } from './cohort-filter.ts';
import { countCohort } from './cohort-count.ts';
import { londonToday } from './records.ts';
import type { CohortFilter, CohortView } from './cohort-schema.ts';

// Saved cohorts (the filter, not the people: shared across the network, counted today) and a cohort's
// members (named: clinical roles only, through the patient-access gate, audited per person shown).

async function cohortRow(db: Executor, networkId: string, id: string) {
  const row = await db.selectFrom('phm_cohort').selectAll().where('network_id', '=', networkId).where('id', '=', id).executeTakeFirst();
  if (!row) throw new NotFound('cohort', '/params/cohortId');
  return row;
}

const cohortView = async (db: Executor, row: Awaited<ReturnType<typeof cohortRow>>, now: Date): Promise<CohortView> => ({
  id: row.id, name: row.name, filter: row.filter as CohortFilter, createdAt: new Date(row.created_at).toISOString(), createdBy: row.created_by_staff_id,
  count: (await countCohort(db, row.network_id, row.filter as CohortFilter, now)).total,
});

export async function saveCohort(db: Db, actor: Actor, body: { name: string; filter: CohortFilter }, now: Date) {
  await checkFilter(db, actor.networkId, body.filter);
  const row = { network_id: actor.networkId, id: newId(), name: body.name.trim(), filter: JSON.stringify(body.filter), shared: true, created_by_staff_id: actor.staffId, created_at: now };
  await db.insertInto('phm_cohort').values(row).execute();
  return cohortView(db, await cohortRow(db, actor.networkId, row.id), now);
}

export async function getCohort(db: Db, actor: Actor, id: string, now: Date) {
  return cohortView(db, await cohortRow(db, actor.networkId, id), now);
}

const cohortCursor = cursorFor('phm-cohorts', ['instant', 'uuid']);

/** Saved cohorts of the network, newest first (shared: everyone who may count sees them). */
export async function listCohorts(db: Db, actor: Actor, q: { limit?: number; cursor?: string }, now: Date) {
  const limit = q.limit ?? 50;
  const after = q.cursor ? cohortCursor.decode(q.cursor) : null;
  const rows = await db.selectFrom('phm_cohort').selectAll().where('network_id', '=', actor.networkId)
    .$if(after !== null, (qb) => qb.where((eb) => eb(eb.refTuple('created_at', 'id'), '<', eb.tuple(after![0], after![1]))))
    .orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit + 1).execute();
  const views = await Promise.all(rows.slice(0, limit).map((r) => cohortView(db, r, now)));
  return pageOf(rows, limit, (r) => cohortCursor.encode([new Date(r.created_at), r.id]), (r) => views[rows.indexOf(r)]);
}

const memberCursor = cursorFor('phm-cohort-members', ['uuid']);

/** The people in a cohort this actor may see, by id; one audit row per person shown. */
export async function listMembers(db: Db, actor: Actor, cohortId: string, q: { limit?: number; cursor?: string }, now: Date, requestId: string) {
  const cohort = await cohortRow(db, actor.networkId, cohortId);
  const limit = q.limit ?? 50;
  const after = q.cursor ? memberCursor.decode(q.cursor)[0] : null;
  const today = londonToday(now);
  const [gate, { organisations }] = await Promise.all([patientGate(db, actor), findOrganisationsAndSites(db, { networkId: actor.networkId })]);
  const rows = await db.selectFrom('phm_patient_summary').selectAll().where('network_id', '=', actor.networkId)
    .where((eb) => filterCondition(eb, actor.networkId, cohort.filter as CohortFilter, today, organisations.map((o) => o.id)))
    .where((eb) => gate(eb, 'phm_patient_summary.patient_id', 'phm_patient_summary.practice_id'))
    .$if(after !== null, (qb) => qb.where('patient_id', '>', after!))
    .orderBy('patient_id').limit(limit + 1).execute();
  const shown = rows.slice(0, limit);
  const labels = await findPatientLabels(db, { networkId: actor.networkId, ids: shown.map((r) => r.patient_id) });
  const label = new Map(labels.map((l) => [l.id, l]));
  const names = new Map(organisations.map((o) => [o.id, o.name]));
  await recordAuditMany(db, actor, shown.map((r) => r.patient_id), { action: 'read', entity: 'phm_cohort', purpose: `cohort ${cohort.name}`, requestId });
  return pageOf(rows, limit, (r) => memberCursor.encode([r.patient_id]), (r) => {
    const p = label.get(r.patient_id);
    return {
      patientId: r.patient_id, nhsNumber: p?.nhs_number ?? '', name: p ? `${p.given_name} ${p.family_name}` : '', dateOfBirth: String(r.date_of_birth),
      age: Math.floor(DateTime.fromISO(today).diff(DateTime.fromISO(String(r.date_of_birth)), 'years').years), sex: r.sex,
      practiceId: r.practice_id, practiceName: names.get(r.practice_id) ?? 'Unknown', registers: r.registers, frailty: r.efi_category, imdDecile: r.imd_decile,
      lastReviewOn: r.last_review_on ? String(r.last_review_on) : null, dueReviews: r.due_reviews,
    };
  });
}

export { cohortRow };
