import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Client, type TestApp } from '../../../test/support/test-app.ts';
import type { World } from '../../../test/support/factories.ts';
import { makeAppointment, makeSlots } from '../../../test/support/booking.ts';
import { findFriendsAndFamilyResponses, runRemindersAndWaitlist, sendQueuedMessages } from './index.ts';

// The patient's side, end to end through the real routes: a booking gets a confirmation with a link;
// the patient opens it, confirms, cancels; the slot is free again in the staff search and is offered to
// a waitlisted patient, who accepts through their own link. Forged, expired and other people's links fail.

let t: TestApp;
let w: World;
let reception: Client;
let ip = 0;
const dir = mkdtempSync(join(tmpdir(), 'commons-links-'));
const logPath = join(dir, 'messages.log');
const HOUR = 3_600_000;

beforeAll(async () => {
  t = await startTestApp();
  w = await t.make.world();
  reception = await t.as(w.receptionistA, w.practiceA.id);
});
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Each patient call from its own address, as from patients' phones (the routes are limited per address). */
const pub = (method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1/messaging${url}`, ...(payload ? { payload } : {}), remoteAddress: `10.7.${Math.floor(ip / 250)}.${(ip++ % 250) + 1}` });

/** The links sent to a patient so far, newest last, read from the log provider's file. */
async function linksSentTo(patientId: string, template?: string) {
  await sendQueuedMessages(t.db, { logPath });
  const lines = readFileSync(logPath, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { patientId: string; template: string; body: string });
  return lines.filter((l) => l.patientId === patientId && (!template || l.template === template)).map((l) => /\/p\/([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)/.exec(l.body)![1]);
}

async function bookedSlot(start: Date, over: { channels?: ('own-practice' | 'online' | 'network' | 'hub')[] } = {}) {
  const [slotId] = await makeSlots(t.db, { networkId: w.network.id, organisationId: w.practiceA.id, siteId: w.siteA.id, staffId: w.gpA.id, serviceId: w.gpService.id, start, channels: over.channels ?? ['own-practice', 'online'] });
  return slotId;
}

describe('a booking, its link, and the slot going back to the book', () => {
  it('confirms, cancels, frees the slot at once, and offers it to the waitlist', async () => {
    const patient = await t.make.patient(w.network.id, w.practiceA.id);
    const waiting = await t.make.patient(w.network.id, w.practiceA.id);
    const slotId = await bookedSlot(new Date(Date.now() + 5 * 24 * HOUR + 7 * 60_000));
    const booked = await reception.post('/api/v1/booking/appointments', { slotId, patientId: patient.id });
    expect(booked.statusCode, booked.body).toBe(201);
    const onList = await reception.post('/api/v1/booking/waitlist', { patientId: waiting.id, role: 'gp', priority: 'soon' });
    expect(onList.statusCode, onList.body).toBe(201);

    expect((await runRemindersAndWaitlist(t.db, new Date())).confirmations).toBeGreaterThanOrEqual(1);
    const [token] = await linksSentTo(patient.id, 'appointment-confirmation');
    // A second run sends nothing again.
    await runRemindersAndWaitlist(t.db, new Date());
    expect(await linksSentTo(patient.id, 'appointment-confirmation')).toHaveLength(1);

    const page = await pub('GET', `/links/${token}`);
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json()).toMatchObject({ purpose: 'appointment', appointment: { status: 'booked', canCancel: true, canRebook: true, site: expect.any(String) } });
    expect(page.body).not.toContain(patient.nhsNumber);
    const confirmed = await pub('POST', `/links/${token}/confirm`);
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().appointment.confirmedAt).not.toBeNull();

    const cancelled = await pub('POST', `/links/${token}/cancel`, { reason: 'I feel better' });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json().appointment.status).toBe('cancelled');
    const search = await reception.get(`/api/v1/booking/slots?role=gp&limit=50&from=${new Date(Date.now() + 5 * 24 * HOUR).toISOString()}`);
    expect(search.json().items.map((s: { id: string }) => s.id)).toContain(slotId);
    expect((await pub('POST', `/links/${token}/cancel`, {})).statusCode).toBe(409);

    const run = await runRemindersAndWaitlist(t.db, new Date());
    expect(run.offered).toBeGreaterThanOrEqual(1);
    const [offerToken] = await linksSentTo(waiting.id, 'waitlist-offer');
    const offer = await pub('GET', `/links/${offerToken}`);
    expect(offer.json()).toMatchObject({ purpose: 'offer', offer: { status: 'open', slot: { id: slotId } } });
    const accepted = await pub('POST', `/links/${offerToken}/offer`, { accept: true });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const appt = await t.db.selectFrom('appointment').select(['patient_id', 'channel', 'status']).where('id', '=', accepted.json().appointmentId).executeTakeFirstOrThrow();
    expect(appt).toEqual({ patient_id: waiting.id, channel: 'online', status: 'booked' });
    expect((await pub('POST', `/links/${offerToken}/offer`, { accept: true })).statusCode).toBe(410);

    const trail = await t.db.selectFrom('patient_link_event').select('action').where('patient_id', '=', patient.id).execute();
    expect(trail.map((e) => e.action)).toEqual(expect.arrayContaining(['opened', 'confirmed', 'cancelled']));
    const audit = await t.db.selectFrom('audit_event').select(['action', 'actor_role']).where('patient_id', '=', patient.id).where('purpose', '=', 'patient cancelled through a link').execute();
    expect(audit).toEqual([{ action: 'cancel', actor_role: 'patient' }]);
  });

  it('moves an appointment to a slot released for online booking, and refuses one that is not', async () => {
    const patient = await t.make.patient(w.network.id, w.practiceA.id);
    const slotId = await bookedSlot(new Date(Date.now() + 6 * 24 * HOUR));
    const online = await bookedSlot(new Date(Date.now() + 6 * 24 * HOUR + 20 * 60_000));
    const notOnline = await bookedSlot(new Date(Date.now() + 6 * 24 * HOUR + 40 * 60_000), { channels: ['own-practice'] });
    expect((await reception.post('/api/v1/booking/appointments', { slotId, patientId: patient.id })).statusCode).toBe(201);
    await runRemindersAndWaitlist(t.db, new Date());
    const [token] = await linksSentTo(patient.id, 'appointment-confirmation');
    const slots = (await pub('GET', `/links/${token}/slots`)).json().items.map((s: { id: string }) => s.id);
    expect(slots).toContain(online);
    expect(slots).not.toContain(notOnline);
    const refused = await pub('POST', `/links/${token}/book`, { slotId: notOnline });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().type).toMatch(/booking\/channel-not-allowed$/);
    const moved = await pub('POST', `/links/${token}/book`, { slotId: online });
    expect(moved.statusCode, moved.body).toBe(201);
    const old = await t.db.selectFrom('appointment').select('status').where('slot_id', '=', slotId).executeTakeFirstOrThrow();
    expect(old.status).toBe('cancelled');
    expect((await pub('POST', `/links/${token}/book`, { slotId: 'nope' })).json().errors[0].pointer).toBe('/body/slotId');
  });

  it('sends reminders at the network\'s hours, once each', async () => {
    const patient = await t.make.patient(w.network.id, w.practiceA.id);
    const start = new Date(Date.now() + 47 * HOUR);
    const slotId = await bookedSlot(start);
    await makeAppointment(t.db, { slotId, patientId: patient.id, bookedAt: new Date(Date.now() - 10 * 24 * HOUR) });
    await runRemindersAndWaitlist(t.db, new Date());
    await runRemindersAndWaitlist(t.db, new Date());
    expect(await linksSentTo(patient.id, 'appointment-reminder-48h')).toHaveLength(1);
    await runRemindersAndWaitlist(t.db, new Date(start.getTime() - 1.5 * HOUR));
    expect(await linksSentTo(patient.id, 'appointment-reminder-2h')).toHaveLength(1);
  });
});

describe('links that do not work', () => {
  it('refuses a forged or edited link (403), an expired one (410), and another person\'s appointment (403)', async () => {
    const patient = await t.make.patient(w.network.id, w.practiceA.id);
    const other = await t.make.patient(w.network.id, w.practiceA.id);
    const slotId = await bookedSlot(new Date(Date.now() + 8 * 24 * HOUR));
    const otherSlot = await bookedSlot(new Date(Date.now() + 8 * 24 * HOUR + 30 * 60_000));
    await reception.post('/api/v1/booking/appointments', { slotId, patientId: patient.id });
    const theirs = (await reception.post('/api/v1/booking/appointments', { slotId: otherSlot, patientId: other.id })).json().id;
    await runRemindersAndWaitlist(t.db, new Date());
    const [token] = await linksSentTo(patient.id, 'appointment-confirmation');
    const [payload, sig] = token.split('.');

    const bytes = Buffer.from(payload, 'base64url');
    bytes.writeUInt32BE(4102444800, 32); // a later expiry, without the key
    const edited = bytes.toString('base64url');
    for (const bad of [`${edited}.${sig}`, `${payload}.${sig.slice(0, -2)}AA`, 'aaaaaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbb']) {
      const res = await pub('GET', `/links/${bad}`);
      expect(res.statusCode).toBe(403);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.json().type).toMatch(/messaging\/link-invalid$/);
    }
    expect((await pub('GET', '/links/not-a-token')).json().errors[0].pointer).toBe('/params/token');

    const linkId = Buffer.from(payload, 'base64url').subarray(16, 32).toString('hex').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');
    await t.db.updateTable('patient_link').set({ appointment_id: theirs }).where('id', '=', linkId).execute();
    expect((await pub('POST', `/links/${token}/cancel`, {})).statusCode).toBe(403);
    expect((await t.db.selectFrom('appointment').select('status').where('id', '=', theirs).executeTakeFirstOrThrow()).status).toBe('booked');

    await t.db.updateTable('patient_link').set({ expires_at: new Date(Date.now() - 1000) }).where('id', '=', linkId).execute();
    const expired = await pub('GET', `/links/${token}`);
    expect(expired.statusCode).toBe(410);
    expect(expired.json().detail).toMatch(/expired/);
    expect((await t.db.selectFrom('patient_link_event').select('action').where('link_id', '=', linkId).where('action', '=', 'refused-expired').execute())).toHaveLength(1);
  });

  it('limits how often one address may try links', async () => {
    let last = 0;
    for (let i = 0; i < 32; i++) last = (await t.app.inject({ method: 'GET', url: '/api/v1/messaging/links/aaaaaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbb', remoteAddress: '10.99.0.1' })).statusCode;
    expect(last).toBe(429);
  });
});

describe('replies and the Friends and Family Test', () => {
  it('lands the patient\'s reply on the request and puts it back in the queue', async () => {
    const gp = await t.as(w.gpA, w.practiceA.id);
    const patient = await t.make.patient(w.network.id, w.practiceA.id, { familyName: 'Replier', dateOfBirth: '1981-01-01' });
    const id = (await t.app.inject({ method: 'POST', url: '/api/v1/consultations/requests/identify', payload: { familyName: 'Replier', dateOfBirth: '1981-01-01', nhsNumber: patient.nhsNumber }, remoteAddress: '10.8.0.1' })).json().token;
    const sent = await t.app.inject({ method: 'POST', url: '/api/v1/consultations/requests', payload: { token: id, submittedBy: 'patient', type: 'medical', description: 'a mole on my back has changed shape' }, remoteAddress: '10.8.0.2' });
    const consultationId = sent.json().id;
    await gp.post(`/api/v1/consultations/${consultationId}/claim`);
    expect((await gp.post(`/api/v1/consultations/${consultationId}/actions`, { type: 'reply', message: 'Please send a photo description: size and colour?' })).json().status).toBe('awaiting-patient');
    const [token] = await linksSentTo(patient.id, 'consultation-reply');
    const page = await pub('GET', `/links/${token}`);
    expect(page.json()).toMatchObject({ purpose: 'consultation', consultation: { status: 'awaiting-patient', canReply: true } });
    expect((await pub('POST', `/links/${token}/reply`, { message: '   ' })).json().errors[0].pointer).toBe('/body/message');
    const reply = await pub('POST', `/links/${token}/reply`, { message: 'About 8mm, dark brown, edges uneven' });
    expect(reply.statusCode, reply.body).toBe(200);
    expect(reply.json().status).toBe('new');
    const view = (await gp.get(`/api/v1/consultations/${consultationId}`)).json();
    expect(view.status).toBe('new');
    expect(JSON.stringify(view)).toContain('About 8mm, dark brown');
    const queue = (await gp.get('/api/v1/consultations/queue?limit=100')).json().items.map((i: { id: string }) => i.id);
    expect(queue).toContain(consultationId);
  });

  it('stores one Friends and Family Test answer per link, tied to the appointment, for analytics', async () => {
    const patient = await t.make.patient(w.network.id, w.practiceA.id);
    const slotId = await bookedSlot(new Date(Date.now() + 9 * 24 * HOUR));
    const apptId = (await reception.post('/api/v1/booking/appointments', { slotId, patientId: patient.id })).json().id;
    await runRemindersAndWaitlist(t.db, new Date());
    const [token] = await linksSentTo(patient.id, 'appointment-confirmation');
    expect((await pub('POST', `/links/${token}/fft`, { rating: 9 })).json().errors[0].pointer).toBe('/body/rating');
    const answer = await pub('POST', `/links/${token}/fft`, { rating: 1, comment: 'Kind and quick' });
    expect(answer.statusCode, answer.body).toBe(201);
    expect(answer.json().label).toBe('Very good');
    expect((await pub('POST', `/links/${token}/fft`, { rating: 2 })).statusCode).toBe(409);
    const found = await findFriendsAndFamilyResponses(t.db, w.network.id, { from: new Date(Date.now() - HOUR), to: new Date(Date.now() + HOUR) });
    expect(found).toContainEqual(expect.objectContaining({ rating: 1, label: 'Very good', comment: 'Kind and quick', appointmentId: apptId, practiceId: w.practiceA.id }));
  });
});
