import type { BackgroundJob } from '../../platform/module.ts';
import { findNetworkIds } from '../network/index.ts';
import { findLastRefresh, refreshChangedDays, refreshRollup } from './rollup.ts';
import { defaultRefreshRange } from './views.ts';

/** How often the rollup of recent weeks is rebuilt (COMMONS_ANALYTICS_REFRESH_MS, default 15 minutes; 0 = only on demand). */
export function refreshEveryMs(env: NodeJS.ProcessEnv): number {
  const fallback = env.VITEST ? 0 : 15 * 60_000;
  const n = Number(env.COMMONS_ANALYTICS_REFRESH_MS ?? fallback);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}

/**
 * Keeps the dashboard's rollup fresh. Checks every minute: a network never built gets its whole
 * default range (13 months back to 8 weeks ahead) in the background, so a new demo or a new network
 * has its dashboard ready soon after start; otherwise, once the last refresh is older than
 * COMMONS_ANALYTICS_REFRESH_MS, it rebuilds what changed since (changes.ts: the days of slots or
 * appointments written, whatever their date; the age and deprivation cells of a patient's appointments
 * when their date of birth or postcode changed; the deprivation breakdown of every day the rollup holds
 * after a deprivation import) and the days since the last refresh (new Friends and Family Test answers). "Refresh now" (POST /api/v1/analytics/refresh)
 * rebuilds the whole range.
 */
export function refreshRollupJob(env: NodeJS.ProcessEnv): BackgroundJob {
  const every = refreshEveryMs(env);
  return {
    name: 'analytics-rollup',
    intervalMs: () => (every > 0 ? Math.min(every, 60_000) : 0),
    async run({ db, now }) {
      const at = now();
      const full = defaultRefreshRange(at);
      for (const networkId of await findNetworkIds(db)) {
        const last = await findLastRefresh(db, networkId);
        if (last && at.getTime() - last.refreshed_at.getTime() < every) continue;
        if (last) await refreshChangedDays(db, { networkId, since: last.refreshed_at, now: at });
        else await refreshRollup(db, { networkId, ...full, now: at });
      }
    },
  };
}
