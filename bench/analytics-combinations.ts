import { loadavg } from 'node:os';
import type { Db } from '../src/db/database.ts';
import type { Actor } from '../src/modules/identity/index.ts';
import { evaluationReport, getView, VIEWS } from '../src/modules/analytics/index.ts';
import { formatTable, ms, percentile, timeIt } from './report.ts';

// Every view and the evaluation report under every combination of the dashboard's five filters (the
// web offers them together: a practice, a site, a role, a mode, a national category), each asked three
// times after a warm-up: a view that reads a level of the span rollup no filter alone needs, or the
// daily rollup, shows here and nowhere in the one-filter table.

const FILTERS = ['organisationId', 'siteId', 'role', 'mode', 'nationalCategory'] as const;
const SHORT: Record<(typeof FILTERS)[number], string> = { organisationId: 'practice', siteId: 'site', role: 'role', mode: 'mode', nationalCategory: 'category' };
const RUNS = 3;
const LIMIT_MS = 1000;

export async function timeEveryCombination(db: Db, actor: Actor, q: { from: string; to: string } & Partial<Record<(typeof FILTERS)[number], string>>, now: Date, countMedian: number) {
  const table = [['filters', ...VIEWS, 'report', 'slowest ÷ count(*)']];
  const missed: string[] = [];
  let slowest = 0;
  for (let mask = 0; mask < 1 << FILTERS.length; mask++) {
    const chosen = FILTERS.filter((f, i) => mask & (1 << i) && q[f]);
    if (chosen.length !== FILTERS.filter((_, i) => mask & (1 << i)).length) continue;
    const query = { from: q.from, to: q.to, ...Object.fromEntries(chosen.map((f) => [f, q[f]])) };
    const label = chosen.map((f) => SHORT[f]).join(' + ') || 'none';
    const cells: string[] = [];
    let worst = 0;
    for (const view of [...VIEWS, 'report'] as const) {
      const times = await timeIt(RUNS, () => (view === 'report' ? evaluationReport(db, actor, query, now) : getView(db, actor, view, query, now)));
      const max = Math.max(...times);
      worst = Math.max(worst, percentile(times, 50));
      if (max > LIMIT_MS) missed.push(`${view} with ${label}: ${ms(max)}`);
      cells.push(`${ms(percentile(times, 50))} / ${ms(max)}`);
    }
    slowest = Math.max(slowest, worst);
    table.push([label, ...cells, (worst / countMedian).toFixed(2)]);
  }
  console.log(`\nEvery combination of the filters, median / max of ${RUNS} runs after a warm-up (ms; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the end):`);
  console.log(formatTable(table));
  console.log(missed.length ? `over ${LIMIT_MS} ms: ${missed.join('; ')}` : `every combination under ${LIMIT_MS} ms (slowest median ${ms(slowest)})`);
}
