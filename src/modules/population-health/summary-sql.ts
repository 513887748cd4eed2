import { sql, type RawBuilder } from 'kysely';
import { imdDecileByPostcodeSql } from '../analytics/index.ts';
import { patientDemographicsSql } from '../patients/index.ts';
import { FRAILTY_DEFICITS, POLYPHARMACY_MEDICINES } from './frailty.ts';
import { REVIEW_KINDS } from './observation-kinds.ts';
import { REGISTERS, registerBit } from './registers.ts';

// The SQL that builds phm_patient_summary from the coded record, set-based: register memberships
// (the definitions in registers.ts), the due-for-review flags, the frailty deficits and eFI category for
// everyone 65 and over, multimorbidity (registers held), the last review and the deprivation decile of
// the patient's postcode. In full for a network, or for the patients whose records just changed (the
// same statement narrowed to them, in the writer's transaction).
//
// Each source table is read once and folded to one row per patient as bit masks (bit_or): a register is
// bit k of an int (registerBit), a frailty deficit bit k of a bigint (its place in FRAILTY_DEFICITS). The
// masks are joined to the patients and turned back into the arrays the API shows through a small table of
// every register mask (4,096 rows) and, for the 65s and over only, the deficit list. The earlier form
// joined and aggregated rows of (patient, register) and (patient, deficit): sorts and merge joins over
// millions of rows, 56 s of an 86 s recompute of 1.5 million patients.
//
// How the rows are written (compared, or every one with the indexes set aside) is recompute.ts's choice.

// Deficit bits follow the deficits' ids in sorted order, so the lists read from the three 12-bit
// chunks of a mask (each through a table of its 4,096 values) join up already sorted, as the
// efi_deficits arrays have always been.
const DEFICIT_IDS = FRAILTY_DEFICITS.map((d) => d.id).sort();
const deficitBit = new Map(DEFICIT_IDS.map((id, k) => [id, k]));
const DEFICIT_CHUNKS = [0, 1, 2];
if (DEFICIT_IDS.length > 12 * DEFICIT_CHUNKS.length) throw new Error('the frailty deficits no longer fit three 12-bit chunks');

/** One row per SNOMED CT code that a register or a deficit names: its register bit (or 0), the register's earliest diagnosis date, its deficit bits. */
const codeMap = (() => {
  const codes = [...new Set([...REGISTERS.flatMap((r) => r.codes), ...FRAILTY_DEFICITS.flatMap((d) => d.codes)])];
  return codes.flatMap((code) => {
    const deficits = FRAILTY_DEFICITS.filter((d) => d.codes.includes(code)).reduce((m, d) => m | (1n << BigInt(deficitBit.get(d.id)!)), 0n).toString();
    const registers = REGISTERS.filter((r) => r.codes.includes(code));
    if (registers.length === 0) return [{ code, bit: 0, from: null as string | null, deficits }];
    return registers.map((r) => ({ code, bit: registerBit(r.id), from: r.diagnosedOnOrAfter ?? null, deficits }));
  });
})();

/** Observation kinds that count as a register's review, grouped by their window: (kind, months, register bits). */
const reviewMap = (() => {
  const m = new Map<string, { kind: string; months: number; bits: number }>();
  for (const r of REGISTERS) for (const kind of r.review?.observations ?? []) {
    const key = `${kind} ${r.review!.withinMonths}`;
    m.set(key, { kind, months: r.review!.withinMonths, bits: (m.get(key)?.bits ?? 0) | registerBit(r.id) });
  }
  return [...m.values()];
})();

const maskOf = (pick: (r: (typeof REGISTERS)[number]) => boolean) => REGISTERS.filter(pick).reduce((m, r) => m | registerBit(r.id), 0);
const ALL_REGISTERS = maskOf(() => true);
const NEEDS_MEDICINE = maskOf((r) => r.requiresMedication !== undefined);
const HAS_REVIEW = maskOf((r) => r.review !== null);
const POLYPHARMACY_BIT = `${1n << BigInt(deficitBit.get('polypharmacy')!)}`;

const SUMMARY_COLUMNS = ['practice_id', 'date_of_birth', 'sex', 'imd_decile', 'registers', 'multimorbidity', 'efi_deficits', 'efi_score', 'efi_category', 'due_reviews', 'register_mask', 'due_mask', 'last_review_on'] as const;
/** The columns a stored summary is compared on: the others follow from them (registers and multimorbidity from register_mask, due_reviews from due_mask, efi_score from efi_deficits). */
const COMPARED = ['practice_id', 'date_of_birth', 'sex', 'imd_decile', 'efi_deficits', 'efi_category', 'register_mask', 'due_mask', 'last_review_on'] as const;

/** The register ids of every register mask, in the order the arrays have always had (sorted by id): (mask, ids). */
export function registerNamesSql() {
  return sql`select mask, coalesce(array(select id from unnest(${REGISTERS.map((r) => r.id)}::text[]) with ordinality u(id, k) where mask & (1 << (k - 1)::int) <> 0 order by id), '{}') as ids
    from generate_series(0, ${ALL_REGISTERS}) mask`;
}

export type RecomputeParams = { networkId: string; today: string; patientIds?: readonly string[]; now: Date };

/**
 * What both writing statements share: CTEs ending in `fresh` (one row per person as computed now, without
 * the register and due-review lists) and `names` (the register ids of every mask), so the first write into
 * an empty table and the compared write leave the same rows.
 */
export function computeCtes(p: RecomputeParams) {
  const ids = p.patientIds;
  const only = (column: string) => (ids ? sql` and ${sql.ref(column)} = any(${ids}::uuid[])` : sql``);
  const today = sql`${p.today}::date`;
  // Registers a person is too young for: a mask of those whose minimum age is above `age`.
  // Ages are compared as dates of birth against constant dates (born after today less N years: younger
  // than N), the same test as the cohort filter's: age() per person and per register cost seconds at
  // 1.5 million people.
  const bornAfter = (years: number) => sql`(${today} - make_interval(years => ${years}))::date`;
  const tooYoung = sql.join(REGISTERS.filter((r) => (r.minAge ?? 0) > 0).map((r) => sql`case when pt.date_of_birth > ${bornAfter(r.minAge!)} then ${registerBit(r.id)} else 0 end`), sql` | `);
  // A medicine's name against the registers' patterns: once per distinct name (regular expressions are
  // dear; a network prescribes a few thousand different names to a million people).
  const matches = (pattern: (r: (typeof REGISTERS)[number]) => string | undefined) =>
    sql.join([sql`0`, ...REGISTERS.filter((r) => pattern(r)).map((r) => sql`case when lower(name) ~ ${pattern(r)!} then ${registerBit(r.id)} else 0 end`)], sql` | `);
  // Registers that need a current medicine, each with its own window: met when the patient's latest end of a matching medicine falls inside it.
  const medicineWindows = sql.join([sql`0`, ...REGISTERS.filter((r) => r.requiresMedication).map((r) =>
    sql`case when coalesce(m.ended_on, 'infinity'::date) >= (${today} - make_interval(months => ${r.requiresMedication!.withinMonths}))::date then mn.needed & ${registerBit(r.id)} else 0 end`)], sql` | `);
  return sql`
    pt as (${patientDemographicsSql({ networkId: p.networkId, patientIds: ids })}),
    code_map as (
      select * from unnest(${codeMap.map((c) => c.code)}::text[], ${codeMap.map((c) => c.bit)}::int[], ${codeMap.map((c) => c.from)}::date[], ${codeMap.map((c) => c.deficits)}::bigint[])
        as t(code, reg_bit, diagnosed_from, deficit_bits)
    ),
    review_map as (
      select kind, (${today} - make_interval(months => months))::date as since, bits
      from unnest(${reviewMap.map((r) => r.kind)}::text[], ${reviewMap.map((r) => r.months)}::int[], ${reviewMap.map((r) => r.bits)}::int[]) as t(kind, months, bits)
    ),
    cond as (
      select c.patient_id,
        bit_or(case when c.onset <= ${today} and (c.resolved is null or c.resolved > ${today}) and (cm.diagnosed_from is null or c.onset >= cm.diagnosed_from) then cm.reg_bit else 0 end) as reg_bits,
        bit_or(case when c.onset <= ${today} then cm.deficit_bits else 0 end) as deficit_bits
      from phm_condition c join code_map cm on cm.code = c.code
      where c.network_id = ${p.networkId}::uuid${only('c.patient_id')}
      group by c.patient_id
    ),
    -- Every distinct name as written (a few thousand in a network), with the registers its lowered form
    -- matches, so the medicines join it on the name itself (no lower() per row). Materialised: inlined,
    -- the planner pulls the regular expressions up into the aggregates below, where they ran once per
    -- medicine row (8.8 s of the ICB recompute for a million rows), not once per name.
    med_name as materialized (
      select name, ${matches((r) => r.alsoByMedication?.pattern)} as also, ${matches((r) => r.requiresMedication?.pattern)} as needed
      from (select distinct name from phm_medication where network_id = ${p.networkId}::uuid and started_on <= ${today}${only('patient_id')}) n
    ),
    -- One pass over the medicines, grouped by person. A medicine is current when any of its rows ends
    -- today or later (or never), and within a register's window when any row ends inside it.
    med as (
      select m.patient_id,
        bit_or(case when coalesce(m.ended_on, 'infinity'::date) >= ${today} then mn.also else 0 end) as also_bits,
        bit_or(${medicineWindows}) as med_ok_bits,
        count(*) filter (where m.repeat and (m.ended_on is null or m.ended_on >= ${today})) as repeat_rows
      from phm_medication m join med_name mn on mn.name = m.name
      where m.network_id = ${p.networkId}::uuid and m.started_on <= ${today}${only('m.patient_id')}
      group by m.patient_id
    ),
    -- Polypharmacy counts different current repeat medicines (names, ignoring case). Only people with that
    -- many current repeat rows can have that many different ones, so only their rows are grouped by name:
    -- grouping every medicine by person and name first cost 6–7 s of the ICB recompute's 1 million rows.
    poly as (
      select patient_id from (
        select distinct m.patient_id, lower(m.name) from phm_medication m
        where m.network_id = ${p.networkId}::uuid and m.started_on <= ${today}${only('m.patient_id')} and m.repeat and (m.ended_on is null or m.ended_on >= ${today})
          and m.patient_id in (select patient_id from med where repeat_rows >= ${POLYPHARMACY_MEDICINES})
      ) d group by patient_id having count(*) >= ${POLYPHARMACY_MEDICINES}
    ),
    obs as (
      select o.patient_id, coalesce(bit_or(case when o.observed_on > rm.since then rm.bits else 0 end), 0) as reviewed_bits,
        max(o.observed_on) filter (where o.kind = any(${[...REVIEW_KINDS]}::text[])) as last_review_on
      from phm_observation o left join review_map rm on rm.kind = o.kind
      where o.network_id = ${p.networkId}::uuid and o.observed_on <= ${today}${only('o.patient_id')}
      group by o.patient_id
    ),
    imd as (${imdDecileByPostcodeSql()}),
    -- Materialised: each mask is computed once per person, not again in every join and column that uses it.
    masked as materialized (
      select pt.network_id, pt.id as patient_id, pt.practice_id, pt.date_of_birth, pt.sex, imd.imd_decile, obs.last_review_on,
        (coalesce(cond.reg_bits, 0) | coalesce(med.also_bits, 0)) & ${ALL_REGISTERS} & ~(${tooYoung}) & ~(${NEEDS_MEDICINE} & ~coalesce(med.med_ok_bits, 0)) as register_mask,
        coalesce(obs.reviewed_bits, 0) as reviewed_bits,
        case when pt.date_of_birth <= ${bornAfter(65)} then coalesce(cond.deficit_bits, 0) | case when poly.patient_id is not null then ${POLYPHARMACY_BIT}::bigint else 0 end end as deficit_mask
      from pt
        left join cond on cond.patient_id = pt.id
        left join med on med.patient_id = pt.id
        left join poly on poly.patient_id = pt.id
        left join obs on obs.patient_id = pt.id
        left join imd on imd.postcode = pt.postcode_key
    ),
    names as (${registerNamesSql()}),
    deficit_names as (
      select chunk, mask, coalesce(array(select d from unnest(ids) with ordinality u(d, k) where mask & (1 << (k - 1)::int) <> 0 order by k), '{}') as ids
      from (select chunk, (${DEFICIT_IDS}::text[])[chunk * 12 + 1 : chunk * 12 + 12] as ids from unnest(${DEFICIT_CHUNKS}::int[]) chunk) c, generate_series(0, 4095) mask
    ),
    deficits as (
      select m.*, bit_count(m.deficit_mask::bit(64)) as deficit_count, d0.ids || d1.ids || d2.ids as efi_deficits
      from masked m
        left join deficit_names d0 on d0.chunk = 0 and d0.mask = (m.deficit_mask & 4095)::int
        left join deficit_names d1 on d1.chunk = 1 and d1.mask = ((m.deficit_mask >> 12) & 4095)::int
        left join deficit_names d2 on d2.chunk = 2 and d2.mask = ((m.deficit_mask >> 24) & 4095)::int
    ),
    -- One row per person as computed now, without the register and due-review lists: those are functions
    -- of the masks (whose bit order never changes), looked up below only for the rows that are written.
    fresh as (
      select d.network_id, d.patient_id, d.practice_id, d.date_of_birth, d.sex, d.imd_decile,
        d.efi_deficits, (d.deficit_count / 36.0)::real as efi_score,
        case when d.deficit_count is null then null when d.deficit_count <= 4 then 'fit' when d.deficit_count <= 8 then 'mild'
          when d.deficit_count <= 12 then 'moderate' else 'severe' end as efi_category,
        d.register_mask, d.register_mask & ${HAS_REVIEW} & ~d.reviewed_bits as due_mask, d.last_review_on
      from deficits d
    )`;
}

/**
 * The people whose summary is missing or differs from `fresh` (the lists, multimorbidity and the eFI score
 * follow from the columns compared), and the summaries whose patient has gone (no fresh row), in one full
 * join with the stored rows: a second pass looking each stored row up among the fresh ones cost 2 s of the
 * ICB recompute. `fresh` is the CTE of computeCtes or a table holding its rows.
 */
export function summaryDiffSql(p: RecomputeParams, fresh: RawBuilder<unknown>) {
  const ids = p.patientIds;
  const only = (column: string) => (ids ? sql` and ${sql.ref(column)} = any(${ids}::uuid[])` : sql``);
  return sql`
    select f.*, s.patient_id as stored_id
    from ${fresh} f full join (
      select patient_id, ${sql.join(COMPARED.map((c) => sql.ref(c)))} from phm_patient_summary where network_id = ${p.networkId}::uuid${only('patient_id')}
    ) s on s.patient_id = f.patient_id
    where f.patient_id is null or s.patient_id is null
      or (${sql.join(COMPARED.map((c) => sql`s.${sql.ref(c)}`))}) is distinct from (${sql.join(COMPARED.map((c) => sql`f.${sql.ref(c)}`))})`;
}

/** CTEs writing the rows of `diff` (summaryDiffSql) with the lists from `names`: changed (updated), added and removed, each returning 1 a row. */
export function summaryDiffWriteCtes(p: RecomputeParams) {
  const cols = SUMMARY_COLUMNS.map((c) => sql.ref(c));
  return sql`
    written as materialized (
      select df.*, rn.ids as registers, cardinality(rn.ids)::smallint as multimorbidity, dn.ids as due_reviews
      from diff df join names rn on rn.mask = df.register_mask join names dn on dn.mask = df.due_mask
      where df.patient_id is not null
    ),
    removed as (
      delete from phm_patient_summary s using diff df
      where df.patient_id is null and s.network_id = ${p.networkId}::uuid and s.patient_id = df.stored_id
      returning 1
    ),
    changed as (
      update phm_patient_summary s set ${sql.join(SUMMARY_COLUMNS.map((c) => sql`${sql.ref(c)} = w.${sql.ref(c)}`))}, computed_at = ${p.now.toISOString()}::timestamptz
      from written w
      where w.stored_id is not null and s.network_id = w.network_id and s.patient_id = w.patient_id
      returning 1
    ),
    added as (
      insert into phm_patient_summary (network_id, patient_id, ${sql.join(cols)}, computed_at)
      select network_id, patient_id, ${sql.join(cols)}, ${p.now.toISOString()}::timestamptz from written w
      where w.stored_id is null
      -- Two writers recomputing the same new patient at once: the second one's row wins.
      on conflict (network_id, patient_id) do update set ${sql.join(SUMMARY_COLUMNS.map((c) => sql`${sql.ref(c)} = excluded.${sql.ref(c)}`))}, computed_at = excluded.computed_at
      returning 1
    )`;
}

/** The statement that computes the summaries and writes those missing or different from the stored rows (exported for EXPLAIN in the bench). */
export function summaryWriteSql(p: RecomputeParams) {
  return sql<{ computed: number; written: number; removed: number }>`
    with ${computeCtes(p)},
    diff as materialized (${summaryDiffSql(p, sql`fresh`)}),
    ${summaryDiffWriteCtes(p)}
    select (select count(*) from masked)::int as computed, (select count(*) from changed)::int + (select count(*) from added)::int as written, (select count(*) from removed)::int as removed`;
}

/**
 * Writing every summary into a table that holds none of the network's (recompute.ts empties it first, or
 * finds it empty, with the indexes set aside): nothing to compare and nothing to remove, and under the lock
 * taken there nobody else can write one, so a plain INSERT with no ON CONFLICT. From the computed rows
 * (computeCtes) or from a query giving them (`freshRows`). Exported for EXPLAIN in the bench.
 */
export function summaryInsertAllSql(p: RecomputeParams, freshRows?: RawBuilder<unknown>) {
  const cols = SUMMARY_COLUMNS.map((c) => sql.ref(c));
  const ctes = freshRows ? sql`fresh as (${freshRows}), names as (${registerNamesSql()})` : computeCtes({ ...p, patientIds: undefined });
  return sql<{ computed: number; written: number; removed: number }>`
    with ${ctes},
    added as (
      insert into phm_patient_summary (network_id, patient_id, ${sql.join(cols)}, computed_at)
      select network_id, patient_id, ${sql.join(cols)}, ${p.now.toISOString()}::timestamptz
      from (select f.*, rn.ids as registers, cardinality(rn.ids)::smallint as multimorbidity, dn.ids as due_reviews
        from fresh f join names rn on rn.mask = f.register_mask join names dn on dn.mask = f.due_mask) w
      returning 1
    )
    select (select count(*) from added)::int as computed, (select count(*) from added)::int as written, 0 as removed`;
}
