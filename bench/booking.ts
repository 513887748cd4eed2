import { loadavg, cpus } from 'node:os';
import { sql } from 'kysely';
import { createApiToken } from '../src/modules/identity/index.ts';
import type { Database } from '../src/db/database.ts';
import { describeNetwork, openBenchDatabase, type BenchScale } from './bench-database.ts';
import { startBenchServer, type BenchServer } from './bench-server.ts';
import { startCpuMeter, type CpuSpent } from './cpu.ts';
import { runLoad, type BenchRequest, type LoadResult } from './load.ts';
import { measureWorkerSpeedUp } from './workers.ts';
import { count, formatTable, ms, percentile, perSecond } from './report.ts';

// Slot search and booking, measured over HTTP against the real app on loopback, each beside a limit
// measured on the same server in the same run (docs/architecture.md, performance targets):
//   slot search: server p99 ≤ 10 ms at 4 clients, and ≥ 50% of the throughput of a primary-key route;
//   booking distinct free slots: ≥ 50% of a one-row-insert route's throughput (and ≥ 1,500/s on an idle
//   PostgreSQL host); 500 clients racing for 50 slots make exactly 50 bookings, none double.

export interface BookingBenchOptions {
  scale: BenchScale;
  /** Seconds each measured path runs (after a one-second warm-up). */
  seconds: number;
  /** Concurrent keep-alive clients for the read paths (the search target is set at 4). */
  clients: number;
  /** Concurrent clients booking distinct free slots. */
  bookingClients: number;
  /** Exit non-zero when a performance target is missed, not only on a wrong booking count. */
  strict: boolean;
  /** Print, as the last line, one JSON object with the figures. */
  json: boolean;
}

export const SLOT_SEARCH_P99_LIMIT_MS = 10;
const SEARCH_SHARE_OF_PK = 0.5;
const BOOKING_SHARE_OF_WRITE = 0.5;
const BOOKING_RATE_TARGET = 1500; // per second, PostgreSQL on an idle host
const RACERS = 500;
const RACE_SLOTS = 50;

interface Measured {
  label: string;
  load: LoadResult;
  serverMs: number[];
  cpu: CpuSpent;
  /** Answers with the expected status. */
  ok: number;
}

const rate = (m: Measured) => m.ok / (m.load.elapsedMs / 1000);
const round = (n: number, digits = 2) => (Number.isFinite(n) ? Number(n.toFixed(digits)) : null);

/** Runs the benchmark and prints its tables; the exit code says whether booking stayed correct. */
export async function runBookingBench(options: BookingBenchOptions): Promise<number> {
  const bench = await openBenchDatabase(options.scale, process.env);
  const { database, networkId } = bench;
  const now = new Date();
  let server: BenchServer | null = null;
  const tokenIds: string[] = [];
  try {
    const network = await describeNetwork(database, networkId, now);
    console.log(`database: ${bench.where}${bench.reused ? ' (reused)' : `, built in ${bench.buildSeconds.toFixed(0)} s`}`);
    console.log(`network: ${network.practices} practices, ${network.hubs} hubs, ${count(network.patients)} patients, ${count(network.futureSlots)} future slots (${count(network.futureFree)} free)`);
    console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the start (other work on the machine lowers every rate; read the ratios)`);
    if (options.scale === 'city' && network.practices < 80) console.log('note: this database holds a smaller network than city scale; the figures are for what it holds.');

    const fixture = await findFixture(database, networkId, now);
    const searchToken = await createApiToken(database.db, { networkId, organisationId: fixture.practiceId, name: 'bench: slot search', scopes: ['slots:read'] });
    const bookToken = await createApiToken(database.db, { networkId, organisationId: fixture.practiceId, name: 'bench: booking', scopes: ['slots:read', 'appointments:book', 'patients:read'], integration: true });
    tokenIds.push(searchToken.id, bookToken.id);

    server = await startBenchServer(database, networkId);
    const origin = server.origin;
    const recordOn = server.record;
    const measure = async (label: string, requests: BenchRequest[], p: { clients: number; okStatus: number; warmUp?: BenchRequest[]; maxRequests?: number }): Promise<Measured> => {
      const first = p.warmUp ?? requests;
      const check = await runLoad({ origin, mode: 'burst', requests: [first[0]] });
      if (!check.statuses[p.okStatus]) throw new Error(`${label}: the first request failed: ${check.sampleErrors.join('; ')}`);
      await runLoad({ origin, mode: 'closed', clients: p.clients, seconds: Math.min(1, options.seconds), requests: first.slice(p.warmUp ? 1 : 0), maxRequests: p.warmUp ? first.length - 1 : undefined });
      const serverMs: number[] = [];
      recordOn(serverMs);
      const stopCpu = await startCpuMeter(database);
      const load = await runLoad({ origin, mode: 'closed', clients: p.clients, seconds: options.seconds, requests, maxRequests: p.maxRequests });
      const cpu = await stopCpu();
      recordOn(null);
      process.stderr.write(`  measured ${label}\n`);
      return { label, load, serverMs, cpu, ok: load.statuses[p.okStatus] ?? 0 };
    };
    const read = (label: string, requests: BenchRequest[]) => measure(label, requests, { clients: options.clients, okStatus: 200 });

    console.log(`\nRead paths: ${options.clients} keep-alive clients, ${options.seconds} s each after a 1 s warm-up, loopback HTTP`);
    const auth = { authorization: `Bearer ${searchToken.token}` };
    const search = (query: string): BenchRequest => ({ method: 'GET', path: `/api/v1/booking/slots?${query}`, headers: auth });
    const inTwoWeeks = new Date(now.getTime() + 14 * 86_400_000).toISOString();
    const shapes: [string, BenchRequest][] = [
      ['slot search role=gp', search('role=gp&limit=10')],
      ['slot search role=gp, telephone', search('role=gp&mode=telephone&limit=10')],
      ['slot search role=nurse, from +14 days', search(`role=nurse&from=${encodeURIComponent(inTwoWeeks)}&limit=10`)],
      ['slot search one hub', search(`organisationId=${fixture.hubId}&limit=10`)],
      ['slot search by service (physio)', search(`serviceId=${fixture.physioServiceId}&limit=10`)],
    ];
    const bare = await read('bare route, no database (limit)', [{ method: 'GET', path: '/bench/bare' }]);
    const pk = await read('primary-key select of a patient (limit)', fixture.patientIds.map((id) => ({ method: 'GET' as const, path: `/bench/pk/${id}` })));
    const searches: Measured[] = [];
    for (const [label, request] of shapes) searches.push(await read(label, [request]));
    const searchMix = await read('slot search, every shape above in turn', shapes.map(([, r]) => r));

    console.log(`\nWrite paths: ${options.bookingClients} keep-alive clients, ${options.seconds} s each after a 1 s warm-up`);
    const write = await measure('one-row insert in a transaction (limit)', Array.from({ length: 64 }, (_, i) => ({ method: 'POST' as const, path: '/bench/write', body: { note: `bench ${i}` } })), { clients: options.bookingClients, okStatus: 201 });
    const booking = await bookDistinctSlots(database, networkId, now, fixture, bookToken.token, options, measure);

    const race = await raceForSlots(database, origin, bookToken.token, fixture, networkId, now);

    // Several server processes need PostgreSQL (the embedded database belongs to one process).
    const databaseUrl = database.engine === 'postgres' ? process.env.DATABASE_URL : undefined;
    const workers = databaseUrl ? await measureWorkerSpeedUp({ databaseUrl, requests: shapes.map(([, r]) => r), clients: options.clients * 2, seconds: options.seconds }) : null;

    const missed = printReport({ bare, pk, searches, searchMix, write, booking, race, engine: database.engine, options });
    const raceOk = race.succeeded === RACE_SLOTS && race.doubleBookings === 0 && race.otherStatuses === 0;
    if (!raceOk) console.log(`\nFAILED: booking under contention must give exactly ${RACE_SLOTS} bookings, only 409 for the rest, and no double booking.`);
    if (options.strict && missed.length) console.log(`\nFAILED (--strict): ${missed.join('; ')}`);
    console.log(workers
      ? `\nServer processes (commons start --workers N, the real command), every search shape in turn, ${workers.clients} clients: 1 worker ${count(workers.one.rps)}/s, 2 workers ${count(workers.two.rps)}/s: ${workers.speedUp}× (clients, servers and PostgreSQL share this machine's ${cpus().length} cores)`
      : '\nServer processes: --workers above 1 needs PostgreSQL; not measured on the embedded database.');
    console.log('\nTriage engine benchmark: npm run bench:triage');
    if (options.json) {
      console.log(JSON.stringify({
        engine: database.engine, scale: options.scale,
        bareRoute: { rps: round(rate(bare), 0) },
        pkRoute: { rps: round(rate(pk), 0), p99Ms: round(percentile(pk.serverMs, 99)) },
        writeRoute: { rps: round(rate(write), 0), p99Ms: round(percentile(write.serverMs, 99)) },
        slotSearch: {
          clients: options.clients, rps: round(rate(searchMix), 0), p50Ms: round(percentile(searchMix.serverMs, 50)), p99Ms: round(percentile(searchMix.serverMs, 99)), ratioToPk: round(rate(searchMix) / rate(pk)),
          cpuMsPerRequest: cpuPerRequest(searchMix),
          shapes: searches.map((m) => ({ label: m.label, rps: round(rate(m), 0), p99Ms: round(percentile(m.serverMs, 99)), ratioToPk: round(rate(m) / rate(pk)) })),
        },
        booking: {
          clients: options.bookingClients, rps: round(rate(booking), 0), p99Ms: round(percentile(booking.serverMs, 99)), ratioToWriteRoute: round(rate(booking) / rate(write)),
          cpuMsPerRequest: cpuPerRequest(booking), writeRouteCpuMsPerRequest: cpuPerRequest(write),
        },
        race: { attempts: RACERS, slots: RACE_SLOTS, booked: race.succeeded, conflicts: race.conflicts, otherStatuses: race.otherStatuses, doubleBookings: race.doubleBookings },
        demoBuildS: bench.reused ? null : round(bench.buildSeconds, 1),
        workers, seconds: options.seconds, cores: cpus().length, loadAverage1m: round(loadavg()[0], 1), targetsMissed: missed,
      }));
    }
    return raceOk && !(options.strict && missed.length) ? 0 : 1;
  } finally {
    if (server) await server.close();
    if (tokenIds.length) {
      await forgetBenchBookings(database, networkId, tokenIds);
      await database.db.updateTable('api_token').set({ revoked_at: new Date() }).where('network_id', '=', networkId).where('id', 'in', tokenIds).execute();
    }
    await database.close();
  }
}

const cpuPerRequest = (m: Measured) => ({
  server: round(m.cpu.serverMs / Math.max(1, m.ok), 3),
  database: m.cpu.databaseMs == null ? null : round(m.cpu.databaseMs / Math.max(1, m.ok), 3),
});

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

type MeasureFn = (label: string, requests: BenchRequest[], p: { clients: number; okStatus: number; warmUp?: BenchRequest[]; maxRequests?: number }) => Promise<Measured>;

/**
 * Booking without contention: every request books a different free slot the booking practice may book
 * (its own slots, other practices' slots released to the network; none under a quota), for one of 2,000
 * patients. Each slot is booked once; the warm-up books slots of its own.
 */
async function bookDistinctSlots(database: Database, networkId: string, now: Date, fixture: Fixture, token: string, options: BookingBenchOptions, measure: MeasureFn) {
  const soon = new Date(now.getTime() + 3_600_000);
  const wanted = Math.min(60_000, options.seconds * 4000 + 4000);
  let { rows: slots } = await sql<{ id: string }>`
    select id from slot where network_id = ${networkId} and status = 'free' and start_at > ${soon} and opens_at <= ${now}
      and ((organisation_id = ${fixture.practiceId} and channels @> array['own-practice']::text[])
        or (organisation_id <> ${fixture.practiceId} and channels @> array['network']::text[]))
      and not exists (select 1 from booking_quota q where q.network_id = slot.network_id and q.provider_organisation_id = slot.organisation_id)
    order by start_at desc limit ${wanted}`.execute(database.db);
  // On a fast machine booking can take every slot the practice may book; the race's slots are kept back for it.
  const kept = new Set((await slotsForTheRace(database, networkId, fixture.practiceId, now)).map((s) => s.id));
  slots = slots.filter((s) => !kept.has(s.id));
  const warmUpCount = Math.min(Math.floor(slots.length / 4), 1000);
  if (slots.length - warmUpCount < 500) throw new Error(`booking needs at least ${500 + warmUpCount} free slots the practice may book; found ${slots.length}`);
  const headers = { authorization: `Bearer ${token}` };
  const requests: BenchRequest[] = slots.map((s, i) => ({ method: 'POST', path: '/api/v1/booking/appointments', headers, body: { slotId: s.id, patientId: fixture.patientIds[i % fixture.patientIds.length] } }));
  const warmUp = requests.slice(0, warmUpCount);
  const measured = requests.slice(warmUpCount);
  return measure(`booking distinct free slots (${count(measured.length)} available)`, measured, { clients: options.bookingClients, okStatus: 201, warmUp, maxRequests: measured.length });
}

/** Takes back what the bench booked, so the next run finds the same free slots (audit rows stay). */
async function forgetBenchBookings(database: Database, networkId: string, tokenIds: string[]) {
  await database.db.transaction().execute(async (trx) => {
    const { rows } = await sql<{ id: string; slot_id: string }>`select id, slot_id from appointment where network_id = ${networkId} and booked_by_token_id in (${sql.join(tokenIds)})`.execute(trx);
    if (rows.length === 0) return;
    const ids = rows.map((r) => r.id);
    for (let i = 0; i < ids.length; i += 5000) {
      const part = ids.slice(i, i + 5000);
      await sql`delete from appointment_status_history where network_id = ${networkId} and appointment_id = any(${part}::uuid[])`.execute(trx);
      await sql`delete from appointment where network_id = ${networkId} and id = any(${part}::uuid[])`.execute(trx);
    }
    const slotIds = rows.map((r) => r.slot_id);
    await sql`update slot set status = 'free' where network_id = ${networkId} and id = any(${slotIds}::uuid[]) and status = 'booked'`.execute(trx);
  });
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

/** The earliest free slots the practice may book: what the race fights over. */
async function slotsForTheRace(database: Database, networkId: string, practiceId: string, now: Date): Promise<{ id: string }[]> {
  const soon = new Date(now.getTime() + 3_600_000);
  const { rows } = await sql<{ id: string }>`
    select id from slot where network_id = ${networkId} and organisation_id = ${practiceId} and status = 'free'
      and start_at > ${soon} and opens_at <= ${now} and channels @> array['own-practice']::text[]
    order by start_at limit ${RACE_SLOTS}`.execute(database.db);
  return rows;
}

/** 500 clients, each booking a different patient, race for 50 free slots at once. */
async function raceForSlots(database: Database, origin: string, token: string, fixture: Fixture, networkId: string, now: Date): Promise<RaceResult> {
  const slots = await slotsForTheRace(database, networkId, fixture.practiceId, now);
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

interface Report {
  bare: Measured;
  pk: Measured;
  searches: Measured[];
  searchMix: Measured;
  write: Measured;
  booking: Measured;
  race: RaceResult;
  engine: Database['engine'];
  options: BookingBenchOptions;
}

/** Prints the tables; returns the targets missed, in words. */
function printReport(r: Report): string[] {
  const missed: string[] = [];
  const cpuCell = (m: Measured) => {
    const c = cpuPerRequest(m);
    return `${c.server?.toFixed(2) ?? '–'}${c.database != null ? ` + ${c.database.toFixed(2)}` : ''} ms`;
  };
  const errorsOf = (m: Measured) => m.load.latenciesMs.length - m.ok + (m.load.statuses[0] ?? 0);
  const header = ['path', 'requests', 'errors', 'throughput', 'server p50', 'server p99', 'client p99', 'CPU/request', 'ratio', 'target'];
  const row = (m: Measured, ratio: string, target: string) => [
    m.label, count(m.load.latenciesMs.length), count(errorsOf(m)), perSecond(rate(m)),
    ms(percentile(m.serverMs, 50)), ms(percentile(m.serverMs, 99)), ms(percentile(m.load.latenciesMs, 99)), cpuCell(m), ratio, target,
  ];

  const reads: string[][] = [header, row(r.bare, '', 'limit'), row(r.pk, '100% of PK', 'limit')];
  for (const m of [...r.searches, r.searchMix]) {
    const share = rate(m) / rate(r.pk);
    const p99 = percentile(m.serverMs, 99);
    const ok = p99 <= SLOT_SEARCH_P99_LIMIT_MS && share >= SEARCH_SHARE_OF_PK && errorsOf(m) === 0;
    if (!ok) missed.push(`${m.label}: server p99 ${ms(p99)} (≤ ${SLOT_SEARCH_P99_LIMIT_MS} ms), ${(share * 100).toFixed(0)}% of PK throughput (≥ ${SEARCH_SHARE_OF_PK * 100}%)${errorsOf(m) ? `, ${errorsOf(m)} errors` : ''}`);
    reads.push(row(m, `${(share * 100).toFixed(0)}% of PK`, ok ? 'met' : 'MISSED'));
  }
  console.log('');
  console.log(formatTable(reads));
  console.log(`Slot search targets: server p99 ≤ ${SLOT_SEARCH_P99_LIMIT_MS} ms (at 4 clients) and throughput ≥ ${SEARCH_SHARE_OF_PK * 100}% of the primary-key route's, both in this run.`);
  console.log('CPU/request: the server\'s event-loop time (with PGlite, the database\'s too) + PostgreSQL backends\' CPU when the server runs on this machine.');

  const bookShare = rate(r.booking) / rate(r.write);
  const bookOk = bookShare >= BOOKING_SHARE_OF_WRITE && errorsOf(r.booking) === 0;
  if (!bookOk) missed.push(`booking: ${(bookShare * 100).toFixed(0)}% of the one-row-insert route (≥ ${BOOKING_SHARE_OF_WRITE * 100}%)${errorsOf(r.booking) ? `, ${errorsOf(r.booking)} errors` : ''}`);
  const idleTarget = r.engine === 'postgres' ? (rate(r.booking) >= BOOKING_RATE_TARGET ? `${perSecond(rate(r.booking))} ≥ 1,500/s` : `${perSecond(rate(r.booking))} < 1,500/s (an idle-host target)`) : '';
  console.log('');
  console.log(formatTable([header, row(r.write, '', 'limit'), row(r.booking, `${(bookShare * 100).toFixed(0)}% of insert`, bookOk ? 'met' : 'MISSED')]));
  console.log(`Booking target: ≥ ${BOOKING_SHARE_OF_WRITE * 100}% of the one-row-insert route in this run${idleTarget ? `; ${idleTarget}` : ''}.`);
  for (const m of [r.bare, r.pk, ...r.searches, r.searchMix, r.write, r.booking]) if (m.load.sampleErrors.length) console.log(`  ${m.label}: ${m.load.sampleErrors[0]}`);

  const race = r.race;
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
    ['wall time of the race (opens 500 connections)', ms(race.elapsedMs), ''],
  ]));
  for (const e of race.sampleErrors) console.log(`  ${e}`);
  return missed;
}
