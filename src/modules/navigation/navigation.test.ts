import { beforeAll, describe, expect, it } from 'vitest';
import { type Client } from '../../../test/support/test-app.ts';
import { useTestApp } from '../../../test/support/setup.ts';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newId } from '../../platform/ids.ts';
import { makeOffer, makeProvider } from '../../../test/support/directory.ts';
import { sendQueuedMessages } from '../messaging/index.ts';

const { t, w } = useTestApp();
let reception: Client;
let navigator: Client;
let gp: Client;
let linkWorker: Client;

const NAV = '/api/v1/navigation';

beforeAll(async () => {
  reception = await t.as(w.receptionistA, w.practiceA.id);
  navigator = await t.as(await t.make.staff(w.network.id, [{ organisationId: w.practiceA.id, role: 'care-navigator' }], { name: 'Nia Navigator' }), w.practiceA.id);
  gp = await t.as(w.gpA, w.practiceA.id);
  linkWorker = await t.as(await t.make.staff(w.network.id, [{ organisationId: w.pcn.id, role: 'link-worker' }]), w.pcn.id);
});

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

describe('texting an offer to the patient', () => {
  const text = (client: Client, contactId: string, body: Record<string, unknown>, headers: Record<string, string> = {}) => client.post(`${NAV}/contacts/${contactId}/offer-text`, body, headers);

  async function signposted(patientId: string | undefined, offerId: string) {
    const res = await contact(navigator, { patientId, callerLabel: patientId ? undefined : 'Woman, lonely', reason: 'Feels lonely since moving here', need: 'loneliness', decision: 'signposted', bookedRole: undefined, offerId });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  }

  it('queues an SMS with the offer\'s name, place, times and contact, sends it through the outbox, notes it on the contact and audits it', async () => {
    const provider = await makeProvider(t.db, w.network.id, { name: 'Hyde Park neighbours' });
    const offer = await makeOffer(t.db, w.network.id, { organisationId: provider.id, name: 'Tuesday tea and chat', postcode: 'LS6 1AA', weekly: [{ weekday: 2, opensAt: '14:00', closesAt: '16:00' }] });
    const p = await t.make.patient(w.network.id, w.practiceA.id, { givenName: 'Edna', phone: '07700 900456' });
    const id = await signposted(p.id, offer.id);
    expect((await navigator.get(`${NAV}/contacts/${id}`)).json().offerTextedAt).toBeNull();
    const res = await text(navigator, id, { consent: true }, { 'idempotency-key': `text-${id}` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id, offerId: offer.id, offerTextedAt: expect.any(String) });
    // A retried click with the same key sends nothing more.
    expect((await text(navigator, id, { consent: true }, { 'idempotency-key': `text-${id}` })).statusCode).toBe(200);
    expect(await t.count('message', { patient_id: p.id, template: 'directory-offer' })).toBe(1);
    expect(await t.count('audit_event', { patient_id: p.id, entity: 'message', action: 'create' })).toBe(1);

    const logPath = join(mkdtempSync(join(tmpdir(), 'commons-offer-text-')), 'messages.log');
    expect((await sendQueuedMessages(t.db, { logPath })).sent).toBeGreaterThanOrEqual(1);
    const sent = readFileSync(logPath, 'utf8').trim().split('\n').map((l) => JSON.parse(l)).find((m) => m.patientId === p.id);
    expect(sent).toMatchObject({ channel: 'sms', recipient: '07700 900456', template: 'directory-offer', relatedEntity: 'nav_contact', relatedId: id });
    expect(sent.body).toContain('Tuesday tea and chat (Hyde Park neighbours)');
    expect(sent.body).toMatch(/Where: .*LS6 1AA/);
    expect(sent.body).toMatch(/When: Tuesdays 14:00/);
    expect(sent.body).toContain('Contact: 0113 496 0000');
  });

  it('refuses without agreement, for an unidentified caller, without a mobile, or when the patient asked not to be texted', async () => {
    const provider = await makeProvider(t.db, w.network.id);
    const offer = await makeOffer(t.db, w.network.id, { organisationId: provider.id });
    const p = await t.make.patient(w.network.id, w.practiceA.id, { phone: '07700 900789' });
    const id = await signposted(p.id, offer.id);
    const cases: [Promise<{ statusCode: number; json: () => any; headers: Record<string, unknown> }>, number, string, RegExp][] = [
      [text(navigator, id, { consent: false }), 400, '/body/consent', /text-needs-consent$/],
      [text(navigator, id, {}), 400, '/body/consent', /validation$/],
      [text(navigator, id, { consent: true, offerId: newId() }), 400, '/body/offerId', /text-needs-offer$/],
      [text(navigator, await signposted(undefined, offer.id), { consent: true }), 409, '/params/id', /text-needs-patient$/],
    ];
    for (const [call, status, pointer, type] of cases) {
      const res = await call;
      expect(res.statusCode, JSON.stringify(res.json())).toBe(status);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.json().type).toMatch(type);
      expect(res.json().errors[0].pointer).toBe(pointer);
    }
    await t.db.updateTable('patient').set({ communication_preferences: ['letter'] }).where('id', '=', p.id).execute();
    const letter = await text(navigator, id, { consent: true });
    expect(letter.statusCode).toBe(409);
    expect(letter.json().detail).toMatch(/by letter, not by text/);
    await t.db.updateTable('patient').set({ communication_preferences: ['sms'], phone: '0113 496 0123' }).where('id', '=', p.id).execute();
    expect((await text(navigator, id, { consent: true })).json().detail).toMatch(/not a mobile/);
    expect(await t.count('message', { patient_id: p.id })).toBe(0);
  });

  it('is for those who record navigation (a health champion gets 403), and only for patients they may see', async () => {
    const provider = await makeProvider(t.db, w.network.id);
    const offer = await makeOffer(t.db, w.network.id, { organisationId: provider.id });
    const id = await signposted(w.patientA.id, offer.id);
    const champion = await t.as(await t.make.staff(w.network.id, [{ organisationId: w.practiceA.id, role: 'health-champion' }]), w.practiceA.id);
    expect((await text(champion, id, { consent: true })).statusCode).toBe(403);
    // A PCN link worker records navigation too, but has no relationship with this patient.
    expect((await text(linkWorker, id, { consent: true })).statusCode).toBe(403);
    const otherPractice = await t.as(w.receptionistB, w.practiceB.id);
    expect((await text(otherPractice, id, { consent: true })).statusCode).toBe(403);
    expect((await text(reception, id, { consent: true })).statusCode).toBe(200);
  });

  it('from the directory: records the signposting and texts the patient in one go, with the same checks', async () => {
    const provider = await makeProvider(t.db, w.network.id, { name: 'Money Matters Leeds' });
    const offer = await makeOffer(t.db, w.network.id, { organisationId: provider.id, name: 'Debt advice drop-in', categories: ['debt-benefits'] });
    const p = await t.make.patient(w.network.id, w.practiceA.id, { givenName: 'Dora' });
    const res = await reception.post(`${NAV}/offer-texts`, { patientId: p.id, offerId: offer.id, consent: true }, { 'idempotency-key': `dir-${p.id}` });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ patientId: p.id, decision: 'signposted', need: 'money', offerId: offer.id, offerName: 'Debt advice drop-in', channel: 'desk', offerTextedAt: expect.any(String) });
    expect((await reception.post(`${NAV}/offer-texts`, { patientId: p.id, offerId: offer.id, consent: true }, { 'idempotency-key': `dir-${p.id}` })).json().id).toBe(res.json().id);
    expect(await t.count('nav_contact', { patient_id: p.id })).toBe(1);
    expect(await t.count('message', { patient_id: p.id, template: 'directory-offer' })).toBe(1);

    const refused = await reception.post(`${NAV}/offer-texts`, { patientId: p.id, offerId: offer.id, consent: false });
    expect(refused.json()).toMatchObject({ status: 400, errors: [{ pointer: '/body/consent' }] });
    await t.db.updateTable('patient').set({ phone: null }).where('id', '=', p.id).execute();
    const noPhone = await reception.post(`${NAV}/offer-texts`, { patientId: p.id, offerId: offer.id, consent: true });
    expect(noPhone.json()).toMatchObject({ status: 409, errors: [{ pointer: '/body/patientId' }] });
    expect((await reception.post(`${NAV}/offer-texts`, { patientId: w.patientB.id, offerId: offer.id, consent: true })).statusCode).toBe(403);
    expect((await linkWorker.post(`${NAV}/offer-texts`, { patientId: p.id, offerId: offer.id, consent: true })).statusCode).toBe(403);
    expect(await t.count('nav_contact', { patient_id: p.id })).toBe(1);
  });
});
