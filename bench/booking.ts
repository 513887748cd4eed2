import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { Type } from 'typebox';
import { buildApp } from '../src/server/app.ts';
import { configFromEnv } from '../src/server/config.ts';
import { createApiToken } from '../src/modules/identity/index.ts';
import type { Database } from '../src/db/database.ts';
import { describeNetwork, openBenchDatabase, type BenchScale } from './bench-database.ts';
import { runLoad, type BenchRequest, type LoadResult } from './load.ts';
import { count, formatTable, ms, percentile, perSecond } from './report.ts';

// Slot search and booking under contention, measured over HTTP against the real app on loopback.
// Targets (docs/architecture.md): slot search p99 ≤ 10 ms in the server and ≥ 50% of the throughput
// of a bare primary-key route; 500 clients racing for 50 slots make exactly 50 bookings, none double.

export interface BookingBenchOptions {
  scale: BenchScale;
  /** Seconds each measured path runs (after a one-second warm-up). */
  seconds: number;
  /** Concurrent keep-alive clients for the read paths. */
  clients: number;
  /** Exit non-zero when a performance target is missed, not only on a wrong booking count. */
  strict: boolean;
}

const SLOT_SEARCH_P99_LIMIT_MS = 10;
const SEARCH_SHARE_OF_PK = 0.5;
const RACERS = 500;
const RACE_SLOTS = 50;

interface Measured {
  label: string;
  kind: 'limit' | 'search';
  load: LoadResult;
  serverMs: number[];
}

/** Runs the booking benchmark and prints its table; the exit code says whether booking stayed correct. */
export async function runBookingBench(options: BookingBenchOptions): Promise<number> {
  const bench = await openBenchDatabase(options.scale, process.env);
  const { database, networkId } = bench;
  const now = new Date();
  let app: FastifyInstance | null = null;
  const tokenIds: string[] = [];
  try {
    const network = await describeNetwork(database, networkId, now);
    console.log(`database: ${bench.where}${bench.reused ? ' (reused)' : `, built in ${bench.buildSeconds.toFixed(0)} s`}`);
    console.log(`network: ${network.practices} practices, ${network.hubs} hubs, ${count(network.patients)} patients, ${count(network.futureSlots)} future slots (${count(network.futureFree)} free)`);
    if (options.scale === 'city' && network.practices < 80) console.log('note: this database holds a smaller network than city scale; the figures are for what it holds.');

    const fixture = await findFixture(database, networkId, now);
    const searchToken = await createApiToken(database.db, { networkId, organisationId: fixture.practiceId, name: 'bench: slot search', scopes: ['slots:read'] });
    const bookToken = await createApiToken(database.db, { networkId, organisationId: fixture.practiceId, name: 'bench: booking race', scopes: ['slots:read', 'appointments:book', 'patients:read'] });
    tokenIds.push(searchToken.id, bookToken.id);

    const server = await startBenchServer(database, networkId);
    app = server.app;
    const measure = async (label: string, kind: Measured['kind'], requests: BenchRequest[]): Promise<Measured> => {
      const check = await runLoad({ origin: server.origin, mode: 'burst', requests: [requests[0]] });
      if (!check.statuses[200]) throw new Error(`${label}: the first request failed: ${check.sampleErrors.join('; ')}`);
      await runLoad({ origin: server.origin, mode: 'closed', clients: options.clients, seconds: Math.min(1, options.seconds), requests });
      const serverMs: number[] = [];
      server.record(serverMs);
      const load = await runLoad({ origin: server.origin, mode: 'closed', clients: options.clients, seconds: options.seconds, requests });
      server.record(null);
      process.stderr.write(`  measured ${label}\n`);
      return { label, kind, load, serverMs };
    };

    console.log(`\nRead paths: ${options.clients} keep-alive clients, ${options.seconds} s each after a 1 s warm-up, loopback HTTP`);
    const auth = { authorization: `Bearer ${searchToken.token}` };
    const search = (query: string): BenchRequest[] => [{ method: 'GET', path: `/api/v1/booking/slots?${query}`, headers: auth }];
    const inTwoWeeks = new Date(now.getTime() + 14 * 86_400_000).toISOString();
    const rows: Measured[] = [
      await measure('bare route, no database (limit)', 'limit', [{ method: 'GET', path: '/bench/bare' }]),
      await measure('primary-key select of a patient (limit)', 'limit', fixture.patientIds.map((id) => ({ method: 'GET' as const, path: `/bench/pk/${id}` }))),
      await measure('slot search role=gp', 'search', search('role=gp&limit=10')),
      await measure('slot search role=gp, telephone', 'search', search('role=gp&mode=telephone&limit=10')),
      await measure('slot search role=nurse, from +14 days', 'search', search(`role=nurse&from=${encodeURIComponent(inTwoWeeks)}&limit=10`)),
      await measure('slot search one hub', 'search', search(`organisationId=${fixture.hubId}&limit=10`)),
      await measure('slot search by service (physio)', 'search', search(`serviceId=${fixture.physioServiceId}&limit=10`)),
    ];

    const race = await raceForSlots(database, server.origin, bookToken.token, fixture, networkId, now);

    const missed = printReport(rows, race, database.engine);
    const raceOk = race.succeeded === RACE_SLOTS && race.doubleBookings === 0 && race.otherStatuses === 0;
    if (!raceOk) console.log('\nFAILED: booking under contention must give exactly 50 bookings, only 409 for the rest, and no double booking.');
    if (options.strict && missed.length) console.log(`\nFAILED (--strict): ${missed.join('; ')}`);
    console.log('\nTriage engine benchmark: npm run bench:triage');
    return raceOk && !(options.strict && missed.length) ? 0 : 1;
  } finally {
    if (app) await app.close();
    if (tokenIds.length) await database.db.updateTable('api_token').set({ revoked_at: new Date() }).where('network_id', '=', networkId).where('id', 'in', tokenIds).execute();
    await database.close();
  }
}

interface Fixture {
  practiceId: string;
  hubId: string;
  physioServiceId: string;
  patientIds: string[];
}

/** The practice a receptionist works at, and ids for the search mixes and the primary-key route. */
async function findFixture(database: Database, networkId: string, now: Date): Promise<Fixture> {
  const { rows: [practice] } = await sql<{ organisation_id: string }>`
    select sr.organisation_id from staff_role sr
    join staff s on s.network_id = sr.network_id and s.id = sr.staff_id
    join organisation o on o.network_id = sr.network_id and o.id = sr.organisation_id
    where sr.network_id = ${networkId} and sr.role = 'receptionist' and o.kind = 'practice'
      and (select count(*) from slot where slot.network_id = sr.network_id and slot.organisation_id = sr.organisation_id
           and slot.status = 'free' and slot.start_at > ${now}) >= ${RACE_SLOTS}
    order by (s.email = 'receptionist@example.com') desc, s.email limit 1`.execute(database.db);
  if (!practice) throw new Error('the network has no practice with a receptionist and 50 free future slots');
  const { rows: [hub] } = await sql<{ id: string }>`select id from organisation where network_id = ${networkId} and kind = 'hub' order by id limit 1`.execute(database.db);
  const { rows: [physio] } = await sql<{ id: string }>`select id from service where network_id = ${networkId} and role = 'physiotherapist' order by id limit 1`.execute(database.db);
  const { rows: patients } = await sql<{ id: string }>`select id from patient where network_id = ${networkId} order by id limit 2000`.execute(database.db);
  if (!hub || !physio || patients.length === 0) throw new Error('the network lacks a hub, a physiotherapy service or patients');
  return { practiceId: practice.organisation_id, hubId: hub.id, physioServiceId: physio.id, patientIds: patients.map((p) => p.id) };
}

/**
 * The real app on a free loopback port, plus two bench-only routes that set the limits: a bare route
 * and a route doing one primary-key select. An onResponse hook records each reply's time in the server.
 */
async function startBenchServer(database: Database, networkId: string) {
  const app = await buildApp({ database, config: { ...configFromEnv({}), port: 0, host: '127.0.0.1', webDir: null, logLevel: 'silent' } });
  let recording: number[] | null = null;
  app.addHook('onResponse', async (_req, reply) => {
    recording?.push(reply.elapsedTime);
  });
  app.get('/bench/bare', { config: { public: true }, schema: { hide: true } }, async () => ({ ok: true }));
  app.get('/bench/pk/:id', { config: { public: true }, schema: { hide: true, params: Type.Object({ id: Type.String() }) } }, async (req) => {
    const { id } = req.params as { id: string };
    return database.db.selectFrom('patient').select(['id', 'given_name', 'family_name', 'date_of_birth']).where('network_id', '=', networkId).where('id', '=', id).executeTakeFirst();
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return { app, origin: `http://127.0.0.1:${port}`, record: (into: number[] | null) => { recording = into; } };
}

interface RaceResult {
  succeeded: number;
  conflicts: number;
  otherStatuses: number;
  sampleErrors: string[];
  doubleBookings: number;
  activeOnRaceSlots: number;
  elapsedMs: number;
}

/** 500 clients, each booking a different patient, race for 50 free slots at once. */
async function raceForSlots(database: Database, origin: string, token: string, fixture: Fixture, networkId: string, now: Date): Promise<RaceResult> {
  const soon = new Date(now.getTime() + 3_600_000);
  const { rows: slots } = await sql<{ id: string }>`
    select id from slot where network_id = ${networkId} and organisation_id = ${fixture.practiceId} and status = 'free'
      and start_at > ${soon} and opens_at <= ${now} and channels @> array['own-practice']::text[]
    order by start_at limit ${RACE_SLOTS}`.execute(database.db);
  const { rows: patients } = await sql<{ id: string }>`
    select id from patient where network_id = ${networkId} and practice_id = ${fixture.practiceId} order by id limit ${RACERS}`.execute(database.db);
  if (slots.length < RACE_SLOTS || patients.length < RACERS) throw new Error(`the race needs ${RACE_SLOTS} free slots and ${RACERS} patients at one practice; found ${slots.length} and ${patients.length}`);
  const headers = { authorization: `Bearer ${token}` };
  const requests: BenchRequest[] = patients.map((p, i) => ({ method: 'POST', path: '/api/v1/booking/appointments', headers, body: { slotId: slots[i % RACE_SLOTS].id, patientId: p.id } }));
  console.log(`\nBooking under contention: ${RACERS} clients at once for ${RACE_SLOTS} free slots (distinct patients)`);
  const load = await runLoad({ origin, mode: 'burst', requests });
  const slotIds = slots.map((s) => s.id);
  const { rows: [active] } = await sql<{ n: number }>`
    select count(*)::int as n from appointment where network_id = ${networkId} and slot_id in (${sql.join(slotIds)}) and status <> 'cancelled'`.execute(database.db);
  const { rows: [doubles] } = await sql<{ n: number }>`
    select count(*)::int as n from (select slot_id from appointment where network_id = ${networkId} and status <> 'cancelled'
    group by slot_id having count(*) > 1) d`.execute(database.db);
  const succeeded = load.statuses[201] ?? 0;
  const conflicts = load.statuses[409] ?? 0;
  return {
    succeeded, conflicts, otherStatuses: RACERS - succeeded - conflicts, sampleErrors: load.sampleErrors,
    doubleBookings: Number(doubles.n), activeOnRaceSlots: Number(active.n), elapsedMs: load.elapsedMs,
  };
}

/** Prints the tables; returns the targets missed, in words. */
function printReport(rows: Measured[], race: RaceResult, engine: Database['engine']): string[] {
  const rate = (m: Measured) => m.load.latenciesMs.length / (m.load.elapsedMs / 1000);
  const bare = rows[0];
  const pk = rows[1];
  const missed: string[] = [];
  const table: string[][] = [['path', 'requests', 'errors', 'throughput', 'server p50', 'server p99', 'client p50', 'client p99', 'p99 vs bare', 'req/s vs PK', 'target']];
  for (const m of rows) {
    const errors = m.load.latenciesMs.length - (m.load.statuses[200] ?? 0) + (m.load.statuses[0] ?? 0);
    const p99 = percentile(m.serverMs, 99);
    let target = '';
    if (m.kind === 'search') {
      const share = rate(m) / rate(pk);
      const ok = p99 <= SLOT_SEARCH_P99_LIMIT_MS && share >= SEARCH_SHARE_OF_PK && errors === 0;
      target = ok ? 'met' : 'MISSED';
      if (!ok) missed.push(`${m.label}: server p99 ${ms(p99)} (≤ ${SLOT_SEARCH_P99_LIMIT_MS} ms), ${(share * 100).toFixed(0)}% of PK throughput (≥ ${SEARCH_SHARE_OF_PK * 100}%)${errors ? `, ${errors} errors` : ''}`);
    }
    table.push([
      m.label, count(m.load.latenciesMs.length), count(errors), perSecond(rate(m)),
      ms(percentile(m.serverMs, 50)), ms(p99), ms(percentile(m.load.latenciesMs, 50)), ms(percentile(m.load.latenciesMs, 99)),
      m === bare ? '1.0×' : `${(p99 / percentile(bare.serverMs, 99)).toFixed(1)}×`,
      `${((rate(m) / rate(pk)) * 100).toFixed(0)}%`, target,
    ]);
  }
  console.log('');
  console.log(formatTable(table));
  console.log(`Targets for slot search: server p99 ≤ ${SLOT_SEARCH_P99_LIMIT_MS} ms and throughput ≥ ${SEARCH_SHARE_OF_PK * 100}% of the primary-key route's, both measured in this run.`);
  for (const m of rows) if (m.load.sampleErrors.length) console.log(`  ${m.label}: ${m.load.sampleErrors[0]}`);

  const bookingsPerSecond = race.succeeded / (race.elapsedMs / 1000);
  console.log('');
  console.log(formatTable([
    ['booking under contention', 'value', 'must be'],
    ['clients racing', count(RACERS), ''],
    ['free slots raced for', count(RACE_SLOTS), ''],
    ['bookings succeeded (201)', count(race.succeeded), String(RACE_SLOTS)],
    ['refused as taken (409)', count(race.conflicts), String(RACERS - RACE_SLOTS)],
    ['other answers', count(race.otherStatuses), '0'],
    ['active appointments on those slots', count(race.activeOnRaceSlots), String(RACE_SLOTS)],
    ['double bookings in the network (SQL)', count(race.doubleBookings), '0'],
    ['wall time of the race', ms(race.elapsedMs), ''],
    ['bookings/s', perSecond(bookingsPerSecond), engine === 'postgres' ? '≥ 1,000/s' : '(≥ 1,000/s is a PostgreSQL target)'],
    ['requests answered/s', perSecond(RACERS / (race.elapsedMs / 1000)), ''],
  ]));
  for (const e of race.sampleErrors) console.log(`  ${e}`);
  if (engine === 'postgres' && bookingsPerSecond < 1000) missed.push(`booking: ${perSecond(bookingsPerSecond)} (≥ 1,000/s on PostgreSQL)`);
  return missed;
}
