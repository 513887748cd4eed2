import { beforeAll, describe, expect, it } from 'vitest';
import { type Client } from '../../../test/support/test-app.ts';
import { useTestApp } from '../../../test/support/setup.ts';
import { makeSlots } from '../../../test/support/booking.ts';
import { hubSessionFillRates, offerFreedSlots, releaseUnbookedSlots } from './index.ts';

const { t, w } = useTestApp();
let reception: Client;
let manager: Client;
const HOUR = 3_600_000;

beforeAll(async () => {
  reception = await t.as(w.receptionistA, w.practiceA.id);
  manager = await t.as(w.admin);
});

const hubSlot = (start: Date, channels: ('hub' | 'nhs111' | 'network')[], count = 1) =>
  makeSlots(t.db, { networkId: w.network.id, organisationId: w.hub.id, siteId: w.hubSite.id, staffId: w.hubGp.id, serviceId: w.gpService.id, start, channels, count });
const channelsOf = async (id: string) => (await t.db.selectFrom('slot').select('channels').where('id', '=', id).executeTakeFirstOrThrow()).channels;

describe('use it or lose it', () => {
  it('releases unbooked hub and NHS 111 slots to the owner at each channel\'s hours, once, and records it', async () => {
    const now = new Date();
    const [soon111] = await hubSlot(new Date(now.getTime() + 1.5 * HOUR), ['nhs111']);
    const [later111] = await hubSlot(new Date(now.getTime() + 3 * HOUR), ['nhs111']);
    const [hubTomorrow] = await hubSlot(new Date(now.getTime() + 20 * HOUR), ['hub']);
    const [hubLater] = await hubSlot(new Date(now.getTime() + 30 * HOUR), ['hub']);
    await releaseUnbookedSlots(t.db, { now });
    expect(await channelsOf(soon111)).toEqual(['nhs111', 'own-practice']);
    expect(await channelsOf(later111)).toEqual(['nhs111']);
    expect(await channelsOf(hubTomorrow)).toEqual(['hub', 'own-practice']);
    expect(await channelsOf(hubLater)).toEqual(['hub']);
    await releaseUnbookedSlots(t.db, { now });
    expect(await channelsOf(soon111)).toEqual(['nhs111', 'own-practice']);
    const released = await t.db.selectFrom('slot_release').select('slot_id').where('slot_id', 'in', [soon111, later111, hubTomorrow, hubLater]).execute();
    expect(released.map((r) => r.slot_id).sort()).toEqual([soon111, hubTomorrow].sort());

    // Per network and session type: NHS 111 slots released 4 hours before.
    const put = await manager.put('/api/v1/booking/release-rules', { channel: 'nhs111', hoursBefore: 4 });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toEqual({ hub: 24, network: 24, nhs111: 4 });
    await releaseUnbookedSlots(t.db, { now });
    expect(await channelsOf(later111)).toEqual(['nhs111', 'own-practice']);
    expect((await manager.put('/api/v1/booking/release-rules', { channel: 'nhs111', hoursBefore: 0 })).json().errors[0].pointer).toBe('/body/hoursBefore');
    expect((await reception.put('/api/v1/booking/release-rules', { channel: 'nhs111', hoursBefore: 4 })).statusCode).toBe(403);
  });

  it('shows the release rules to practice managers, lets only network managers change them, and keeps reception out', async () => {
    const practiceManager = await t.as(w.managerA, w.practiceA.id);
    expect((await practiceManager.get('/api/v1/booking/release-rules')).statusCode).toBe(200);
    expect((await practiceManager.put('/api/v1/booking/release-rules', { channel: 'hub', hoursBefore: 12 })).statusCode).toBe(403);
    expect((await reception.get('/api/v1/booking/release-rules')).statusCode).toBe(403);
    const bad = await manager.put('/api/v1/booking/release-rules', { channel: 'walk-in', hoursBefore: 12 });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(bad.json().errors[0].pointer).toBe('/body/channel');
  });

  it('reports the fill rate per hub session', async () => {
    const day = new Date(Date.now() + 9 * 24 * HOUR);
    day.setUTCHours(9, 0, 0, 0);
    const ids = await hubSlot(day, ['hub'], 4);
    // Reception at practice A books its patient into the hub session (released to the network).
    await t.db.updateTable('slot').set({ channels: ['own-practice', 'network', 'hub'] }).where('id', 'in', ids).execute();
    const booked = await reception.post('/api/v1/booking/appointments', { slotId: ids[0], patientId: w.patientA.id });
    expect(booked.statusCode, booked.body).toBe(201);
    const rows = await hubSessionFillRates(t.db, { networkId: w.network.id, from: new Date(day.getTime() - HOUR), to: new Date(day.getTime() + HOUR) });
    expect(rows).toEqual([expect.objectContaining({ hubId: w.hub.id, slots: 4, booked: 1, fillRate: 0.25 })]);
    const api = await manager.get(`/api/v1/booking/hub-sessions/fill?from=${new Date(day.getTime() - HOUR).toISOString()}&to=${new Date(day.getTime() + HOUR).toISOString()}`);
    expect(api.statusCode, api.body).toBe(200);
    expect(api.json().items[0]).toMatchObject({ slots: 4, booked: 1, fillRate: 0.25 });
    expect((await manager.get(`/api/v1/booking/hub-sessions/fill?from=${day.toISOString()}&to=${day.toISOString()}`)).json().errors[0].pointer).toBe('/querystring/to');
  });
});

describe('the waitlist', () => {
  it('offers a freed slot by clinical priority, then first come first served, one at a time, and to the next when an offer lapses', async () => {
    const routineFirst = await t.make.patient(w.network.id, w.practiceA.id);
    const urgentLater = await t.make.patient(w.network.id, w.practiceA.id);
    for (const [p, priority] of [[routineFirst, 'routine'], [urgentLater, 'urgent']] as const) {
      const res = await reception.post('/api/v1/booking/waitlist', { patientId: p.id, role: 'physiotherapist', priority });
      expect(res.statusCode, res.body).toBe(201);
    }
    const list = (await reception.get('/api/v1/booking/waitlist?role=physiotherapist')).json().items.map((i: { patientId: string }) => i.patientId);
    expect(list).toEqual([urgentLater.id, routineFirst.id]);

    const start = new Date(Date.now() + 3 * 24 * HOUR);
    const [slotId] = await makeSlots(t.db, { networkId: w.network.id, organisationId: w.practiceA.id, siteId: w.siteA.id, staffId: w.physio.id, serviceId: w.physioService.id, role: 'physiotherapist', start, channels: ['own-practice'] });
    const appt = await reception.post('/api/v1/booking/appointments', { slotId, patientId: w.patientA.id });
    expect(appt.statusCode, appt.body).toBe(201);
    // Not freed yet: nothing offered.
    const offers: { patientId: string; expiresAt: Date }[] = [];
    const onOffer = async (_trx: unknown, o: { patientId: string; expiresAt: Date }) => { offers.push(o); };
    const t0 = new Date();
    await offerFreedSlots(t.db, { now: t0, offerMinutes: async () => 120, onOffer });
    expect(offers).toHaveLength(0);
    expect((await reception.post(`/api/v1/booking/appointments/${appt.json().id}/cancel`, { by: 'patient', reason: 'better' })).statusCode).toBe(200);

    await offerFreedSlots(t.db, { now: t0, offerMinutes: async () => 120, onOffer });
    expect(offers.map((o) => o.patientId)).toEqual([urgentLater.id]);
    expect(offers[0].expiresAt.getTime()).toBe(t0.getTime() + 120 * 60_000);
    await offerFreedSlots(t.db, { now: t0, offerMinutes: async () => 120, onOffer });
    expect(offers).toHaveLength(1);
    // The offer lapses: the next person is offered it.
    await offerFreedSlots(t.db, { now: new Date(t0.getTime() + 121 * 60_000), offerMinutes: async () => 120, onOffer });
    expect(offers.map((o) => o.patientId)).toEqual([urgentLater.id, routineFirst.id]);
    const entries = await t.db.selectFrom('waitlist_entry').select(['patient_id', 'status']).where('patient_id', 'in', [urgentLater.id, routineFirst.id]).execute();
    expect(Object.fromEntries(entries.map((e) => [e.patient_id, e.status]))).toEqual({ [urgentLater.id]: 'waiting', [routineFirst.id]: 'offered' });
  });

  it('shows reception each patient\'s name and the offers made, and takes someone off (withdrawing the offer)', async () => {
    const p = await t.make.patient(w.network.id, w.practiceA.id, { givenName: 'Wendy', familyName: 'Waiting' });
    const added = await reception.post('/api/v1/booking/waitlist', { patientId: p.id, role: 'paramedic', priority: 'soon', note: 'Any morning' });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({ patientName: 'Wendy Waiting', nhsNumber: p.nhsNumber, practiceName: 'Riverside Surgery', priority: 'soon', status: 'waiting', offers: [] });
    const start = new Date(Date.now() + 2 * 24 * HOUR);
    const [slotId] = await makeSlots(t.db, { networkId: w.network.id, organisationId: w.practiceA.id, siteId: w.siteA.id, staffId: w.physio.id, serviceId: w.physioService.id, role: 'paramedic', start, channels: ['own-practice'] });
    const appt = await reception.post('/api/v1/booking/appointments', { slotId, patientId: w.patientA.id });
    await reception.post(`/api/v1/booking/appointments/${appt.json().id}/cancel`, { by: 'patient', reason: 'better' });
    await offerFreedSlots(t.db, { now: new Date(), offerMinutes: async () => 60, onOffer: async () => {} });

    const open = (await reception.get('/api/v1/booking/waitlist?role=paramedic')).json().items;
    expect(open).toEqual([expect.objectContaining({ id: added.json().id, status: 'offered', offers: [expect.objectContaining({ slotId, startAt: start.toISOString(), status: 'open', respondedAt: null })] })]);
    expect(await t.count('audit_event', { patient_id: p.id, entity: 'patient', action: 'read' })).toBeGreaterThan(0);

    expect((await reception.delete(`/api/v1/booking/waitlist/${added.json().id}`)).statusCode).toBe(204);
    expect((await reception.get('/api/v1/booking/waitlist?role=paramedic')).json().items).toEqual([]);
    const removed = (await reception.get('/api/v1/booking/waitlist?role=paramedic&status=removed')).json().items;
    expect(removed).toEqual([expect.objectContaining({ status: 'removed', offers: [expect.objectContaining({ status: 'withdrawn' })] })]);
    expect((await reception.get('/api/v1/booking/waitlist?status=everything')).json().errors[0].pointer).toBe('/querystring/status');
    // Reading the waitlist needs appointments:read: an administrator (accounts and settings) has not got it.
    expect((await manager.get('/api/v1/booking/waitlist')).statusCode).toBe(403);
  });

  it('checks the patient and the fields, and lets only staff who may book add to it', async () => {
    expect((await reception.post('/api/v1/booking/waitlist', { patientId: w.patientB.id, role: 'gp' })).statusCode).toBe(403);
    expect((await reception.post('/api/v1/booking/waitlist', { patientId: w.patientA.id, role: 'gp', priority: 'whenever' })).json().errors[0].pointer).toBe('/body/priority');
    expect((await manager.post('/api/v1/booking/waitlist', { patientId: w.patientA.id, role: 'gp' })).statusCode).toBe(403);
  });
});
