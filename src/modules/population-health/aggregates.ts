import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import { toCsv } from '../../platform/csv.ts';
import { findOrganisationsAndSites } from '../network/index.ts';
import { FRAILTY_CATEGORIES } from './frailty.ts';
import { summariesComputedAt } from './recompute.ts';
import { REGISTERS } from './registers.ts';
import type { FrailtyView, RegistersView } from './schema.ts';
import type { FrailtyCategory } from './tables.ts';

// Counts over phm_patient_summary: register sizes and prevalence per practice against the network,
// the frailty distribution, multimorbidity. Counts of people, never names: open to PCN managers.

const pct = (n: number, of: number) => (of ? Math.round((10_000 * n) / of) / 100 : 0);

async function practiceNames(db: Executor, networkId: string) {
  const { organisations } = await findOrganisationsAndSites(db, { networkId });
  return new Map(organisations.map((o) => [o.id, o.name]));
}

export async function registersView(db: Executor, networkId: string): Promise<RegistersView> {
  const [lists, counts, mm, names, at] = await Promise.all([
    db.selectFrom('phm_patient_summary').select(['practice_id', sql<number>`count(*)::int`.as('n')])
      .where('network_id', '=', networkId).groupBy('practice_id').execute(),
    sql<{ practice_id: string; register: string; n: number; due: number }>`
      select s.practice_id, r.register, count(*)::int as n, count(*) filter (where r.register = any(s.due_reviews))::int as due
      from phm_patient_summary s cross join lateral unnest(s.registers) as r(register)
      where s.network_id = ${networkId}::uuid group by s.practice_id, r.register`.execute(db),
    db.selectFrom('phm_patient_summary').select([sql<number>`least(multimorbidity, 3)::int`.as('k'), sql<number>`count(*)::int`.as('n')])
      .where('network_id', '=', networkId).groupBy(sql`least(multimorbidity, 3)`).execute(),
    practiceNames(db, networkId),
    summariesComputedAt(db, networkId),
  ]);
  const listSize = new Map(lists.map((l) => [l.practice_id, Number(l.n)]));
  const total = [...listSize.values()].reduce((a, b) => a + b, 0);
  const practices = [...listSize.keys()].sort((a, b) => (names.get(a) ?? '').localeCompare(names.get(b) ?? ''));
  const mmOf = (k: number) => Number(mm.find((r) => Number(r.k) === k)?.n ?? 0);
  return {
    computedAt: at ? at.toISOString() : null,
    listSize: total,
    multimorbidity: { none: mmOf(0), one: mmOf(1), two: mmOf(2), threeOrMore: mmOf(3) },
    registers: REGISTERS.map((r) => {
      const mine = counts.rows.filter((c) => c.register === r.id);
      const count = mine.reduce((a, c) => a + Number(c.n), 0);
      return {
        id: r.id, name: r.name, indicator: r.indicator, rule: r.rule, count, prevalence: pct(count, total), dueForReview: mine.reduce((a, c) => a + Number(c.due), 0),
        practices: practices.map((id) => {
          const n = Number(mine.find((c) => c.practice_id === id)?.n ?? 0);
          return { practiceId: id, practiceName: names.get(id) ?? 'Unknown', listSize: listSize.get(id) ?? 0, count: n, prevalence: pct(n, listSize.get(id) ?? 0) };
        }),
      };
    }),
  };
}

/** Counts under 5 are shown as "<5" in exports (small-number disclosure control), and so are the prevalences computed from them. */
export const SUPPRESS_BELOW = 5;
const suppressed = (n: number, text: string | number) => (n > 0 && n < SUPPRESS_BELOW ? '<5' : text);

export function registersCsv(view: RegistersView): string {
  const rows = view.registers.flatMap((r) => [
    { register: r.name, indicator: r.indicator, practice: 'Network', listSize: view.listSize, count: r.count, prevalence: r.prevalence },
    ...r.practices.map((p) => ({ register: r.name, indicator: r.indicator, practice: p.practiceName, listSize: p.listSize, count: p.count, prevalence: p.prevalence })),
  ]);
  return toCsv<(typeof rows)[number]>([
    { header: 'register', value: (r) => r.register },
    { header: 'indicator', value: (r) => r.indicator },
    { header: 'practice', value: (r) => r.practice },
    { header: 'list size', value: (r) => r.listSize },
    { header: 'patients on register', value: (r) => suppressed(r.count, r.count) },
    { header: 'prevalence %', value: (r) => suppressed(r.count, r.prevalence) },
  ], rows);
}

const AGE_BANDS = [['65-74', 65, 75], ['75-84', 75, 85], ['85+', 85, 200]] as const;

export async function frailtyView(db: Executor, networkId: string, today: string): Promise<FrailtyView> {
  const [rows, names] = await Promise.all([
    sql<{ practice_id: string; band: string; category: FrailtyCategory; n: number }>`
      select practice_id, case ${sql.join(AGE_BANDS.map(([label, from, to]) => sql`when extract(year from age(${today}::date, date_of_birth)) >= ${from} and extract(year from age(${today}::date, date_of_birth)) < ${to} then ${label}`), sql` `)} else 'other' end as band,
        efi_category as category, count(*)::int as n
      from phm_patient_summary where network_id = ${networkId}::uuid and efi_category is not null group by 1, 2, 3`.execute(db),
    practiceNames(db, networkId),
  ]);
  const dist = (pick: (r: (typeof rows.rows)[number]) => boolean) => {
    const d = { population65: 0, fit: 0, mild: 0, moderate: 0, severe: 0 };
    for (const r of rows.rows.filter(pick)) { d[r.category] += Number(r.n); d.population65 += Number(r.n); }
    return d;
  };
  const practices = [...new Set(rows.rows.map((r) => r.practice_id))].sort((a, b) => (names.get(a) ?? '').localeCompare(names.get(b) ?? ''));
  return {
    network: dist(() => true),
    practices: practices.map((id) => ({ practiceId: id, practiceName: names.get(id) ?? 'Unknown', ...dist((r) => r.practice_id === id) })),
    byAgeBand: AGE_BANDS.map(([label]) => ({ ageBand: label, ...dist((r) => r.band === label) })),
  };
}

export { FRAILTY_CATEGORIES };
