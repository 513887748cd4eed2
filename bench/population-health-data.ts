import { sql, type Kysely } from 'kysely';
import { timedStep } from './report.ts';
import type { Database } from '../src/db/database.ts';
import type { DB } from '../src/db/types.ts';
import { CATEGORY_BY_BAND, CONDITION_FACTOR, CONDITIONS, DEFICIT_RANGE, OTHER_DEFICITS } from '../src/demo/population-health.ts';
import { OBSERVATION_KINDS } from '../src/modules/population-health/index.ts';

// Builds a population of any size for the population-health bench in a handful of set-based
// statements (INSERT … SELECT FROM generate_series), never row by row: 1.5 million patients in a few
// minutes. It draws from the same figures as the demo (src/demo/population-health.ts): each condition's
// prevalence by age, the eFI category by age band and the conditions' weighting by frailty, the medicines
// and the reviews that keep most people off the "due for review" list, the other frailty deficits that
// top a person up into their category. What it adds: an age structure like England's, practices of
// 7,500 patients, LSOAs of 1,500 people spread evenly over the ten deprivation deciles (2% of patients
// with no postcode), and up to three readings per monitored condition, a year apart, so the observation
// table holds history rather than one row per person.
//
// Random draws are hashes of (person, purpose), so a given size always builds the same rows.

/** Age bands of England's population, per cent (ONS mid-year estimates, rounded; 65+ about 18%). */
const AGE_BANDS: [from: number, to: number, pct: number][] = [
  [0, 4, 5.4], [5, 17, 16], [18, 29, 15.5], [30, 39, 13.5], [40, 49, 12.5], [50, 59, 13.3], [60, 64, 6],
  [65, 69, 5], [70, 74, 4.7], [75, 79, 3.8], [80, 84, 2.3], [85, 89, 1.4], [90, 99, 0.8],
];
const PATIENTS_PER_PRACTICE = 7_500;
const PEOPLE_PER_LSOA = 1_500;
const POSTCODES_PER_LSOA = 12;

/** Indexes of the loaded tables that back no constraint: dropped before the load and built once after. */
const LOADED_TABLES = ['patient', 'phm_condition', 'phm_observation', 'phm_medication'];

export const BENCH_NETWORK_ID = '00000000-0000-4000-8000-0000000000b1';

export interface BuiltPopulation { networkId: string; practiceIds: string[]; seconds: Record<string, number> }

const cumulative = <T,>(rows: T[], weight: (r: T) => number) => {
  const total = rows.reduce((a, r) => a + weight(r), 0);
  let acc = 0;
  return rows.map((r) => { const lo = acc / total; acc += weight(r); return { r, lo, hi: acc / total }; });
};

export async function buildPopulation(database: Database, p: { patients: number; today: string; log: (line: string) => void }): Promise<BuiltPopulation> {
  const seconds: Record<string, number> = {};
  const networkId = BENCH_NETWORK_ID;
  const practices = Math.max(1, Math.ceil(p.patients / PATIENTS_PER_PRACTICE));
  const lsoas = Math.max(10, Math.ceil(p.patients / PEOPLE_PER_LSOA));
  const practiceIds = Array.from({ length: practices }, (_, k) => `00000000-0000-4000-8001-${String(k + 1).padStart(12, '0')}`);

  const ages = cumulative(AGE_BANDS, (b) => b[2]);
  const bands = CATEGORY_BY_BAND.map((band) => cumulative(band, (c) => c[1]));
  const frailRows = bands.flatMap((band, b) => band.map(({ r, lo, hi }) => ({ b, cat: r[0], lo, hi })));
  // One row per (condition, age step): the prevalence that applies from that age to the next step.
  const steps = CONDITIONS.flatMap((c, k) => c.steps.map(([from, pct], s) => ({ k, from, to: c.steps[s + 1]?.[0] ?? 200, pct })));
  const review = (kind: keyof typeof OBSERVATION_KINDS | undefined) => (kind ? OBSERVATION_KINDS[kind] : null);

  await database.db.connection().execute(async (db: Kysely<DB>) => {
    const step = timedStep(db, seconds, p.log);
    // u(i, salt): a uniform draw in [0, 1) from a hash, the same on every run; inlined by the planner.
    await sql`create or replace function bench_u(i bigint, salt bigint) returns float8 language sql immutable parallel safe
      as $$ select (hashint8extended(i, salt) & 2147483647)::float8 / 2147483648 $$`.execute(db);
    const { rows: idx } = await sql<{ name: string; definition: string }>`
      select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition from pg_index i
      where i.indrelid::regclass::text = any(${LOADED_TABLES}::text[]) and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`.execute(db);
    for (const r of idx) await sql`drop index ${sql.raw(r.name)}`.execute(db);
    // The rows are made consistent by construction; foreign-key triggers per row would double the load.
    await sql`set session_replication_role = replica`.execute(db);

    await sql`insert into network (id, name, ods_code) values (${networkId}, 'Bench integrated care board', 'QBENCH')`.execute(db);
    await sql`insert into organisation (network_id, id, kind, ods_code, name)
      select ${networkId}::uuid, id::uuid, 'practice', 'B' || lpad(k::text, 5, '0'), 'Bench practice ' || k from unnest(${practiceIds}::text[]) with ordinality t(id, k)`.execute(db);
    await step('deprivation (LSOAs, postcodes)', sql`
      with l as (insert into imd_lsoa (lsoa_code, imd_decile, source) select 'B' || lpad(k::text, 8, '0'), 1 + k % 10, 'bench' from generate_series(0, ${lsoas - 1}) k returning lsoa_code)
      insert into postcode_lsoa (postcode, lsoa_code) select 'ZZ' || substr(lsoa_code, 2) || lpad(j::text, 2, '0') || 'AA', lsoa_code from l, generate_series(0, ${POSTCODES_PER_LSOA - 1}) j`);

    await step('people (age, frailty category)', sql`
      create unlogged table bench_person as
      with age_band as (select * from unnest(${ages.map((a) => a.r[0])}::int[], ${ages.map((a) => a.r[1])}::int[], ${ages.map((a) => a.lo)}::float8[], ${ages.map((a) => a.hi)}::float8[]) t(a_from, a_to, lo, hi)),
        frail as (select * from unnest(${frailRows.map((f) => f.b)}::int[], ${frailRows.map((f) => f.cat)}::text[], ${frailRows.map((f) => f.lo)}::float8[], ${frailRows.map((f) => f.hi)}::float8[]) t(b, cat, lo, hi)),
        person as (
          select i, md5('bench-patient-' || i)::uuid as id, ab.a_from + floor(bench_u(i, 2) * (ab.a_to - ab.a_from + 1))::int as age
          from generate_series(1, ${p.patients}) i join age_band ab on bench_u(i, 1) >= ab.lo and bench_u(i, 1) < ab.hi)
      select person.*, f.cat from person left join frail f on person.age >= 65
        and f.b = case when person.age < 75 then 0 when person.age < 85 then 1 else 2 end and bench_u(i, 3) >= f.lo and bench_u(i, 3) < f.hi`);

    await step('patients', sql`
      insert into patient (network_id, id, nhs_number, practice_id, given_name, family_name, date_of_birth, sex, postcode, communication_preferences)
      select ${networkId}::uuid, id, lpad(i::text, 10, '0'), (${practiceIds}::uuid[])[1 + i % ${practices}], 'Bench', 'Patient ' || i,
        (${p.today}::date - make_interval(years => age) - make_interval(days => floor(bench_u(i, 4) * 364)::int))::date,
        case when bench_u(i, 5) < 0.505 then 'female' else 'male' end,
        case when bench_u(i, 6) < 0.98 then 'ZZ' || lpad(floor(bench_u(i, 7) * ${lsoas})::text, 8, '0') || ' ' || lpad(floor(bench_u(i, 8) * ${POSTCODES_PER_LSOA})::text, 2, '0') || 'AA' end,
        '{letter}'
      from bench_person`);

    await step('conditions drawn (prevalence by age and frailty)', sql`
      create unlogged table bench_has as
      with def as (
        select * from unnest(${CONDITIONS.map((c) => c.register)}::text[], ${CONDITIONS.map((c) => c.code)}::text[], ${CONDITIONS.map((c) => c.display)}::text[],
          ${CONDITIONS.map((c) => c.steps[0][0])}::int[], ${CONDITIONS.map((c) => c.deficit ?? null)}::text[], ${CONDITIONS.map((c) => c.review?.kind ?? null)}::text[],
          ${CONDITIONS.map((c) => review(c.review?.kind)?.code ?? null)}::text[], ${CONDITIONS.map((c) => review(c.review?.kind)?.unit ?? null)}::text[],
          ${CONDITIONS.map((c) => c.review?.within12 ?? null)}::float8[], ${CONDITIONS.map((c) => c.medicines.join('|'))}::text[])
          with ordinality t(register, code, display, first_age, deficit, review_kind, review_code, review_unit, within12, medicines, k)),
        step as (select * from unnest(${steps.map((s) => s.k + 1)}::int[], ${steps.map((s) => s.from)}::int[], ${steps.map((s) => s.to)}::int[], ${steps.map((s) => s.pct)}::float8[]) t(k, a_from, a_to, pct)),
        factor as (select * from unnest(${Object.keys(CONDITION_FACTOR)}::text[], ${Object.values(CONDITION_FACTOR)}::float8[]) t(cat, f))
      select distinct on (p.i, d.register) p.i, p.id, p.age, p.cat, d.*
      from bench_person p join step s on p.age >= s.a_from and p.age < s.a_to join def d on d.k = s.k left join factor f on f.cat = p.cat
      where bench_u(p.i, 100 + s.k) < least(0.9, s.pct / 100 * coalesce(f.f, 1))
      order by p.i, d.register, d.k`);

    await step('conditions', sql`
      insert into phm_condition (network_id, id, patient_id, code, display, onset, source)
      select ${networkId}::uuid, gen_random_uuid(), id, code, display,
        ${p.today}::date - 365 * floor(bench_u(i, 200 + k) * (case when register = 'DEP' then least(19, greatest(1, age - 18)) else least(25, greatest(0, age - first_age)) end + 1))::int
          - 1 - floor(bench_u(i, 300 + k) * 360)::int, 'demo'
      from bench_has`);

    await step('frailty deficits topping up the 65s and over', sql`
      with other as (select * from unnest(${OTHER_DEFICITS.map((d) => d.name)}::text[], ${OTHER_DEFICITS.map((d) => d.codes.join('|'))}::text[]) with ordinality t(name, codes, n)),
        has as (select i, count(distinct deficit) filter (where deficit is not null) as deficits, count(distinct m) as medicines
          from bench_has left join lateral unnest(string_to_array(nullif(medicines, ''), '|')) m on true group by i),
        need as (
          select p.i, p.id, greatest(0, r.lo + floor(bench_u(p.i, 400) * (r.hi - r.lo + 1))::int - coalesce(h.deficits, 0)::int - case when h.medicines >= 5 then 1 else 0 end) as n
          from bench_person p left join has h on h.i = p.i
            join unnest(${Object.keys(DEFICIT_RANGE)}::text[], ${Object.values(DEFICIT_RANGE).map((r) => r[0])}::int[], ${Object.values(DEFICIT_RANGE).map((r) => r[1])}::int[]) r(cat, lo, hi) on r.cat = p.cat)
      insert into phm_condition (network_id, id, patient_id, code, display, onset, source)
      select ${networkId}::uuid, gen_random_uuid(), need.id, codes[1 + floor(bench_u(need.i, 500 + j) * cardinality(codes))::int], o.name,
        ${p.today}::date - 30 - floor(bench_u(need.i, 600 + j) * 3970)::int, 'demo'
      from need cross join lateral generate_series(0, least(need.n, ${OTHER_DEFICITS.length}) - 1) j
        join (select name, string_to_array(codes, '|') as codes, n from other) o on o.n = 1 + (floor(bench_u(need.i, 401) * ${OTHER_DEFICITS.length})::int + j) % ${OTHER_DEFICITS.length}`);

    await step('observations of monitored conditions (up to 3 a year apart)', sql`
      with reading as (
        select h.i, h.id, h.k, h.review_kind, h.review_code, h.review_unit, j,
          (case when bench_u(h.i, 700 + h.k) < h.within12 then 5 + floor(bench_u(h.i, 710 + h.k) * 356) else 380 + floor(bench_u(h.i, 720 + h.k) * 521) end)::int
            + j * (335 + floor(bench_u(h.i, 730 + h.k + j) * 60)::int) as days_ago,
          bench_u(h.i, 740 + h.k + j) as v
        from bench_has h cross join lateral generate_series(0, floor(bench_u(h.i, 750 + h.k) * 3)::int) j
        where h.review_kind is not null)
      insert into phm_observation (network_id, id, patient_id, kind, code, value, unit, observed_on, source)
      select ${networkId}::uuid, gen_random_uuid(), id, review_kind, review_code,
        case review_kind when 'bp-systolic' then 118 + floor(v * 45) when 'hba1c' then 42 + floor(v * 45) when 'egfr' then 22 + floor(v * 38) when 'pulse' then 58 + floor(v * 47) end,
        review_unit, ${p.today}::date - days_ago, 'demo'
      from reading
      union all
      select ${networkId}::uuid, gen_random_uuid(), id, 'bp-diastolic', ${OBSERVATION_KINDS['bp-diastolic'].code}, least(118 + floor(v * 45) - 30, 68 + floor(bench_u(i, 760 + j) * 29)),
        ${OBSERVATION_KINDS['bp-diastolic'].unit}, ${p.today}::date - days_ago, 'demo'
      from reading where review_kind = 'bp-systolic'`);

    await step('observations: medication reviews of the frail, smoking status, BMI', sql`
      insert into phm_observation (network_id, id, patient_id, kind, code, value, unit, observed_on, source)
      select ${networkId}::uuid, gen_random_uuid(), id, 'medication-review', ${OBSERVATION_KINDS['medication-review'].code}, null::float8, null::text, ${p.today}::date - 10 - floor(bench_u(i, 800) * 691)::int, 'demo'
      from bench_person where cat in ('mild', 'moderate', 'severe') and bench_u(i, 801) < case when cat = 'mild' then 0.45 else 0.55 end
      union all
      select ${networkId}::uuid, gen_random_uuid(), id, 'smoking-status',
        case when bench_u(i, 811) < 0.13 then '77176002' when bench_u(i, 811) < 0.40 then '8517006' else '266919005' end, null, null,
        ${p.today}::date - 10 - floor(bench_u(i, 812) * 1491)::int, 'demo'
      from bench_person where age >= 18 and bench_u(i, 810) < 0.3
      union all
      select ${networkId}::uuid, gen_random_uuid(), id, 'bmi', ${OBSERVATION_KINDS.bmi.code}, round((22 + bench_u(i, 821) * 14)::numeric, 1)::float8, ${OBSERVATION_KINDS.bmi.unit},
        ${p.today}::date - 10 - floor(bench_u(i, 822) * 1491)::int, 'demo'
      from bench_person where age >= 18 and bench_u(i, 820) < 0.3`);

    await step('medicines (repeats of the conditions held)', sql`
      insert into phm_medication (network_id, id, patient_id, name, started_on, repeat, source)
      select ${networkId}::uuid, gen_random_uuid(), id, m, ${p.today}::date - 60 - floor(bench_u(i, hashtext(m)) * 2941)::int, true, 'demo'
      from (select distinct i, id, m from bench_has cross join lateral unnest(string_to_array(nullif(medicines, ''), '|')) m) x`);

    await sql`set session_replication_role = origin`.execute(db);
    const t = performance.now();
    for (const r of idx) await sql.raw(r.definition).execute(db);
    seconds['indexes rebuilt'] = (performance.now() - t) / 1000;
    p.log(`  indexes rebuilt (${idx.length}) in ${seconds['indexes rebuilt'].toFixed(1)} s`);
    await sql`drop table bench_has`.execute(db);
    await sql`drop table bench_person`.execute(db);
    const a = performance.now();
    await sql`analyze`.execute(db);
    seconds.analyze = (performance.now() - a) / 1000;
  });
  return { networkId, practiceIds, seconds };
}
