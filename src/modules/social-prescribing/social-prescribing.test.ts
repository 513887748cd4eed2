import { beforeAll, describe, expect, it } from 'vitest';
import { type Client } from '../../../test/support/test-app.ts';
import { useTestApp } from '../../../test/support/setup.ts';
import { makeAppointment, makeSlots } from '../../../test/support/booking.ts';
import { newId } from '../../platform/ids.ts';
import { swemwbsScore } from './wellbeing.ts';
import { makeOffer, makeProvider } from '../../../test/support/directory.ts';

const { t, w } = useTestApp();
let gp: Client;
let reception: Client;
let linkWorker: Client;
let linkWorkerId: string;
let lead: { id: string };
let leadClient: Client;
let manager: Client;
let ipSeq = 0;

const SP = '/api/v1/social-prescribing';

beforeAll(async () => {
  gp = await t.as(w.gpA, w.practiceA.id);
  reception = await t.as(w.receptionistA, w.practiceA.id);
  const lw = await t.make.staff(w.network.id, [{ organisationId: w.pcn.id, role: 'link-worker' }], { name: 'Lina Link' });
  linkWorkerId = lw.id;
  linkWorker = await t.as(lw, w.pcn.id);
  const leadStaff = await t.make.staff(w.network.id, [{ organisationId: w.pcn.id, role: 'care-coordinator' }], { name: 'Sam Safeguarding' });
  lead = leadStaff;
  leadClient = await t.as(leadStaff, w.pcn.id);
  const pcnManager = await t.make.staff(w.network.id, [{ organisationId: w.pcn.id, role: 'pcn-manager' }]);
  manager = await t.as(pcnManager, w.pcn.id);
});

async function newPatient(practiceId = w.practiceA.id) {
  const familyName = `Walker${newId().slice(-6).replace(/[^a-z]/g, 'x')}`;
  const p = await t.make.patient(w.network.id, practiceId, { familyName, givenName: 'Jean', dateOfBirth: '1948-02-11' });
  return { ...p, familyName };
}

async function refer(client: Client, patientId: string, body: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  return client.post(`${SP}/referrals`, { patientId, reasons: ['loneliness-isolation'], consent: true, note: 'lives alone since her husband died', ...body }, headers);
}

describe('referral', () => {
  it('is made by any staff member with consent, records the SNOMED CT code, and lands on the board and the badge', async () => {
    const p = await newPatient();
    const before = (await linkWorker.get(`${SP}/inbox`)).json().unallocated;
    const res = await refer(reception, p.id);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'new', source: 'staff', referralCode: '871731000000106', declinedCode: null, consent: true, linkWorker: null });
    expect((await linkWorker.get(`${SP}/inbox`)).json().unallocated).toBe(before + 1);
    const board = await linkWorker.get(`${SP}/referrals?status=new&linkWorker=unallocated`);
    expect(board.json().items.map((i: { id: string }) => i.id)).toContain(res.json().id);
    // The board's read is audited per person shown.
    expect(await t.count('audit_event', { patient_id: p.id, entity: 'sp_referral', action: 'read' })).toBeGreaterThan(0);
  });

  it('refuses a referral without consent, naming the field', async () => {
    const p = await newPatient();
    const res = await refer(gp, p.id, { consent: false });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.json().errors).toEqual([expect.objectContaining({ pointer: '/body/consent' })]);
    const missing = await gp.post(`${SP}/referrals`, { patientId: p.id, reasons: ['housing'] });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].pointer).toBe('/body/consent');
  });

  it('refuses a second referral while an episode is open (409 naming patientId), and allows one after discharge', async () => {
    const p = await newPatient();
    const first = await refer(gp, p.id);
    const again = await refer(reception, p.id);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ type: expect.stringMatching(/open-episode$/), referralId: first.json().id });
    expect(again.json().errors[0].pointer).toBe('/body/patientId');
    await linkWorker.post(`${SP}/referrals/${first.json().id}/discharge`, { reason: 'declined' });
    expect((await refer(gp, p.id)).statusCode).toBe(201);
  });

  it('is retry-safe with an Idempotency-Key', async () => {
    const p = await newPatient();
    const key = { 'idempotency-key': `sp-${newId()}` };
    const a = await refer(gp, p.id, {}, key);
    const b = await refer(gp, p.id, {}, key);
    expect(a.statusCode).toBe(201);
    expect(b.statusCode).toBe(201);
    expect(b.json().id).toBe(a.json().id);
    expect(await t.count('sp_referral', { patient_id: p.id })).toBe(1);
  });

  it('goes through the patient-access gate: a receptionist of another practice cannot refer', async () => {
    const p = await newPatient(w.practiceB.id);
    const res = await refer(reception, p.id);
    expect(res.statusCode).toBe(403);
  });

  it('lets a link worker of the PCN see a person registered at any practice once referred, and no one else', async () => {
    const p = await newPatient(w.practiceB.id);
    expect((await linkWorker.get(`/api/v1/patients/${p.id}`)).statusCode).toBe(403);
    const other = await t.as(w.receptionistB, w.practiceB.id);
    const res = await refer(other, p.id);
    expect((await linkWorker.get(`${SP}/referrals/${res.json().id}`)).statusCode).toBe(200);
    expect((await linkWorker.get(`/api/v1/patients/${p.id}`)).statusCode).toBe(200);
  });
});

describe('the consultations queue action', () => {
  it('creates the referral through social prescribing and closes the request', async () => {
    const p = await newPatient();
    const sub = await t.app.inject({ method: 'POST', url: '/api/v1/consultations/requests/on-behalf', headers: {}, payload: {} });
    expect(sub.statusCode).toBe(401);
    const made = await reception.post('/api/v1/consultations/requests/on-behalf', { patientId: p.id, channel: 'phone', type: 'advice', description: 'I feel very lonely since my husband died and do not go out' });
    expect(made.statusCode, made.body).toBe(201);
    const id = made.json().id;
    expect((await gp.post(`/api/v1/consultations/${id}/claim`)).statusCode).toBe(200);
    const noConsent = await gp.post(`/api/v1/consultations/${id}/actions`, { type: 'refer-social-prescribing' });
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.json().errors[0].pointer).toBe('/body/consent');
    const res = await gp.post(`/api/v1/consultations/${id}/actions`, { type: 'refer-social-prescribing', consent: true, referralReasons: ['loneliness-isolation', 'bereavement'] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'closed', outcome: 'referred-social-prescribing' });
    const list = await linkWorker.get(`${SP}/referrals?patientId=${p.id}`);
    expect(list.json().items).toEqual([expect.objectContaining({ source: 'consultation', reasons: ['loneliness-isolation', 'bereavement'], status: 'new' })]);
    const full = await linkWorker.get(`${SP}/referrals/${list.json().items[0].id}`);
    expect(full.json().consultationId).toBe(id);
  });
});

describe('the caseload', () => {
  it('takes a referral, records contacts, ONS4, goals, onward referrals and discharge, each in the history', async () => {
    const p = await newPatient();
    const id = (await refer(gp, p.id)).json().id;
    const mine = await linkWorker.post(`${SP}/referrals/${id}/allocate`, {});
    expect(mine.json().linkWorker).toMatchObject({ staffId: linkWorkerId, name: 'Lina Link' });
    const contact = await linkWorker.post(`${SP}/referrals/${id}/contacts`, { kind: 'home-visit', minutes: 60, whatMatters: 'Getting out of the house; seeing people again' });
    expect(contact.statusCode, contact.body).toBe(200);
    expect(contact.json()).toMatchObject({ status: 'contacted', contacts: 1, minutes: 60 });
    expect(contact.json().firstContactAt).not.toBeNull();
    const ons = await linkWorker.post(`${SP}/referrals/${id}/wellbeing`, { measure: 'ons4', timepoint: 'first-contact', lifeSatisfaction: 3, worthwhile: 4, happy: 3, anxious: 7 });
    expect(ons.json().wellbeing[0]).toMatchObject({ measure: 'ons4', ons4: { lifeSatisfaction: 3, worthwhile: 4, happy: 3, anxious: 7 } });
    const goal = await linkWorker.post(`${SP}/referrals/${id}/goals`, { description: 'Go to the walking group once a week', owner: 'Jean', targetDate: '2026-12-31' });
    expect(goal.json().goals).toEqual([expect.objectContaining({ description: 'Go to the walking group once a week', owner: 'Jean', progress: 0, status: 'active' })]);
    const goalId = goal.json().goals[0].id;
    const onward = await linkWorker.post(`${SP}/referrals/${id}/onward-referrals`, { offerName: 'Park walking group' });
    expect(onward.json().onwardReferrals).toEqual([expect.objectContaining({ offerName: 'Park walking group', takenUp: null })]);
    await linkWorker.post(`${SP}/referrals/${id}/status`, { status: 'active' });
    const took = await linkWorker.patch(`${SP}/referrals/${id}/onward-referrals/${onward.json().onwardReferrals[0].id}`, { takenUp: true });
    expect(took.json().onwardReferrals[0].takenUp).toBe(true);
    const done = await linkWorker.patch(`${SP}/referrals/${id}/goals/${goalId}`, { progress: 100, progressNote: 'goes every Tuesday' });
    expect(done.json().goals[0]).toMatchObject({ progress: 100, status: 'achieved' });
    await linkWorker.post(`${SP}/referrals/${id}/wellbeing`, { measure: 'ons4', timepoint: 'discharge', lifeSatisfaction: 6, worthwhile: 7, happy: 6, anxious: 4 });
    const out = await linkWorker.post(`${SP}/referrals/${id}/discharge`, { reason: 'goals-met', note: 'walking weekly' });
    expect(out.json()).toMatchObject({ status: 'discharged', dischargeReason: 'goals-met', declinedCode: null });
    expect(out.json().history.map((e: { type: string }) => e.type)).toEqual(['referred', 'allocated', 'status', 'onward-referral', 'status', 'goal', 'discharged']);
    // A discharged referral takes no new contacts.
    const late = await linkWorker.post(`${SP}/referrals/${id}/contacts`, { kind: 'phone', minutes: 5 });
    expect(late.statusCode).toBe(409);
  });

  it('records "declined" with SNOMED CT 871711000000103', async () => {
    const p = await newPatient();
    const id = (await refer(gp, p.id)).json().id;
    const res = await linkWorker.post(`${SP}/referrals/${id}/discharge`, { reason: 'declined' });
    expect(res.json()).toMatchObject({ declinedCode: '871711000000103', dischargeReason: 'declined' });
  });

  it('refuses ONS4 out of 0–10 or incomplete, naming the field', async () => {
    const p = await newPatient();
    const id = (await refer(gp, p.id)).json().id;
    const high = await linkWorker.post(`${SP}/referrals/${id}/wellbeing`, { measure: 'ons4', timepoint: 'first-contact', lifeSatisfaction: 11, worthwhile: 4, happy: 3, anxious: 7 });
    expect(high.statusCode).toBe(400);
    expect(high.json().errors[0].pointer).toBe('/body/lifeSatisfaction');
    const negative = await linkWorker.post(`${SP}/referrals/${id}/wellbeing`, { measure: 'ons4', timepoint: 'first-contact', lifeSatisfaction: 3, worthwhile: 4, happy: -1, anxious: 7 });
    expect(negative.json().errors[0].pointer).toBe('/body/happy');
    const missing = await linkWorker.post(`${SP}/referrals/${id}/wellbeing`, { measure: 'ons4', timepoint: 'first-contact', lifeSatisfaction: 3, worthwhile: 4 });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors.map((e: { pointer: string }) => e.pointer)).toEqual(['/body/happy', '/body/anxious']);
  });

  it('converts SWEMWBS to the metric score', async () => {
    expect(swemwbsScore([1, 1, 1, 1, 1, 1, 1])).toEqual({ raw: 7, metric: 7 });
    expect(swemwbsScore([3, 3, 3, 3, 3, 3, 3])).toEqual({ raw: 21, metric: 19.25 });
    expect(swemwbsScore([5, 5, 5, 5, 5, 5, 5])).toEqual({ raw: 35, metric: 35 });
    const p = await newPatient();
    const id = (await refer(gp, p.id)).json().id;
    const res = await linkWorker.post(`${SP}/referrals/${id}/wellbeing`, { measure: 'swemwbs', timepoint: 'first-contact', swemwbsItems: [3, 4, 3, 3, 4, 3, 3] });
    expect(res.json().wellbeing[0].swemwbs).toEqual({ items: [3, 4, 3, 3, 4, 3, 3], raw: 23, metric: 20.73 });
    // The plan page's form sends all seven answers; six, or an answer outside 1–5, is refused naming the field.
    const short = await linkWorker.post(`${SP}/referrals/${id}/wellbeing`, { measure: 'swemwbs', timepoint: 'review', swemwbsItems: [3, 4, 3, 3, 4, 3] });
    expect(short.statusCode).toBe(400);
    expect(short.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(short.json().errors[0].pointer).toBe('/body/swemwbsItems');
    const six = await linkWorker.post(`${SP}/referrals/${id}/wellbeing`, { measure: 'swemwbs', timepoint: 'review', swemwbsItems: [3, 4, 3, 6, 4, 3, 3] });
    expect(six.json().errors[0].pointer).toBe('/body/swemwbsItems/3');
    expect((await reception.post(`${SP}/referrals/${id}/wellbeing`, { measure: 'swemwbs', timepoint: 'review', swemwbsItems: [3, 4, 3, 3, 4, 3, 3] })).statusCode).toBe(403);
  });

  it('keeps the caseload to link workers; a referrer sees only a patient they may see', async () => {
    expect((await reception.get(`${SP}/referrals`)).statusCode).toBe(403);
    const p = await newPatient();
    await refer(reception, p.id);
    expect((await reception.get(`${SP}/referrals?patientId=${p.id}`)).json().items).toHaveLength(1);
    const elsewhere = await newPatient(w.practiceB.id);
    expect((await reception.get(`${SP}/referrals?patientId=${elsewhere.id}`)).statusCode).toBe(403);
    expect((await reception.get(`${SP}/referrals/${newId()}`)).statusCode).toBe(403);
  });

  it('pages the board with a cursor', async () => {
    const page = await linkWorker.get(`${SP}/referrals?limit=2`);
    expect(page.json().items).toHaveLength(2);
    const next = await linkWorker.get(`${SP}/referrals?limit=2&cursor=${page.json().nextCursor}`);
    expect(next.json().items[0].id).not.toBe(page.json().items[0].id);
    expect((await linkWorker.get(`${SP}/referrals?cursor=nonsense`)).json().errors[0].pointer).toBe('/querystring/cursor');
  });
});

describe('referral counts on directory offers', () => {
  it('shows an offer\'s champion how many people were referred to it, all told and this month', async () => {
    const n = w.network.id;
    const championStaff = await t.make.staff(n, [{ organisationId: w.practiceA.id, role: 'health-champion' }]);
    const provider = await makeProvider(t.db, n, { kind: 'health-champions', members: [championStaff.id] });
    const offer = await makeOffer(t.db, n, { organisationId: provider.id, name: 'Tuesday walkers' });
    const champion = await t.as(championStaff, w.practiceA.id);
    const summary = async () => (await champion.get(`/api/v1/directory/offers/${offer.id}/summary`)).json();
    expect(await summary()).toMatchObject({ referred: 0, referredThisMonth: 0 });

    const people = [await newPatient(), await newPatient()];
    for (const p of people) {
      const id = (await refer(reception, p.id)).json().id;
      await linkWorker.post(`${SP}/referrals/${id}/allocate`, {});
      const res = await linkWorker.post(`${SP}/referrals/${id}/onward-referrals`, { offerId: offer.id });
      expect(res.statusCode, res.body).toBe(200);
    }
    // A referral made in an earlier month counts all told, not this month.
    await t.db.updateTable('sp_onward_referral').set({ referred_at: new Date('2020-01-15T10:00:00Z') })
      .where('offer_id', '=', offer.id).where('referral_id', 'in', t.db.selectFrom('sp_referral').select('id').where('patient_id', '=', people[1].id)).execute();
    expect(await summary()).toMatchObject({ referred: 2, referredThisMonth: 1 });
  });
});

describe('safeguarding', () => {
  it('routes a concern at once to the named lead and flags the referral', async () => {
    expect((await linkWorker.put(`${SP}/settings`, { safeguardingLeadStaffId: lead.id })).statusCode).toBe(403);
    const set = await manager.put(`${SP}/settings`, { safeguardingLeadStaffId: lead.id });
    expect(set.json()).toEqual({ safeguardingLead: { staffId: lead.id, name: 'Sam Safeguarding' } });
    const p = await newPatient();
    const res = await refer(gp, p.id, { safeguardingConcern: 'Bruising on both arms; says her son takes her pension' });
    expect(res.json().safeguarding).toBe(true);
    expect(res.json().safeguardingConcerns[0]).toMatchObject({ lead: { staffId: lead.id } });
    const inbox = (await leadClient.get(`${SP}/inbox`)).json();
    expect(inbox.unreadSafeguarding).toBe(1);
    const note = inbox.notifications.find((n: { kind: string }) => n.kind === 'safeguarding');
    expect(note.referralId).toBe(res.json().id);
    const ack = await leadClient.post(`${SP}/inbox/${note.id}/read`);
    expect(ack.json().unreadSafeguarding).toBe(0);
    const board = await linkWorker.get(`${SP}/referrals?patientId=${p.id}`);
    expect(board.json().items[0].safeguarding).toBe(true);
  });

  it('lets the settings page name only active staff of the network as lead, or nobody', async () => {
    expect((await reception.put(`${SP}/settings`, { safeguardingLeadStaffId: lead.id })).statusCode).toBe(403);
    expect((await reception.get(`${SP}/settings`)).statusCode).toBe(403);
    const unknown = await manager.put(`${SP}/settings`, { safeguardingLeadStaffId: newId() });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ type: expect.stringMatching(/social-prescribing\/not-staff$/), errors: [{ pointer: '/body/safeguardingLeadStaffId' }] });
    expect((await linkWorker.get(`${SP}/settings`)).json()).toEqual({ safeguardingLead: { staffId: lead.id, name: 'Sam Safeguarding' } });
    expect((await manager.put(`${SP}/settings`, { safeguardingLeadStaffId: null })).json()).toEqual({ safeguardingLead: null });
    expect((await manager.put(`${SP}/settings`, { safeguardingLeadStaffId: lead.id })).statusCode).toBe(200);
  });
});

describe('self-referral (public)', () => {
  const pub = (payload: unknown, remoteAddress = `10.9.0.${(ipSeq++ % 250) + 1}`) => t.app.inject({ method: 'POST', url: `${SP}/self-referrals`, payload: payload as object, remoteAddress });

  it('matches the person and opens an episode; the answer is the same when one is open', async () => {
    const p = await newPatient();
    const body = { givenName: 'Jean', familyName: p.familyName, dateOfBirth: '1948-02-11', nhsNumber: p.nhsNumber, reasons: ['loneliness-isolation'], consent: true };
    const res = await pub(body);
    expect(res.statusCode, res.body).toBe(201);
    const again = await pub(body);
    expect(again.json()).toEqual(res.json());
    expect(await t.count('sp_referral', { patient_id: p.id, source: 'self' })).toBe(1);
  });

  it('needs consent and a match, with clear problems', async () => {
    const p = await newPatient();
    const body = { givenName: 'Jean', familyName: p.familyName, dateOfBirth: '1948-02-11', nhsNumber: p.nhsNumber, reasons: ['housing'], consent: false };
    expect((await pub(body)).json().errors[0].pointer).toBe('/body/consent');
    expect((await pub({ ...body, consent: true, familyName: 'Nobody' })).statusCode).toBe(422);
    expect((await pub({ ...body, consent: true, nhsNumber: undefined })).json().errors[0].pointer).toBe('/body/nhsNumber');
  });

  it('is rate-limited per address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await pub({ givenName: 'A', familyName: 'B', dateOfBirth: '1950-01-01', postcode: 'LS1 4AP', reasons: ['other'], consent: true }, '10.99.0.1')).statusCode);
    expect(statuses).toContain(429);
  });
});

describe('outcomes', () => {
  it('reports ONS4 before and after per person and cohort, and GP appointments 6 months either side of referral', async () => {
    const now = new Date();
    const p = await newPatient();
    const id = (await refer(gp, p.id)).json().id;
    await linkWorker.post(`${SP}/referrals/${id}/wellbeing`, { measure: 'ons4', timepoint: 'first-contact', lifeSatisfaction: 2, worthwhile: 3, happy: 2, anxious: 8 });
    await linkWorker.post(`${SP}/referrals/${id}/wellbeing`, { measure: 'ons4', timepoint: 'discharge', lifeSatisfaction: 6, worthwhile: 6, happy: 5, anxious: 4 });
    // Three GP appointments in the 6 months before referral, one cancelled (not counted), one a nurse's (not counted).
    const day = 86_400_000;
    const starts = [20, 50, 90, 100, 120].map((d) => new Date(now.getTime() - d * day));
    for (const [i, start] of starts.entries()) {
      const role = i === 4 ? 'nurse' : 'gp';
      const [slotId] = await makeSlots(t.db, { networkId: w.network.id, staffId: w.gpA.id, organisationId: w.practiceA.id, siteId: w.siteA.id, serviceId: w.gpService.id, role, start, status: 'booked' });
      await makeAppointment(t.db, { slotId, patientId: p.id, status: i === 3 ? 'cancelled' : 'attended' });
    }
    const res = await linkWorker.get(`${SP}/outcomes`);
    expect(res.statusCode, res.body).toBe(200);
    const person = res.json().people.find((x: { referralId: string }) => x.referralId === id);
    expect(person).toMatchObject({ ons4Change: { lifeSatisfaction: 4, worthwhile: 3, happy: 3, anxious: -4 }, gpAppointmentsBefore: 3, gpAppointmentsAfter: 0, afterWindowComplete: false });
    expect(res.json().ons4.pairs).toBeGreaterThanOrEqual(1);
    expect((await reception.get(`${SP}/outcomes`)).statusCode).toBe(403);
  });
});
