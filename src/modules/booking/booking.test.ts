import { describe, expect, it } from 'vitest';
import { type Client } from '../../../test/support/test-app.ts';
import { useTestApp } from '../../../test/support/setup.ts';
import { createApiToken } from '../identity/index.ts';
import { makeSlots, NOW, at, signIn, type SlotSpec } from '../../../test/support/booking.ts';

const { t, w } = useTestApp({ now: () => NOW });

const slotAt = (org: 'A' | 'B' | 'hub', over: Partial<SlotSpec> = {}) => {
  const where = org === 'A' ? { organisationId: w.practiceA.id, siteId: w.siteA.id, staffId: w.gpA.id }
    : org === 'B' ? { organisationId: w.practiceB.id, siteId: w.siteB.id, staffId: w.gpA.id }
      : { organisationId: w.hub.id, siteId: w.hubSite.id, staffId: w.hubGp.id };
  return makeSlots(t.db, { networkId: w.network.id, serviceId: w.gpService.id, start: at('2026-06-03T09:00:00Z'), ...where, ...over }).then((ids) => ids[0]);
};
let minute = 0;
/** A fresh start time per slot so tests never collide on (staff, start). */
const nextStart = () => new Date(at('2026-06-10T08:00:00Z').getTime() + (minute++) * 10 * 60_000);
const book = (c: Client, slotId: string, patientId: string, headers?: Record<string, string>) =>
  c.post('/api/v1/booking/appointments', { slotId, patientId }, headers);

describe('slot search', () => {
  it('offers the earliest free slots open to the booker, with names, and the channel they would use', async () => {
    const own = await slotAt('A', { start: at('2026-06-02T08:00:00Z') });
    const released = await slotAt('B', { start: at('2026-06-02T08:10:00Z'), channels: ['own-practice', 'network'] });
    const notReleased = await slotAt('B', { start: at('2026-06-02T08:20:00Z'), channels: ['own-practice'] });
    const past = await slotAt('A', { start: at('2026-06-01T06:00:00Z') });
    const embargoed = await slotAt('A', { start: at('2026-06-02T08:30:00Z'), opensAt: at('2026-06-01T08:30:00Z') });
    const rec = await signIn(t, w.receptionistA);
    const res = await rec.get(`/api/v1/booking/slots?role=gp&to=2026-06-02T12:00:00Z&limit=50`);
    expect(res.statusCode).toBe(200);
    const ids = res.json().items.map((s: { id: string }) => s.id);
    expect(ids.slice(0, 2)).toEqual([own, released]);
    expect(ids).not.toContain(notReleased);
    expect(ids).not.toContain(past);
    expect(ids).not.toContain(embargoed);
    const first = res.json().items[0];
    expect(first).toMatchObject({ channel: 'own-practice', durationMinutes: 10, organisation: { name: 'Riverside Surgery', kind: 'practice' }, practitioner: { name: 'Dr Ada Jones' }, service: { name: 'GP appointment' } });
    expect(res.json().items[1].channel).toBe('network');
  });

  it('pages with a cursor and keeps to sites meeting the patient\'s access needs', async () => {
    const rec = await signIn(t, w.receptionistA);
    const page1 = await rec.get('/api/v1/booking/slots?limit=1&to=2026-06-02T12:00:00Z');
    const page2 = await rec.get(`/api/v1/booking/slots?limit=1&to=2026-06-02T12:00:00Z&cursor=${page1.json().nextCursor}`);
    expect(page2.json().items[0].id).not.toBe(page1.json().items[0].id);
    await t.db.updateTable('patient').set({ accessibility_needs: ['step-free'] }).where('id', '=', w.patientA.id).execute();
    const forPatient = await rec.get(`/api/v1/booking/slots?limit=50&to=2026-06-02T12:00:00Z&patientId=${w.patientA.id}`);
    expect(forPatient.statusCode, forPatient.body).toBe(200);
    expect(forPatient.json().items.every((s: { site: { id: string } }) => s.site.id !== w.siteA.id)).toBe(true);
    await t.db.updateTable('patient').set({ accessibility_needs: [] }).where('id', '=', w.patientA.id).execute();
  });

  it('names the bad field, refuses a role without slots:read, and a bad cursor', async () => {
    const rec = await signIn(t, w.receptionistA);
    const bad = await rec.get('/api/v1/booking/slots?limit=500');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].pointer).toBe('/querystring/limit');
    const unknown = await rec.get('/api/v1/booking/slots?colour=red');
    expect(unknown.statusCode).toBe(400);
    expect((await rec.get('/api/v1/booking/slots?cursor=nonsense')).json().type).toMatch(/\/invalid-cursor$/);
    const noRights = t.withToken((await createApiToken(t.db, { networkId: w.network.id, organisationId: w.nhs111.id, name: 'reader', scopes: ['patients:read'] })).token);
    expect((await noRights.get('/api/v1/booking/slots')).statusCode).toBe(403);
  });
});

describe('booking', () => {
  it('books a slot, copying what GPAD needs, with history and an audit row', async () => {
    const slotId = await slotAt('A', { start: nextStart() });
    const rec = await signIn(t, w.receptionistA);
    const res = await rec.post('/api/v1/booking/appointments', { slotId, patientId: w.patientA.id, reason: 'cough for three weeks' });
    expect(res.statusCode).toBe(201);
    const a = res.json();
    expect(a).toMatchObject({ status: 'booked', channel: 'own-practice', bookerOrganisation: { id: w.practiceA.id }, patientPracticeId: w.practiceA.id, nationalCategory: 'General Consultation Routine', reason: 'cough for three weeks', daysBookedAhead: 9, timeBetweenBookAndAppt: '8  to 14 Days' });
    // The booking is recorded on the appointment row, and shown as the first entry of its history.
    expect(await t.count('appointment_status_history', { appointment_id: a.id })).toBe(0);
    expect((await rec.get(`/api/v1/booking/appointments/${a.id}`)).json().history).toEqual([
      { from: null, to: 'booked', at: a.bookedAt, byStaffId: w.receptionistA.id, byTokenId: null, reason: null },
    ]);
    expect(await t.count('audit_event', { entity_id: a.id, action: 'book' })).toBe(1);
    expect((await t.db.selectFrom('slot').select('status').where('id', '=', slotId).executeTakeFirstOrThrow()).status).toBe('booked');
  });

  it('names the missing field and refuses a role that cannot book', async () => {
    const rec = await signIn(t, w.receptionistA);
    const res = await rec.post('/api/v1/booking/appointments', { patientId: w.patientA.id });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].pointer).toBe('/body/slotId');
    const cat = await rec.post('/api/v1/booking/appointments', { slotId: w.patientA.id, patientId: w.patientA.id, nationalCategory: 'Coffee' });
    expect(cat.json().errors[0].pointer).toBe('/body/nationalCategory');
    const admin = await signIn(t, w.admin);
    expect((await book(admin, await slotAt('A', { start: nextStart() }), w.patientA.id)).statusCode).toBe(403);
  });

  it.each([
    ['unknown slot', async () => ({ slotId: '0190a5a0-0000-7000-8000-000000000000' }), 404, 'booking/slot-not-found', '/body/slotId'],
    ['past slot', async () => ({ slotId: await slotAt('A', { start: at('2026-05-29T09:00:00Z') }) }), 422, 'booking/slot-in-past', '/body/slotId'],
    ['embargoed slot', async () => ({ slotId: await slotAt('A', { start: nextStart(), opensAt: at('2026-06-05T00:00:00Z') }) }), 422, 'booking/embargoed', '/body/slotId'],
    ['blocked slot', async () => ({ slotId: await slotAt('A', { start: nextStart(), status: 'blocked' }) }), 409, 'booking/slot-unavailable', '/body/slotId'],
    ['taken slot', async () => ({ slotId: await slotAt('A', { start: nextStart(), status: 'booked' }) }), 409, 'booking/slot-taken', '/body/slotId'],
    ['unknown patient', async () => ({ slotId: await slotAt('A', { start: nextStart() }), patientId: '0190a5a0-0000-7000-8000-000000000001' }), 404, 'patient/not-found', '/body/patientId'],
    ["another practice's own-practice slot", async () => ({ slotId: await slotAt('B', { start: nextStart() }) }), 403, 'booking/channel-not-allowed', '/body/slotId'],
  ])('refuses a %s and writes nothing', async (_name, make, status, type, pointer) => {
    const body = { patientId: w.patientA.id, ...(await make()) };
    const rec = await signIn(t, w.receptionistA);
    const before = { appts: await t.count('appointment'), history: await t.count('appointment_status_history') };
    const res = await rec.post('/api/v1/booking/appointments', body);
    expect(res.statusCode).toBe(status);
    expect(res.json().type).toMatch(new RegExp(`${type}$`));
    expect(res.json().errors[0].pointer).toBe(pointer);
    expect(await t.count('appointment')).toBe(before.appts);
    expect(await t.count('appointment_status_history')).toBe(before.history);
    if (type === 'booking/embargoed') expect(res.json().opensAt).toBe('2026-06-05T00:00:00.000Z');
  });

  it('lets practice B book a slot practice A released to the network', async () => {
    const slotId = await slotAt('A', { start: nextStart(), channels: ['own-practice', 'network'] });
    const res = await book(await signIn(t, w.receptionistB), slotId, w.patientB.id);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ channel: 'network', bookerOrganisation: { id: w.practiceB.id }, organisation: { id: w.practiceA.id } });
  });

  it('lets a hub receptionist book hub slots and released practice slots', async () => {
    const shared = await t.make.world({ dataSharing: true });
    const hubRec = await t.make.staff(shared.network.id, [{ organisationId: shared.hub.id, role: 'receptionist' }]);
    const c = await signIn(t, hubRec);
    const [hubSlot] = await makeSlots(t.db, { networkId: shared.network.id, organisationId: shared.hub.id, siteId: shared.hubSite.id, staffId: shared.hubGp.id, serviceId: shared.gpService.id, start: nextStart(), channels: ['own-practice', 'network'] });
    const [practiceSlot] = await makeSlots(t.db, { networkId: shared.network.id, organisationId: shared.practiceA.id, siteId: shared.siteA.id, staffId: shared.gpA.id, serviceId: shared.gpService.id, start: nextStart(), channels: ['own-practice', 'hub'] });
    expect((await book(c, hubSlot, shared.patientA.id)).json().channel).toBe('own-practice');
    expect((await book(c, practiceSlot, shared.patientB.id)).json().channel).toBe('hub');
  });

  it('returns the first booking for a repeated Idempotency-Key and refuses the key for another request', async () => {
    const slotId = await slotAt('A', { start: nextStart() });
    const rec = await signIn(t, w.receptionistA);
    const key = { 'idempotency-key': `k-${slotId}` };
    const first = await book(rec, slotId, w.patientA.id, key);
    const again = await book(rec, slotId, w.patientA.id, key);
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.json().id).toBe(first.json().id);
    expect(await t.count('appointment', { slot_id: slotId })).toBe(1);
    const other = await book(rec, await slotAt('A', { start: nextStart() }), w.patientA.id, key);
    expect(other.statusCode).toBe(422);
    expect(other.json().type).toMatch(/idempotency\/key-reused$/);
  });
});

describe('NHS 111', () => {
  it('books only NHS 111 slots, and stops at the quota', async () => {
    const { token } = await createApiToken(t.db, { networkId: w.network.id, organisationId: w.nhs111.id, name: 'NHS 111', scopes: ['slots:read', 'appointments:book', 'patients:read'], integration: true });
    const nhs111 = t.withToken(token);
    const start = at('2026-06-04T13:00:00Z');
    const open = await makeSlots(t.db, { networkId: w.network.id, organisationId: w.hub.id, siteId: w.hubSite.id, staffId: w.hubGp.id, serviceId: w.gpService.id, start, count: 3, channels: ['own-practice', 'nhs111'] });
    const closed = await slotAt('hub', { start: at('2026-06-04T14:00:00Z'), channels: ['own-practice', 'network'] });
    const mgr = await signIn(t, w.admin);
    const quota = await mgr.put('/api/v1/booking/quotas', { providerOrganisationId: w.hub.id, channel: 'nhs111', perDay: 2 });
    expect(quota.statusCode).toBe(200);
    expect(quota.json().effectivePerDay).toBe(2);

    const search = await nhs111.get('/api/v1/booking/slots?from=2026-06-04T00:00:00Z&to=2026-06-05T00:00:00Z&limit=50');
    expect(search.json().items.map((s: { id: string }) => s.id)).toEqual(open);
    expect(search.json().items[0].channel).toBe('nhs111');
    expect((await book(nhs111, closed, w.patientA.id)).json().type).toMatch(/channel-not-allowed$/);
    expect((await book(nhs111, open[0], w.patientA.id)).statusCode).toBe(201);
    expect((await book(nhs111, open[1], w.patientB.id)).statusCode).toBe(201);
    const over = await book(nhs111, open[2], w.patientB.id);
    expect(over.statusCode).toBe(409);
    expect(over.json().type).toMatch(/booking\/quota-exhausted$/);
    expect((await t.db.selectFrom('slot').select('status').where('id', '=', open[2]).executeTakeFirstOrThrow()).status).toBe('free');
    const after = await nhs111.get('/api/v1/booking/slots?from=2026-06-04T00:00:00Z&to=2026-06-05T00:00:00Z');
    expect(after.json().items).toHaveLength(0);
  });

  it('derives the quota from the list size: one a day per 3,000 patients, at least one', async () => {
    const mgr = await signIn(t, w.admin);
    const res = await mgr.put('/api/v1/booking/quotas', { providerOrganisationId: w.practiceA.id, channel: 'nhs111', perRegisteredPatients: 3000 });
    expect(res.json()).toMatchObject({ perRegisteredPatients: 3000, effectivePerDay: 1 });
    expect((await mgr.get('/api/v1/booking/quotas')).json().items.length).toBeGreaterThanOrEqual(2);
  });

  it('refuses a quota without a limit, for another practice, or from reception', async () => {
    const none = await (await signIn(t, w.admin)).put('/api/v1/booking/quotas', { providerOrganisationId: w.hub.id, channel: 'nhs111' });
    expect(none.statusCode).toBe(400);
    expect(none.json().errors[0].pointer).toBe('/body/perDay');
    expect((await (await signIn(t, w.managerA)).put('/api/v1/booking/quotas', { providerOrganisationId: w.practiceB.id, channel: 'nhs111', perDay: 9 })).statusCode).toBe(403);
    expect((await (await signIn(t, w.receptionistA)).put('/api/v1/booking/quotas', { providerOrganisationId: w.practiceA.id, channel: 'nhs111', perDay: 9 })).statusCode).toBe(403);
    expect((await (await signIn(t, w.admin)).put('/api/v1/booking/quotas', { providerOrganisationId: w.hub.id, channel: 'fax', perDay: 1 })).json().errors[0].pointer).toBe('/body/channel');
  });
});
