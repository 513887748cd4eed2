import type { Db, Executor } from '../../db/database.ts';
import type { Actor } from '../../platform/actor.ts';
import { newId } from '../../platform/ids.ts';
import { Forbidden, NotFound, isUniqueViolation } from '../../platform/problems.ts';
import { runIdempotently } from '../../platform/idempotency.ts';
import { cursorFor, pageOf } from '../../platform/pagination.ts';
import { findPatientById, getPatientForActor, type PatientWithPractice } from '../patients/index.ts';
import { listStaff, permissionsFor, recordAudit, recordAuditMany, staffNames } from '../identity/index.ts';
import * as q from './queries.ts';
import type { ReferralRow, ReferralSource, ReferralStatus } from './tables.ts';
import { SNOMED, type CaseloadQuery, type CreateReferralRequest, type DischargeRequest, type StatusRequest } from './schema.ts';
import { ConsentNeeded, NotALinkWorker, NoSafeguardingLead, OpenEpisodeExists, ReferralDischarged } from './errors.ts';
import { staffIdsOf, toCaseloadItem, toReferralView } from './view.ts';

export interface NewReferral {
  networkId: string;
  patientId: string;
  source: ReferralSource;
  /** The member of staff referring; null for a self-referral. */
  actor: Actor | null;
  reasons: string[];
  note?: string | null;
  consent: boolean;
  consultationId?: string | null;
  navigationContactId?: string | null;
  safeguardingConcern?: string | null;
  now: Date;
}

/**
 * Opens a social prescribing episode in the caller's transaction: the referral (SNOMED CT
 * 871731000000106), its first event, a notification for the network's link workers, and a
 * safeguarding concern routed to the lead when one is given. Consent is required; a second open
 * episode for the same person is a 409 naming the open one (the unique index decides under races).
 */
export async function createReferralInTransaction(trx: Executor, r: NewReferral): Promise<{ id: string }> {
  if (!r.consent) throw new ConsentNeeded();
  const open = await q.findOpenReferral(trx, { networkId: r.networkId, patientId: r.patientId });
  if (open) throw new OpenEpisodeExists(open.id, open.status);
  const id = newId();
  try {
    await q.insertReferral(trx, {
      network_id: r.networkId, id, patient_id: r.patientId, source: r.source, referred_by_staff_id: r.actor?.staffId ?? null,
      referred_by_organisation_id: r.actor?.organisationId ?? null, consultation_id: r.consultationId ?? null, navigation_contact_id: r.navigationContactId ?? null,
      reasons: r.reasons, reason_note: r.note ?? null, consent: true, referral_code: SNOMED.referral, referred_at: r.now,
    });
  } catch (e) {
    if (isUniqueViolation(e, 'sp_referral_one_open_episode')) throw new OpenEpisodeExists('unknown', 'open');
    throw e;
  }
  await q.insertEvent(trx, { network_id: r.networkId, id: newId(), referral_id: id, type: 'referred', at: r.now, by_staff_id: r.actor?.staffId ?? null, from_status: null, to_status: 'new', note: r.note ?? null, detail: JSON.stringify({ source: r.source, reasons: r.reasons, code: SNOMED.referral }) });
  const from = r.source === 'self' ? 'Self-referral' : r.source === 'consultation' ? 'From an online consultation' : r.source === 'navigation' ? 'From care navigation' : `From ${r.actor?.displayName ?? 'staff'}`;
  await q.insertNotification(trx, { network_id: r.networkId, id: newId(), recipient_staff_id: null, kind: 'new-referral', referral_id: id, message: `New referral: ${from} (${r.reasons.join(', ')})`, created_at: r.now });
  if (r.safeguardingConcern) await raiseConcernInTransaction(trx, r.actor, { networkId: r.networkId, referralId: id, concern: r.safeguardingConcern, now: r.now });
  if (r.actor) await recordAudit(trx, r.actor, { patientId: r.patientId, action: 'create', entity: 'sp_referral', entityId: id, purpose: `social prescribing referral (${r.source})` });
  return { id };
}

/** A safeguarding concern: recorded on the referral, sent at once to the network's named lead (or every link worker when none is named). */
export async function raiseConcernInTransaction(trx: Executor, actor: Actor | null, p: { networkId: string; referralId: string; concern: string; now: Date }) {
  const setting = await q.findSetting(trx, p.networkId);
  const lead = setting?.safeguarding_lead_staff_id ?? null;
  await q.insertConcern(trx, { network_id: p.networkId, id: newId(), referral_id: p.referralId, concern: p.concern, raised_by_staff_id: actor?.staffId ?? null, raised_at: p.now, lead_staff_id: lead });
  await q.insertNotification(trx, {
    network_id: p.networkId, id: newId(), recipient_staff_id: lead, kind: 'safeguarding', referral_id: p.referralId, created_at: p.now,
    message: `Safeguarding concern raised${actor ? ` by ${actor.displayName}` : ''}: ${p.concern.slice(0, 200)}`,
  });
  await q.insertEvent(trx, { network_id: p.networkId, id: newId(), referral_id: p.referralId, type: 'safeguarding', at: p.now, by_staff_id: actor?.staffId ?? null, from_status: null, to_status: null, note: null, detail: JSON.stringify({ leadStaffId: lead }) });
}

/** A member of staff refers a patient they may see (the patient-access gate decides); retry-safe with an Idempotency-Key. */
export async function referPatient(db: Db, actor: Actor, body: CreateReferralRequest, p: { now: Date; idempotencyKey?: string; requestId?: string }) {
  if (!body.consent) throw new ConsentNeeded();
  await getPatientForActor(db, actor, body.patientId, 'social prescribing referral', '/body/patientId');
  const result = await runIdempotently(db, actor, { operation: 'social-prescribing/referral', key: p.idempotencyKey, request: body, statusCode: 201 }, async (trx) =>
    createReferralInTransaction(trx, { networkId: actor.networkId, patientId: body.patientId, source: 'staff', actor, reasons: body.reasons, note: body.note, consent: body.consent, safeguardingConcern: body.safeguardingConcern, now: p.now }));
  return { statusCode: result.statusCode, body: await getReferral(db, actor, result.body.id, p.now, p.requestId, { caseload: false }) };
}

const caseloadCursor = cursorFor('sp-caseload', ['instant', 'uuid']);
const OPEN: ReferralStatus[] = ['new', 'contacted', 'active', 'on-hold'];

/**
 * The network's caseload (link workers), or one patient's referrals (any referrer, through the gate).
 * A referral is itself the relationship that lets a link worker see the person (access.ts), so the
 * board needs no per-row check; every person shown is audited.
 */
export async function listCaseload(db: Db, actor: Actor, query: CaseloadQuery, now: Date, requestId?: string) {
  const caseload = actor.permissions.has('social-prescribing:caseload');
  if (!caseload && !query.patientId) throw new Forbidden('social-prescribing/caseload-only', 'Only link workers see the whole caseload; give a patientId to see one person\'s referrals.');
  if (query.patientId && !caseload) await getPatientForActor(db, actor, query.patientId, 'social prescribing referrals', '/querystring/patientId');
  const limit = query.limit ?? 100;
  const rows = await q.findCaseload(db, {
    networkId: actor.networkId, statuses: !query.status ? undefined : query.status === 'open' ? OPEN : [query.status],
    linkWorker: query.linkWorker === 'me' ? actor.staffId ?? '00000000-0000-0000-0000-000000000000' : query.linkWorker === 'unallocated' ? null : query.linkWorker ?? null,
    unallocated: query.linkWorker === 'unallocated', patientId: query.patientId,
    after: query.cursor ? caseloadCursor.decode(query.cursor) : undefined, limit: limit + 1,
  });
  const page = pageOf(rows, limit, (r) => caseloadCursor.encode([new Date(r.referred_at), r.id]), (r) => r);
  const [patients, names] = await Promise.all([
    patientsById(db, actor.networkId, page.items.map((r) => r.patient_id)),
    staffNames(db, { networkId: actor.networkId, ids: page.items.map((r) => r.link_worker_staff_id) }),
  ]);
  await recordAuditMany(db, actor, page.items.map((r) => r.patient_id), { action: 'read', entity: 'sp_referral', purpose: 'social prescribing caseload', requestId });
  return { items: page.items.map((r) => toCaseloadItem(r, patients.get(r.patient_id)!, names, now)), nextCursor: page.nextCursor };
}

export async function patientsById(db: Executor, networkId: string, ids: string[]): Promise<Map<string, PatientWithPractice>> {
  const unique = [...new Set(ids)];
  const found = await Promise.all(unique.map((id) => findPatientById(db, { networkId, id })));
  return new Map(found.filter((p): p is PatientWithPractice => !!p).map((p) => [p.id, p]));
}

/** One referral with its whole plan; reading it goes through the patient-access gate and is audited. */
export async function getReferral(db: Executor, actor: Actor, id: string, now: Date, requestId?: string, opts: { caseload?: boolean } = {}) {
  const row = await q.findReferral(db, { networkId: actor.networkId, id });
  if (!row) throw new NotFound('referral');
  const patient = await getPatientForActor(db, actor, row.patient_id, 'social prescribing plan');
  const plan = await q.findPlan(db, { networkId: actor.networkId, referralId: id });
  const names = await staffNames(db, { networkId: actor.networkId, ids: staffIdsOf(row, plan) });
  if (opts.caseload !== false) await recordAudit(db, actor, { patientId: row.patient_id, action: 'read', entity: 'sp_referral', entityId: id, purpose: 'social prescribing plan', requestId });
  return toReferralView(row, plan, patient, names, now);
}

function event(actor: Actor, row: Pick<ReferralRow, 'network_id' | 'id'>, e: { type: string; at: Date; from?: string | null; to?: string | null; note?: string | null; detail?: Record<string, unknown> }) {
  return { network_id: row.network_id, id: newId(), referral_id: row.id, type: e.type, at: e.at, by_staff_id: actor.staffId, from_status: e.from ?? null, to_status: e.to ?? null, note: e.note ?? null, detail: JSON.stringify(e.detail ?? {}) };
}

/**
 * Changes one referral in a transaction: locks it, refuses a discharged one unless allowed, runs the
 * change, audits it, and answers with the plan as it now is.
 */
export async function changeReferral(db: Db, actor: Actor, id: string, now: Date, purpose: string, change: (trx: Executor, row: ReferralRow, ev: typeof event) => Promise<void>, opts: { allowDischarged?: boolean } = {}) {
  await db.transaction().execute(async (trx) => {
    const row = await q.findReferralForUpdate(trx, { networkId: actor.networkId, id });
    if (!row) throw new NotFound('referral');
    if (row.status === 'discharged' && !opts.allowDischarged) throw new ReferralDischarged();
    await getPatientForActor(trx, actor, row.patient_id, purpose);
    await change(trx, row, event);
    await recordAudit(trx, actor, { patientId: row.patient_id, action: 'update', entity: 'sp_referral', entityId: id, purpose });
  });
  return getReferral(db, actor, id, now, undefined, { caseload: false });
}

async function assertLinkWorker(db: Executor, networkId: string, staffId: string) {
  const found = await listStaff(db, { networkId, staffId, limit: 1 });
  const person = found.items[0];
  if (!person?.active || !permissionsFor(person.roles.map((r) => r.role)).has('social-prescribing:caseload')) throw new NotALinkWorker();
}

export async function allocateReferral(db: Db, actor: Actor, id: string, body: { staffId?: string }, now: Date) {
  const staffId = body.staffId ?? actor.staffId;
  if (!staffId) throw new Forbidden('social-prescribing/staff-only', 'Only a member of staff can hold a caseload.');
  await assertLinkWorker(db, actor.networkId, staffId);
  return changeReferral(db, actor, id, now, 'allocate social prescribing referral', async (trx, row, ev) => {
    await q.updateReferral(trx, { networkId: actor.networkId, id, set: { link_worker_staff_id: staffId, allocated_at: now } });
    await q.insertEvent(trx, ev(actor, row, { type: 'allocated', at: now, detail: { from: row.link_worker_staff_id, to: staffId } }));
  });
}

export async function setReferralStatus(db: Db, actor: Actor, id: string, body: StatusRequest, now: Date) {
  return changeReferral(db, actor, id, now, `social prescribing status: ${body.status}`, async (trx, row, ev) => {
    if (row.status === body.status) return;
    const set: Parameters<typeof q.updateReferral>[1]['set'] = { status: body.status };
    // Whoever moves an unallocated referral along is taking it on.
    if (!row.link_worker_staff_id && actor.staffId && body.status !== 'new') Object.assign(set, { link_worker_staff_id: actor.staffId, allocated_at: now });
    await q.updateReferral(trx, { networkId: actor.networkId, id, set });
    await q.insertEvent(trx, ev(actor, row, { type: 'status', at: now, from: row.status, to: body.status, note: body.note }));
  });
}

/** Discharge with a reason; "declined" records SNOMED CT 871711000000103 (social prescribing declined). */
export async function dischargeReferral(db: Db, actor: Actor, id: string, body: DischargeRequest, now: Date) {
  return changeReferral(db, actor, id, now, 'discharge from social prescribing', async (trx, row, ev) => {
    await q.updateReferral(trx, { networkId: actor.networkId, id, set: {
      status: 'discharged', discharged_at: now, discharge_reason: body.reason, discharge_note: body.note ?? null,
      declined_code: body.reason === 'declined' ? SNOMED.declined : null,
    } });
    await q.insertEvent(trx, ev(actor, row, { type: 'discharged', at: now, from: row.status, to: 'discharged', note: body.note, detail: { reason: body.reason, ...(body.reason === 'declined' ? { code: SNOMED.declined } : {}) } }));
  });
}

export async function raiseConcern(db: Db, actor: Actor, id: string, concern: string, now: Date) {
  return changeReferral(db, actor, id, now, 'safeguarding concern', async (trx) => {
    await raiseConcernInTransaction(trx, actor, { networkId: actor.networkId, referralId: id, concern, now });
  }, { allowDischarged: true });
}

export async function getSettings(db: Executor, networkId: string) {
  const s = await q.findSetting(db, networkId);
  const lead = s?.safeguarding_lead_staff_id ?? null;
  const names = await staffNames(db, { networkId, ids: [lead] });
  return { safeguardingLead: lead ? { staffId: lead, name: names.get(lead) ?? 'Former member of staff' } : null };
}

export async function updateSettings(db: Db, actor: Actor, body: { safeguardingLeadStaffId: string | null }, now: Date) {
  if (body.safeguardingLeadStaffId) {
    const found = await listStaff(db, { networkId: actor.networkId, staffId: body.safeguardingLeadStaffId, limit: 1 });
    if (!found.items[0]?.active) throw new NoSafeguardingLead();
  }
  await q.upsertSetting(db, { network_id: actor.networkId, safeguarding_lead_staff_id: body.safeguardingLeadStaffId, updated_at: now, updated_by_staff_id: actor.staffId });
  return getSettings(db, actor.networkId);
}

export async function inbox(db: Executor, actor: Actor) {
  if (!actor.staffId) return { unallocated: 0, myOpen: 0, unreadSafeguarding: 0, notifications: [] };
  const r = await q.findInbox(db, { networkId: actor.networkId, staffId: actor.staffId, caseload: actor.permissions.has('social-prescribing:caseload') });
  return {
    unallocated: r.unallocated, myOpen: r.myOpen, unreadSafeguarding: r.unreadSafeguarding,
    notifications: r.notifications.map((n) => ({ id: n.id, kind: n.kind, referralId: n.referral_id, message: n.message, createdAt: new Date(n.created_at).toISOString(), read: n.read_at !== null })),
  };
}

export async function readNotification(db: Db, actor: Actor, id: string, now: Date) {
  if (!actor.staffId) throw new NotFound('notification');
  const done = await q.markNotificationRead(db, { networkId: actor.networkId, id, staffId: actor.staffId, caseload: actor.permissions.has('social-prescribing:caseload'), now });
  if (!done) throw new NotFound('notification');
  return inbox(db, actor);
}
