import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { DateTime } from 'luxon';
import { sql } from 'kysely';
import { openDatabase, type Database } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { createDemoNetwork } from '../src/demo/index.ts';
import { progressBar } from '../src/platform/progress.ts';
import { evaluationReport, findLastRefresh, getView, refreshRollup, defaultRefreshRange, VIEWS } from '../src/modules/analytics/index.ts';
import { timeEveryCombination } from './analytics-combinations.ts';
import { findOrganisationsAndSites } from '../src/modules/network/index.ts';
import { permissionsFor, type Actor } from '../src/modules/identity/index.ts';
import { LONDON } from '../src/platform/calendar.ts';
import { buildCityYear } from './analytics-city-data.ts';
import { openThrowawayPostgres } from './throwaway-postgres.ts';
import { count, formatTable, ms, percentile, timeIt } from './report.ts';

// The analytics dashboard (docs/architecture.md: each view ≤ 1 s for a city's year, ~3.5M
// appointments, on PostgreSQL), measured in process on the same database as two limits of the same
// run: a plain count(*) of the year's appointments (what any figure over the raw table costs at
// least) and a primary-key read. Each view is asked for the whole network and for one practice.

export interface AnalyticsBenchOptions {
  scale: 'pcn' | 'city';
  /** Times each view is asked (after one warm-up). */
  repeats: number;
  strict: boolean;
  json: boolean;
  /** Time the views over the rollup already built, if any (a city's rebuild takes a quarter of an hour). */
  keepRollup?: boolean;
  /** Also ask every view and the report under every combination of the dashboard's filters. */
  combinations?: boolean;
}

export const VIEW_LIMIT_MS = 1000;
const round = (n: number, digits = 1) => (Number.isFinite(n) ? Number(n.toFixed(digits)) : null);

/**
 * Its own database with a year of history. PCN scale: the demo network with 12 months of history, in
 * PGlite under .bench/analytics-pcn (kept between runs) or in DATABASE_URL. City scale: the city year of
 * analytics-city-data.ts (set-based copies of the city demo's month), in DATABASE_URL (kept there for
 * later runs) or else in a throwaway PostgreSQL cluster of its own, thrown away at the end. Any network
 * already in the database is reused.
 */
async function openAnalyticsDatabase(scale: 'pcn' | 'city', env: NodeJS.ProcessEnv, now: Date) {
  let database: Database;
  let where: string;
  let dispose = async () => {};
  const throwaway = scale === 'city' && !env.DATABASE_URL ? await openThrowawayPostgres(env, 'analytics_city') : null;
  const url = env.DATABASE_URL ?? throwaway?.url;
  if (url) {
    database = await openDatabase({ engine: 'postgres', url, poolSize: 10 });
    where = throwaway ? throwaway.where : `PostgreSQL ${new URL(url).host}${new URL(url).pathname}`;
    if (throwaway) dispose = () => throwaway.dispose();
  } else {
    const dataDir = resolve('.bench', `analytics-${scale}`);
    where = `PGlite ${dataDir}${existsSync(dataDir) ? '' : ' (new)'}`;
    database = await openDatabase({ engine: 'pglite', dataDir });
  }
  await migrateToLatest(database);
  const existing = await database.db.selectFrom('network').select('id').orderBy('id').executeTakeFirst();
  if (existing) return { database, networkId: existing.id, where, builtSeconds: null as number | null, dispose };
  const t0 = Date.now();
  let networkId: string;
  if (scale === 'city') {
    console.log(`No network in ${where}: building a city's year (the city demo's month, copied back 13 months by set-based SQL)…`);
    networkId = (await buildCityYear(database, { now, firstDay: defaultRefreshRange(now).fromDay, progress: progressBar(), log: (l) => console.log(l) })).networkId;
  } else {
    console.log(`No network in ${where}: building a ${scale}-scale demo network with 12 months of history once (kept for later runs)…`);
    networkId = (await createDemoNetwork(database, { scale, seed: 1, historyMonths: 12, progress: progressBar() })).networkId;
    await sql`analyze`.execute(database.db);
  }
  return { database, networkId, where, builtSeconds: (Date.now() - t0) / 1000, dispose };
}

export async function runAnalyticsBench(options: AnalyticsBenchOptions): Promise<number> {
  const now = new Date();
  const { database, networkId, where, builtSeconds, dispose } = await openAnalyticsDatabase(options.scale, process.env, now);
  try {
    const db = database.db;
    const { organisations, sites } = await findOrganisationsAndSites(db, { networkId });
    const pcn = organisations.find((o) => o.kind === 'pcn') ?? organisations[0];
    const practice = organisations.find((o) => o.kind === 'practice')!;
    const actor: Actor = {
      kind: 'system', networkId, staffId: null, tokenId: null, displayName: 'analytics bench', organisationId: pcn.id, organisationKind: 'pcn',
      roles: ['pcn-manager'], permissions: permissionsFor(['pcn-manager']),
    };
    const toDay = DateTime.fromJSDate(now, { zone: LONDON }).toISODate()!;
    const fromDay = DateTime.fromISO(toDay).minus({ years: 1 }).plus({ days: 1 }).toISODate()!;
    const from = DateTime.fromISO(fromDay, { zone: LONDON }).toJSDate();
    const { rows: [year] } = await sql<{ n: number }>`select count(*)::int as n from appointment where network_id = ${networkId} and start_at >= ${from} and start_at < ${now}`.execute(db);
    console.log(`database: ${where}${builtSeconds === null ? ' (reused)' : `, built in ${builtSeconds.toFixed(0)} s`}`);
    console.log(`network: ${organisations.filter((o) => o.kind === 'practice').length} practices, ${count(year.n)} appointments from ${fromDay} to ${toDay}`);
    console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the start (read the ratios)`);
    if (options.scale === 'city' && year.n < 3_000_000) console.log('note: this database holds less than a city\'s year (~3.5M appointments); the figures are for what it holds.');

    const range = defaultRefreshRange(now);
    const kept = options.keepRollup ? await findLastRefresh(db, networkId) : null;
    const t0 = performance.now();
    const refreshed = kept ? null : await refreshRollup(db, { networkId, ...range, now });
    const refreshMs = performance.now() - t0;
    if (database.engine === 'postgres' && refreshed) await sql`analyze analytics_rollup, analytics_rollup_span`.execute(db);
    const { rows: [rollup] } = await sql<{ n: number }>`select count(*)::int as n from analytics_rollup where network_id = ${networkId}`.execute(db);
    console.log(refreshed ? `rollup: ${count(refreshed.rows)} rows for ${range.fromDay} to ${range.toDay}, rebuilt in ${(refreshMs / 1000).toFixed(1)} s (${count(rollup.n)} rows held)`
      : `rollup: kept as refreshed at ${kept!.refreshed_at.toISOString()} (${count(rollup.n)} rows held; --keep-rollup)`);

    const repeats = options.repeats;
    const countStar = await timeIt(repeats, () => sql`select count(*) from appointment where network_id = ${networkId} and start_at >= ${from} and start_at < ${now}`.execute(db));
    const pk = await timeIt(repeats, () => db.selectFrom('appointment').select('id').where('network_id', '=', networkId).limit(1).execute());
    const q = { from: fromDay, to: toDay };
    const rows: { label: string; times: number[] }[] = [];
    // Each filter the dashboard offers, one at a time, as a person picks it: a site of the practice, the
    // commonest role, mode and national category of the year.
    const site = sites.find((s) => s.organisation_id === practice.id);
    const { rows: [common] } = await sql<{ role: string; mode: string; national_category: string }>`
      select mode() within group (order by role) as role, mode() within group (order by mode) as mode, mode() within group (order by national_category) as national_category
      from (select role, mode, national_category from appointment where network_id = ${networkId} and start_at >= ${from} and start_at < ${now} limit 200000) a`.execute(db);
    const filters: [string, Record<string, string>][] = [
      ['network', {}], ['one practice', { organisationId: practice.id }], ...(site ? [['one site', { siteId: site.id }] as [string, Record<string, string>]] : []),
      [`role ${common.role}`, { role: common.role }], [`mode ${common.mode}`, { mode: common.mode }], [`category ${common.national_category}`, { nationalCategory: common.national_category }],
    ];
    for (const view of VIEWS) {
      for (const [label, filter] of filters) rows.push({ label: `${view}, ${label}`, times: await timeIt(repeats, () => getView(db, actor, view, { ...q, ...filter }, now)) });
    }
    // The Friends and Family Test split by what each answer followed (the satisfaction view's `split=`).
    for (const split of ['role', 'site', 'channel'] as const) {
      rows.push({ label: `satisfaction split by ${split}, network`, times: await timeIt(repeats, () => getView(db, actor, 'satisfaction', { ...q, split }, now)) });
    }
    rows.push({ label: 'evaluation report (all views, two periods)', times: await timeIt(repeats, () => evaluationReport(db, actor, q, now)) });

    const countMedian = percentile(countStar, 50);
    const table = [['path', 'median', 'p99', 'max', 'vs count(*)', `limit ${VIEW_LIMIT_MS} ms`]];
    table.push(['plain count(*) of the year\'s appointments (limit)', ms(countMedian), ms(percentile(countStar, 99)), ms(Math.max(...countStar)), '1.00', '']);
    table.push(['primary-key read (limit)', ms(percentile(pk, 50)), ms(percentile(pk, 99)), ms(Math.max(...pk)), (percentile(pk, 50) / countMedian).toFixed(2), '']);
    const missed: string[] = [];
    for (const r of rows) {
      const max = Math.max(...r.times);
      const ok = max <= VIEW_LIMIT_MS;
      if (!ok && !r.label.startsWith('evaluation')) missed.push(`${r.label} took ${ms(max)}`);
      table.push([r.label, ms(percentile(r.times, 50)), ms(percentile(r.times, 99)), ms(max), (percentile(r.times, 50) / countMedian).toFixed(2), ok ? 'ok' : 'MISSED']);
    }
    console.log(`\nDashboard views for the last 12 months, ${repeats} runs each after a warm-up, in process on ${database.engine}:`);
    console.log(formatTable(table));
    console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the end`);
    if (options.combinations) await timeEveryCombination(db, actor, { ...q, organisationId: practice.id, siteId: site?.id, role: common.role, mode: common.mode, nationalCategory: common.national_category }, now, countMedian);
    if (options.strict && missed.length) console.log(`\nFAILED (--strict): ${missed.join('; ')}`);
    if (options.json) {
      console.log(JSON.stringify({
        engine: database.engine, scale: options.scale, appointments: year.n, rollupRows: rollup.n,
        countStarMs: round(countMedian), refreshS: refreshed ? round(refreshMs / 1000) : null, views: rows.map((r) => ({ label: r.label, medianMs: round(percentile(r.times, 50)), p99Ms: round(percentile(r.times, 99)), maxMs: round(Math.max(...r.times)), ratioToCount: round(percentile(r.times, 50) / countMedian, 2) })),
        cores: cpus().length, loadAverage1m: round(loadavg()[0]), targetsMissed: missed,
      }));
    }
    return options.strict && missed.length ? 1 : 0;
  } finally {
    await database.close();
    await dispose();
  }
}
