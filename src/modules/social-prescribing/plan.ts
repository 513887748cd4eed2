import type { Db } from '../../db/database.ts';
import type { Actor } from '../../platform/actor.ts';
import { newId } from '../../platform/ids.ts';
import { NotFound } from '../../platform/problems.ts';
import * as q from './queries.ts';
import { changeReferral } from './referrals.ts';
import type { ContactRequest, GoalRequest, GoalUpdateRequest, OnwardRequest, OnwardUpdateRequest, WellbeingRequest } from './schema.ts';
import { DateInFuture, OfferNeeded, Ons4Incomplete, SwemwbsIncomplete, UnknownOffer } from './errors.ts';
import { ONS4_ITEMS, swemwbsScore } from './wellbeing.ts';
import { findOffer } from './offers.ts';

function pastInstant(value: string | undefined, now: Date, pointer: string): Date {
  if (!value) return now;
  const at = new Date(value);
  // A minute's grace for clocks that disagree; a year back at most is already generous for late notes.
  if (at.getTime() > now.getTime() + 60_000) throw new DateInFuture(pointer);
  return at;
}

/** A contact with the person (time spent, "what matters to me"); the first contact moves a new referral to contacted. */
export async function recordContact(db: Db, actor: Actor, id: string, body: ContactRequest, now: Date) {
  const at = pastInstant(body.at, now, '/body/at');
  return changeReferral(db, actor, id, now, 'social prescribing contact', async (trx, row, ev) => {
    await q.insertContact(trx, { network_id: row.network_id, id: newId(), referral_id: id, at, kind: body.kind, minutes: body.minutes, what_matters: body.whatMatters ?? null, note: body.note ?? null, by_staff_id: actor.staffId!, recorded_at: now });
    const set: Parameters<typeof q.updateReferral>[1]['set'] = {};
    if (!row.first_contact_at || at < new Date(row.first_contact_at)) set.first_contact_at = at;
    if (row.status === 'new') set.status = 'contacted';
    if (!row.link_worker_staff_id) Object.assign(set, { link_worker_staff_id: actor.staffId, allocated_at: now });
    if (Object.keys(set).length) await q.updateReferral(trx, { networkId: row.network_id, id, set });
    if (set.status) await q.insertEvent(trx, ev(actor, row, { type: 'status', at: now, from: row.status, to: set.status, note: 'first contact' }));
  });
}

export async function addGoal(db: Db, actor: Actor, id: string, body: GoalRequest, now: Date) {
  return changeReferral(db, actor, id, now, 'social prescribing support plan', async (trx, row) => {
    await q.insertGoal(trx, { network_id: row.network_id, id: newId(), referral_id: id, description: body.description, owner: body.owner, target_date: body.targetDate ?? null, created_at: now, created_by_staff_id: actor.staffId!, updated_at: now });
  });
}

export async function updateGoal(db: Db, actor: Actor, id: string, goalId: string, body: GoalUpdateRequest, now: Date) {
  return changeReferral(db, actor, id, now, 'social prescribing support plan', async (trx, row, ev) => {
    const goal = await q.findGoal(trx, { networkId: row.network_id, referralId: id, id: goalId });
    if (!goal) throw new NotFound('goal', '/params/goalId');
    const progress = body.progress ?? (body.status === 'achieved' ? 100 : goal.progress);
    const status = body.status ?? (progress === 100 ? 'achieved' : goal.status);
    await q.updateGoal(trx, { networkId: row.network_id, id: goalId, set: { progress, status, progress_note: body.progressNote ?? goal.progress_note, target_date: body.targetDate ?? goal.target_date, updated_at: now } });
    await q.insertEvent(trx, ev(actor, row, { type: 'goal', at: now, note: body.progressNote, detail: { goalId, progress, status } }));
  }, { allowDischarged: true });
}

/** An onward referral into a community offer: a directory offer by id, or one not listed by name. */
export async function referOnward(db: Db, actor: Actor, id: string, body: OnwardRequest, now: Date) {
  if (!body.offerId && !body.offerName) throw new OfferNeeded();
  const offer = body.offerId ? await findOffer(db, actor.networkId, body.offerId) : null;
  if (body.offerId && !offer && !body.offerName) throw new UnknownOffer();
  return changeReferral(db, actor, id, now, 'social prescribing onward referral', async (trx, row, ev) => {
    const onwardId = newId();
    await q.insertOnward(trx, {
      network_id: row.network_id, id: onwardId, referral_id: id, offer_id: offer?.id ?? body.offerId ?? null, offer_name: offer?.name ?? body.offerName!,
      offer_category: offer?.category ?? null, referred_at: now, by_staff_id: actor.staffId!, note: body.note ?? null, taken_up: null, taken_up_recorded_at: null,
    });
    await q.insertEvent(trx, ev(actor, row, { type: 'onward-referral', at: now, detail: { onwardId, offerId: offer?.id ?? body.offerId ?? null, offerName: offer?.name ?? body.offerName } }));
  });
}

export async function recordTakeUp(db: Db, actor: Actor, id: string, onwardId: string, body: OnwardUpdateRequest, now: Date) {
  return changeReferral(db, actor, id, now, 'social prescribing onward referral', async (trx, row) => {
    const onward = await q.findOnward(trx, { networkId: row.network_id, referralId: id, id: onwardId });
    if (!onward) throw new NotFound('onward-referral', '/params/onwardId');
    await q.updateOnward(trx, { networkId: row.network_id, id: onwardId, set: { taken_up: body.takenUp, taken_up_recorded_at: now, note: body.note ?? onward.note } });
  }, { allowDischarged: true });
}

/** ONS4 (four scores 0–10, all required) or SWEMWBS (seven items 1–5, converted to the metric score). */
export async function recordWellbeing(db: Db, actor: Actor, id: string, body: WellbeingRequest, now: Date) {
  const at = pastInstant(body.at, now, '/body/at');
  let scores: { life_satisfaction: number | null; worthwhile: number | null; happy: number | null; anxious: number | null; swemwbs_items: number[] | null; swemwbs_raw: number | null; swemwbs_metric: number | null };
  if (body.measure === 'ons4') {
    const missing = ONS4_ITEMS.filter((k) => body[k] === undefined);
    if (missing.length) throw new Ons4Incomplete(missing);
    scores = { life_satisfaction: body.lifeSatisfaction!, worthwhile: body.worthwhile!, happy: body.happy!, anxious: body.anxious!, swemwbs_items: null, swemwbs_raw: null, swemwbs_metric: null };
  } else {
    if (!body.swemwbsItems || body.swemwbsItems.length !== 7) throw new SwemwbsIncomplete();
    const s = swemwbsScore(body.swemwbsItems);
    scores = { life_satisfaction: null, worthwhile: null, happy: null, anxious: null, swemwbs_items: body.swemwbsItems, swemwbs_raw: s.raw, swemwbs_metric: s.metric };
  }
  return changeReferral(db, actor, id, now, 'social prescribing wellbeing score', async (trx, row) => {
    await q.insertWellbeing(trx, { network_id: row.network_id, id: newId(), referral_id: id, measure: body.measure, timepoint: body.timepoint, at, by_staff_id: actor.staffId!, ...scores });
  }, { allowDischarged: true });
}
