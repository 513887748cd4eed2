import { sql, type Insertable } from 'kysely';
import { patientSummaries, type PatientGate } from '../patients/index.ts';
import { networkReference } from '../network/index.ts';
import { staffNames } from '../identity/index.ts';
import type { Executor } from '../../db/database.ts';
import type { ConsultationDemandTable, ConsultationEventTable, ConsultationJudgementTable, ConsultationStatus, ConsultationTable } from './tables.ts';
import { isUniqueViolation } from '../../platform/problems.ts';
import { afterKey } from '../../platform/pagination.ts';

// Every SQL statement of the consultations module. The queue list takes its patients' names in the same
// statement through the patients module's patientSummaries, and practice and clinician names from
// memory (network's and identity's copies); matching a patient's identity is the patients module's.


export async function insertConsultation(db: Executor, row: Insertable<ConsultationTable>): Promise<'ok' | 'reference-taken'> {
  try {
    await db.insertInto('consultation').values(row).execute();
    return 'ok';
  } catch (e) {
    if (isUniqueViolation(e, 'consultation_network_id_reference_key')) return 'reference-taken';
    throw e;
  }
}

export function insertEvent(db: Executor, row: Insertable<ConsultationEventTable>) {
  return db.insertInto('consultation_event').values(row).execute();
}

export function insertDemand(db: Executor, row: Insertable<ConsultationDemandTable>) {
  return db.insertInto('consultation_demand').values(row)
    .onConflict((oc) => oc.columns(['network_id', 'patient_id', 'idempotency_key']).where('idempotency_key', 'is not', null).doNothing())
    .execute();
}

/** Requests and emergency redirections for a patient since a time: the per-patient burst limit. */
export async function countRecentSubmissions(db: Executor, p: { networkId: string; patientId: string; since: Date }) {
  const a = await db.selectFrom('consultation').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('network_id', '=', p.networkId).where('patient_id', '=', p.patientId).where('submitted_at', '>=', p.since).where('submitted_by', '<>', 'reception').executeTakeFirstOrThrow();
  const b = await db.selectFrom('consultation_demand').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('network_id', '=', p.networkId).where('patient_id', '=', p.patientId).where('at', '>=', p.since).executeTakeFirstOrThrow();
  return Number(a.n) + Number(b.n);
}

/** The consultation with its patient's columns in the same statement (the patients module's patientSummaries). */
function withPatient(db: Executor) {
  return db.selectFrom('consultation')
    .innerJoin(patientSummaries(db).as('patient'), (j) => j.onRef('patient.network_id', '=', 'consultation.network_id').onRef('patient.id', '=', 'consultation.patient_id'))
    .selectAll('consultation')
    .select(['patient.given_name', 'patient.family_name', 'patient.date_of_birth', 'patient.nhs_number', 'patient.practice_id as registered_practice_id']);
}

/** Requests with the names they are shown with: practices (network) and the claiming clinician (identity), from memory. */
async function withNames<T extends { network_id: string; assigned_practice_id: string; registered_practice_id: string; claimed_by_staff_id: string | null }>(db: Executor, networkId: string, rows: T[]) {
  if (rows.length === 0) return [];
  const [{ organisations }, staff] = await Promise.all([
    networkReference(db, networkId, { organisations: rows.flatMap((r) => [r.assigned_practice_id, r.registered_practice_id]) }),
    staffNames(db, { networkId, ids: rows.map((r) => r.claimed_by_staff_id) }),
  ]);
  return rows.map(({ registered_practice_id, ...r }) => ({
    ...r, registered_practice_name: organisations.get(registered_practice_id)?.name ?? '', assigned_practice_name: organisations.get(r.assigned_practice_id)?.name ?? '',
    claimer_name: r.claimed_by_staff_id ? staff.get(r.claimed_by_staff_id) ?? null : null,
  }));
}
export type ConsultationWithNames = Awaited<ReturnType<typeof findConsultation>> & {};

export async function findConsultation(db: Executor, p: { networkId: string; id: string }) {
  const row = await withPatient(db).where('consultation.network_id', '=', p.networkId).where('consultation.id', '=', p.id).executeTakeFirst();
  return row && (await withNames(db, p.networkId, [row]))[0];
}

/** Locks one consultation for an action, so two actions on it run one after the other. */
export function findConsultationForUpdate(db: Executor, p: { networkId: string; id: string }) {
  return db.selectFrom('consultation').selectAll().where('network_id', '=', p.networkId).where('id', '=', p.id).forUpdate().executeTakeFirst();
}

export interface QueueFilters {
  networkId: string;
  now: Date;
  practiceId?: string;
  urgency?: string;
  type?: string;
  role?: string;
  statuses: ConsultationStatus[];
  submittedBefore?: Date;
  /** The queue key (bucket, urgency rank, due, id) of the last request of the previous page. */
  after?: readonly [number, number, Date, string];
  limit: number;
  /** The patient-access gate (patients' index.ts): only requests of patients this person may see. */
  gate: PatientGate;
}

/**
 * The one network-wide queue: emergencies and overdue work first, then by urgency and due time.
 * A request waiting on the patient has its clock paused, so it is never "overdue".
 */
export async function findQueue(db: Executor, f: QueueFilters) {
  // Emergencies, then overdue work, then the rest; within each, by urgency, then due time.
  const bucket = sql<number>`case when consultation.urgency = 'emergency' then 0 when consultation.status in ('new', 'in-progress') and consultation.due_at < ${f.now} then 1 else 2 end`;
  const urgencyRank = sql<number>`case consultation.urgency when 'emergency' then 0 when 'urgent' then 1 when 'routine' then 2 else 3 end`;
  let q = withPatient(db).select([bucket.as('queue_bucket'), urgencyRank.as('queue_urgency')])
    .where('consultation.network_id', '=', f.networkId).where('consultation.status', 'in', f.statuses);
  if (f.practiceId) q = q.where('consultation.assigned_practice_id', '=', f.practiceId);
  const gate = f.gate;
  q = q.where((eb) => gate(eb, 'consultation.patient_id'));
  if (f.urgency) q = q.where('consultation.urgency', '=', f.urgency as never);
  if (f.type) q = q.where('consultation.type', '=', f.type as never);
  if (f.role) q = q.where('consultation.assigned_role', '=', f.role);
  if (f.submittedBefore) q = q.where('consultation.submitted_at', '<', f.submittedBefore);
  if (f.after) {
    const after = f.after;
    q = q.where((eb) => afterKey(eb, [bucket, urgencyRank, sql.ref('consultation.due_at'), sql.ref('consultation.id')], after));
  }
  return withNames(db, f.networkId, await q.orderBy(bucket).orderBy(urgencyRank).orderBy('consultation.due_at').orderBy('consultation.id').limit(f.limit).execute());
}

/**
 * Claims a request atomically: one UPDATE that succeeds only when nobody holds it, the caller already
 * does, or the holder's claim is older than 30 minutes. Two clinicians can never both win.
 */
export function updateClaim(db: Executor, p: { networkId: string; id: string; staffId: string; now: Date; staleBefore: Date }) {
  return db.updateTable('consultation')
    .set({ claimed_by_staff_id: p.staffId, claimed_at: p.now, status: sql`case when status = 'new' then 'in-progress' else status end` })
    .where('network_id', '=', p.networkId).where('id', '=', p.id).where('status', '<>', 'closed')
    .where((eb) => eb.or([eb('claimed_by_staff_id', 'is', null), eb('claimed_by_staff_id', '=', p.staffId), eb('claimed_at', '<', p.staleBefore)]))
    .returning(['id', 'status'])
    .executeTakeFirst();
}

export function updateConsultation(db: Executor, p: { networkId: string; id: string; set: Partial<Insertable<ConsultationTable>> }) {
  return db.updateTable('consultation').set(p.set).where('network_id', '=', p.networkId).where('id', '=', p.id).execute();
}

/** A request's events in order, with the name of the clinician behind each (identity's, from memory). */
export async function findEvents(db: Executor, p: { networkId: string; consultationId: string }) {
  const rows = await db.selectFrom('consultation_event').selectAll('consultation_event')
    .where('consultation_event.network_id', '=', p.networkId).where('consultation_event.consultation_id', '=', p.consultationId)
    .orderBy('consultation_event.at').orderBy('consultation_event.id')
    .execute();
  const names = await staffNames(db, { networkId: p.networkId, ids: rows.map((r) => r.by_staff_id) });
  return rows.map((r) => ({ ...r, by_name: r.by_staff_id ? names.get(r.by_staff_id) ?? null : null }));
}

/** The patients this staff member has a care relationship with through a consultation (for the patient-access rule). */
export function consultationPatientIds(db: Executor, p: { networkId: string; staffId: string; triages: boolean }) {
  return db.selectFrom('consultation').select('consultation.patient_id as patient_id')
    .where('consultation.network_id', '=', p.networkId)
    .where((eb) => eb.or([
      eb('consultation.claimed_by_staff_id', '=', p.staffId),
      eb('consultation.submitted_by_staff_id', '=', p.staffId),
      // The queue is network-wide: any triaging clinician of the network may work an open request.
      ...(p.triages ? [eb('consultation.status', '<>', 'closed')] : []),
      eb.exists(eb.selectFrom('consultation_event').select(sql`1`.as('one'))
        .whereRef('consultation_event.network_id', '=', 'consultation.network_id').whereRef('consultation_event.consultation_id', '=', 'consultation.id')
        .where('consultation_event.by_staff_id', '=', p.staffId)),
    ]));
}

export async function countBy(db: Executor, p: { networkId: string; from: Date; to: Date; column: 'type' | 'urgency' | 'assigned_role' | 'outcome' | 'channel' }) {
  const rows = await db.selectFrom('consultation')
    .select([sql<string>`coalesce(${sql.ref(p.column)}, 'none')`.as('k'), (eb) => eb.fn.countAll<number>().as('n')])
    .where('network_id', '=', p.networkId).where('submitted_at', '>=', p.from).where('submitted_at', '<', p.to)
    .groupBy(sql.ref(p.column))
    .execute();
  return Object.fromEntries(rows.map((r) => [r.k, Number(r.n)]));
}

export async function findTimings(db: Executor, p: { networkId: string; from: Date; to: Date; now: Date }) {
  const row = await db.selectFrom('consultation')
    .select([
      (eb) => eb.fn.countAll<number>().as('total'),
      sql<number>`count(*) filter (where status = 'closed')`.as('closed'),
      sql<number>`count(*) filter (where status = 'closed' and appointment_id is null)`.as('closed_without_appointment'),
      sql<number>`count(*) filter (where status in ('new', 'in-progress') and due_at < ${p.now})`.as('overdue'),
      sql<number | null>`percentile_cont(0.5) within group (order by extract(epoch from (first_action_at - submitted_at)) / 60) filter (where first_action_at is not null)`.as('median_first'),
      sql<number | null>`percentile_cont(0.5) within group (order by extract(epoch from (closed_at - submitted_at)) / 60) filter (where closed_at is not null)`.as('median_close'),
    ])
    .where('network_id', '=', p.networkId).where('submitted_at', '>=', p.from).where('submitted_at', '<', p.to)
    .executeTakeFirstOrThrow();
  const demand = await db.selectFrom('consultation_demand').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('network_id', '=', p.networkId).where('at', '>=', p.from).where('at', '<', p.to).executeTakeFirstOrThrow();
  return { ...row, emergencies: Number(demand.n) };
}

export function insertJudgement(db: Executor, row: Insertable<ConsultationJudgementTable>) {
  return db.insertInto('consultation_judgement').values(row).execute();
}

/** The clinician's latest judgement of one request, with who made it. */
export async function findLatestJudgement(db: Executor, p: { networkId: string; consultationId: string }) {
  const row = await db.selectFrom('consultation_judgement').selectAll('consultation_judgement')
    .where('consultation_judgement.network_id', '=', p.networkId).where('consultation_judgement.consultation_id', '=', p.consultationId)
    .orderBy('consultation_judgement.at', 'desc').orderBy('consultation_judgement.id', 'desc')
    .limit(1).executeTakeFirst();
  if (!row) return undefined;
  const name = (await staffNames(db, { networkId: p.networkId, ids: [row.staff_id] })).get(row.staff_id);
  return name === undefined ? undefined : { ...row, by_name: name };
}

// Urgency as a rank, most urgent highest, so "engine less urgent than the clinician" is a comparison.
const RANK = (column: string) => sql.raw(`array_position(array['self-care', 'routine', 'urgent', 'emergency'], ${column})`);

/**
 * Per rules version, for requests sent in the period: how many there were, how many a clinician judged
 * (their latest judgement counts), and how the engine's verdict compares with the clinician's.
 */
export async function findLiveRates(db: Executor, p: { networkId: string; from: Date; to: Date }) {
  const { rows } = await sql<{
    rules_version: string; requests: number; judged: number; urgency_agreed: number; under_triage: number; over_triage: number; role_agreed: number;
  }>`
    with latest as (
      select distinct on (consultation_id) consultation_id, urgency, role, engine_urgency, engine_role
      from consultation_judgement
      where network_id = ${p.networkId}
      order by consultation_id, at desc, id desc
    )
    select c.triage->>'rulesVersion' as rules_version,
      count(*) as requests,
      count(l.consultation_id) as judged,
      count(*) filter (where l.urgency = l.engine_urgency) as urgency_agreed,
      count(*) filter (where ${RANK('l.engine_urgency')} < ${RANK('l.urgency')}) as under_triage,
      count(*) filter (where ${RANK('l.engine_urgency')} > ${RANK('l.urgency')}) as over_triage,
      count(*) filter (where l.role = l.engine_role) as role_agreed
    from consultation c
    left join latest l on l.consultation_id = c.id
    where c.network_id = ${p.networkId} and c.submitted_at >= ${p.from} and c.submitted_at < ${p.to}
    group by 1
    order by 1 desc
  `.execute(db);
  return rows.map((r) => ({
    rulesVersion: r.rules_version, requests: Number(r.requests), judged: Number(r.judged), urgencyAgreed: Number(r.urgency_agreed),
    underTriage: Number(r.under_triage), overTriage: Number(r.over_triage), roleAgreed: Number(r.role_agreed),
  }));
}

/** Open requests past their response time, across every network: what a metrics scrape reports. */
export async function countOverdueRequests(db: Executor, now: Date): Promise<number> {
  const row = await db.selectFrom('consultation').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '<>', 'closed').where('due_at', '<', now).executeTakeFirstOrThrow();
  return Number(row.n);
}
