import type { BackgroundJob } from '../../platform/module.ts';
import { findNetworkIds } from '../network/index.ts';
import { recomputeSummaries } from './recompute.ts';
import { londonToday } from './records.ts';

/**
 * Recomputes every network in full once a day (COMMONS_PHM_RECOMPUTE_MS, default 24 hours; 0 = never):
 * writes recompute the patient concerned at once, but ages move on (a 64-year-old turns 65 and gets a
 * frailty index, a review falls out of its 12 months) and patients registered since need a summary.
 */
export function recomputeJob(env: NodeJS.ProcessEnv): BackgroundJob {
  const fallback = env.VITEST ? 0 : 24 * 3_600_000;
  const n = Number(env.COMMONS_PHM_RECOMPUTE_MS ?? fallback);
  const every = Number.isFinite(n) && n >= 0 ? n : fallback;
  return {
    name: 'population-health-recompute',
    intervalMs: () => every,
    async run({ db, now }) {
      const at = now();
      for (const networkId of await findNetworkIds(db)) {
        await db.transaction().execute((trx) => recomputeSummaries(trx, { networkId, today: londonToday(at), now: at }));
      }
    },
  };
}
