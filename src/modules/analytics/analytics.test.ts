import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/support/setup.ts';
import { makeSlots, NOW, at } from '../../../test/support/booking.ts';
import { newId } from '../../platform/ids.ts';
import { sumRollup, sumRollupSets, type GroupKey } from './queries.ts';

// The dashboard on a small book whose every figure is known: 8 slots in May 2026 at two practices and
// the hub, 6 appointments (one cancelled, two DNAs by the same patient), refreshed into the rollup.

const { t, w } = useTestApp({ now: () => NOW });
let pcnManager: { email: string; password: string };
let oddPractice: { id: string };
const appointmentIds: string[] = [];

async function book(slotId: string, p: { patientId: string; practiceId: string; organisationId: string; siteId: string; staffId: string; role?: string; status: 'attended' | 'dna' | 'cancelled' | 'booked'; bookedAt: string; channel?: string }) {
  const slot = await t.db.selectFrom('slot').selectAll().where('id', '=', slotId).executeTakeFirstOrThrow();
  const id = newId();
  await t.db.insertInto('appointment').values({
    network_id: w.network.id, id, slot_id: slotId, patient_id: p.patientId, status: p.status, start_at: slot.start_at, end_at: slot.end_at,
    provider_organisation_id: p.organisationId, site_id: p.siteId, staff_id: p.staffId, service_id: slot.service_id, role: p.role ?? 'gp', mode: 'face-to-face',
    national_category: 'General Consultation Routine', channel: (p.channel ?? 'own-practice') as never, booker_organisation_id: p.organisationId, patient_practice_id: p.practiceId,
    booked_at: at(p.bookedAt), cancelled_at: p.status === 'cancelled' ? at(p.bookedAt) : null,
  }).execute();
  if (p.status !== 'cancelled') await t.db.updateTable('slot').set({ status: 'booked' }).where('id', '=', slotId).execute();
  appointmentIds.push(id);
  return id;
}

beforeAll(async () => {
  pcnManager = await t.make.staff(w.network.id, [{ organisationId: w.pcn.id, role: 'pcn-manager' }]);
  oddPractice = await t.make.organisation(w.network.id, { kind: 'practice', name: '=SUM(A1:A9)' });
  const oddSite = await t.make.site(w.network.id, oddPractice.id);
  const n = w.network.id;
  const a = await makeSlots(t.db, { networkId: n, organisationId: w.practiceA.id, siteId: w.siteA.id, staffId: w.gpA.id, serviceId: w.gpService.id, start: at('2026-05-20T08:00:00Z'), count: 4 });
  const b = await makeSlots(t.db, { networkId: n, organisationId: w.practiceB.id, siteId: w.siteB.id, staffId: w.physio.id, serviceId: w.physioService.id, role: 'physiotherapist', start: at('2026-05-21T13:00:00Z'), count: 2 });
  const h = await makeSlots(t.db, { networkId: n, organisationId: w.hub.id, siteId: w.hubSite.id, staffId: w.hubGp.id, serviceId: w.gpService.id, start: at('2026-05-23T09:00:00Z') });
  await makeSlots(t.db, { networkId: n, organisationId: oddPractice.id, siteId: oddSite.id, staffId: w.hubGp.id, serviceId: w.gpService.id, start: at('2026-05-26T09:00:00Z') });
  const A = { practiceId: w.practiceA.id, organisationId: w.practiceA.id, siteId: w.siteA.id, staffId: w.gpA.id };
  await book(a[0], { ...A, patientId: w.patientA.id, status: 'attended', bookedAt: '2026-05-20T07:30:00Z' });
  await book(a[1], { ...A, patientId: w.patientA.id, status: 'dna', bookedAt: '2026-05-10T10:00:00Z' });
  await book(a[2], { ...A, patientId: w.patientB.id, practiceId: w.practiceB.id, status: 'attended', bookedAt: '2026-05-19T10:00:00Z', channel: 'nhs111' });
  const B = { practiceId: w.practiceB.id, organisationId: w.practiceB.id, siteId: w.siteB.id, staffId: w.physio.id, role: 'physiotherapist' };
  await book(b[0], { ...B, patientId: w.patientB.id, status: 'attended', bookedAt: '2026-05-18T10:00:00Z' });
  await book(b[1], { ...B, patientId: w.patientB.id, status: 'cancelled', bookedAt: '2026-05-18T10:00:00Z' });
  await book(h[0], { practiceId: w.practiceA.id, organisationId: w.hub.id, siteId: w.hubSite.id, staffId: w.hubGp.id, patientId: w.patientA.id, status: 'dna', bookedAt: '2026-05-21T10:00:00Z', channel: 'network' });
  // Patient A's postcode (LS6 2AB) lies in an LSOA of the second most deprived tenth.
  await t.db.insertInto('postcode_lsoa').values({ postcode: 'LS62AB', lsoa_code: 'E01900001' }).execute();
  await t.db.insertInto('imd_lsoa').values({ lsoa_code: 'E01900001', imd_decile: 2, source: 'test' }).execute();
  const pcn = await t.as(pcnManager);
  const refreshed = await pcn.post('/api/v1/analytics/refresh?from=2026-04-01&to=2026-06-30');
  expect(refreshed.statusCode, refreshed.body).toBe(200);
});

const MAY = 'from=2026-05-01&to=2026-05-31';
const table = (body: { tables: { id: string; rows: Record<string, unknown>[] }[] }, id: string) => body.tables.find((x) => x.id === id)!.rows;
const figure = (body: { headline: { key: string; value: number | null }[] }, key: string) => body.headline.find((f) => f.key === key)?.value;

describe('dashboard views', () => {
  it('sums several groupings in one scan exactly as one query per grouping, rows in the same order', async () => {
    const sets: Record<string, GroupKey[]> = { total: [], org: ['organisation_id'], role: ['role'], week: ['week'], monthRole: ['month', 'role'], dayHour: ['weekday', 'bucket'] };
    for (const [dimension, f] of [['total', {}], ['hour', {}], ['lead', { organisationId: w.practiceA.id }], ['total', { role: 'no-such-role' }]] as const) {
      const filter = { networkId: w.network.id, fromDay: '2026-05-01', toDay: '2026-05-31', ...f };
      const together = await sumRollupSets(t.db, dimension, filter, sets);
      for (const [name, keys] of Object.entries(sets)) expect(together[name], `${dimension} ${name}`).toEqual(await sumRollup(t.db, dimension, filter, keys));
    }
  });

  it('counts capacity, use and demand by source for the network', async () => {
    const res = await (await t.as(pcnManager)).get(`/api/v1/analytics/views/demand?${MAY}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect([figure(body, 'offered'), figure(body, 'booked'), figure(body, 'unused'), figure(body, 'utilisation'), figure(body, 'appointments')]).toEqual([8, 5, 3, 62.5, 5]);
    const sources = Object.fromEntries(table(body, 'by-source').map((r) => [r.source, r.appointments]));
    expect(sources['NHS 111']).toBe(1);
    expect(sources['Practice referral (another practice)']).toBe(1);
    expect(sources['Phone or reception']).toBe(3);
    expect(table(body, 'by-organisation').map((r) => r.organisation)).toEqual(['Network', '=SUM(A1:A9)', 'Hillview Medical Centre', 'Network Hub (hub)', 'Riverside Surgery']);
    // 09:00 London on Wednesday 20 May: the four slots of practice A.
    expect(table(body, 'by-day-hour').find((r) => r.weekday === 'Wednesday' && r.hour === 9)).toMatchObject({ offered: 4, booked: 3 });
  });

  it('gives DNA rates of known outcomes by role, age band and deprivation decile', async () => {
    const body = (await (await t.as(pcnManager)).get(`/api/v1/analytics/views/attendance?${MAY}`)).json();
    expect([figure(body, 'attended'), figure(body, 'dna'), figure(body, 'dna-rate'), figure(body, 'cancelled')]).toEqual([3, 2, 40, 1]);
    expect(table(body, 'by-role')).toContainEqual({ role: 'GP', appointments: 4, attended: 2, dna: 2, dnaRate: 50 });
    expect(table(body, 'by-deprivation').find((r) => r.decile === '2')).toMatchObject({ appointments: 3, dna: 2 });
    expect(table(body, 'by-age').find((r) => r.ageBand === '65-74')).toMatchObject({ appointments: 3, dna: 2 });
    expect(table(body, 'trend').find((r) => r.month === '2026-05')).toMatchObject({ dna: 2, dnaRate: 40 });
  });

  it('puts time to appointment in the GPAD bands and counts what other roles and hubs carry', async () => {
    const pcn = await t.as(pcnManager);
    const access = (await pcn.get(`/api/v1/analytics/views/access?${MAY}`)).json();
    expect(table(access, 'bands').map((r) => r.appointments)).toEqual([1, 1, 2, 1, 0, 0, 0]);
    expect(figure(access, 'same-day')).toBe(20);
    const mix = (await pcn.get(`/api/v1/analytics/views/role-mix?${MAY}`)).json();
    expect(figure(mix, 'other-roles-share')).toBe(20);
    expect(figure(mix, 'hub-appointments')).toBe(1);
  });
});

describe('filters and access', () => {
  it('filters to one practice', async () => {
    const body = (await (await t.as(pcnManager)).get(`/api/v1/analytics/views/demand?${MAY}&organisationId=${w.practiceB.id}`)).json();
    expect([figure(body, 'offered'), figure(body, 'booked'), figure(body, 'appointments')]).toEqual([2, 1, 1]);
    expect(body.scope.label).toBe('Hillview Medical Centre');
  });

  it('shows practice staff their own practice and the network total, and refuses another practice', async () => {
    const manager = await t.as(w.managerA);
    const body = (await manager.get(`/api/v1/analytics/views/attendance?${MAY}`)).json();
    expect(table(body, 'by-organisation').map((r) => r.organisation)).toEqual(['Network', 'Riverside Surgery']);
    const other = await manager.get(`/api/v1/analytics/views/attendance?${MAY}&organisationId=${w.practiceB.id}`);
    expect(other.statusCode).toBe(403);
    expect(other.json().errors[0].pointer).toBe('/querystring/organisationId');
  });

  it('names the field of a reversed or too long period, an unknown practice and an unknown table', async () => {
    const pcn = await t.as(pcnManager);
    const reversed = await pcn.get('/api/v1/analytics/views/demand?from=2026-05-31&to=2026-05-01');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(reversed.json().errors[0].pointer).toBe('/querystring/from');
    const long = await pcn.get('/api/v1/analytics/views/demand?from=2019-01-01&to=2026-05-01');
    expect(long.json()).toMatchObject({ status: 400, errors: [{ pointer: '/querystring/to' }] });
    const unknown = await pcn.get(`/api/v1/analytics/views/demand?organisationId=${newId()}`);
    expect(unknown.json()).toMatchObject({ status: 400, errors: [{ pointer: '/querystring/organisationId' }] });
    const badTable = await pcn.get('/api/v1/analytics/export?view=demand&table=nope');
    expect(badTable.json()).toMatchObject({ status: 404, errors: [{ pointer: '/querystring/table' }] });
    expect((await pcn.get('/api/v1/analytics/views/nonsense')).statusCode).toBe(400);
  });

  it('keeps the dashboard from staff without analytics:read', async () => {
    expect((await (await t.as(w.receptionistA)).get(`/api/v1/analytics/views/demand?${MAY}`)).statusCode).toBe(403);
  });
});

describe('exports and the evaluation report', () => {
  it('exports a table as CSV with formula-like cells neutralised', async () => {
    const res = await (await t.as(pcnManager)).get(`/api/v1/analytics/export?view=demand&table=by-organisation&${MAY}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="commons-demand-by-organisation-2026-05-01-to-2026-05-31.csv"/);
    const lines = res.body.trim().split('\r\n');
    expect(lines[0]).toBe('Organisation,Slots offered,Booked,Unused,Utilisation %,Appointments');
    expect(lines[1]).toBe('Network,8,5,3,62.5,5');
    expect(lines).toContain("'=SUM(A1:A9),1,0,1,0,0");
  });

  it('compares the period with the previous one of equal length', async () => {
    const res = await (await t.as(pcnManager)).get('/api/v1/analytics/report?from=2026-05-01&to=2026-05-31');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect([body.previousFrom, body.previousTo]).toEqual(['2026-03-31', '2026-04-30']);
    const dna = body.sections.flatMap((s: { figures: unknown[] }) => s.figures).find((f: { key: string }) => f.key === 'dna-rate');
    expect(dna).toMatchObject({ current: 40, previous: null, change: null });
    const offered = body.sections[0].figures.find((f: { key: string }) => f.key === 'offered');
    expect(offered).toMatchObject({ current: 8, previous: 0, change: null });
  });
});

describe('Friends and Family Test', () => {
  async function answers(practiceId: string, ratings: number[], answeredAt: string) {
    for (const rating of ratings) {
      await t.db.insertInto('fft_response').values({ network_id: w.network.id, id: newId(), patient_id: w.patientA.id, practice_id: practiceId, link_id: newId(), rating, answered_at: new Date(answeredAt) }).execute();
    }
  }
  beforeAll(async () => {
    await answers(w.practiceA.id, [1, 1, 2, 2, 4, 6], '2026-05-20T10:00:00Z');
    await answers(w.practiceB.id, [1, 5, 3], '2026-05-21T10:00:00Z');
    await answers(w.practiceA.id, [1, 4, 4, 5, 6], '2026-04-15T10:00:00Z');
    // 00:30 on 1 June in London: outside May.
    await answers(w.practiceA.id, [5], '2026-05-31T23:30:00Z');
    // Answers dated before the last refresh (as history loaded into the database) are read from the rollup: rebuild it.
    expect((await (await t.as(pcnManager)).post('/api/v1/analytics/refresh?from=2026-04-01&to=2026-06-30')).statusCode).toBe(200);
  });

  it('shows % positive and negative out of all answers, by practice and month, fewer than 5 as "<5"', async () => {
    const view = (await (await t.as(pcnManager)).get(`/api/v1/analytics/views/satisfaction?${MAY}`)).json();
    expect([figure(view, 'fft-positive'), figure(view, 'fft-negative'), figure(view, 'fft-responses')]).toEqual([55.6, 22.2, 9]);
    expect(table(view, 'fft-by-practice')).toEqual([
      { organisation: 'Network', responses: 9, positive: 55.6, negative: 22.2, suppressed: '' },
      { organisation: 'Hillview Medical Centre', responses: '<5', positive: null, negative: null, suppressed: 'fewer than 5' },
      { organisation: 'Riverside Surgery', responses: 6, positive: 66.7, negative: 16.7, suppressed: '' },
    ]);
    expect(table(view, 'fft-by-month')).toEqual([{ month: '2026-05', responses: 9, positive: 55.6, negative: 22.2, suppressed: '' }]);
    // A practice filter keeps to that practice's patients; too few answers blanks the headline too.
    const b = (await (await t.as(pcnManager)).get(`/api/v1/analytics/views/satisfaction?${MAY}&organisationId=${w.practiceB.id}`)).json();
    expect([figure(b, 'fft-positive'), figure(b, 'fft-responses')]).toEqual([null, null]);
  });

  it('keeps practice staff to their own practice\'s row beside the network', async () => {
    const view = (await (await t.as(w.managerA)).get(`/api/v1/analytics/views/satisfaction?${MAY}`)).json();
    expect(table(view, 'fft-by-practice').map((r) => r.organisation)).toEqual(['Network', 'Riverside Surgery']);
  });

  it('exports the table as CSV and puts the figures in the evaluation report against the previous period', async () => {
    const csv = await (await t.as(pcnManager)).get(`/api/v1/analytics/export?view=satisfaction&table=fft-by-practice&${MAY}`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body.trim().split('\r\n')).toEqual([
      'Practice,Answers,% positive (very good or good),% negative (poor or very poor),Not shown because',
      'Network,9,55.6,22.2,', 'Hillview Medical Centre,<5,,,fewer than 5', 'Riverside Surgery,6,66.7,16.7,',
    ]);
    const report = (await (await t.as(pcnManager)).get('/api/v1/analytics/report?from=2026-05-01&to=2026-05-31')).json();
    const figures = report.sections.flatMap((s: { figures: unknown[] }) => s.figures);
    expect(figures.find((f: { key: string }) => f.key === 'fft-positive')).toMatchObject({ current: 55.6, previous: 20, change: 35.6 });
    expect(figures.find((f: { key: string }) => f.key === 'fft-responses')).toMatchObject({ current: 9, previous: 5 });
  });
});

describe('the evaluation report', () => {
  // The report reads only what each view's headline needs: every figure must still be the view's own,
  // for the period and the previous one, under each filter, and the notes the views give.
  it.each([
    ['the network', ''],
    ['a practice', () => `&organisationId=${w.practiceA.id}`],
    ['a role and a mode', () => '&role=gp&mode=face-to-face'],
    ['a site and a category', () => `&siteId=${w.siteA.id}&nationalCategory=General%20Consultation%20Routine`],
  ])('gives every view\'s headline figures and notes for %s', async (_, filter) => {
    const extra = typeof filter === 'function' ? filter() : filter;
    const pcn = await t.as(pcnManager);
    const report = (await pcn.get(`/api/v1/analytics/report?${MAY}${extra}`)).json();
    const viewsOf = async (period: string) => Promise.all(['demand', 'attendance', 'role-mix', 'access', 'satisfaction'].map(async (v) => (await pcn.get(`/api/v1/analytics/views/${v}?${period}${extra}`)).json()));
    const now = await viewsOf(MAY);
    const before = await viewsOf(`from=${report.previousFrom}&to=${report.previousTo}`);
    expect(report.sections.map((s: { figures: { key: string; current: unknown; previous: unknown }[] }) => s.figures.map((f) => [f.key, f.current, f.previous])))
      .toEqual(now.map((v, i) => v.headline.map((f: { key: string; value: unknown }) => [f.key, f.value, figure(before[i], f.key) ?? null])));
    expect(report.notes).toEqual([...new Set(now.flatMap((v) => v.notes))]);
  });
});

describe('patients with repeated DNAs', () => {
  it('lists them for a manager, keeps to their practice, audits each patient shown', async () => {
    const before = await t.count('audit_event', { entity: 'analytics-repeated-dnas' });
    const res = await (await t.as(w.managerA)).get(`/api/v1/analytics/repeated-dnas?${MAY}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items).toEqual([expect.objectContaining({ patientId: w.patientA.id, name: 'Mary Atkinson', dna: 2, practiceName: 'Riverside Surgery' })]);
    expect(await t.count('audit_event', { entity: 'analytics-repeated-dnas' })).toBe(before + 1);
    const other = await (await t.as(w.managerA)).get(`/api/v1/analytics/repeated-dnas?${MAY}&organisationId=${w.practiceB.id}`);
    expect(other.statusCode).toBe(403);
  });

  it('is refused to staff without analytics:patients, and nothing is audited', async () => {
    const before = await t.count('audit_event', { entity: 'analytics-repeated-dnas' });
    expect((await (await t.as(w.gpA)).get(`/api/v1/analytics/repeated-dnas?${MAY}`)).statusCode).toBe(403);
    expect(await t.count('audit_event', { entity: 'analytics-repeated-dnas' })).toBe(before);
  });
});

describe('complaints', () => {
  it('logs a complaint against an appointment, takes its practice and patient, and counts it', async () => {
    const manager = await t.as(w.managerA);
    const res = await manager.post('/api/v1/analytics/complaints', { receivedOn: '2026-05-22', concerns: 'appointment', concernsId: appointmentIds[1], category: 'access', summary: 'Waited 40 minutes and left' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ organisationId: w.practiceA.id, organisationName: 'Riverside Surgery', outcome: null, daysToRespond: null });
    const answered = await manager.put(`/api/v1/analytics/complaints/${res.json().id}/response`, { outcome: 'partly-upheld', respondedOn: '2026-05-27' });
    expect(answered.json()).toMatchObject({ outcome: 'partly-upheld', daysToRespond: 5 });
    const view = (await manager.get(`/api/v1/analytics/views/satisfaction?${MAY}`)).json();
    expect([figure(view, 'complaints'), figure(view, 'complaints-median-days')]).toEqual([1, 5]);
    const list = (await manager.get(`/api/v1/analytics/complaints?${MAY}`)).json();
    expect(list.items.map((c: { summary: string }) => c.summary)).toEqual(['Waited 40 minutes and left']);
  });

  it('refuses an unknown appointment, a response before receipt, and writes nothing', async () => {
    const manager = await t.as(w.managerA);
    const before = await t.count('complaint');
    const unknown = await manager.post('/api/v1/analytics/complaints', { receivedOn: '2026-05-22', concerns: 'appointment', concernsId: newId(), category: 'access', summary: 'x' });
    expect(unknown.json()).toMatchObject({ status: 400, errors: [{ pointer: '/body/concernsId' }] });
    const early = await manager.post('/api/v1/analytics/complaints', { receivedOn: '2026-05-22', concerns: 'other', category: 'premises', summary: 'x', outcome: 'upheld', respondedOn: '2026-05-01' });
    expect(early.json()).toMatchObject({ status: 400, errors: [{ pointer: '/body/respondedOn' }] });
    expect(await t.count('complaint')).toBe(before);
    expect((await (await t.as(w.receptionistA)).post('/api/v1/analytics/complaints', { receivedOn: '2026-05-22', concerns: 'other', category: 'premises', summary: 'x' })).statusCode).toBe(403);
  });
});
