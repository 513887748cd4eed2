import { beforeAll, describe, expect, it } from 'vitest';
import { type Client } from '../../../test/support/test-app.ts';
import { useTestApp } from '../../../test/support/setup.ts';
import { makeOffer, makeProvider } from '../../../test/support/directory.ts';

const { t, w } = useTestApp();
let manager: Client;
let champion: Client;
let reception: Client;
let championId: string;
let champions: { id: string };
let otherProvider: { id: string };
let walk: string;
let otherOffer: string;

const offer = (over: Record<string, unknown> = {}) => ({
  organisationId: champions.id, name: 'Riverside strollers', description: 'A gentle hour round the park, then tea.', categories: ['physical-activity', 'loneliness'],
  location: { name: 'Riverside Park gates', address: '1 Park Road', postcode: 'ls6 1aa' }, schedules: [{ freq: 'weekly', weekday: 'tue', opensAt: '10:00', closesAt: '11:00' }],
  howToAccess: 'self-refer', capacity: 20, placesAvailable: 8, eligibility: { minAge: 18, maxAge: null, conditions: [] }, contact: { name: 'Pat', phone: '0113 496 0001' }, ...over,
});

beforeAll(async () => {
  const n = w.network.id;
  const pcnManager = await t.make.staff(n, [{ organisationId: w.pcn.id, role: 'pcn-manager' }]);
  const championStaff = await t.make.staff(n, [{ organisationId: w.practiceA.id, role: 'health-champion' }], { name: 'Chris Champion' });
  championId = championStaff.id;
  champions = await makeProvider(t.db, n, { name: 'Riverside health champions', kind: 'health-champions', members: [championStaff.id] });
  otherProvider = await makeProvider(t.db, n, { name: 'Age Friendly Leeds' });
  otherOffer = (await makeOffer(t.db, n, { organisationId: otherProvider.id, name: 'Tea and chat' })).id;
  manager = await t.as(pcnManager, w.pcn.id);
  champion = await t.as(championStaff, w.practiceA.id);
  reception = await t.as(w.receptionistA, w.practiceA.id);
});

describe('writing offers', () => {
  it('lets a manager add an offer for any organisation, normalising the postcode', async () => {
    const res = await manager.post('/api/v1/directory/offers', offer());
    expect(res.statusCode, res.body).toBe(201);
    walk = res.json().id;
    expect(res.json()).toMatchObject({ providerName: 'Riverside health champions', providerKind: 'health-champions', postcode: 'LS6 1AA', times: 'Tuesdays 10:00–11:00', stale: false, placesAvailable: 8 });
  });

  it('refuses bad input with a problem naming the field, and writes nothing', async () => {
    const before = await t.count('directory_offer');
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ contact: { name: 'Pat' } }, '/body/contact', /directory\/contact-needed$/],
      [{ categories: ['knitting'] }, '/body/categories/0', /validation$/],
      [{ eligibility: { minAge: 65, maxAge: 18 } }, '/body/eligibility/minAge', /directory\/age-range-reversed$/],
      [{ location: { postcode: 'not a postcode' } }, '/body/location/postcode', /validation$/],
      [{ schedules: [{ freq: 'weekly', weekday: 'tue', opensAt: '11:00', closesAt: '10:00' }] }, '/body/schedules/0/closesAt', /directory\/closes-before-opens$/],
      [{ schedules: [{ freq: 'monthly', weekday: 'tue', opensAt: '10:00', closesAt: '11:00' }] }, '/body/schedules/0/weekOfMonth', /directory\/week-of-month-needed$/],
      [{ placesAvailable: 30 }, '/body/placesAvailable', /directory\/places-over-capacity$/],
      [{ organisationId: '0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b' }, '/body/organisationId', /directory\/unknown-provider$/],
      [{ surprise: true }, '/body/surprise', /validation$/],
    ];
    for (const [over, pointer, type] of cases) {
      const res = await manager.post('/api/v1/directory/offers', offer(over));
      expect(res.statusCode, JSON.stringify(over)).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json().type).toMatch(type);
      expect(res.json().errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
    }
    expect(await t.count('directory_offer')).toBe(before);
  });

  it('marks a saved or confirmed offer verified today', async () => {
    await t.db.updateTable('directory_offer').set({ last_verified_at: new Date('2025-01-01T00:00:00Z') }).where('id', '=', walk).execute();
    expect((await reception.get(`/api/v1/directory/offers/${walk}`)).json().stale).toBe(true);
    const res = await manager.post(`/api/v1/directory/offers/${walk}/verify`);
    expect(res.statusCode).toBe(200);
    expect(res.json().stale).toBe(false);
  });

  it('does not let a receptionist write offers', async () => {
    expect((await reception.post('/api/v1/directory/offers', offer())).statusCode).toBe(403);
  });
});

describe('a health champion', () => {
  it('sees only their own organisation\'s offers', async () => {
    const res = await champion.get('/api/v1/directory/offers');
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((o: { id: string }) => o.id)).toEqual([walk]);
    expect((await champion.get(`/api/v1/directory/offers/${otherOffer}`)).statusCode).toBe(403);
    const orgs = (await champion.get('/api/v1/directory/organisations')).json();
    expect(orgs.map((o: { name: string }) => o.name)).toEqual(['Riverside health champions']);
    expect(orgs[0].members).toEqual([{ staffId: championId, name: 'Chris Champion' }]);
  });

  it('edits their own offer but not another organisation\'s, and cannot move it to one', async () => {
    const res = await champion.put(`/api/v1/directory/offers/${walk}`, offer({ placesAvailable: 3 }));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().placesAvailable).toBe(3);
    expect((await champion.put(`/api/v1/directory/offers/${otherOffer}`, offer({ organisationId: otherProvider.id }))).statusCode).toBe(403);
    expect((await champion.put(`/api/v1/directory/offers/${walk}`, offer({ organisationId: otherProvider.id }))).statusCode).toBe(403);
    expect((await champion.post('/api/v1/directory/offers', offer({ organisationId: otherProvider.id }))).statusCode).toBe(403);
    expect((await champion.post('/api/v1/directory/organisations', { name: 'Mine now', kind: 'voluntary' })).statusCode).toBe(403);
  });

  it('records attendance by first name or chosen code, once per person per session, never an NHS number', async () => {
    const first = await champion.post(`/api/v1/directory/offers/${walk}/sessions`, { heldOn: '2026-11-24', volunteerHours: 2, attendees: ['Maureen', 'Bob', 'blue-kite'] });
    expect(first.statusCode, first.body).toBe(200);
    const again = await champion.post(`/api/v1/directory/offers/${walk}/sessions`, { heldOn: '2026-11-24', attendees: ['maureen', 'Sam'] });
    expect(again.json()).toMatchObject({ heldOn: '2026-11-24', volunteerHours: 2, attendance: 4 });
    const nhs = await champion.post(`/api/v1/directory/offers/${walk}/sessions`, { heldOn: '2026-11-24', attendees: ['Jo', '943 476 5919'] });
    expect(nhs.statusCode).toBe(400);
    expect(nhs.json().errors[0].pointer).toBe('/body/attendees/1');
    expect((await champion.post(`/api/v1/directory/offers/${walk}/sessions`, { heldOn: '2099-01-01', attendees: [] })).json().errors[0].pointer).toBe('/body/heldOn');
    expect((await champion.post(`/api/v1/directory/offers/${otherOffer}/sessions`, { heldOn: '2026-11-24', attendees: ['Jo'] })).statusCode).toBe(403);
    await champion.post(`/api/v1/directory/offers/${walk}/sessions`, { heldOn: '2026-11-17', volunteerHours: 1.5, attendees: ['Maureen'] });
    const sessions = (await champion.get(`/api/v1/directory/offers/${walk}/sessions?limit=1`)).json();
    expect(sessions.items[0].heldOn).toBe('2026-11-24');
    const next = (await champion.get(`/api/v1/directory/offers/${walk}/sessions?limit=1&cursor=${sessions.nextCursor}`)).json();
    expect(next.items.map((s: { heldOn: string }) => s.heldOn)).toEqual(['2026-11-17']);
    const summary = (await champion.get(`/api/v1/directory/offers/${walk}/summary`)).json();
    expect(summary).toEqual({ offerId: walk, sessions: 2, attendances: 5, volunteerHours: 3.5, lastSessionOn: '2026-11-24', referred: 0, referredThisMonth: 0 });
  });

  it('gets 403 on every patient, booking and consultation route', async () => {
    const doc = t.app.swagger() as { paths: Record<string, Record<string, { security?: unknown[] }>> };
    const clinical = Object.entries(doc.paths).filter(([path]) => /^\/api\/v1\/(patients|booking|consultations)\//.test(path))
      .flatMap(([path, ops]) => Object.entries(ops).filter(([, op]) => !(Array.isArray(op.security) && op.security.length === 0)).map(([method]) => ({ method: method.toUpperCase(), path })));
    expect(clinical.length).toBeGreaterThan(20);
    const wrong: string[] = [];
    for (const op of clinical) {
      const url = op.path.replace(/\{[^}]+\}/g, w.patientA.id);
      const res = op.method === 'GET' ? await champion.get(url) : op.method === 'DELETE' ? await champion.delete(url)
        : await (op.method === 'POST' ? champion.post : op.method === 'PUT' ? champion.put : champion.patch)(url, {});
      if (res.statusCode !== 403) wrong.push(`${op.method} ${op.path}: ${res.statusCode}`);
    }
    expect(wrong).toEqual([]);
    expect(await t.count('audit_event', { patient_id: w.patientA.id })).toBe(0);
  });
});

describe('champion activity across the network', () => {
  it('shows a PCN manager groups, volunteers, sessions, hours and attendances per organisation', async () => {
    const res = await manager.get('/api/v1/directory/activity?from=2026-11-01&to=2026-11-30');
    expect(res.statusCode, res.body).toBe(200);
    const mine = res.json().organisations.find((o: { id: string }) => o.id === champions.id);
    expect(mine).toMatchObject({ groups: 1, volunteers: 1, sessions: 2, volunteerHours: 3.5, attendances: 5 });
    expect(res.json().totals).toMatchObject({ sessions: 2, attendances: 5 });
    expect((await manager.get('/api/v1/directory/activity?from=2026-12-01&to=2026-11-01')).json().errors[0].pointer).toBe('/querystring/from');
    expect((await champion.get('/api/v1/directory/activity')).statusCode).toBe(403);
    expect((await reception.get('/api/v1/directory/activity')).statusCode).toBe(403);
  });

  it('lets a manager add and remove a member of an organisation', async () => {
    const res = await manager.post(`/api/v1/directory/organisations/${otherProvider.id}/members`, { staffId: championId });
    expect(res.statusCode, res.body).toBe(200);
    expect((await champion.get('/api/v1/directory/offers')).json().items).toHaveLength(2);
    await manager.delete(`/api/v1/directory/organisations/${otherProvider.id}/members/${championId}`);
    expect((await champion.get('/api/v1/directory/offers')).json().items).toHaveLength(1);
    expect((await manager.post(`/api/v1/directory/organisations/${otherProvider.id}/members`, { staffId: w.patientA.id })).json().errors[0].pointer).toBe('/body/staffId');
  });
});
