import { DateTime } from 'luxon';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/support/setup.ts';
import { newId } from '../../platform/ids.ts';
import { importImdDeciles, importPostcodeLsoas } from '../analytics/index.ts';
import type { CohortFilter } from './cohort-schema.ts';
import { countCohort, countCohortInColumns, countCohortInSql } from './cohort-count.ts';
import { loadCohortIndex } from './cohort-index.ts';
import { filterCondition } from './cohort-filter.ts';
import { FRAILTY_DEFICITS } from './frailty.ts';
import { OBSERVATION_KINDS, REVIEW_KINDS, type ObservationKindId } from './observation-kinds.ts';
import { recomputeSummaries, recomputeSummariesCounted } from './recompute.ts';
import { REGISTERS, registerBit } from './registers.ts';

// The cohort filter reads the summaries' bit masks through covering indexes (0025_phm_cohort_indexes.sql).
// Here it is checked against the plain definition, applied in TypeScript to the summaries' arrays, on a
// varied population of a few hundred people; and an incremental recompute of everyone must leave
// exactly what a full recompute leaves.

const NOW = new Date('2026-11-30T10:00:00Z');
const TODAY = '2026-11-30';
const { t, w } = useTestApp({ now: () => NOW });

// A small seeded generator (mulberry32): the same population on every run.
function seeded(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const POSTCODES = ['LS1 1AA', 'LS2 2BB', 'LS3 3CC', 'LS9 9ZZ'];
const DEFICIT_CODES = FRAILTY_DEFICITS.flatMap((d) => d.codes.slice(0, 1));
const MEDICINES = ['Salbutamol inhaler', 'Lithium carbonate 400mg', 'Ramipril 5mg', 'Metformin 500mg', 'Atorvastatin 20mg', 'Amlodipine 5mg', 'Omeprazole 20mg'];
const REVIEWS: ObservationKindId[] = [...REVIEW_KINDS, 'bp-systolic', 'hba1c', 'egfr', 'pulse'];

async function population(n: number) {
  const rnd = seeded(10);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const day = (from: string, days: number) => DateTime.fromISO(from).plus({ days: Math.floor(rnd() * days) }).toISODate()!;
  const conditions: object[] = [];
  const observations: object[] = [];
  const medicines: object[] = [];
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const old = rnd() < 0.5;
    const p = await t.make.patient(w.network.id, rnd() < 0.5 ? w.practiceA.id : w.practiceB.id, {
      dateOfBirth: old ? day('1925-01-01', 365 * 37) : day('1962-01-01', 365 * 60), sex: rnd() < 0.5 ? 'female' : 'male', postcode: rnd() < 0.9 ? pick(POSTCODES) : undefined,
    });
    ids.push(p.id);
    const row = { network_id: w.network.id, patient_id: p.id, source: 'demo' as const };
    for (let k = Math.floor(rnd() * 4); k > 0; k--) {
      const r = pick(REGISTERS);
      const onset = day('2000-01-01', 365 * 27);
      conditions.push({ ...row, id: newId(), code: pick(r.codes), onset, resolved: rnd() < 0.1 ? day(onset, 400) : null });
    }
    for (let k = old ? Math.floor(rnd() * 16) : 0; k > 0; k--) conditions.push({ ...row, id: newId(), code: pick(DEFICIT_CODES), onset: day('2010-01-01', 365 * 17) });
    for (let k = Math.floor(rnd() * 7); k > 0; k--) {
      const started = day('2020-01-01', 365 * 7);
      medicines.push({ ...row, id: newId(), name: pick(MEDICINES), started_on: started, ended_on: rnd() < 0.2 ? day(started, 500) : null, repeat: rnd() < 0.8 });
    }
    for (let k = Math.floor(rnd() * 4); k > 0; k--) {
      const kind = pick(REVIEWS);
      observations.push({ ...row, id: newId(), kind, code: OBSERVATION_KINDS[kind].code, observed_on: day('2024-06-01', 1000) });
    }
  }
  for (const [table, rows] of [['phm_condition', conditions], ['phm_medication', medicines], ['phm_observation', observations]] as const) {
    if (rows.length) await t.db.insertInto(table).values(rows as never).execute();
  }
  return ids;
}

interface Row { patient_id: string; practice_id: string; date_of_birth: string; sex: string; imd_decile: number | null; registers: string[]; due_reviews: string[]; register_mask: number; due_mask: number; efi_category: string | null; multimorbidity: number; last_review_on: string | null }

const summaries = async () => (await t.db.selectFrom('phm_patient_summary').selectAll().where('network_id', '=', w.network.id).orderBy('patient_id').execute()).map((r) => ({
  ...r, date_of_birth: String(r.date_of_birth), last_review_on: r.last_review_on ? String(r.last_review_on) : null, computed_at: undefined,
})) as unknown as Row[];

/** The age band of someone born on `dateOfBirth`, today, as the breakdowns name it. */
function ageBand(dateOfBirth: string) {
  const age = Math.floor(DateTime.fromISO(TODAY).diff(DateTime.fromISO(dateOfBirth), 'years').years);
  return age < 18 ? '0-17' : age < 40 ? '18-39' : age < 65 ? '40-64' : age < 75 ? '65-74' : age < 85 ? '75-84' : '85+';
}

/** The filter as the cohort builder's definition says, on the arrays. */
function plainly(f: CohortFilter, s: Row): boolean {
  const age = Math.floor(DateTime.fromISO(TODAY).diff(DateTime.fromISO(s.date_of_birth), 'years').years);
  const since = DateTime.fromISO(TODAY).minus({ months: f.noReviewWithinMonths ?? 0 }).toISODate()!;
  return (!f.registers?.length || (f.anyRegister ? f.registers.some((r) => s.registers.includes(r)) : f.registers.every((r) => s.registers.includes(r))))
    && (f.ageMin === undefined || age >= f.ageMin) && (f.ageMax === undefined || age <= f.ageMax) && (!f.sex || s.sex === f.sex)
    && (!f.frailty?.length || (s.efi_category !== null && (f.frailty as string[]).includes(s.efi_category)))
    && (!f.imdDeciles?.length || (s.imd_decile !== null && f.imdDeciles.includes(s.imd_decile)))
    && (!f.practiceIds?.length || f.practiceIds.includes(s.practice_id))
    && (f.noReviewWithinMonths === undefined || s.last_review_on === null || s.last_review_on < since)
    && (f.dueForReview === undefined || (s.due_reviews.length > 0) === f.dueForReview)
    && (f.multimorbidityMin === undefined || s.multimorbidity >= f.multimorbidityMin);
}

let ids: string[] = [];

beforeAll(async () => {
  await importImdDeciles(t.db, 'LSOA code (2011),Index of Multiple Deprivation (IMD) Decile\nE01000001,1\nE01000002,2\nE01000003,3\nE01000009,9\n', 'test');
  await importPostcodeLsoas(t.db, 'pcds,lsoa11cd\nLS1 1AA,E01000001\nLS2 2BB,E01000002\nLS3 3CC,E01000003\nLS9 9ZZ,E01000009\n');
  ids = await population(300);
  await recomputeSummaries(t.db, { networkId: w.network.id, today: TODAY, now: NOW });
}, 120_000);

describe('cohorts on the summaries\' masks and indexes', () => {
  it('keeps the masks in step with the arrays', async () => {
    const rows = await summaries();
    expect(rows.length).toBeGreaterThanOrEqual(300);
    const mask = (regs: string[]) => regs.reduce((m, r) => m | registerBit(r), 0);
    for (const s of rows) {
      expect(s.register_mask, s.patient_id).toBe(mask(s.registers));
      expect(s.due_mask, s.patient_id).toBe(mask(s.due_reviews));
    }
    // The population is varied enough for the comparisons below to mean something.
    expect(new Set(rows.flatMap((s) => s.registers)).size).toBe(REGISTERS.length);
    expect(new Set(rows.map((s) => s.efi_category))).toEqual(new Set([null, 'fit', 'mild', 'moderate', 'severe']));
  });

  it('counts and selects exactly the people the plain definition names', async () => {
    const rows = await summaries();
    const filters: CohortFilter[] = [
      {},
      { ageMin: 65, frailty: ['moderate', 'severe'], imdDeciles: [1, 2, 3], noReviewWithinMonths: 12 },
      { registers: ['DM'], ageMin: 40, ageMax: 64 } as CohortFilter,
      { practiceIds: [w.practiceA.id] },
      { practiceIds: [w.practiceA.id], registers: ['HYP'], dueForReview: true } as CohortFilter,
      { registers: ['HYP', 'CKD'] } as CohortFilter,
      { registers: ['AST', 'MH', 'COPD'], anyRegister: true } as CohortFilter,
      { dueForReview: false, sex: 'male', multimorbidityMin: 1 },
      { frailty: ['mild'], ageMax: 90, noReviewWithinMonths: 6 },
      { imdDeciles: [9], registers: ['DEP'] } as CohortFilter,
      // By age or sex alone, and a practice by age: the shapes that name every organisation and sex (0030).
      { ageMin: 65 },
      { ageMin: 18, ageMax: 39, sex: 'female' },
      { sex: 'male' },
      { practiceIds: [w.practiceB.id], ageMax: 70 },
    ];
    const organisationIds = (await t.db.selectFrom('organisation').select('id').where('network_id', '=', w.network.id).execute()).map((o) => o.id);
    // PostgreSQL before 17 costs a list (= any) on a later index column as a bound or as a filter and, on
    // 300 rows, keeps it as a filter; from 17 (PGlite) lists on later columns bound the walk. So the
    // bounds are asserted from 17 on, and the index choice on every version.
    const { rows: [version] } = await sql<{ v: string }>`select current_setting('server_version_num') as v`.execute(t.db);
    const listsBoundTheWalk = Number(version!.v) >= 170000;
    for (const f of filters) {
      const expected = rows.filter((s) => plainly(f, s));
      const label = JSON.stringify(f);
      const counted = await countCohort(t.db, w.network.id, f, NOW);
      expect(counted.total, label).toBe(expected.length);
      // Every breakdown, counted plainly (groups with nobody in them left out).
      const tallied = (key: (s: Row) => string) => {
        const m = new Map<string, number>();
        for (const s of expected) m.set(key(s), (m.get(key(s)) ?? 0) + 1);
        return m;
      };
      const counts = (groups: { key: string; count: number }[]) => new Map(groups.map((d) => [d.key, d.count]));
      expect(counts(counted.byDecile), label).toEqual(tallied((s) => String(s.imd_decile ?? 'unknown')));
      expect(counts(counted.byFrailty), label).toEqual(tallied((s) => s.efi_category ?? 'under-65'));
      expect(counts(counted.bySex), label).toEqual(tallied((s) => s.sex));
      expect(counts(counted.byPractice), label).toEqual(tallied((s) => s.practice_id));
      expect(counts(counted.byAgeBand), label).toEqual(tallied((s) => ageBand(s.date_of_birth)));
      const chosen = await t.db.selectFrom('phm_patient_summary').select('patient_id').where('network_id', '=', w.network.id)
        .where((eb) => filterCondition(eb, w.network.id, f, TODAY, organisationIds)).orderBy('patient_id').execute();
      expect(chosen.map((c) => c.patient_id), label).toEqual(expected.map((s) => s.patient_id));
    }
  });

  it('an incremental recompute of everyone leaves what the full recompute left, and follows a change', async () => {
    const full = await summaries();
    await t.db.transaction().execute((trx) => recomputeSummaries(trx, { networkId: w.network.id, today: TODAY, now: NOW, patientIds: ids }));
    expect(await summaries()).toEqual(full);
    // A change to one person's record: the incremental result is the full one.
    const who = ids[7];
    await t.db.insertInto('phm_condition').values({ network_id: w.network.id, id: newId(), patient_id: who, code: '84114007', onset: '2026-01-05', source: 'demo' }).execute();
    await t.db.transaction().execute((trx) => recomputeSummaries(trx, { networkId: w.network.id, today: TODAY, now: NOW, patientIds: [who] }));
    const incremental = await summaries();
    expect(incremental.find((s) => s.patient_id === who)!.registers).toContain('HF');
    await t.db.transaction().execute((trx) => recomputeSummaries(trx, { networkId: w.network.id, today: TODAY, now: NOW }));
    expect(await summaries()).toEqual(incremental);
  });

  it('the first full recompute into an empty table (indexes set aside, a plain insert) leaves what the compared write leaves, indexes and all', async () => {
    const indexes = (db: typeof t.db) => sql<{ name: string; definition: string; primary: boolean }>`
      select i.indexname as name, i.indexdef as definition, exists (select 1 from pg_constraint c where c.conname = i.indexname and c.contype = 'p') as primary
      from pg_indexes i where i.schemaname = current_schema() and i.tablename = 'phm_patient_summary' order by 1`.execute(db);
    const before = await summaries();
    const indexesBefore = (await indexes(t.db)).rows;
    expect(indexesBefore.filter((i) => i.primary)).toHaveLength(1);
    // In a transaction rolled back afterwards: the table is emptied of every network's summaries.
    const after = await t.db.transaction().execute(async (trx) => {
      await sql`delete from phm_patient_summary`.execute(trx);
      const counted = await recomputeSummariesCounted(trx, { networkId: w.network.id, today: TODAY, now: NOW });
      const rows = (await trx.selectFrom('phm_patient_summary').selectAll().where('network_id', '=', w.network.id).orderBy('patient_id').execute()).map((r) => ({
        ...r, date_of_birth: String(r.date_of_birth), last_review_on: r.last_review_on ? String(r.last_review_on) : null, computed_at: undefined,
      }));
      throw Object.assign(new Error('roll back'), { result: { counted, rows, indexes: (await indexes(trx)).rows } });
    }).catch((e: { result?: unknown }) => { if (!e.result) throw e; return e.result as { counted: { written: number }; rows: unknown[]; indexes: unknown[] } });
    expect(after.counted.written).toBe(before.length);
    expect(after.rows).toEqual(before);
    expect(after.indexes).toEqual(indexesBefore);
  });

  it('a full recompute of a filled table leaves the same summaries whether it rewrites every one or only those that differ', async () => {
    const indexes = (db: typeof t.db) => sql<{ definition: string }>`
      select indexdef as definition from pg_indexes where schemaname = current_schema() and tablename = 'phm_patient_summary' order by indexname`.execute(db);
    const indexesBefore = (await indexes(t.db)).rows;
    const before = await summaries();
    // A year on (ages move, reviews lapse), in a transaction rolled back afterwards, rewriting all (0) or comparing (1).
    const yearOn = (rewriteAllAbove: number) => t.db.transaction().execute(async (trx) => {
      const counted = await recomputeSummariesCounted(trx, { networkId: w.network.id, today: '2027-11-30', now: NOW, rewriteAllAbove });
      const rows = (await trx.selectFrom('phm_patient_summary').selectAll().where('network_id', '=', w.network.id).orderBy('patient_id').execute()).map((r) => ({
        ...r, date_of_birth: String(r.date_of_birth), last_review_on: r.last_review_on ? String(r.last_review_on) : null, computed_at: undefined,
      }));
      throw Object.assign(new Error('roll back'), { result: { counted, rows, indexes: (await indexes(trx)).rows } });
    }).catch((e: { result?: unknown }) => { if (!e.result) throw e; return e.result as { counted: { written: number; rewroteAll: boolean; computed: number }; rows: unknown[]; indexes: unknown[] } });
    const rewritten = await yearOn(0);
    const compared = await yearOn(1);
    expect(rewritten.counted.rewroteAll).toBe(true);
    expect(rewritten.counted).toMatchObject({ written: compared.counted.written, computed: before.length });
    expect(compared.counted.rewroteAll).toBe(false);
    expect(compared.counted.written).toBeGreaterThan(0);
    expect(compared.counted.written).toBeLessThan(before.length);
    expect(rewritten.rows).toEqual(compared.rows);
    expect(rewritten.rows).not.toEqual(before);
    expect(rewritten.indexes).toEqual(indexesBefore);
    // Nothing changed: nothing rewritten, whatever the threshold.
    const again = await t.db.transaction().execute((trx) => recomputeSummariesCounted(trx, { networkId: w.network.id, today: TODAY, now: NOW, rewriteAllAbove: 0 }));
    expect(again).toMatchObject({ written: 0, removed: 0, rewroteAll: false });
    expect(await summaries()).toEqual(before);
  });

  it('reads a cohort by age or sex alone from the practice index, by age, never every summary', async () => {
    // 300 people are too few for the planner to prefer an index over reading them all (or over the primary
    // key, by network): it is told not to scan or bitmap-scan, and the primary key is dropped for the
    // plan (rolled back). What is checked is that the shape gives the practice index date of birth or
    // sex as bounds of its walk; without them the walk would pass every summary of the network.
    // That the planner picks this walk at scale is the ICB bench's to show (docs/population-health.md).
    const organisationIds = (await t.db.selectFrom('organisation').select('id').where('network_id', '=', w.network.id).execute()).map((o) => o.id);
    // PostgreSQL before 17 costs a list (= any) on a later index column as a bound or as a filter and, on
    // 300 rows, keeps it as a filter; from 17 (PGlite) lists on later columns bound the walk. So the
    // bounds are asserted from 17 on, and the index choice on every version.
    const { rows: [version] } = await sql<{ v: string }>`select current_setting('server_version_num') as v`.execute(t.db);
    const listsBoundTheWalk = Number(version!.v) >= 170000;
    type PlanNode = { 'Node Type': string; 'Relation Name'?: string; 'Index Name'?: string; 'Index Cond'?: string; Plans?: PlanNode[] };
    const walk = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(walk)];
    const shapes: [CohortFilter, string][] = [[{ ageMin: 65 }, 'date_of_birth'], [{ sex: 'female' }, 'sex'], [{ ageMin: 18, ageMax: 39, sex: 'male' }, 'date_of_birth'], [{ practiceIds: [w.practiceA.id], ageMax: 30 }, 'date_of_birth']];
    for (const [f, key] of shapes) {
      const nodes = await t.db.transaction().execute(async (trx) => {
        await sql`select set_config('enable_seqscan', 'off', true), set_config('enable_bitmapscan', 'off', true)`.execute(trx);
        await sql`alter table phm_patient_summary drop constraint phm_patient_summary_pkey`.execute(trx);
        const compiled = trx.selectFrom('phm_patient_summary').select(['practice_id', 'sex']).where('network_id', '=', w.network.id)
          .where((eb) => filterCondition(eb, w.network.id, f, TODAY, organisationIds)).compile();
        const { rows } = await trx.executeQuery<{ 'QUERY PLAN': [{ Plan: PlanNode }] | string }>({ ...compiled, sql: `explain (format json) ${compiled.sql}` });
        const raw = rows[0]['QUERY PLAN'];
        const plan = walk((typeof raw === 'string' ? JSON.parse(raw) : raw)[0].Plan);
        throw Object.assign(new Error('roll back'), { plan });
      }).catch((e: { plan?: PlanNode[] }) => { if (!e.plan) throw e; return e.plan; });
      const label = `${JSON.stringify(f)}: ${JSON.stringify(nodes.map((n) => [n['Node Type'], n['Index Name'] ?? n['Relation Name'], n['Index Cond']]))}`;
      const reads = nodes.filter((n) => n['Relation Name'] === 'phm_patient_summary' || n['Index Name']?.startsWith('phm_patient_summary'));
      expect(reads.filter((n) => n['Node Type'] === 'Seq Scan'), label).toEqual([]);
      expect(reads.map((n) => n['Index Name']), label).toEqual(['phm_patient_summary_by_practice']);
      // Every key column before date of birth bound (a condition on a later column alone is only checked
      // entry by entry along the whole network's run).
      if (listsBoundTheWalk) for (const column of ['practice_id', 'sex', key]) expect(reads[0]['Index Cond'], label).toContain(column);
    }
  });
});

describe('the cohort index each server process keeps', () => {
  /** Filters of every kind the columns hold, drawn at random (seeded) and combined. */
  function randomFilters(n: number, seed: number): CohortFilter[] {
    const rnd = seeded(seed);
    const some = <T,>(xs: readonly T[], most: number) => xs.filter(() => rnd() < most / xs.length).slice(0, most);
    return Array.from({ length: n }, () => {
      const f: Record<string, unknown> = {};
      const maybe = (p: number, set: () => void) => { if (rnd() < p) set(); };
      maybe(0.3, () => { f.registers = some(REGISTERS.map((r) => r.id), 3); if (!(f.registers as string[]).length) delete f.registers; else if (rnd() < 0.5) f.anyRegister = true; });
      maybe(0.35, () => { f.ageMin = Math.floor(rnd() * 100); });
      maybe(0.3, () => { f.ageMax = Math.floor(rnd() * 30) + ((f.ageMin as number | undefined) ?? Math.floor(rnd() * 80)); });
      maybe(0.3, () => { f.sex = rnd() < 0.5 ? 'female' : 'male'; });
      maybe(0.25, () => { f.frailty = some(['fit', 'mild', 'moderate', 'severe'], 2); if (!(f.frailty as string[]).length) delete f.frailty; });
      maybe(0.25, () => { f.imdDeciles = some([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 3); if (!(f.imdDeciles as number[]).length) delete f.imdDeciles; });
      maybe(0.2, () => { f.practiceIds = rnd() < 0.4 ? [w.practiceA.id] : rnd() < 0.5 ? [w.practiceB.id] : [w.practiceA.id, w.practiceB.id]; });
      maybe(0.25, () => { f.noReviewWithinMonths = 1 + Math.floor(rnd() * 36); });
      maybe(0.2, () => { f.dueForReview = rnd() < 0.5; });
      maybe(0.2, () => { f.multimorbidityMin = Math.floor(rnd() * 4); });
      return f as CohortFilter;
    });
  }

  /** Every filter counts the same from the columns of `db`'s process as in SQL (the definition). */
  async function expectSameCounts(db: typeof t.db, filters: CohortFilter[], now = NOW) {
    let nonEmpty = 0;
    for (const f of filters) {
      const fromColumns = await countCohortInColumns(db, w.network.id, f, now);
      expect(fromColumns, `${JSON.stringify(f)}: the columns are loaded`).not.toBeNull();
      expect(fromColumns, JSON.stringify(f)).toEqual(await countCohortInSql(t.db, w.network.id, f, now));
      if (fromColumns!.total > 0) nonEmpty++;
    }
    // The filters are not all empty cohorts, which would agree trivially.
    expect(nonEmpty).toBeGreaterThan(filters.length / 3);
  }

  /** Records a condition for each patient and recomputes their summaries, as the record routes do, in one transaction. */
  const recordConditions = (patientIds: string[], code: string) => t.db.transaction().execute(async (trx) => {
    await trx.insertInto('phm_condition').values(patientIds.map((patient_id) => ({ network_id: w.network.id, id: newId(), patient_id, code, onset: '2026-02-01', source: 'demo' as const }))).execute();
    await recomputeSummaries(trx, { networkId: w.network.id, today: TODAY, now: NOW, patientIds });
  });

  it('counts exactly as SQL does, for 150 filters drawn at random and the bench\'s own', async () => {
    const loaded = await loadCohortIndex(t.db, w.network.id);
    expect(loaded.rows).toBe((await summaries()).length);
    await expectSameCounts(t.db, [
      {}, { ageMin: 65, frailty: ['moderate', 'severe'], imdDeciles: [1, 2, 3], noReviewWithinMonths: 12 }, { ageMin: 65 }, { sex: 'male' }, { sex: 'female', ageMin: 18, ageMax: 39 },
      { imdDeciles: [1] }, { noReviewWithinMonths: 12 }, { dueForReview: true }, { multimorbidityMin: 2 }, { registers: ['HYP', 'DM'], anyRegister: true } as CohortFilter,
      ...randomFilters(150, 7),
    ]);
    // Filters on other modules' tables, and a transaction, count in SQL.
    expect(await countCohortInColumns(t.db, w.network.id, { dnasAtLeast: 1 }, NOW)).toBeNull();
    expect(await t.db.transaction().execute((trx) => countCohortInColumns(trx, w.network.id, {}, NOW))).toBeNull();
  });

  it('follows changes committed by another process before its next count: records, a summary gone, a rewrite of every summary', async () => {
    // Two processes: each Kysely instance keeps columns of its own.
    const other = t.db.withoutPlugins();
    await loadCohortIndex(t.db, w.network.id);
    await loadCohortIndex(other, w.network.id);
    const filters = randomFilters(40, 11);
    // Heart failure for ten people, written in this process: the other sees it at its next count.
    const before = await countCohortInColumns(other, w.network.id, { registers: ['HF'] } as CohortFilter, NOW);
    await recordConditions(ids.slice(20, 30), '84114007');
    const after = await countCohortInColumns(other, w.network.id, { registers: ['HF'] } as CohortFilter, NOW);
    expect(after!.total).toBeGreaterThan(before!.total);
    await expectSameCounts(other, filters);
    await expectSameCounts(t.db, filters);
    // A summary removed by hand, and one changed by hand.
    await t.db.deleteFrom('phm_patient_summary').where('network_id', '=', w.network.id).where('patient_id', '=', ids[3]).execute();
    await t.db.updateTable('phm_patient_summary').set({ imd_decile: 10, register_mask: 0, due_mask: 0, multimorbidity: 0 }).where('network_id', '=', w.network.id).where('patient_id', '=', ids[4]).execute();
    await expectSameCounts(other, filters);
    // A year on every summary is rewritten (ages, lapsed reviews): the columns follow, counted a year on.
    const yearOn = new Date('2027-11-30T10:00:00Z');
    const rewritten = await t.db.transaction().execute((trx) => recomputeSummariesCounted(trx, { networkId: w.network.id, today: '2027-11-30', now: yearOn, rewriteAllAbove: 0 }));
    expect(rewritten.rewroteAll).toBe(true);
    for (const db of [t.db, other]) {
      // A rewrite of a whole network may load the columns again: until loaded, the count is SQL's.
      if (!(await countCohortInColumns(db, w.network.id, {}, yearOn))) await loadCohortIndex(db, w.network.id);
      await expectSameCounts(db, filters, yearOn);
    }
    // And back, as the other tests of this file left them.
    await t.db.transaction().execute((trx) => recomputeSummaries(trx, { networkId: w.network.id, today: TODAY, now: NOW }));
    for (const db of [t.db, other]) {
      if (!(await countCohortInColumns(db, w.network.id, {}, NOW))) await loadCohortIndex(db, w.network.id);
      await expectSameCounts(db, filters);
    }
  });

  // Two transactions open at once need a server (PGlite is one connection, one transaction at a time).
  it.runIf(Boolean(process.env.DATABASE_URL))('sees a change whose transaction began before the last count and committed after it, whatever the order of commits', async () => {
    const other = t.db.withoutPlugins();
    await loadCohortIndex(other, w.network.id);
    const stroke = { registers: ['STIA'] } as CohortFilter;
    const count = async () => (await countCohortInColumns(other, w.network.id, stroke, NOW))!.total;
    const start = await count();
    // The first writer takes its transaction id, then waits; a second writes and commits; the other process
    // counts (its snapshot sees the second, not the first); then the first commits.
    let releaseFirst!: () => void;
    const firstMayCommit = new Promise<void>((r) => (releaseFirst = r));
    let firstWrote!: () => void;
    const firstHasWritten = new Promise<void>((r) => (firstWrote = r));
    const first = t.db.transaction().execute(async (trx) => {
      await trx.insertInto('phm_condition').values({ network_id: w.network.id, id: newId(), patient_id: ids[40], code: '230690007', onset: '2026-02-01', source: 'demo' }).execute();
      await recomputeSummaries(trx, { networkId: w.network.id, today: TODAY, now: NOW, patientIds: [ids[40]] });
      firstWrote();
      await firstMayCommit;
    });
    await firstHasWritten;
    await recordConditions([ids[41]], '230690007');
    const between = await count();
    releaseFirst();
    await first;
    const end = await count();
    const onStroke = async (id: string) => (await t.db.selectFrom('phm_patient_summary').select('registers').where('network_id', '=', w.network.id).where('patient_id', '=', id).executeTakeFirstOrThrow()).registers.includes('STIA');
    expect(await onStroke(ids[40])).toBe(true);
    expect(await onStroke(ids[41])).toBe(true);
    expect(between).toBe(end - 1);
    expect(end).toBe((await countCohortInSql(t.db, w.network.id, stroke, NOW)).total);
    expect(end).toBeGreaterThanOrEqual(start);
  });
});
