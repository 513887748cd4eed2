import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { expandTemplate, londonDay, type TemplateForExpansion } from '../modules/booking/index.ts';
import { bankHolidays } from '../platform/calendar.ts';
import { verifyPassword } from '../modules/identity/index.ts';
import { STAFF_ROLES } from '../platform/permissions.ts';
import { isValidNhsNumber } from '../platform/nhs-number.ts';
import { openTestDatabase } from '../../test/support/database.ts';
import { bulkInsert } from './bulk-insert.ts';
import { createDemoNetwork, DEMO_PASSWORD, deleteAllNetworkData, findDemoLogins, hasNetwork, type DemoNetworkResult } from './demo-network.ts';
import { expandTemplateFast } from './expand.ts';
import { IdSource, Random } from './random.ts';

// A small network (3 practices, 1 hub, 3,000 patients, 2 months of history around Christmas) so the
// test runs in seconds; the default scale is the same code with bigger numbers.
const TODAY = new Date('2026-01-12T09:00:00Z');
const OPTIONS = { scale: 'pcn', seed: 42, today: TODAY, historyMonths: 2, sizeOverride: { practices: 3, hubs: 1, patients: 3000 } } as const;

async function fingerprint(database: Database) {
  const digest = async (query: ReturnType<typeof sql>) => {
    const { rows } = await query.execute(database.db);
    return { n: rows.length, hash: createHash('sha256').update(JSON.stringify(rows)).digest('hex') };
  };
  return {
    patients: await digest(sql`select id, nhs_number, given_name, family_name, date_of_birth, sex, postcode, phone, practice_id from patient order by id`),
    staff: await digest(sql`select id, email, display_name from staff order by id`),
    slots: await digest(sql`select id, staff_id, start_at, end_at, channels, opens_at, status from slot order by id`),
    appointments: await digest(sql`select id, slot_id, patient_id, status, channel, booked_at, cancelled_at from appointment order by id`),
    history: await digest(sql`select id, appointment_id, from_status, to_status, at from appointment_status_history order by id`),
  };
}

describe('the demo network', () => {
  let a: Database;
  let b: Database;
  let result: DemoNetworkResult;

  beforeAll(async () => {
    [a, b] = await Promise.all([openTestDatabase(), openTestDatabase()]);
    result = await createDemoNetwork(a, OPTIONS);
    await createDemoNetwork(b, OPTIONS);
  }, 240_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it('is the same network for the same seed, on another database', async () => {
    const [fa, fb] = await Promise.all([fingerprint(a), fingerprint(b)]);
    expect(fa.patients.n).toBe(3000);
    expect(fa.slots.n).toBeGreaterThan(10_000);
    expect(fa).toEqual(fb);
  }, 180_000); // reads every slot, appointment and history row of two databases: 83 s once on a machine at load 20

  it('gives every patient a valid NHS number from the 999 test range, and plausible details', async () => {
    const patients = await a.db.selectFrom('patient').select(['nhs_number', 'phone', 'email', 'postcode', 'sex']).execute();
    expect(patients.every((p) => isValidNhsNumber(p.nhs_number) && p.nhs_number.startsWith('999'))).toBe(true);
    expect(patients.every((p) => p.phone === null || /^(07700 900\d{3}|0113 496 0\d{3})$/.test(p.phone))).toBe(true);
    expect(patients.every((p) => p.email === null || p.email.endsWith('@example.com'))).toBe(true);
    expect(patients.every((p) => /^LS\d{1,2} \d[A-Z]{2}$/.test(p.postcode!))).toBe(true);
    const women = patients.filter((p) => p.sex === 'female').length / patients.length;
    expect(women).toBeGreaterThan(0.45);
    expect(women).toBeLessThan(0.56);
  });

  it('has someone in every role, all signing in with the demo password', async () => {
    const roles = await a.db.selectFrom('staff_role').select('role').distinct().execute();
    expect(new Set(roles.map((r) => r.role))).toEqual(new Set(STAFF_ROLES));
    const logins = await findDemoLogins(a.db);
    expect(logins.map((l) => l.role)).toEqual([...STAFF_ROLES]);
    expect(result.logins).toEqual(logins);
    const hashes = await a.db.selectFrom('staff').select('password_hash').distinct().execute();
    expect(hashes).toHaveLength(1);
    expect(await verifyPassword(hashes[0].password_hash, DEMO_PASSWORD)).toBe(true);
    expect(await verifyPassword(hashes[0].password_hash, 'wrong')).toBe(false);
  });

  it('has a DNA rate of 3–6% and about 5% cancellations in the past, GPAD-like', async () => {
    const { rows } = await sql<{ status: string; n: number }>`select status, count(*)::int as n from appointment where start_at < ${TODAY} group by status`.execute(a.db);
    const n = (s: string) => rows.find((r) => r.status === s)?.n ?? 0;
    const all = rows.reduce((sum, r) => sum + r.n, 0);
    expect(all).toBeGreaterThan(5000);
    expect(n('dna') / all).toBeGreaterThan(0.03);
    expect(n('dna') / all).toBeLessThan(0.06);
    expect(n('cancelled') / all).toBeGreaterThan(0.03);
    expect(n('cancelled') / all).toBeLessThan(0.08);
    expect(n('booked')).toBe(0);
    const modes = await sql<{ mode: string; share: number }>`select mode, count(*)::float / sum(count(*)) over () as share from appointment where start_at < ${TODAY} group by mode`.execute(a.db);
    const share = (m: string) => modes.rows.find((r) => r.mode === m)?.share ?? 0;
    expect(share('face-to-face')).toBeGreaterThan(0.55);
    expect(share('telephone')).toBeGreaterThan(0.15);
    expect(share('home-visit')).toBeGreaterThan(0.005);
  });

  it('ties every Friends and Family Test answer to an attended appointment, across roles and months', async () => {
    const { rows } = await sql<{ answers: number; attended: number; roles: number; months: number }>`
      select count(*)::int as answers, count(*) filter (where x.status = 'attended')::int as attended, count(distinct x.role)::int as roles,
        count(distinct to_char(f.answered_at, 'YYYY-MM'))::int as months
      from fft_response f left join appointment x on x.network_id = f.network_id and x.id = f.appointment_id`.execute(a.db);
    expect(rows[0].answers).toBeGreaterThan(200);
    expect(rows[0].attended).toBe(rows[0].answers);
    expect(rows[0].roles).toBeGreaterThan(3);
    expect(rows[0].months).toBeGreaterThanOrEqual(2);
  });

  it('never has two active appointments in one slot, and slot status matches its appointment', async () => {
    const doubles = await sql<{ n: number }>`select count(*)::int as n from (select slot_id from appointment where status <> 'cancelled' group by slot_id having count(*) > 1) d`.execute(a.db);
    expect(doubles.rows[0].n).toBe(0);
    const mismatched = await sql<{ n: number }>`
      select count(*)::int as n from slot s
      where (s.status = 'booked') <> exists (select 1 from appointment x where x.network_id = s.network_id and x.slot_id = s.id and x.status <> 'cancelled')`.execute(a.db);
    expect(mismatched.rows[0].n).toBe(0);
    const history = await sql<{ n: number }>`select count(*)::int as n from appointment x where x.status <> 'booked' and not exists (select 1 from appointment_status_history h where h.appointment_id = x.id and h.to_status = x.status)`.execute(a.db);
    expect(history.rows[0].n).toBe(0);
  });

  it('books the next days fuller than the weeks after', async () => {
    const { rows } = await sql<{ near: number; far: number }>`
      select avg((status = 'booked')::int) filter (where start_at < ${TODAY}::timestamptz + interval '2 days' and start_at >= ${TODAY}) as near,
             avg((status = 'booked')::int) filter (where start_at > ${TODAY}::timestamptz + interval '28 days') as far
      from slot`.execute(a.db);
    expect(Number(rows[0].near)).toBeGreaterThan(0.6);
    expect(Number(rows[0].far)).toBeLessThan(0.35);
  });

  it('has hub evening and Saturday sessions, and no slot on a bank holiday', async () => {
    const { rows } = await sql<{ evening: number; saturday: number }>`
      select count(*) filter (where (s.start_at at time zone 'Europe/London')::time >= '18:30' and extract(isodow from s.start_at at time zone 'Europe/London') <= 5)::int as evening,
             count(*) filter (where extract(isodow from s.start_at at time zone 'Europe/London') = 6)::int as saturday
      from slot s join organisation o on o.network_id = s.network_id and o.id = s.organisation_id where o.kind = 'hub'`.execute(a.db);
    expect(rows[0].evening).toBeGreaterThan(50);
    expect(rows[0].saturday).toBeGreaterThan(20);
    const holidays = bankHolidays.between('2025-11-12', '2026-03-08');
    expect(holidays.length).toBeGreaterThanOrEqual(3);
    const onHolidays = await sql<{ n: number }>`select count(*)::int as n from slot where (start_at at time zone 'Europe/London')::date::text = any(${holidays})`.execute(a.db);
    expect(onHolidays.rows[0].n).toBe(0);
    const quota = await a.db.selectFrom('booking_quota').selectAll().execute();
    expect(quota).toMatchObject([{ channel: 'nhs111', per_registered_patients: 3000 }]);
  });

  it('is refused a second time by hasNetwork, and --force deletes every network row', async () => {
    expect(await hasNetwork(b.db)).toBe(true);
    await deleteAllNetworkData(b.db);
    expect(await hasNetwork(b.db)).toBe(false);
    for (const table of ['patient', 'slot', 'appointment', 'staff'] as const) {
      expect((await b.db.selectFrom(table).select((e) => e.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n).toBe(0);
    }
  });
});

describe('expandTemplateFast', () => {
  it('gives exactly the slots of the booking module generator, across clock changes, holidays and leave', () => {
    const leave = [{ startsAt: new Date('2026-03-30T00:00:00+01:00'), endsAt: new Date('2026-04-04T00:00:00+01:00') }, { startsAt: new Date('2026-10-27T10:00:00Z'), endsAt: new Date('2026-10-27T11:00:00Z') }];
    const blocks = [...bankHolidays.all().map((h) => londonDay(h.date)), ...leave];
    const base: TemplateForExpansion = { weekday: 1, start_time: '08:30', end_time: '11:30', slot_minutes: 10, channels: ['own-practice'], network_share: 25, embargo_hours: null, valid_from: '2026-01-01', valid_to: null };
    const cases: TemplateForExpansion[] = [
      base,
      { ...base, weekday: 2, start_time: '18:30:00', end_time: '20:00:00', channels: ['own-practice', 'network', 'hub', 'nhs111'], network_share: 0, embargo_hours: 24 },
      { ...base, weekday: 6, start_time: '09:00', end_time: '13:00', slot_minutes: 15, network_share: 100, valid_to: '2026-09-30' },
      { ...base, weekday: 7, start_time: '10:00', end_time: '12:05', slot_minutes: 30, embargo_hours: 48, valid_from: '2026-03-20' },
    ];
    for (const t of cases) expect(expandTemplateFast(t, '2026-02-01', '2026-11-30', blocks)).toEqual(expandTemplate(t, '2026-02-01', '2026-11-30', blocks));
  });
});

describe('the seeded sources', () => {
  it('repeat for a seed and differ between seeds', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, ((r) => () => r.next())(new Random(seed)));
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
    const ids = (seed: number) => { const s = new IdSource(seed, new Date('2026-01-01T00:00:00Z')); return [s.next(), s.next(), s.next()]; };
    expect(ids(7)).toEqual(ids(7));
    expect(ids(7)[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids(7)].sort()).toEqual(ids(7)); // time-ordered like UUIDv7
  });
});

describe('bulkInsert', () => {
  let db: Database;
  beforeAll(async () => { db = await openTestDatabase(); });
  afterAll(async () => { await db?.close(); });

  it('round-trips awkward values: quotes, commas, newlines, accents, empty strings and arrays, jsonb, dates and times', async () => {
    const net = '018f0000-0000-7000-8000-000000000001';
    const org = '018f0000-0000-7000-8000-000000000002';
    const site = '018f0000-0000-7000-8000-000000000003';
    await bulkInsert(db, 'network', ['id', 'name', 'ods_code', 'data_sharing_across_practices'], [[net, 'Zoë\'s "PCN", Leeds', null, true]]);
    await bulkInsert(db, 'organisation', ['network_id', 'id', 'kind', 'ods_code', 'name', 'address'], [[net, org, 'practice', 'Z90001', 'Ånd, "the" surgery', 'line 1\nline 2']]);
    await bulkInsert(db, 'site', ['network_id', 'id', 'organisation_id', 'kind', 'name', 'opening_hours', 'accessibility'],
      [[net, site, org, 'practice-site', '', JSON.stringify({ mon: [['08:00', '18:30']], note: 'café' }), []]]);
    await bulkInsert(db, 'patient', ['network_id', 'id', 'nhs_number', 'practice_id', 'given_name', 'family_name', 'date_of_birth', 'sex', 'communication_preferences', 'accessibility_needs', 'registered_at'],
      [[net, '018f0000-0000-7000-8000-000000000004', '9990000018', org, 'Siobhán', "O'Brien", '1936-02-29', 'female', ['sms', 'has space', 'NULL', 'a,b', 'q"uote'], [], '2020-01-01']]);
    await bulkInsert(db, 'slot_block', ['network_id', 'id', 'starts_at', 'ends_at', 'reason'], [[net, '018f0000-0000-7000-8000-000000000005', new Date('1999-12-31T23:59:59.123Z'), new Date('2026-03-29T01:00:00Z'), 'Leave']]);
    expect(await db.db.selectFrom('network').select(['name', 'ods_code', 'data_sharing_across_practices']).executeTakeFirst()).toEqual({ name: 'Zoë\'s "PCN", Leeds', ods_code: null, data_sharing_across_practices: true });
    expect(await db.db.selectFrom('organisation').select(['name', 'address']).executeTakeFirst()).toEqual({ name: 'Ånd, "the" surgery', address: 'line 1\nline 2' });
    expect(await db.db.selectFrom('site').select(['name', 'opening_hours', 'accessibility']).executeTakeFirst()).toEqual({ name: '', opening_hours: { mon: [['08:00', '18:30']], note: 'café' }, accessibility: [] });
    expect(await db.db.selectFrom('patient').select(['given_name', 'family_name', 'date_of_birth', 'communication_preferences', 'search_name']).executeTakeFirst())
      .toEqual({ given_name: 'Siobhán', family_name: "O'Brien", date_of_birth: '1936-02-29', communication_preferences: ['sms', 'has space', 'NULL', 'a,b', 'q"uote'], search_name: "o'brien siobhán" });
    expect(await db.db.selectFrom('slot_block').select(['starts_at', 'ends_at']).executeTakeFirst()).toEqual({ starts_at: new Date('1999-12-31T23:59:59.123Z'), ends_at: new Date('2026-03-29T01:00:00Z') });
  });

  it('refuses rows that break a foreign key and leaves the table as it was', async () => {
    const before = await db.db.selectFrom('staff_role').select((e) => e.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    await expect(bulkInsert(db, 'staff_role', ['network_id', 'staff_id', 'organisation_id', 'role'], [['018f0000-0000-7000-8000-000000000001', '018f0000-0000-7000-8000-0000000000ff', '018f0000-0000-7000-8000-000000000002', 'gp']]))
      .rejects.toThrow(/foreign key/);
    expect(await db.db.selectFrom('staff_role').select((e) => e.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).toEqual(before);
  });

  it('checks the foreign keys of a table with triggers of its own too, and leaves its triggers as they were', async () => {
    const triggers = () => sql<{ name: string; enabled: string }>`select tgname::text as name, tgenabled::text as enabled from pg_trigger where tgrelid = 'appointment'::regclass and not tgisinternal order by 1`.execute(db.db);
    const before = (await triggers()).rows;
    expect(before.length).toBeGreaterThan(0);
    const [net, org, site, patient] = ['01', '02', '03', '04'].map((n) => `018f0000-0000-7000-8000-0000000000${n}`);
    const at = new Date('2026-05-01T09:00:00Z');
    // An appointment in a slot that does not exist (booking's triggers on appointment mark the changed days).
    await expect(bulkInsert(db, 'appointment', ['network_id', 'id', 'slot_id', 'patient_id', 'status', 'start_at', 'end_at', 'provider_organisation_id', 'site_id', 'staff_id', 'service_id',
      'role', 'mode', 'national_category', 'channel', 'booker_organisation_id', 'patient_practice_id', 'booked_at'],
    [[net, '018f0000-0000-7000-8000-0000000000f1', '018f0000-0000-7000-8000-0000000000f2', patient, 'booked', at, new Date(at.getTime() + 600_000), org, site, '018f0000-0000-7000-8000-0000000000f3',
      '018f0000-0000-7000-8000-0000000000f4', 'gp', 'face-to-face', 'General Consultation Routine', 'own-practice', org, org, at]])).rejects.toThrow(/foreign key/);
    expect((await triggers()).rows).toEqual(before);
    expect(await db.db.selectFrom('appointment').select((e) => e.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).toEqual({ n: 0 });
  });
});
