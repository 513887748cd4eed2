import { DateTime } from 'luxon';
import type { BookingChannel } from '../modules/booking/index.ts';
import { londonDay, type BlockedPeriod, type GeneratedSlot } from '../modules/booking/index.ts';
import { bankHolidays, LONDON } from '../platform/calendar.ts';
import { expandTemplateFast } from './expand.ts';
import type { CellValue } from './bulk-insert.ts';
import type { OrganisationPlan } from './organisations.ts';
import { visitWeight, type Population } from './population.ts';
import type { IdSource, Random } from './random.ts';
import type { DemoTemplate } from './rota.ts';
import type { DemoStaff } from './workforce.ts';

export const SLOT_COLUMNS = ['network_id', 'id', 'template_id', 'staff_id', 'organisation_id', 'site_id', 'service_id', 'role', 'mode', 'national_category', 'start_at', 'end_at', 'channels', 'opens_at', 'status'] as const;
export const APPOINTMENT_COLUMNS = [
  'network_id', 'id', 'slot_id', 'patient_id', 'status', 'start_at', 'end_at', 'provider_organisation_id', 'site_id', 'staff_id', 'service_id', 'role', 'mode',
  'national_category', 'channel', 'booker_organisation_id', 'booked_by_staff_id', 'patient_practice_id', 'booked_at', 'cancelled_at', 'cancelled_by', 'cancel_reason',
] as const;
export const HISTORY_COLUMNS = ['network_id', 'id', 'appointment_id', 'from_status', 'to_status', 'at', 'by_staff_id', 'reason'] as const;

const DAY = 86400_000;
const HOUR = 3600_000;
const MINUTE = 60_000;

/** Days booked ahead, by how a session is usually booked (GPAD: ~45% same day overall). */
const LEAD_DAYS: Record<DemoTemplate['kind'], readonly (readonly [[number, number], number])[]> = {
  'same-day': [[[0, 0], 86], [[1, 1], 14]],
  routine: [[[0, 0], 32], [[1, 1], 10], [[2, 7], 32], [[8, 14], 16], [[15, 28], 8], [[29, 42], 2]],
  planned: [[[0, 0], 16], [[1, 1], 8], [[2, 7], 32], [[8, 14], 22], [[15, 28], 17], [[29, 56], 5]],
  hub: [[[0, 0], 38], [[1, 1], 20], [[2, 7], 37], [[8, 14], 5]],
};

/** Share of future slots already booked, by whole days ahead: full tomorrow, emptier further out. */
function futureFill(daysAhead: number): number {
  if (daysAhead <= 1) return 0.85;
  if (daysAhead <= 3) return 0.7;
  if (daysAhead <= 7) return 0.5;
  if (daysAhead <= 14) return 0.38;
  if (daysAhead <= 27) return 0.27;
  return 0.2;
}

const PATIENT_CANCEL_REASONS = ['Feeling better', 'Cannot get time off work', 'Childcare', 'Booked at another time', 'Unwell with something else', 'Transport problem'];
const PRACTICE_CANCEL_REASONS = ['Clinician unwell', 'Clinic rearranged', 'Booked in error', 'Needs a different professional'];

type PoolName = 'all' | 'adult' | 'older' | 'frail';
interface Pool { members: Int32Array; cumulative: Float64Array }

function buildPools(pop: Population, practices: number): Map<string, Pool> {
  const pools = new Map<string, Pool>();
  const tests: Record<PoolName, (age: number) => boolean> = { all: () => true, adult: (a) => a >= 16, older: (a) => a >= 65, frail: (a) => a >= 75 };
  const byPractice: number[][] = Array.from({ length: practices }, () => []);
  for (let k = 0; k < pop.practice.length; k++) byPractice[pop.practice[k]].push(k);
  for (let pi = 0; pi < practices; pi++) {
    for (const [name, test] of Object.entries(tests)) {
      const members = byPractice[pi].filter((k) => test(pop.age[k]));
      const cumulative = new Float64Array(members.length);
      let sum = 0;
      members.forEach((k, i) => { sum += visitWeight(pop.age[k], pop.female[k] === 1); cumulative[i] = sum; });
      pools.set(`${pi}:${name}`, { members: Int32Array.from(members), cumulative });
    }
  }
  return pools;
}

function drawFrom(pool: Pool, rng: Random): number {
  const r = rng.next() * pool.cumulative[pool.cumulative.length - 1];
  let lo = 0;
  let hi = pool.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pool.cumulative[mid] > r) hi = mid; else lo = mid + 1;
  }
  return pool.members[lo];
}

function poolFor(t: DemoTemplate): PoolName {
  switch (t.role) {
    case 'paramedic': return 'frail';
    case 'care-coordinator': return 'older';
    case 'physiotherapist': case 'mental-health-practitioner': case 'link-worker': case 'health-wellbeing-coach': case 'pharmacist': return 'adult';
    default: return 'all';
  }
}

function dnaChance(age: number, daysAhead: number, mode: string): number {
  const byAge = age < 16 ? 1.0 : age < 30 ? 1.6 : age < 45 ? 1.3 : age < 65 ? 0.9 : 0.6;
  const byLead = daysAhead === 0 ? 0.5 : daysAhead === 1 ? 0.8 : daysAhead <= 7 ? 1.2 : daysAhead <= 14 ? 1.5 : 1.8;
  const byMode = mode === 'home-visit' ? 0.2 : mode === 'telephone' ? 0.8 : 1;
  return 0.052 * byAge * byLead * byMode;
}

export interface BookingBatch {
  slots: CellValue[][];
  appointments: CellValue[][];
  history: CellValue[][];
}
export interface BookingCounts { slots: number; futureSlots: number; futureBooked: number; pastAppointments: number; dna: number; cancelled: number; sameDay: number }

/**
 * Expands every template into slots with the real generator (expandTemplate, bank holidays and leave
 * skipped), then books them: past slots get outcomes (attended, DNA ~4.4%, cancelled ~5%, some
 * cancelled slots rebooked), future slots are filled from ~85% in the next two days to ~20% at four weeks.
 * The rows come a week (Monday to Sunday) at a time (`batches`), in time order, so the caller can
 * load each week and let it go: holding a PCN's year at once took over 1 GB of heap, and a month at a
 * time still let ~200 MB of loaded rows pile up between collections (a week's rows mostly die young).
 * `counts` is complete once every batch has been taken.
 */
export function planBookings(rng: Random, ids: IdSource, p: {
  networkId: string; orgs: OrganisationPlan; staff: DemoStaff[]; templates: DemoTemplate[]; leave: Map<string, BlockedPeriod[]>;
  population: Population; now: Date; from: string; to: string;
}): { weeks: number; counts: BookingCounts; batches: () => Generator<BookingBatch> } {
  const { networkId, orgs, population: pop } = p;
  const nowMs = p.now.getTime();
  const holidays = bankHolidays.between(p.from, p.to).map(londonDay);
  const pools = buildPools(pop, orgs.practices.length);
  const practiceIndex = new Map(orgs.practices.map((pr, i) => [pr.id, i]));
  const hubIndex = new Map(orgs.hubs.map((h, i) => [h.id, i]));
  const listCumulative: number[] = [];
  orgs.practices.reduce((sum, pr) => { listCumulative.push(sum + pr.listSize); return sum + pr.listSize; }, 0);
  const receptionists = new Map<string, string[]>();
  for (const s of p.staff) for (const r of s.roles) if (r.role === 'receptionist' || r.role === 'care-navigator') receptionists.set(r.organisation_id, [...(receptionists.get(r.organisation_id) ?? []), s.id]);
  const dayStartCache = new Map<number, number>();
  const londonDayStart = (ms: number) => {
    const key = Math.floor(ms / DAY);
    let v = dayStartCache.get(key);
    if (v === undefined) { v = DateTime.fromMillis(ms, { zone: LONDON }).startOf('day').toMillis(); dayStartCache.set(key, v); }
    return v;
  };
  const todayStart = londonDayStart(nowMs);

  let slots: CellValue[][] = [];
  let appointments: CellValue[][] = [];
  let history: CellValue[][] = [];
  const counts: BookingCounts = { slots: 0, futureSlots: 0, futureBooked: 0, pastAppointments: 0, dna: 0, cancelled: 0, sameDay: 0 };

  const otherPractice = (pi: number) => {
    if (orgs.practices.length === 1) return pi;
    let q = pi;
    while (q === pi) q = rng.int(0, orgs.practices.length - 1);
    return q;
  };
  const practiceForHub = (hi: number) => {
    // Each hub serves the practices nearest it (an even share of the list).
    const n = orgs.practices.length;
    const first = Math.floor((hi * n) / orgs.hubs.length);
    const last = Math.floor(((hi + 1) * n) / orgs.hubs.length) - 1;
    return rng.int(first, Math.max(first, last));
  };

  // Walk each week's slots in time order: rows then reach each index in order, and ids, which rise
  // with time like real UUIDv7s, follow the book. A week's expansion is exactly the slots of that
  // week of the whole range, and the sort is stable, so the order is the same as sorting the whole range.
  const blocked = p.templates.map((t) => [...holidays, ...(p.leave.get(t.staff_id) ?? [])]);
  const candidatesBetween = (first: string, last: string) => {
    const candidates: { t: DemoTemplate; s: GeneratedSlot }[] = [];
    p.templates.forEach((t, ti) => {
      for (const s of expandTemplateFast(t, first, last, blocked[ti])) candidates.push({ t, s });
    });
    return candidates.sort((a, b) => a.s.startAt.getTime() - b.s.startAt.getTime());
  };
  const windows: [string, string][] = [];
  for (let w = DateTime.fromISO(p.from, { zone: LONDON }); w.toISODate()! <= p.to; w = w.plus({ weeks: 1 }).startOf('week')) {
    const end = w.endOf('week').toISODate()!;
    windows.push([w.toISODate()!, end < p.to ? end : p.to]);
  }

  /** Who books the slot, for whom, through which channel. */
  const chooseBooking = (t: DemoTemplate, channels: BookingChannel[]) => {
    const hub = hubIndex.get(t.organisation_id);
    let channel: BookingChannel = 'own-practice';
    let pi: number;
    let booker: string;
    if (hub !== undefined) {
      channel = rng.weighted<BookingChannel>([['network', 68], ['own-practice', 18], ['nhs111', 14]]);
      pi = practiceForHub(hub);
      booker = channel === 'network' ? orgs.practices[pi].id : channel === 'nhs111' ? orgs.nhs111.id : t.organisation_id;
    } else {
      pi = practiceIndex.get(t.organisation_id)!;
      if (channels.includes('network') && rng.chance(0.35)) { channel = 'network'; pi = otherPractice(pi); } else if (channels.includes('online') && rng.chance(0.3)) channel = 'online';
      booker = channel === 'network' ? orgs.practices[pi].id : t.organisation_id;
    }
    const desk = receptionists.get(booker);
    const bookedBy = channel === 'online' || channel === 'nhs111' || !desk ? null : desk[rng.int(0, desk.length - 1)];
    const pool = pools.get(`${pi}:${poolFor(t)}`)!;
    const patient = drawFrom(pool.members.length ? pool : pools.get(`${pi}:all`)!, rng);
    return { channel, patient, booker, bookedBy };
  };

  const addAppointment = (t: DemoTemplate, slotId: string, s: GeneratedSlot, b: ReturnType<typeof chooseBooking>, status: string, bookedAt: number, cancel?: { at: number; by: 'patient' | 'practice'; reason: string }) => {
    const id = ids.next();
    const practiceId = orgs.practices[pop.practice[b.patient]].id;
    appointments.push([
      networkId, id, slotId, pop.ids[b.patient], status, s.startAt, s.endAt, t.organisation_id, t.site_id, t.staff_id, t.service_id, t.role, t.mode,
      t.national_category, b.channel, b.booker, b.bookedBy, practiceId, new Date(bookedAt), cancel ? new Date(cancel.at) : null, cancel?.by ?? null, cancel?.reason ?? null,
    ]);
    // The booking itself is on the appointment row; the status history holds the changes after it.
    return id;
  };

  const book = (t: DemoTemplate, s: GeneratedSlot) => {
    const slotId = ids.next();
    const startMs = s.startAt.getTime();
    const opensMs = s.opensAt.getTime();
    const dayStart = londonDayStart(startMs);
    const slotRow = (status: string): CellValue[] => [
      networkId, slotId, t.id, t.staff_id, t.organisation_id, t.site_id, t.service_id, t.role, t.mode, t.national_category, s.startAt, s.endAt, s.channels, s.opensAt, status,
    ];
    counts.slots++;
    if (startMs >= nowMs) {
      counts.futureSlots++;
      const daysAhead = Math.round((dayStart - todayStart) / DAY);
      if (opensMs <= nowMs && rng.chance(futureFill(daysAhead))) {
        const earliest = Math.max(opensMs, startMs - 60 * DAY, nowMs - 35 * DAY);
        const span = nowMs - earliest;
        const bookedAt = t.kind === 'same-day' || daysAhead === 0 ? nowMs - Math.floor(rng.next() * Math.min(span, 3 * HOUR)) : nowMs - Math.floor(rng.next() * rng.next() * span);
        addAppointment(t, slotId, s, chooseBooking(t, s.channels), 'booked', bookedAt);
        counts.futureBooked++;
        slots.push(slotRow('booked'));
      } else slots.push(slotRow('free'));
      return;
    }
    const bookedShare = t.kind === 'same-day' ? 0.97 : t.kind === 'hub' ? 0.9 : 0.92;
    if (!rng.chance(bookedShare)) { slots.push(slotRow('free')); return; }
    const [lo, hi] = rng.weighted(LEAD_DAYS[t.kind]);
    const days = rng.int(lo, hi);
    let bookedAt = days === 0
      ? Math.max(dayStart + 8 * HOUR, startMs - rng.int(10, 300) * MINUTE)
      : dayStart - days * DAY + 8 * HOUR + Math.floor(rng.next() * 10 * HOUR);
    if (bookedAt >= startMs) bookedAt = startMs - 5 * MINUTE;
    if (bookedAt < opensMs) bookedAt = opensMs + Math.floor(rng.next() * Math.min(2 * HOUR, startMs - opensMs - 5 * MINUTE));
    const leadDays = Math.round((dayStart - londonDayStart(bookedAt)) / DAY);
    let b = chooseBooking(t, s.channels);
    counts.pastAppointments++;
    if (leadDays === 0) counts.sameDay++;
    if (rng.chance(leadDays >= 2 ? 0.08 : 0.03)) {
      const byPatient = rng.chance(0.72);
      const cancelAt = bookedAt + Math.floor(rng.next() * (startMs - bookedAt));
      const reason = byPatient ? rng.pick(PATIENT_CANCEL_REASONS) : rng.pick(PRACTICE_CANCEL_REASONS);
      const id = addAppointment(t, slotId, s, b, 'cancelled', bookedAt, { at: cancelAt, by: byPatient ? 'patient' : 'practice', reason });
      history.push([networkId, ids.next(), id, 'booked', 'cancelled', new Date(cancelAt), byPatient ? b.bookedBy : receptionists.get(t.organisation_id)?.[0] ?? null, reason]);
      counts.cancelled++;
      // Most slots freed more than an hour ahead are booked again by someone else.
      if (startMs - cancelAt < HOUR || !rng.chance(0.6)) { slots.push(slotRow('free')); return; }
      bookedAt = cancelAt + Math.floor(rng.next() * Math.min(startMs - cancelAt - 5 * MINUTE, 2 * DAY));
      b = chooseBooking(t, s.channels);
      counts.pastAppointments++;
      if (Math.round((dayStart - londonDayStart(bookedAt)) / DAY) === 0) counts.sameDay++;
    }
    const dna = rng.chance(dnaChance(pop.age[b.patient], leadDays, t.mode));
    const id = addAppointment(t, slotId, s, b, dna ? 'dna' : 'attended', bookedAt);
    history.push([networkId, ids.next(), id, 'booked', dna ? 'dna' : 'attended', new Date(dna ? startMs + 15 * MINUTE : s.endAt.getTime()), t.staff_id, null]);
    if (dna) counts.dna++;
    slots.push(slotRow('booked'));
  };

  function* batches(): Generator<BookingBatch> {
    for (const [first, last] of windows) {
      for (const { t, s } of candidatesBetween(first, last)) book(t, s);
      const batch = { slots, appointments, history };
      slots = []; appointments = []; history = [];
      yield batch;
    }
  }
  return { weeks: windows.length, counts, batches };
}
