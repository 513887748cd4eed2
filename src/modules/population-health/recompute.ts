import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import { imdDecileByPostcodeSql } from '../analytics/index.ts';
import { patientDemographicsSql } from '../patients/index.ts';
import { FRAILTY_DEFICITS, POLYPHARMACY_MEDICINES } from './frailty.ts';
import { REVIEW_KINDS } from './observation-kinds.ts';
import { REGISTERS } from './registers.ts';

// Builds phm_patient_summary from the coded record in one set-based statement: register memberships
// (the definitions in registers.ts, passed in as arrays), the due-for-review flags, the frailty
// deficits and eFI category for everyone 65 and over, multimorbidity (registers held), the last review
// and the deprivation decile of the patient's postcode. In full for a network, or for the patients
// whose records just changed (the same statement narrowed to them, in the writer's transaction).

const registerCodes = REGISTERS.flatMap((r) => r.codes.map((c) => [c, r.id] as const));
const registerRules = {
  id: REGISTERS.map((r) => r.id),
  minAge: REGISTERS.map((r) => r.minAge ?? 0),
  from: REGISTERS.map((r) => r.diagnosedOnOrAfter ?? null),
  medPattern: REGISTERS.map((r) => r.requiresMedication?.pattern ?? null),
  medMonths: REGISTERS.map((r) => r.requiresMedication?.withinMonths ?? 0),
  reviewMonths: REGISTERS.map((r) => r.review?.withinMonths ?? null),
};
const registerAlso = REGISTERS.flatMap((r) => (r.alsoByMedication ? [[r.id, r.alsoByMedication.pattern] as const] : []));
const registerReviews = REGISTERS.flatMap((r) => (r.review ? r.review.observations.map((k) => [r.id, k] as const) : []));
const deficitCodes = FRAILTY_DEFICITS.flatMap((d) => d.codes.map((c) => [c, d.id] as const));
const col = <T,>(rows: readonly (readonly T[])[], i: number) => rows.map((r) => r[i]);

/** Recomputes the summaries of a network (all its patients, or only `patientIds`) as of `today` (YYYY-MM-DD). */
export async function recomputeSummaries(db: Executor, p: { networkId: string; today: string; patientIds?: readonly string[]; now: Date }): Promise<number> {
  const ids = p.patientIds ? [...new Set(p.patientIds)] : undefined;
  if (ids && ids.length === 0) return 0;
  const only = (column: string) => (ids ? sql` and ${sql.ref(column)} = any(${ids}::uuid[])` : sql``);
  await sql`delete from phm_patient_summary where network_id = ${p.networkId}::uuid${only('patient_id')}`.execute(db);
  // The statement joins CTEs of tens of thousands of rows whose sizes the planner cannot estimate (right
  // after a bulk load it has no statistics at all) and then picks nested loops: 114 s for the 50,000-patient
  // demo on PGlite. Hash joins do the whole network in seconds, so a full recompute asks for them, for this
  // statement only (SET LOCAL lasts to the end of the caller's transaction; RESET puts the default back).
  // Disabling nested loops adds PostgreSQL's "disable cost" (10^10) to the plan's estimate, which then
  // passes every JIT threshold: compiling the plan's 236 expressions took 3.2 s of a 5.7 s recompute of
  // 50,000 patients (the population-health bench). The statement runs once, so JIT never pays: off too.
  if (!ids) await sql`set local enable_nestloop = off`.execute(db);
  if (!ids) await sql`set local jit = off`.execute(db);
  const result = await summaryInsertSql({ ...p, patientIds: ids }).execute(db);
  if (!ids) await sql`reset enable_nestloop`.execute(db);
  if (!ids) await sql`reset jit`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/** The one statement that inserts the summaries (exported for EXPLAIN in the bench). */
export function summaryInsertSql(p: { networkId: string; today: string; patientIds?: readonly string[]; now: Date }) {
  const ids = p.patientIds;
  const only = (column: string) => (ids ? sql` and ${sql.ref(column)} = any(${ids}::uuid[])` : sql``);
  const today = p.today;
  return sql`
    with pt as (
      select d.*, extract(year from age(${today}::date, d.date_of_birth))::int as age from (${patientDemographicsSql({ networkId: p.networkId, patientIds: ids })}) d
    ),
    cond as (
      select patient_id, code, onset, resolved from phm_condition where network_id = ${p.networkId}::uuid${only('patient_id')}
    ),
    med as (
      select patient_id, lower(name) as name, started_on, ended_on, repeat from phm_medication
      where network_id = ${p.networkId}::uuid and started_on <= ${today}::date${only('patient_id')}
    ),
    obs as (
      select patient_id, kind, max(observed_on) as last_on from phm_observation
      where network_id = ${p.networkId}::uuid and observed_on <= ${today}::date${only('patient_id')} group by patient_id, kind
    ),
    reg_code as (select * from unnest(${col(registerCodes, 0)}::text[], ${col(registerCodes, 1)}::text[]) as t(code, register)),
    reg_rule as (
      select * from unnest(${registerRules.id}::text[], ${registerRules.minAge}::int[], ${registerRules.from}::date[], ${registerRules.medPattern}::text[], ${registerRules.medMonths}::int[], ${registerRules.reviewMonths}::int[])
        as t(register, min_age, diagnosed_from, med_pattern, med_months, review_months)
    ),
    reg_also as (select * from unnest(${col(registerAlso, 0)}::text[], ${col(registerAlso, 1)}::text[]) as t(register, pattern)),
    reg_review as (select * from unnest(${col(registerReviews, 0)}::text[], ${col(registerReviews, 1)}::text[]) as t(register, kind)),
    deficit_code as (select * from unnest(${col(deficitCodes, 0)}::text[], ${col(deficitCodes, 1)}::text[]) as t(code, deficit)),
    candidate as (
      select c.patient_id, rc.register from cond c
        join reg_code rc on rc.code = c.code
        join reg_rule rr on rr.register = rc.register
      where c.onset <= ${today}::date and (c.resolved is null or c.resolved > ${today}::date)
        and (rr.diagnosed_from is null or c.onset >= rr.diagnosed_from)
      union
      select m.patient_id, ra.register from med m join reg_also ra on m.name ~ ra.pattern
      where m.ended_on is null or m.ended_on >= ${today}::date
    ),
    reviewed as (
      select distinct rv.register, o.patient_id from obs o
        join reg_review rv on rv.kind = o.kind
        join reg_rule rr on rr.register = rv.register
      where o.last_on > ${today}::date - make_interval(months => rr.review_months)
    ),
    med_ok as (
      select distinct rr.register, m.patient_id from med m join reg_rule rr on rr.med_pattern is not null and m.name ~ rr.med_pattern
      where m.ended_on is null or m.ended_on >= ${today}::date - make_interval(months => rr.med_months)
    ),
    reg as (
      select c.patient_id, c.register, rr.review_months is not null and rv.patient_id is null as due
      from candidate c
        join reg_rule rr on rr.register = c.register
        join pt on pt.id = c.patient_id
        left join reviewed rv on rv.register = c.register and rv.patient_id = c.patient_id
        left join med_ok mo on mo.register = c.register and mo.patient_id = c.patient_id
      where pt.age >= rr.min_age and (rr.med_pattern is null or mo.patient_id is not null)
    ),
    reg_agg as (
      select patient_id, array_agg(register order by register) as registers, coalesce(array_agg(register order by register) filter (where due), '{}') as due_reviews
      from reg group by patient_id
    ),
    deficit as (
      select distinct c.patient_id, dc.deficit from cond c join deficit_code dc on dc.code = c.code where c.onset <= ${today}::date
      union
      select patient_id, 'polypharmacy' from med where repeat and (ended_on is null or ended_on >= ${today}::date)
      group by patient_id having count(distinct name) >= ${POLYPHARMACY_MEDICINES}
    ),
    deficit_agg as (select patient_id, array_agg(deficit order by deficit) as deficits from deficit group by patient_id),
    review as (select patient_id, max(last_on) as last_on from obs where kind = any(${[...REVIEW_KINDS]}::text[]) group by patient_id),
    imd as (${imdDecileByPostcodeSql()})
    insert into phm_patient_summary (network_id, patient_id, practice_id, date_of_birth, sex, imd_decile, registers, multimorbidity, efi_deficits, efi_score, efi_category, due_reviews, last_review_on, computed_at)
    select pt.network_id, pt.id, pt.practice_id, pt.date_of_birth, pt.sex, imd.imd_decile,
      coalesce(ra.registers, '{}'), coalesce(cardinality(ra.registers), 0),
      case when pt.age >= 65 then coalesce(da.deficits, '{}') end,
      case when pt.age >= 65 then coalesce(cardinality(da.deficits), 0) / 36.0 end,
      case when pt.age >= 65 then case
        when coalesce(cardinality(da.deficits), 0) <= 4 then 'fit'
        when cardinality(da.deficits) <= 8 then 'mild'
        when cardinality(da.deficits) <= 12 then 'moderate'
        else 'severe' end end,
      coalesce(ra.due_reviews, '{}'), review.last_on, ${p.now.toISOString()}::timestamptz
    from pt
      left join reg_agg ra on ra.patient_id = pt.id
      left join deficit_agg da on da.patient_id = pt.id
      left join review on review.patient_id = pt.id
      left join imd on imd.postcode = pt.postcode_key`;
}
