import { DateTime } from 'luxon';
import { sql, type ExpressionBuilder, type Expression, type SqlBool } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { DB } from '../../db/types.ts';
import { Invalid } from '../../platform/problems.ts';
import { findOrganisationsAndSites } from '../network/index.ts';
import { patientsWithDnasSql } from '../booking/index.ts';
import { patientsWithOpenEpisodeSql } from '../social-prescribing/index.ts';
import { REGISTERS, registerBit } from './registers.ts';
import type { CohortFilter } from './cohort-schema.ts';

// A cohort filter as SQL over phm_patient_summary (registers, age, sex, frailty, deprivation, last review,
// practice; DNA history and open social-prescribing episodes through those modules' index.ts): the
// definition of who is in a cohort, which the count (cohort-count.ts), the members and outreach lists read.
// The filter reads only columns that the summary's covering indexes carry (the register and due masks,
// not the arrays), so a count is an index-only scan of one of them (0025_phm_cohort_indexes.sql,
// 0027_phm_register_mask_index.sql).

type Summary = ExpressionBuilder<DB, 'phm_patient_summary'>;

/** Every register mask: bit k for the k-th register. */
export const ALL_REGISTERS_MASK = (1 << REGISTERS.length) - 1;

export const minusYears = (today: string, years: number) => DateTime.fromISO(today).minus({ years }).toISODate()!;
export const minusMonths = (today: string, months: number) => DateTime.fromISO(today).minus({ months }).toISODate()!;

/** Every value patient.sex may take (its check constraint, 0003_patients.sql). */
export const SEXES = ['female', 'male', 'other', 'unknown'] as const;

/**
 * The filter as one SQL condition; `today` fixes ages and the review and DNA windows. `organisationIds`:
 * every organisation of the network (every summary's practice is one of them), for the cohorts chosen by
 * age or sex alone.
 */
export function filterCondition(eb: Summary, networkId: string, f: CohortFilter, today: string, organisationIds: readonly string[]): Expression<SqlBool> {
  const all: Expression<SqlBool>[] = [];
  // Age or sex with no register, frailty category or practice: conditions that hold for every summary
  // (its practice is one of the network's, its sex one of those allowed) but let the planner read the
  // practice index (practice, sex, date of birth; 0030) one run per practice and sex, by age, instead
  // of every summary. A practice's own cohort by age gets the sexes too, to reach date of birth in the key.
  const byAgeOrSex = (f.ageMin !== undefined || f.ageMax !== undefined || f.sex !== undefined) && !f.registers?.length && !f.frailty?.length;
  if (byAgeOrSex && !f.practiceIds?.length && organisationIds.length) {
    all.push(sql<SqlBool>`phm_patient_summary.practice_id = any(${sql.lit(`{${organisationIds.join(',')}}`)}::uuid[])`);
  }
  if (byAgeOrSex && !f.sex && (f.ageMin !== undefined || f.ageMax !== undefined)) {
    all.push(sql<SqlBool>`phm_patient_summary.sex = any(${sql.lit(`{${SEXES.join(',')}}`)}::text[])`);
  }
  if (f.registers?.length) {
    // The bit tests say what membership means; the list of every mask that passes them (as a literal)
    // and "on some register" let the planner read only those masks' runs of the register index
    // (0027_phm_register_mask_index.sql) instead of every summary.
    const member = f.registers.map((id) => sql<SqlBool>`(phm_patient_summary.register_mask & ${sql.lit(registerBit(id))}) <> 0`);
    all.push(f.anyRegister ? eb.or(member) : eb.and(member));
    const wanted = f.registers.reduce((m, id) => m | registerBit(id), 0);
    const masks = Array.from({ length: ALL_REGISTERS_MASK }, (_, i) => i + 1).filter((m) => (f.anyRegister ? (m & wanted) !== 0 : (m & wanted) === wanted));
    all.push(sql<SqlBool>`phm_patient_summary.register_mask <> 0`);
    all.push(sql<SqlBool>`phm_patient_summary.register_mask = any(${sql.lit(`{${masks.join(',')}}`)}::int[])`);
  }
  if (f.ageMin !== undefined) all.push(eb('phm_patient_summary.date_of_birth', '<=', minusYears(today, f.ageMin)));
  if (f.ageMax !== undefined) all.push(eb('phm_patient_summary.date_of_birth', '>', minusYears(today, f.ageMax + 1)));
  if (f.sex) all.push(eb('phm_patient_summary.sex', '=', f.sex));
  if (f.frailty?.length) all.push(eb('phm_patient_summary.efi_category', 'in', f.frailty));
  if (f.imdDeciles?.length) all.push(eb('phm_patient_summary.imd_decile', 'in', f.imdDeciles));
  if (f.practiceIds?.length) all.push(eb('phm_patient_summary.practice_id', 'in', f.practiceIds));
  if (f.noReviewWithinMonths !== undefined) {
    const since = minusMonths(today, f.noReviewWithinMonths);
    all.push(eb.or([eb('phm_patient_summary.last_review_on', 'is', null), eb('phm_patient_summary.last_review_on', '<', since)]));
  }
  if (f.dueForReview !== undefined) all.push(eb('phm_patient_summary.due_mask', f.dueForReview ? '<>' : '=', 0));
  if (f.multimorbidityMin !== undefined) all.push(eb('phm_patient_summary.multimorbidity', '>=', f.multimorbidityMin));
  if (f.dnasAtLeast !== undefined) {
    const from = new Date(`${DateTime.fromISO(today).minus({ months: f.dnaWithinMonths ?? 12 }).toISODate()}T00:00:00Z`);
    all.push(sql<SqlBool>`phm_patient_summary.patient_id in (${patientsWithDnasSql({ networkId, from, minimum: f.dnasAtLeast })})`);
  }
  if (f.openSocialPrescribing !== undefined) {
    all.push(sql<SqlBool>`phm_patient_summary.patient_id ${sql.raw(f.openSocialPrescribing ? 'in' : 'not in')} (${patientsWithOpenEpisodeSql({ networkId })})`);
  }
  return all.length ? eb.and(all) : sql<SqlBool>`true`;
}

/** Checks what the schema cannot: an age range the right way round, practices of this network. */
export async function checkFilter(db: Executor, networkId: string, f: CohortFilter, at = '/body/filter') {
  if (f.ageMin !== undefined && f.ageMax !== undefined && f.ageMax < f.ageMin) throw new Invalid('population-health/age-range-reversed', 'The oldest age is below the youngest.', `${at}/ageMax`);
  if (f.dnaWithinMonths !== undefined && f.dnasAtLeast === undefined) throw new Invalid('population-health/dna-window-alone', 'A DNA window needs a number of did-not-attends (dnasAtLeast).', `${at}/dnaWithinMonths`);
  if (f.practiceIds?.length) {
    const { organisations } = await findOrganisationsAndSites(db, { networkId });
    const known = new Set(organisations.map((o) => o.id));
    const i = f.practiceIds.findIndex((id) => !known.has(id));
    if (i >= 0) throw new Invalid('population-health/unknown-practice', 'There is no organisation with that id in this network.', `${at}/practiceIds/${i}`);
  }
}

/** A person's age band today (the cohort breakdown and the inequalities view use the same bands). */
export const AGE_BAND = sql<string>`case when extract(year from age(current_date, date_of_birth)) < 18 then '0-17' when extract(year from age(current_date, date_of_birth)) < 40 then '18-39'
  when extract(year from age(current_date, date_of_birth)) < 65 then '40-64' when extract(year from age(current_date, date_of_birth)) < 75 then '65-74'
  when extract(year from age(current_date, date_of_birth)) < 85 then '75-84' else '85+' end`;

export const AGE_BANDS = ['0-17', '18-39', '40-64', '65-74', '75-84', '85+'] as const;
