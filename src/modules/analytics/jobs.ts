import type { BackgroundJob } from '../../platform/module.ts';
import { findNetworkIds } from '../network/index.ts';
import { refreshRollup } from './rollup.ts';
import { defaultRefreshRange } from './views.ts';
import { DateTime } from 'luxon';

/**
 * Keeps the dashboard's rollup fresh: every COMMONS_ANALYTICS_REFRESH_MS (15 minutes; 0 = only on
 * demand; off under Vitest) it rebuilds the last five weeks and the next eight, where appointments
 * are still being booked, cancelled and marked attended or DNA. Older days change rarely; POST
 * /api/v1/analytics/refresh rebuilds 13 months.
 */
export const refreshRollupJob: BackgroundJob = {
  name: 'analytics-rollup',
  intervalMs(env) {
    const fallback = env.VITEST ? 0 : 15 * 60_000;
    const n = Number(env.COMMONS_ANALYTICS_REFRESH_MS ?? fallback);
    return Number.isFinite(n) && n >= 0 ? n : fallback;
  },
  async run({ db, now }) {
    const at = now();
    const range = { fromDay: DateTime.fromISO(defaultRefreshRange(at).toDay).minus({ weeks: 13 }).toISODate()!, toDay: defaultRefreshRange(at).toDay };
    for (const networkId of await findNetworkIds(db)) await refreshRollup(db, { networkId, ...range, now: at });
  },
};
