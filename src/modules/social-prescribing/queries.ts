import { sql, type Insertable, type Updateable } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { ReferralStatus, SpContactTable, SpGoalTable, SpNotificationTable, SpOnwardReferralTable, SpReferralEventTable, SpReferralTable, SpSafeguardingConcernTable, SpWellbeingTable } from './tables.ts';

export async function insertReferral(db: Executor, row: Insertable<SpReferralTable>) {
  await db.insertInto('sp_referral').values(row).execute();
}

export function findReferral(db: Executor, p: { networkId: string; id: string }) {
  return db.selectFrom('sp_referral').selectAll().where('network_id', '=', p.networkId).where('id', '=', p.id).executeTakeFirst();
}

export function findReferralForUpdate(db: Executor, p: { networkId: string; id: string }) {
  return db.selectFrom('sp_referral').selectAll().where('network_id', '=', p.networkId).where('id', '=', p.id).forUpdate().executeTakeFirst();
}

export function findOpenReferral(db: Executor, p: { networkId: string; patientId: string }) {
  return db.selectFrom('sp_referral').select(['id', 'status']).where('network_id', '=', p.networkId).where('patient_id', '=', p.patientId).where('status', '<>', 'discharged').executeTakeFirst();
}

export async function updateReferral(db: Executor, p: { networkId: string; id: string; set: Updateable<SpReferralTable> }) {
  await db.updateTable('sp_referral').set(p.set).where('network_id', '=', p.networkId).where('id', '=', p.id).execute();
}

export async function insertEvent(db: Executor, row: Insertable<SpReferralEventTable>) {
  await db.insertInto('sp_referral_event').values(row).execute();
}

/** The caseload board, in referral order (oldest first, so nobody waits unseen); counts of contacts and minutes with each. */
export function findCaseload(db: Executor, f: {
  networkId: string; statuses?: ReferralStatus[]; linkWorker?: string | null; unallocated?: boolean; patientId?: string;
  after?: readonly [Date, string]; limit: number;
}) {
  let q = db.selectFrom('sp_referral as r')
    .selectAll('r')
    .select((eb) => [
      eb.selectFrom('sp_contact as c').select((e) => e.fn.countAll<number>().as('n')).whereRef('c.network_id', '=', 'r.network_id').whereRef('c.referral_id', '=', 'r.id').as('contact_count'),
      eb.selectFrom('sp_contact as c').select((e) => e.fn.coalesce(e.fn.sum<number>('c.minutes'), sql<number>`0`).as('m')).whereRef('c.network_id', '=', 'r.network_id').whereRef('c.referral_id', '=', 'r.id').as('minutes'),
      eb.selectFrom('sp_contact as c').select((e) => e.fn.max('c.at').as('last')).whereRef('c.network_id', '=', 'r.network_id').whereRef('c.referral_id', '=', 'r.id').as('last_contact_at'),
      eb.exists(eb.selectFrom('sp_safeguarding_concern as s').select('s.id').whereRef('s.network_id', '=', 'r.network_id').whereRef('s.referral_id', '=', 'r.id')).as('safeguarding'),
    ])
    .where('r.network_id', '=', f.networkId);
  if (f.statuses) q = q.where('r.status', 'in', f.statuses);
  if (f.linkWorker) q = q.where('r.link_worker_staff_id', '=', f.linkWorker);
  if (f.unallocated) q = q.where('r.link_worker_staff_id', 'is', null);
  if (f.patientId) q = q.where('r.patient_id', '=', f.patientId);
  if (f.after) {
    const after = f.after;
    q = q.where((eb) => eb(eb.refTuple('r.referred_at', 'r.id'), '>', eb.tuple(after[0], after[1])));
  }
  return q.orderBy('r.referred_at').orderBy('r.id').limit(f.limit).execute();
}
export type CaseloadRow = Awaited<ReturnType<typeof findCaseload>>[number];

export function insertContact(db: Executor, row: Insertable<SpContactTable>) {
  return db.insertInto('sp_contact').values(row).execute();
}
export function insertGoal(db: Executor, row: Insertable<SpGoalTable>) {
  return db.insertInto('sp_goal').values(row).execute();
}
export function findGoal(db: Executor, p: { networkId: string; referralId: string; id: string }) {
  return db.selectFrom('sp_goal').selectAll().where('network_id', '=', p.networkId).where('referral_id', '=', p.referralId).where('id', '=', p.id).executeTakeFirst();
}
export function updateGoal(db: Executor, p: { networkId: string; id: string; set: Updateable<SpGoalTable> }) {
  return db.updateTable('sp_goal').set(p.set).where('network_id', '=', p.networkId).where('id', '=', p.id).execute();
}
export function insertOnward(db: Executor, row: Insertable<SpOnwardReferralTable>) {
  return db.insertInto('sp_onward_referral').values(row).execute();
}
export function findOnward(db: Executor, p: { networkId: string; referralId: string; id: string }) {
  return db.selectFrom('sp_onward_referral').selectAll().where('network_id', '=', p.networkId).where('referral_id', '=', p.referralId).where('id', '=', p.id).executeTakeFirst();
}
export function updateOnward(db: Executor, p: { networkId: string; id: string; set: Updateable<SpOnwardReferralTable> }) {
  return db.updateTable('sp_onward_referral').set(p.set).where('network_id', '=', p.networkId).where('id', '=', p.id).execute();
}
export function insertWellbeing(db: Executor, row: Insertable<SpWellbeingTable>) {
  return db.insertInto('sp_wellbeing').values(row).execute();
}
export function insertConcern(db: Executor, row: Insertable<SpSafeguardingConcernTable>) {
  return db.insertInto('sp_safeguarding_concern').values(row).execute();
}
export function insertNotification(db: Executor, row: Insertable<SpNotificationTable>) {
  return db.insertInto('sp_notification').values(row).execute();
}

/** Everything on one referral's plan page. */
export async function findPlan(db: Executor, p: { networkId: string; referralId: string }) {
  const [contacts, goals, onward, wellbeing, concerns, events] = await Promise.all([
    db.selectFrom('sp_contact').selectAll().where('network_id', '=', p.networkId).where('referral_id', '=', p.referralId).orderBy('at').orderBy('id').execute(),
    db.selectFrom('sp_goal').selectAll().where('network_id', '=', p.networkId).where('referral_id', '=', p.referralId).orderBy('created_at').orderBy('id').execute(),
    db.selectFrom('sp_onward_referral').selectAll().where('network_id', '=', p.networkId).where('referral_id', '=', p.referralId).orderBy('referred_at').orderBy('id').execute(),
    db.selectFrom('sp_wellbeing').selectAll().where('network_id', '=', p.networkId).where('referral_id', '=', p.referralId).orderBy('at').orderBy('id').execute(),
    db.selectFrom('sp_safeguarding_concern').selectAll().where('network_id', '=', p.networkId).where('referral_id', '=', p.referralId).orderBy('raised_at').execute(),
    db.selectFrom('sp_referral_event').selectAll().where('network_id', '=', p.networkId).where('referral_id', '=', p.referralId).orderBy('at').orderBy('id').execute(),
  ]);
  return { contacts, goals, onward, wellbeing, concerns, events };
}

export function findSetting(db: Executor, networkId: string) {
  return db.selectFrom('sp_setting').selectAll().where('network_id', '=', networkId).executeTakeFirst();
}

export async function upsertSetting(db: Executor, row: { network_id: string; safeguarding_lead_staff_id: string | null; updated_at: Date; updated_by_staff_id: string | null }) {
  await db.insertInto('sp_setting').values(row)
    .onConflict((oc) => oc.column('network_id').doUpdateSet({ safeguarding_lead_staff_id: row.safeguarding_lead_staff_id, updated_at: row.updated_at, updated_by_staff_id: row.updated_by_staff_id }))
    .execute();
}

/** The badge: new referrals nobody holds yet, my open ones, my unacknowledged safeguarding concerns, and recent notifications for me. */
export async function findInbox(db: Executor, p: { networkId: string; staffId: string; caseload: boolean }) {
  const count = (q: { executeTakeFirstOrThrow(): Promise<{ n: number | string | bigint }> }) => q.executeTakeFirstOrThrow().then((r) => Number(r.n));
  const [unallocated, myOpen, unreadSafeguarding, notifications] = await Promise.all([
    p.caseload ? count(db.selectFrom('sp_referral').select((eb) => eb.fn.countAll<number>().as('n')).where('network_id', '=', p.networkId).where('status', '=', 'new').where('link_worker_staff_id', 'is', null)) : 0,
    count(db.selectFrom('sp_referral').select((eb) => eb.fn.countAll<number>().as('n')).where('network_id', '=', p.networkId).where('status', '<>', 'discharged').where('link_worker_staff_id', '=', p.staffId)),
    count(db.selectFrom('sp_notification').select((eb) => eb.fn.countAll<number>().as('n')).where('network_id', '=', p.networkId).where('kind', '=', 'safeguarding').where('recipient_staff_id', '=', p.staffId).where('read_at', 'is', null)),
    db.selectFrom('sp_notification').selectAll().where('network_id', '=', p.networkId)
      .where((eb) => p.caseload ? eb.or([eb('recipient_staff_id', '=', p.staffId), eb('recipient_staff_id', 'is', null)]) : eb('recipient_staff_id', '=', p.staffId))
      .orderBy('created_at', 'desc').orderBy('id', 'desc').limit(20).execute(),
  ]);
  return { unallocated, myOpen, unreadSafeguarding, notifications };
}

export async function markNotificationRead(db: Executor, p: { networkId: string; id: string; staffId: string; caseload: boolean; now: Date }) {
  const res = await db.updateTable('sp_notification').set({ read_at: p.now }).where('network_id', '=', p.networkId).where('id', '=', p.id)
    .where((eb) => p.caseload ? eb.or([eb('recipient_staff_id', '=', p.staffId), eb('recipient_staff_id', 'is', null)]) : eb('recipient_staff_id', '=', p.staffId))
    .returning(['id', 'kind', 'referral_id']).executeTakeFirst();
  if (res?.kind === 'safeguarding') {
    await db.updateTable('sp_safeguarding_concern').set({ acknowledged_at: p.now }).where('network_id', '=', p.networkId).where('referral_id', '=', res.referral_id)
      .where('lead_staff_id', '=', p.staffId).where('acknowledged_at', 'is', null).execute();
  }
  return res ?? null;
}

/** The patients a referral relates a staff member to (access.ts). */
export function referralPatientIds(db: Executor, p: { networkId: string; staffId: string; caseload: boolean }) {
  let q = db.selectFrom('sp_referral').select('sp_referral.patient_id as patient_id').where('sp_referral.network_id', '=', p.networkId);
  if (!p.caseload) q = q.where((eb) => eb.or([eb('sp_referral.referred_by_staff_id', '=', p.staffId), eb('sp_referral.link_worker_staff_id', '=', p.staffId)]));
  return q;
}

/** Referrals in a period with their wellbeing scores and counts, for the outcomes view. */
export async function findOutcomeRows(db: Executor, p: { networkId: string; from: Date; to: Date }) {
  const referrals = await db.selectFrom('sp_referral').selectAll().where('network_id', '=', p.networkId)
    .where('referred_at', '>=', p.from).where('referred_at', '<', p.to).orderBy('referred_at').orderBy('id').execute();
  const ids = referrals.map((r) => r.id);
  if (ids.length === 0) return { referrals, wellbeing: [], contacts: [], onward: [], goals: [] };
  const [wellbeing, contacts, onward, goals] = await Promise.all([
    db.selectFrom('sp_wellbeing').selectAll().where('network_id', '=', p.networkId).where('referral_id', 'in', ids).orderBy('at').orderBy('id').execute(),
    db.selectFrom('sp_contact').select(['referral_id', 'minutes']).where('network_id', '=', p.networkId).where('referral_id', 'in', ids).execute(),
    db.selectFrom('sp_onward_referral').select(['referral_id', 'taken_up']).where('network_id', '=', p.networkId).where('referral_id', 'in', ids).execute(),
    db.selectFrom('sp_goal').select(['referral_id', 'status']).where('network_id', '=', p.networkId).where('referral_id', 'in', ids).execute(),
  ]);
  return { referrals, wellbeing, contacts, onward, goals };
}

/**
 * People referred onward to each directory offer: all told, and since a date. A person referred to
 * the same offer twice (two episodes) counts once, as the offer sees one person.
 */
export async function countPeopleReferredToOffers(db: Executor, networkId: string, offerIds: readonly string[], since: Date) {
  const counts = new Map<string, { total: number; since: number }>();
  if (!offerIds.length) return counts;
  const rows = await db.selectFrom('sp_onward_referral as o')
    .innerJoin('sp_referral as r', (j) => j.onRef('r.network_id', '=', 'o.network_id').onRef('r.id', '=', 'o.referral_id'))
    .select((eb) => [
      'o.offer_id',
      sql<number>`count(distinct r.patient_id)::integer`.as('total'),
      sql<number>`count(distinct r.patient_id) filter (where ${eb.ref('o.referred_at')} >= ${since})::integer`.as('since'),
    ])
    .where('o.network_id', '=', networkId).where('o.offer_id', 'in', [...offerIds])
    .groupBy('o.offer_id').execute();
  for (const r of rows) counts.set(r.offer_id!, { total: r.total, since: r.since });
  return counts;
}
