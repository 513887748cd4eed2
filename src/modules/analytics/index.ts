/** The network's evidence: demand and capacity, attendance and DNA, role mix, access, complaints, evaluation reports. */
export { analyticsRoutes } from './routes.ts';
/** Rebuild the dashboard's daily rollup for a range of London days (the job, the refresh route and the demo call it). */
export { findLastRefresh, refreshRollup } from './rollup.ts';
export { defaultRefreshRange, getView } from './views.ts';
/** The evaluation report (the bench times it beside the views). */
export { evaluationReport } from './report.ts';
/** Load deprivation reference data: IMD 2019 deciles by LSOA, and postcode → LSOA. */
export { importImdDeciles, importPostcodeLsoas, DeprivationFileProblem } from './deprivation-import.ts';
/** Postcode → IMD decile as a subquery (population health's deprivation breakdowns). */
export { imdDecileByPostcodeSql } from './deprivation.ts';
/** Formula-safe CSV (exports of other modules may use it too). */
export { csvCell, tableToCsv } from './csv.ts';
export { COMPLAINT_CATEGORIES, COMPLAINT_OUTCOMES, VIEWS } from './schema.ts';
export type { ViewResponse, ReportResponse, DataTable, ComplaintView } from './schema.ts';

import type { CommonsModule } from '../../platform/module.ts';
import { analyticsRoutes } from './routes.ts';
import { refreshRollupJob } from './jobs.ts';

export const analyticsModule: CommonsModule = {
  name: 'analytics',
  // analytics_rollup is partitioned by dimension (0013_analytics_rollup_partitions.sql); the partitions are its own tables too.
  // analytics_rollup_span is the same sums per span and level (0028_analytics_rollup_spans.sql, a site level in 0029).
  // analytics_deprivation_change: a deprivation import to rebuild after (0035_analytics_deprivation_changes.sql).
  // analytics_fft_day and analytics_fft_span: the Friends and Family Test answers summed (0029_analytics_fft_rollup_and_site_spans.sql).
  tables: ['analytics_rollup', 'analytics_rollup_total', 'analytics_rollup_hour', 'analytics_rollup_source', 'analytics_rollup_lead', 'analytics_rollup_age', 'analytics_rollup_imd',
    'analytics_rollup_span', 'analytics_fft_day', 'analytics_fft_span', 'analytics_refresh', 'analytics_deprivation_change', 'imd_lsoa', 'postcode_lsoa', 'complaint'],
  routes: { prefix: 'analytics', plugin: analyticsRoutes },
  jobs: [refreshRollupJob(process.env)],
};
export type { AnalyticsTables } from './tables.ts';
