import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Client, type TestApp } from '../../../test/support/test-app.ts';
import type { World } from '../../../test/support/factories.ts';
import { newId } from '../../platform/ids.ts';

let t: TestApp;
let w: World;
let reception: Client;
let navigator: Client;
let gp: Client;
let linkWorker: Client;

const NAV = '/api/v1/navigation';

beforeAll(async () => {
  t = await startTestApp();
  w = await t.make.world();
  reception = await t.as(w.receptionistA, w.practiceA.id);
  navigator = await t.as(await t.make.staff(w.network.id, [{ organisationId: w.practiceA.id, role: 'care-navigator' }], { name: 'Nia Navigator' }), w.practiceA.id);
  gp = await t.as(w.gpA, w.practiceA.id);
  linkWorker = await t.as(await t.make.staff(w.network.id, [{ organisationId: w.pcn.id, role: 'link-worker' }]), w.pcn.id);
});
afterAll(() => t.close());

const contact = (client: Client, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  client.post(`${NAV}/contacts`, { channel: 'phone', reason: 'Wants to see a doctor', need: 'new-symptom', decision: 'booked', bookedRole: 'gp', ...body }, headers);

describe('recording a navigation contact', () => {
  it('records a caller not yet identified, signposted to an offer', async () => {
    const res = await contact(reception, { patientId: undefined, callerLabel: 'Man asking about debt help', reason: 'Letters from the council about arrears', need: 'money', decision: 'signposted', bookedRole: undefined, offerName: 'Citizens Advice drop-in', secondsToRecord: 22 });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ patientId: null, needKind: 'non-clinical', decision: 'signposted', offerName: 'Citizens Advice drop-in', recordedBy: { name: 'Rita Reception' }, secondsToRecord: 22 });
  });

  it('records a booking with the role and appointment id, audited for the patient', async () => {
    const appointmentId = newId();
    const res = await contact(reception, { patientId: w.patientA.id, appointmentId });
    expect(res.json()).toMatchObject({ patientId: w.patientA.id, patientName: 'Mary Atkinson', bookedRole: 'gp', appointmentId });
    expect(await t.count('audit_event', { patient_id: w.patientA.id, entity: 'nav_contact', action: 'create' })).toBe(1);
  });

  it('refers a lonely caller to social prescribing in the same transaction, with consent', async () => {
    const p = await t.make.patient(w.network.id, w.practiceA.id, { givenName: 'Edna' });
    const body = { patientId: p.id, reason: 'Nobody to talk to since moving here', need: 'loneliness', decision: 'social-prescribing', bookedRole: undefined };
    const noConsent = await contact(reception, { ...body, referral: { consent: false } });
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.json().errors[0].pointer).toBe('/body/consent');
    expect(await t.count('nav_contact', { patient_id: p.id })).toBe(0);
    const res = await contact(reception, { ...body, referral: { consent: true } });
    expect(res.statusCode, res.body).toBe(201);
    const referralId = res.json().socialPrescribingReferralId;
    const referral = await linkWorker.get(`/api/v1/social-prescribing/referrals/${referralId}`);
    expect(referral.json()).toMatchObject({ source: 'navigation', reasons: ['loneliness-isolation'], navigationContactId: res.json().id, reasonNote: 'Nobody to talk to since moving here' });
    const dup = await contact(reception, { ...body, referral: { consent: true } });
    expect(dup.statusCode).toBe(409);
    expect(await t.count('nav_contact', { patient_id: p.id })).toBe(1);
  });

  it('names the field a decision needs', async () => {
    expect((await contact(reception, { bookedRole: undefined })).json().errors[0].pointer).toBe('/body/bookedRole');
    expect((await contact(reception, { decision: 'redirected', bookedRole: undefined })).json().errors[0].pointer).toBe('/body/redirectTo');
    expect((await contact(reception, { decision: 'signposted', bookedRole: undefined })).json().errors[0].pointer).toBe('/body/offerId');
    expect((await contact(reception, { decision: 'social-prescribing', bookedRole: undefined })).json().errors[0].pointer).toBe('/body/patientId');
    expect((await contact(reception, { need: 'not-a-need' })).statusCode).toBe(400);
  });

  it('is retry-safe with an Idempotency-Key', async () => {
    const key = { 'idempotency-key': `nav-${newId()}` };
    const a = await contact(reception, { decision: 'redirected', redirectTo: 'dentist', need: 'dental', bookedRole: undefined, reason: 'toothache' }, key);
    const b = await contact(reception, { decision: 'redirected', redirectTo: 'dentist', need: 'dental', bookedRole: undefined, reason: 'toothache' }, key);
    expect(b.json().id).toBe(a.json().id);
  });

  it('refuses a patient the navigator may not see', async () => {
    expect((await contact(reception, { patientId: w.patientB.id })).statusCode).toBe(403);
  });
});

describe('suggestions and lists', () => {
  it('suggests decisions, roles and offer categories from the need', async () => {
    const res = await reception.get(`${NAV}/suggestions?need=loneliness`);
    expect(res.json().need).toMatchObject({ kind: 'non-clinical', decisions: ['social-prescribing', 'signposted'], offerCategories: expect.arrayContaining(['loneliness']) });
    expect((await reception.get(`${NAV}/needs`)).json().needs.length).toBeGreaterThan(10);
  });

  it('shows a receptionist their own contacts, a navigator the network\'s, a patient\'s to anyone who may see them', async () => {
    const mine = (await reception.get(`${NAV}/contacts`)).json().items;
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((c: { recordedBy: { name: string } }) => c.recordedBy.name === 'Rita Reception')).toBe(true);
    await contact(navigator, { patientId: w.patientA.id, decision: 'pharmacy-self-care', need: 'minor-illness', bookedRole: undefined });
    const all = (await navigator.get(`${NAV}/contacts?limit=2`)).json();
    expect(all.items).toHaveLength(2);
    expect(all.nextCursor).not.toBeNull();
    const patient = (await reception.get(`${NAV}/contacts?patientId=${w.patientA.id}`)).json().items;
    expect(patient.map((c: { recordedBy: { name: string } }) => c.recordedBy.name)).toContain('Nia Navigator');
    expect((await reception.get(`${NAV}/contacts?patientId=${w.patientB.id}`)).statusCode).toBe(403);
  });
});

describe('metrics', () => {
  it('counts by need and decision and the share navigated away from a GP appointment', async () => {
    const res = await navigator.get(`${NAV}/metrics`);
    expect(res.statusCode).toBe(200);
    const m = res.json();
    expect(m.total).toBe(5);
    expect(m.bookedWithGp).toBe(1);
    expect(m.bookedWithGp + m.navigatedAwayFromGp).toBe(m.total);
    expect(m.navigatedAwayShare).toBeCloseTo(m.navigatedAwayFromGp / m.total, 3);
    expect(m.byDecision['social-prescribing']).toBe(1);
    expect(m.byNeedAndDecision).toContainEqual({ need: 'loneliness', decision: 'social-prescribing', count: 1 });
    expect(m.recordedWithin30sShare).toBe(1);
    expect((await reception.get(`${NAV}/metrics`)).statusCode).toBe(403);
    expect((await gp.get(`${NAV}/metrics`)).statusCode).toBe(403);
  });
});
