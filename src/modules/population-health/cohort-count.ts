import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import { findOrganisationsAndSites } from '../network/index.ts';
import { dayNumber, EFI_CODES, EVER_AFTER, EVER_BEFORE, SEX_CODES, type ColumnQuery, type ColumnTally } from './cohort-columns.ts';
import { cohortColumns } from './cohort-index.ts';
import { AGE_BANDS, ALL_REGISTERS_MASK, checkFilter, filterCondition, minusMonths, minusYears, SEXES } from './cohort-filter.ts';
import { registerBit } from './registers.ts';
import { londonToday } from './records.ts';
import type { CohortCount, CohortFilter } from './cohort-schema.ts';

// A cohort's count: the total and its breakdowns by practice, frailty, decile, sex and age band. Counted from
// the process's columns of the network's summaries (cohort-index.ts) when they are loaded and the filter is
// on the summary's own columns; in SQL otherwise (the filter's SQL, cohort-filter.ts, is the definition;
// cohort-equivalence.test.ts checks the two give the same counts). DNA history and open social-prescribing
// episodes are other modules' tables, which the columns do not follow: those filters count in SQL.

type Breakdown = 'byFrailty' | 'byDecile' | 'bySex' | 'byAgeBand';

/** Age bands' lower ages (AGE_BANDS): born after today less the next band's age is in this band or a younger one. */
const BAND_FROM = [0, 18, 40, 65, 75, 85] as const;

/**
 * Every group of the breakdowns other than the practice: its key, label, the condition a summary meets to
 * count in it (SQL) and its count in the columns' tally. Age bands as of `today` from constant dates of birth
 * (born on or before today less N years: N or older), as the filter tests ages: age() per summary cost more
 * than reading the rows at 1.5 million.
 */
function breakdownGroups(today: string) {
  const born = (years: number) => sql`${minusYears(today, years)}::date`;
  const bands = AGE_BANDS.map((band, i) => {
    const [from, to] = [BAND_FROM[i], BAND_FROM[i + 1] ?? null];
    const older = from > 0 ? sql`date_of_birth <= ${born(from)}` : sql`true`;
    return { breakdown: 'byAgeBand' as Breakdown, key: band, label: band, when: to === null ? older : sql`${older} and date_of_birth > ${born(to)}`, tallied: (t: ColumnTally) => t.band[i] };
  });
  return [
    ...(['fit', 'mild', 'moderate', 'severe'] as const).map((c) => ({
      breakdown: 'byFrailty' as Breakdown, key: c, label: c[0].toUpperCase() + c.slice(1), when: sql`efi_category = ${c}`, tallied: (t: ColumnTally) => t.efi[EFI_CODES.indexOf(c)],
    })),
    { breakdown: 'byFrailty' as Breakdown, key: 'under-65', label: 'Under 65 (no eFI)', when: sql`efi_category is null`, tallied: (t: ColumnTally) => t.efi[0] },
    ...Array.from({ length: 10 }, (_, i) => ({
      breakdown: 'byDecile' as Breakdown, key: String(i + 1), label: `Decile ${i + 1}`, when: sql`imd_decile = ${i + 1}`, tallied: (t: ColumnTally) => t.imd[i + 1],
    })),
    { breakdown: 'byDecile' as Breakdown, key: 'unknown', label: 'Unknown postcode', when: sql`imd_decile is null`, tallied: (t: ColumnTally) => t.imd[0] },
    // Sexes in the order of their labels, as they have always been listed.
    ...SEXES.map((x) => ({
      breakdown: 'bySex' as Breakdown, key: x, label: x[0].toUpperCase() + x.slice(1), when: sql`sex = ${x}`, tallied: (t: ColumnTally) => t.sex[SEX_CODES.indexOf(x)],
    })),
    ...bands,
  ];
}

type Groups = ReturnType<typeof breakdownGroups>;

/** The count as the API gives it: practices by name (then id), and each breakdown's groups in order, empty ones left out as they always were. */
function cohortCount(total: number, byPractice: Map<string, number>, groups: Groups, countOf: (i: number) => number, names: Map<string, string>): CohortCount {
  const tally = (breakdown: Breakdown) => groups.flatMap((g, i) => {
    if (g.breakdown !== breakdown) return [];
    const count = countOf(i);
    return count > 0 ? [{ key: g.key, label: g.label, count }] : [];
  });
  return {
    total,
    byPractice: [...byPractice].map(([key, count]) => ({ key, label: names.get(key) ?? 'Unknown', count }))
      .sort((a, b) => a.label.localeCompare(b.label) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    byFrailty: tally('byFrailty'),
    byDecile: tally('byDecile'),
    bySex: tally('bySex'),
    byAgeBand: tally('byAgeBand'),
  };
}

/** The filters the columns hold: every one but those read from other modules' tables. */
const countsInColumns = (f: CohortFilter) => f.dnasAtLeast === undefined && f.openSocialPrescribing === undefined;

export async function countCohort(db: Executor, networkId: string, f: CohortFilter, now: Date): Promise<CohortCount> {
  return (await countCohortInColumns(db, networkId, f, now)) ?? countCohortInSql(db, networkId, f, now);
}

/** The count from this process's columns; null when they cannot give it (loading, a filter they do not hold, a transaction). */
export async function countCohortInColumns(db: Executor, networkId: string, f: CohortFilter, now: Date): Promise<CohortCount | null> {
  // Inside a transaction only SQL sees the transaction's own writes.
  if (db.isTransaction || !countsInColumns(f)) return null;
  const [columns, { organisations }] = await Promise.all([cohortColumns(db, networkId), findOrganisationsAndSites(db, { networkId }), checkFilter(db, networkId, f)]);
  if (!columns) return null;
  const today = londonToday(now);
  const t = columns.count(columnQuery(f, today, organisations.map((o) => o.id)));
  const groups = breakdownGroups(today);
  return cohortCount(t.total, t.byPractice, groups, (i) => groups[i].tallied(t), new Map(organisations.map((o) => [o.id, o.name])));
}

/** The count in SQL: the definition, and the way for the filters and moments the columns cannot serve. */
export async function countCohortInSql(db: Executor, networkId: string, f: CohortFilter, now: Date): Promise<CohortCount> {
  await checkFilter(db, networkId, f);
  const today = londonToday(now);
  const { organisations } = await findOrganisationsAndSites(db, { networkId });
  const groups = breakdownGroups(today);
  // One pass over the cohort, grouped by practice, each other breakdown's groups counted with a filter (their
  // sums over the practices are added up here): one hash lookup per person. Grouping sets over the five took
  // twice as long for 1.5 million (2.2 s against 1.0 s at load 13), and grouping by all five at once returned
  // tens of thousands of rows for a large cohort.
  const { rows } = await sql<Record<string, number> & { practice_id: string; n: number }>`
    select practice_id, count(*)::int as n, ${sql.join(groups.map((g, i) => sql`count(*) filter (where ${g.when})::int as ${sql.ref(`g${i}`)}`))} from (
      ${db.selectFrom('phm_patient_summary').select(['practice_id', 'efi_category', 'imd_decile', 'sex', 'date_of_birth'])
        .where('network_id', '=', networkId).where((eb) => filterCondition(eb, networkId, f, today, organisations.map((o) => o.id)))}
    ) s group by practice_id`.execute(db);
  return cohortCount(rows.reduce((a, r) => a + Number(r.n), 0), new Map(rows.map((r) => [r.practice_id, Number(r.n)])), groups,
    (i) => rows.reduce((a, r) => a + Number(r[`g${i}`]), 0), new Map(organisations.map((o) => [o.id, o.name])));
}

const EVERY_MASK = new Uint8Array(0x10000).fill(1);

/** Flags by code: 1 where `ok`; every mask passes when `ok` is null (no condition on it). */
function table(size: number, ok: ((code: number) => boolean) | null) {
  if (ok === null && size === EVERY_MASK.length) return EVERY_MASK;
  const flags = new Uint8Array(size);
  for (let code = 0; code < size; code++) flags[code] = ok === null || ok(code) ? 1 : 0;
  return flags;
}

/**
 * The filter as the columns test it, condition for condition as filterCondition writes it in SQL, the
 * conditions added there for the planner's sake included (by age or sex alone: a practice of the network,
 * a sex the patient table allows), so that a summary breaking them is left out here too.
 */
function columnQuery(f: CohortFilter, today: string, organisationIds: readonly string[]): ColumnQuery {
  const byAgeOrSex = (f.ageMin !== undefined || f.ageMax !== undefined || f.sex !== undefined) && !f.registers?.length && !f.frailty?.length;
  const practices = f.practiceIds?.length ? new Set(f.practiceIds) : byAgeOrSex && organisationIds.length ? new Set(organisationIds) : null;
  const sexes: readonly string[] | null = f.sex ? [f.sex] : byAgeOrSex && (f.ageMin !== undefined || f.ageMax !== undefined) ? SEXES : null;
  const wanted = (f.registers ?? []).reduce((m, id) => m | registerBit(id), 0);
  const onRegisters = (m: number) => m >= 1 && m <= ALL_REGISTERS_MASK && (f.anyRegister ? (m & wanted) !== 0 : (m & wanted) === wanted);
  const day = (years: number) => dayNumber(minusYears(today, years));
  const since = f.noReviewWithinMonths === undefined ? null : dayNumber(minusMonths(today, f.noReviewWithinMonths));
  return {
    practiceOk: (id) => practices === null || practices.has(id),
    sexOk: table(SEX_CODES.length + 1, (code) => sexes === null || (code < SEX_CODES.length && sexes.includes(SEX_CODES[code]))),
    efiOk: table(EFI_CODES.length, (code) => !f.frailty?.length || (code > 0 && (f.frailty as string[]).includes(EFI_CODES[code]!))),
    imdOk: table(11, (code) => !f.imdDeciles?.length || (code > 0 && f.imdDeciles.includes(code))),
    registersOk: table(0x10000, f.registers?.length ? onRegisters : null),
    dueOk: table(0x10000, f.dueForReview === undefined ? null : (m) => (m !== 0) === f.dueForReview),
    bornAtMost: f.ageMin === undefined ? EVER_AFTER : day(f.ageMin),
    bornAfter: f.ageMax === undefined ? EVER_BEFORE : day(f.ageMax + 1),
    reviewedBefore: since ?? EVER_AFTER,
    multimorbidityMin: f.multimorbidityMin ?? 0,
    bandBornAfter: BAND_FROM.slice(1).map(day),
  };
}
