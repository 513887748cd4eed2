/** Population health management: coded conditions, observations and medicines; registers, the electronic frailty index, multimorbidity; cohorts and outreach. */
export { populationHealthRoutes } from './routes.ts';
/** Rebuild the summaries (registers, frailty, reviews) of a network, or of the patients given (the demo and imports call it). */
export { recomputeSummaries, recomputeSummariesCounted } from './recompute.ts';
export { summaryInsertAllSql, summaryWriteSql } from './summary-sql.ts';
/** A cohort's count and breakdowns, as POST /cohorts/count answers (the bench times it). */
export { countCohort, countCohortInSql } from './cohort-count.ts';
/** Loads a network's cohort columns in this process now (else the first count does, answering from SQL meanwhile): the bench times it. */
export { loadCohortIndex } from './cohort-index.ts';
export type { CohortFilter } from './cohort-schema.ts';
export { REGISTERS } from './registers.ts';
export type { RegisterDefinition } from './registers.ts';
export { FRAILTY_DEFICITS, frailtyCategory } from './frailty.ts';
export { OBSERVATION_KINDS } from './observation-kinds.ts';
/** The patient's side of an outreach invitation (messaging's link page): what it is for, and marking the person booked. */
export { outreachInvitation, markOutreachBooked } from './outreach-booking.ts';
export type { OutreachInvitation } from './outreach-booking.ts';
/** The patient's side of remote monitoring (messaging's link page): what to measure, and sending readings. */
export { monitoringRequestForLink, submitHomeReadings } from './monitoring/readings.ts';
export type { HomeReading } from './monitoring/readings.ts';
export { ReadingsBody, ReadingsResult } from './monitoring/schema.ts';

import type { CommonsModule } from '../../platform/module.ts';
import { populationHealthRoutes } from './routes.ts';
import { phmCommand } from './cli.ts';
import { importFhirCommand } from './fhir-cli.ts';
import { recomputeJob } from './jobs.ts';

export const populationHealthModule: CommonsModule = {
  name: 'population-health',
  tables: ['phm_condition', 'phm_observation', 'phm_medication', 'phm_patient_summary', 'phm_recompute', 'phm_summary_change', 'phm_cohort', 'phm_outreach_list', 'phm_outreach_entry', 'phm_allergy', 'phm_monitoring_request', 'phm_monitoring_threshold', 'phm_monitoring_alert'],
  routes: { prefix: 'population-health', plugin: populationHealthRoutes },
  commands: [phmCommand, importFhirCommand],
  jobs: [recomputeJob(process.env)],
};
export type { PopulationHealthTables } from './tables.ts';
