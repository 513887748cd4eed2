import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import { AGE_BAND, AGE_BANDS } from './cohort-filter.ts';
import { summariesComputedAt } from './recompute.ts';
import type { Count, InequalitiesView } from './inequalities-schema.ts';
import { REGISTERS } from './registers.ts';

// The inequalities view: register prevalence, review rate (share on a register with a review who are
// not overdue) and outreach results, by deprivation decile, age band, sex (and ethnicity, which
// Commons does not record yet), with the gap between the most and least deprived fifth in words.
// Counts of 1–4 leave as "<5", and so does any rate or gap computed from one.

const SMALL = 5;
const REVIEWED = new Set(REGISTERS.filter((r) => r.review).map((r) => r.id));
/** Outreach statuses are where a person got to, so booked implies contacted and attended implies booked. */
const REACHED = { contacted: ['contacted', 'booked', 'attended', 'did-not-attend', 'declined'], booked: ['booked', 'attended', 'did-not-attend'], attended: ['attended'] } as const;

type Cell = { decile: number | null; band: string; sex: string };
type Tally = { population: number; reg: Map<string, { n: number; due: number }>; listed: number; contacted: number; booked: number; attended: number };
const emptyTally = (): Tally => ({ population: 0, reg: new Map(), listed: 0, contacted: 0, booked: 0, attended: 0 });

const isSmall = (n: number) => n > 0 && n < SMALL;
const shown = (n: number): Count => (isSmall(n) ? '<5' : n);
/** n of d as a percentage to one decimal place; null when either is suppressed or d is 0. */
const rate = (n: number, d: number) => (d === 0 || isSmall(n) || isSmall(d) ? null : Math.round((1000 * n) / d) / 10);

async function tallies(db: Executor, networkId: string) {
  const cell = sql`imd_decile as decile, ${AGE_BAND} as band, sex`;
  const [people, registers, outreach, at] = await Promise.all([
    sql<Cell & { n: number }>`select ${cell}, count(*)::int as n from phm_patient_summary where network_id = ${networkId}::uuid group by 1, 2, 3`.execute(db),
    sql<Cell & { register: string; n: number; due: number }>`
      select ${cell}, r.register, count(*)::int as n, count(*) filter (where r.register = any(due_reviews))::int as due
      from phm_patient_summary cross join lateral unnest(registers) as r(register)
      where network_id = ${networkId}::uuid group by 1, 2, 3, 4`.execute(db),
    sql<Cell & { status: string; n: number }>`
      select ${cell}, e.status, count(*)::int as n from phm_outreach_entry e
      join phm_patient_summary using (network_id, patient_id) where network_id = ${networkId}::uuid group by 1, 2, 3, 4`.execute(db),
    summariesComputedAt(db, networkId),
  ]);
  return { people: people.rows, registers: registers.rows, outreach: outreach.rows, computedAt: at };
}

type Rows = Awaited<ReturnType<typeof tallies>>;

/** Adds up every row into the group `keyOf` names (rows it gives null are left out). */
function groupBy(rows: Rows, keyOf: (c: Cell) => string | null) {
  const groups = new Map<string, Tally>();
  const get = (c: Cell) => {
    const k = keyOf(c);
    if (k === null) return null;
    if (!groups.has(k)) groups.set(k, emptyTally());
    return groups.get(k)!;
  };
  for (const r of rows.people) { const g = get(r); if (g) g.population += Number(r.n); }
  for (const r of rows.registers) {
    const g = get(r);
    if (!g) continue;
    const t = g.reg.get(r.register) ?? { n: 0, due: 0 };
    g.reg.set(r.register, { n: t.n + Number(r.n), due: t.due + Number(r.due) });
  }
  for (const r of rows.outreach) {
    const g = get(r);
    if (!g) continue;
    g.listed += Number(r.n);
    for (const [k, statuses] of Object.entries(REACHED) as [keyof typeof REACHED, readonly string[]][]) if (statuses.includes(r.status)) g[k] += Number(r.n);
  }
  return groups;
}

function reviewTotals(t: Tally) {
  let reviewable = 0, due = 0;
  for (const [id, r] of t.reg) if (REVIEWED.has(id)) { reviewable += r.n; due += r.due; }
  return { reviewable, notOverdue: reviewable - due };
}

function groupView(key: string, label: string, t: Tally) {
  const review = reviewTotals(t);
  return {
    key, label, population: shown(t.population),
    registers: REGISTERS.map((r) => {
      const c = t.reg.get(r.id) ?? { n: 0, due: 0 };
      const reviewable = REVIEWED.has(r.id) ? c.n : 0;
      return { id: r.id, count: shown(c.n), prevalence: rate(c.n, t.population), reviewable: shown(reviewable), notOverdue: shown(reviewable - (REVIEWED.has(r.id) ? c.due : 0)), reviewRate: REVIEWED.has(r.id) ? rate(reviewable - c.due, reviewable) : null };
    }),
    review: { reviewable: shown(review.reviewable), notOverdue: shown(review.notOverdue), rate: rate(review.notOverdue, review.reviewable) },
    outreach: { listed: shown(t.listed), contacted: shown(t.contacted), booked: shown(t.booked), attended: shown(t.attended), attendedRate: rate(t.attended, t.listed) },
  };
}

const pts = (x: number) => `${Math.abs(x).toFixed(1)} percentage points`;

function gap(measure: string, registerId: string | null, most: [number, number], least: [number, number]) {
  const a = rate(...most), b = rate(...least);
  const what = `${measure}${registerId ? ` (${REGISTERS.find((r) => r.id === registerId)!.name})` : ''}`;
  if (a === null || b === null) return { measure, registerId, mostDeprived: a, leastDeprived: b, gap: null, text: `${what}: too few people in the most or least deprived fifth to compare.` };
  const d = Math.round(10 * (a - b)) / 10;
  const text = d === 0 ? `${what}: ${a}% in the most deprived fifth and in the least deprived, no gap.`
    : `${what}: ${a}% in the most deprived fifth (deciles 1–2) against ${b}% in the least deprived (deciles 9–10), ${pts(d)} ${d > 0 ? 'higher' : 'lower'}.`;
  return { measure, registerId, mostDeprived: a, leastDeprived: b, gap: d, text };
}

function gaps(rows: Rows) {
  const q = groupBy(rows, (c) => (c.decile === null ? null : c.decile <= 2 ? 'most' : c.decile >= 9 ? 'least' : null));
  const most = q.get('most') ?? emptyTally(), least = q.get('least') ?? emptyTally();
  const reg = (t: Tally, id: string) => t.reg.get(id) ?? { n: 0, due: 0 };
  const rm = reviewTotals(most), rl = reviewTotals(least);
  return [
    gap('Review rate, every register', null, [rm.notOverdue, rm.reviewable], [rl.notOverdue, rl.reviewable]),
    gap('Outreach attended', null, [most.attended, most.listed], [least.attended, least.listed]),
    ...REGISTERS.filter((r) => r.review).map((r) => gap('Review rate', r.id, [reg(most, r.id).n - reg(most, r.id).due, reg(most, r.id).n], [reg(least, r.id).n - reg(least, r.id).due, reg(least, r.id).n])),
    ...REGISTERS.map((r) => gap('Prevalence', r.id, [reg(most, r.id).n, most.population], [reg(least, r.id).n, least.population])),
  ];
}

const DECILES = Array.from({ length: 10 }, (_, i) => String(i + 1));
const ordered = (groups: Map<string, Tally>, order: readonly string[], label: (k: string) => string) =>
  [...order.filter((k) => groups.has(k)), ...[...groups.keys()].filter((k) => !order.includes(k)).sort()].map((k) => groupView(k, label(k), groups.get(k)!));
const capital = (s: string) => s[0].toUpperCase() + s.slice(1);

export async function inequalitiesView(db: Executor, networkId: string): Promise<InequalitiesView> {
  const rows = await tallies(db, networkId);
  return {
    computedAt: rows.computedAt ? new Date(rows.computedAt).toISOString() : null,
    registers: REGISTERS.map((r) => ({ id: r.id, name: r.name, hasReview: REVIEWED.has(r.id) })),
    dimensions: [
      { id: 'deprivation', name: 'Deprivation decile (1 = most deprived)', recorded: true,
        groups: ordered(groupBy(rows, (c) => (c.decile === null ? 'unknown' : String(c.decile))), [...DECILES, 'unknown'], (k) => (k === 'unknown' ? 'Unknown postcode' : `Decile ${k}`)) },
      { id: 'age', name: 'Age band', recorded: true, groups: ordered(groupBy(rows, (c) => c.band), AGE_BANDS, (k) => k) },
      { id: 'sex', name: 'Sex', recorded: true, groups: ordered(groupBy(rows, (c) => c.sex), ['female', 'male'], capital) },
      { id: 'ethnicity', name: 'Ethnicity', recorded: false, groups: [] },
    ],
    gaps: gaps(rows),
  };
}
