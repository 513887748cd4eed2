import { beforeAll, describe, expect, it } from 'vitest';
import { type Client } from '../../../test/support/test-app.ts';
import { useTestApp } from '../../../test/support/setup.ts';
import { makeSlots } from '../../../test/support/booking.ts';

const { t, w } = useTestApp();
let gp: Client;
let hubGp: Client;
let reception: Client;
let seq = 0;
let ipSeq = 0;

const CHEST_PAIN = 'crushing chest pain spreading to my arm and sweating';
const RASH = 'a mole on my back has changed shape';

beforeAll(async () => {
  gp = await t.as(w.gpA, w.practiceA.id);
  hubGp = await t.as(w.hubGp, w.hub.id);
  reception = await t.as(w.receptionistA, w.practiceA.id);
});

/** Public routes are rate-limited per address: each call comes from its own address unless a test says otherwise. */
function pub(url: string, payload: unknown, headers: Record<string, string> = {}, remoteAddress = `10.1.${Math.floor(ipSeq / 250)}.${(ipSeq++ % 250) + 1}`) {
  return t.app.inject({ method: 'POST', url: `/api/v1/consultations${url}`, payload: payload as object, headers, remoteAddress });
}

async function newPatient(p: { practiceId?: string; dateOfBirth?: string } = {}) {
  const familyName = `Person${++seq}x`;
  const dateOfBirth = p.dateOfBirth ?? '1984-07-09';
  const made = await t.make.patient(w.network.id, p.practiceId ?? w.practiceA.id, { familyName, dateOfBirth, givenName: 'Jo' });
  return { ...made, familyName, dateOfBirth };
}

async function tokenFor(p: { familyName: string; dateOfBirth: string; nhsNumber: string }) {
  const res = await pub('/requests/identify', { familyName: p.familyName, dateOfBirth: p.dateOfBirth, nhsNumber: p.nhsNumber });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().token as string;
}

async function submitFor(patient: Awaited<ReturnType<typeof newPatient>>, body: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const token = await tokenFor(patient);
  return pub('/requests', { token, submittedBy: 'patient', type: 'medical', description: RASH, ...body }, headers);
}

async function queued(description = RASH) {
  const patient = await newPatient();
  const res = await submitFor(patient, { description });
  expect(res.statusCode, res.body).toBe(201);
  return { patient, id: res.json().id as string, reference: res.json().reference as string };
}

describe('identifying the patient (public)', () => {
  it('matches on family name, date of birth and NHS number, and answers with a token and the practice name only', async () => {
    const res = await pub('/requests/identify', { familyName: 'atkinson', dateOfBirth: '1956-03-02', nhsNumber: w.patientA.nhsNumber });
    expect(res.statusCode, res.body).toBe(200);
    expect(Object.keys(res.json()).sort()).toEqual(['expiresAt', 'practiceName', 'token']);
    expect(res.json().practiceName).toBe('Riverside Surgery');
  });

  it('matches on postcode instead of NHS number, whatever its spacing and case', async () => {
    const res = await pub('/requests/identify', { familyName: 'Bellamy', dateOfBirth: '1990-11-30', postcode: 'ls73cd' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().practiceName).toBe('Hillview Medical Centre');
  });

  it('says plainly when nobody matches, and to call the practice', async () => {
    const res = await pub('/requests/identify', { familyName: 'Atkinson', dateOfBirth: '1956-03-03', nhsNumber: w.patientA.nhsNumber });
    expect(res.statusCode).toBe(422);
    expect(res.json().type).toMatch(/consultations\/patient-not-matched$/);
    expect(res.json().detail).toMatch(/call your GP practice/);
  });

  it('refuses to guess between two people with the same details, and takes the first name to tell them apart', async () => {
    const twin = { familyName: `Twin${++seq}`, dateOfBirth: '2001-01-01', postcode: 'LS9 8ZZ' };
    await t.make.patient(w.network.id, w.practiceA.id, { ...twin, givenName: 'Sam' });
    await t.make.patient(w.network.id, w.practiceA.id, { ...twin, givenName: 'Alex' });
    const res = await pub('/requests/identify', twin);
    expect(res.statusCode).toBe(422);
    expect(res.json().type).toMatch(/consultations\/patient-not-unique$/);
    expect((await pub('/requests/identify', { ...twin, givenName: 'sam' })).statusCode).toBe(200);
  });

  it('rejects a date of birth in the future', async () => {
    const res = await pub('/requests/identify', { familyName: 'Atkinson', dateOfBirth: '2999-01-01', nhsNumber: w.patientA.nhsNumber });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].pointer).toBe('/body/dateOfBirth');
  });

  it('needs an NHS number or a postcode', async () => {
    const res = await pub('/requests/identify', { familyName: 'Atkinson', dateOfBirth: '1956-03-02' });
    expect(res.statusCode).toBe(400);
    expect(res.json().type).toMatch(/consultations\/nhs-number-or-postcode-needed$/);
  });

  it('rate-limits bursts from one address with a clear 429 problem', async () => {
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 11; i++) {
      last = await pub('/requests/identify', { familyName: 'Nobody', dateOfBirth: '1970-01-01', postcode: 'LS1 1AA' }, {}, '10.99.0.1');
      statuses.push(last.statusCode);
    }
    expect(statuses.slice(0, 10).every((s) => s === 422)).toBe(true);
    expect(statuses[10]).toBe(429);
    expect(last!.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(last!.json().detail).toMatch(/wait a minute/);
  });
});

describe('triage preview and submission (public)', () => {
  it('previews an emergency so the form can stop before anything is sent', async () => {
    const token = await tokenFor(await newPatient());
    const res = await pub('/triage-preview', { token, description: CHEST_PAIN });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ urgency: 'emergency', accepted: false, followUpQuestions: [] });
    expect(res.json().why).toContain('Chest pain');
  });

  it('asks the PHQ-9 and GAD-7 items for low mood', async () => {
    const token = await tokenFor(await newPatient());
    const res = await pub('/triage-preview', { token, description: 'feeling low and hopeless for weeks' });
    const ids = res.json().followUpQuestions.map((q: { id: string }) => q.id);
    expect(ids).toContain('phq9_9');
    expect(ids).toContain('gad7_7');
  });

  it('refuses an emergency with 999 advice and why, records the demand, and queues nothing', async () => {
    const patient = await newPatient();
    const res = await submitFor(patient, { description: CHEST_PAIN });
    expect(res.statusCode).toBe(422);
    expect(res.json().type).toMatch(/consultations\/emergency$/);
    expect(res.json().detail).toMatch(/999|A&E/);
    expect(res.json().why).toContain('Chest pain');
    expect(await t.count('consultation', { patient_id: patient.id })).toBe(0);
    expect(await t.count('message', { patient_id: patient.id })).toBe(0);
    expect(await t.count('consultation_demand', { patient_id: patient.id })).toBe(1);
  });

  it('accepts a routine request: triaged, due within two working days, acknowledged by message, first in nobody\'s hands', async () => {
    const patient = await newPatient();
    const res = await submitFor(patient);
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body.reference).toMatch(/^OC-[2-9A-HJ-NP-Z]{6}$/);
    expect(body).toMatchObject({ status: 'new', urgency: 'routine' });
    expect(body.expectedResponse).toMatch(/^by /);
    expect(body.safetyNetting).toMatch(/111/);
    const due = new Date(body.dueAt).getTime();
    expect(due).toBeGreaterThan(Date.now() + 24 * 3_600_000);
    expect(due).toBeLessThan(Date.now() + 6 * 24 * 3_600_000);
    const messages = await t.db.selectFrom('message').selectAll().where('related_id', '=', body.id).execute();
    expect(messages.map((m) => m.template)).toEqual(['consultation-acknowledgement']);
    expect(messages[0].body).toContain(body.reference);

    const queue = await gp.get('/api/v1/consultations/queue?type=medical');
    const item = queue.json().items.find((i: { id: string }) => i.id === body.id);
    expect(item).toMatchObject({ status: 'new', urgency: 'routine', assignedRole: 'gp', overdue: false, claimedBy: null, dueAt: body.dueAt });
    expect(item.minutesLeft).toBeGreaterThan(0);
  });

  it('an urgent request is due today or by the next working day', async () => {
    const res = await submitFor(await newPatient(), { description: 'I have a painful swollen calf' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().urgency).toBe('urgent');
    expect(new Date(res.json().dueAt).getTime()).toBeLessThan(Date.now() + 4 * 24 * 3_600_000);
    expect(res.json().safetyNetting).toMatch(/call 111/);
  });

  it('stores PHQ-9 and GAD-7 scores, and item 9 makes it urgent at once', async () => {
    const answers: Record<string, number> = {};
    for (let i = 1; i <= 9; i++) answers[`phq9_${i}`] = 2;
    for (let i = 1; i <= 7; i++) answers[`gad7_${i}`] = 1;
    const res = await submitFor(await newPatient(), { description: 'feeling low and hopeless for weeks', answers });
    expect(res.statusCode, res.body).toBe(201);
    expect(['urgent', 'emergency']).toContain(res.json().urgency);
    const view = await gp.get(`/api/v1/consultations/${res.json().id}`);
    expect(view.json()).toMatchObject({ phq9Score: 18, gad7Score: 7, phq9: { total: 18, band: 'moderately-severe', item9: 2, complete: true }, gad7: { total: 7, band: 'mild' } });
  });

  it('keeps yes/no answers as booleans and numbers as numbers', async () => {
    const res = await submitFor(await newPatient(), { answers: { worsening: false, severity: 1, onsetDays: 3, helpWanted: 'a look at it' } });
    expect(res.statusCode, res.body).toBe(201);
    const row = await t.db.selectFrom('consultation').select('answers').where('id', '=', res.json().id).executeTakeFirstOrThrow();
    expect(row.answers).toEqual({ worsening: false, severity: 1, onsetDays: 3, helpWanted: 'a look at it' });
  });

  it('a retried submission with the same Idempotency-Key creates one request', async () => {
    const patient = await newPatient();
    const token = await tokenFor(patient);
    const body = { token, submittedBy: 'patient', type: 'medical', description: RASH };
    const [a, b] = [await pub('/requests', body, { 'idempotency-key': 'abc-1' }), await pub('/requests', body, { 'idempotency-key': 'abc-1' })];
    expect(a.statusCode).toBe(201);
    expect(b.statusCode).toBe(201);
    expect(b.json().id).toBe(a.json().id);
    expect(await t.count('consultation', { patient_id: patient.id })).toBe(1);
    expect(await t.count('message', { patient_id: patient.id })).toBe(1);
  });

  it('refuses a description over 5000 characters, naming the field', async () => {
    const patient = await newPatient();
    const res = await submitFor(patient, { description: 'a'.repeat(5001) });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].pointer).toBe('/body/description');
    expect(await t.count('consultation', { patient_id: patient.id })).toBe(0);
  });

  it('keeps script in the text as plain text, verbatim', async () => {
    const text = '<script>alert("x")</script><img src=x onerror=alert(1)> my knee hurts & swells';
    const { id } = await queued(text);
    const res = await gp.get(`/api/v1/consultations/${id}`);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.json().description).toBe(text);
    expect(typeof res.json().summary).toBe('string');
  });

  it('closes a self-care request at once when the patient only wanted the advice', async () => {
    const patient = await newPatient();
    const res = await submitFor(patient, { description: 'I have had a sore throat for 3 days', type: 'advice', adviceOnly: true });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'closed', urgency: 'self-care' });
    expect(res.json().advice.length).toBeGreaterThan(0);
    expect(await t.count('message', { patient_id: patient.id })).toBe(0);
  });

  it('queues a self-care request as routine-low when the patient still sends it', async () => {
    const res = await submitFor(await newPatient(), { description: 'I have had a sore throat for 3 days' });
    expect(res.json()).toMatchObject({ status: 'new', urgency: 'self-care' });
  });

  it('needs the kind of an admin request, and sends it to the admin team', async () => {
    const patient = await newPatient();
    expect((await submitFor(patient, { type: 'admin', description: 'I need my repeat prescription' })).statusCode).toBe(400);
    const res = await submitFor(patient, { type: 'admin', adminKind: 'repeat-prescription', description: 'I need my repeat prescription' });
    expect(res.statusCode, res.body).toBe(201);
    const view = await gp.get(`/api/v1/consultations/${res.json().id}`);
    expect(view.json()).toMatchObject({ type: 'admin', adminKind: 'repeat-prescription', assignedRole: 'admin', urgency: 'routine' });
  });

  it('rejects a forged or tampered identity token', async () => {
    const token = await tokenFor(await newPatient());
    const forged = token.slice(0, -3) + (token.endsWith('AAA') ? 'BBB' : 'AAA');
    const res = await pub('/requests', { token: forged, submittedBy: 'patient', type: 'medical', description: RASH });
    expect(res.statusCode).toBe(401);
    expect(res.json().type).toMatch(/consultations\/identity-invalid$/);
  });

  it('limits bursts per patient with a clear message', async () => {
    const patient = await newPatient();
    for (let i = 0; i < 3; i++) expect((await submitFor(patient)).statusCode).toBe(201);
    const res = await submitFor(patient);
    expect(res.statusCode).toBe(429);
    expect(res.json().type).toMatch(/consultations\/too-many-requests$/);
    expect(await t.count('consultation', { patient_id: patient.id })).toBe(3);
  });
});

describe('reception takes a request for a caller', () => {
  it('creates a phone request through the same engine', async () => {
    const patient = await newPatient();
    const res = await reception.post('/api/v1/consultations/requests/on-behalf', { patientId: patient.id, channel: 'phone', type: 'medical', description: RASH });
    expect(res.statusCode, res.body).toBe(201);
    const row = await t.db.selectFrom('consultation').selectAll().where('id', '=', res.json().id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ submitted_by: 'reception', channel: 'phone', submitted_by_staff_id: w.receptionistA.id });
  });

  it('refuses an emergency for a caller too', async () => {
    const patient = await newPatient();
    const res = await reception.post('/api/v1/consultations/requests/on-behalf', { patientId: patient.id, channel: 'desk', type: 'medical', description: CHEST_PAIN });
    expect(res.statusCode).toBe(422);
    expect(await t.count('consultation', { patient_id: patient.id })).toBe(0);
  });

  it("cannot take one for another practice's patient without a relationship", async () => {
    const patient = await newPatient({ practiceId: w.practiceB.id });
    const res = await reception.post('/api/v1/consultations/requests/on-behalf', { patientId: patient.id, channel: 'phone', type: 'medical', description: RASH });
    expect(res.statusCode).toBe(403);
  });
});

describe('working the queue', () => {
  it('needs a signed-in clinician for clinical requests (reception sees admin requests only: admin-queue.test.ts)', async () => {
    expect((await t.anonymous.get('/api/v1/consultations/queue')).statusCode).toBe(401);
    const linkWorker = await t.as(await t.make.staff(w.network.id, [{ organisationId: w.practiceA.id, role: 'link-worker' }]), w.practiceA.id);
    const res = await linkWorker.get('/api/v1/consultations/queue');
    expect(res.statusCode).toBe(403);
    expect(res.json().type).toMatch(/identity\/permission$/);
    const { id } = await queued();
    expect((await reception.post(`/api/v1/consultations/${id}/claim`)).statusCode).toBe(403);
    expect((await linkWorker.post(`/api/v1/consultations/${id}/claim`)).statusCode).toBe(403);
  });

  it('two clinicians claiming at once: exactly one gets it, the other is told who has it', async () => {
    const { id } = await queued();
    const results = await Promise.all([gp.post(`/api/v1/consultations/${id}/claim`), hubGp.post(`/api/v1/consultations/${id}/claim`)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const loser = results.find((r) => r.statusCode === 409)!;
    expect(loser.json().type).toMatch(/consultations\/already-claimed$/);
    const winnerName = results.find((r) => r.statusCode === 200)!.json().claimedBy.name;
    expect(loser.json().claimedBy.name).toBe(winnerName);
    expect(loser.json().detail).toContain(winnerName);
  });

  it('only the claimer may act; a reply queues a message to the patient', async () => {
    const { id, patient } = await queued();
    expect((await gp.post(`/api/v1/consultations/${id}/actions`, { type: 'reply', message: 'Please send a photo' })).statusCode).toBe(403);
    expect((await hubGp.post(`/api/v1/consultations/${id}/claim`)).statusCode).toBe(200);
    const notMine = await gp.post(`/api/v1/consultations/${id}/actions`, { type: 'reply', message: 'Please send a photo' });
    expect(notMine.statusCode).toBe(403);
    expect(notMine.json().type).toMatch(/consultations\/not-claimed-by-you$/);
    expect((await hubGp.post(`/api/v1/consultations/${id}/actions`, { type: 'reply' })).statusCode).toBe(400);

    const before = await t.count('message', { patient_id: patient.id });
    const res = await hubGp.post(`/api/v1/consultations/${id}/actions`, { type: 'reply', message: 'Please use an emollient; <b>not</b> HTML' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'awaiting-patient' });
    expect(res.json().firstActionAt).not.toBeNull();
    expect(res.json().history.map((e: { type: string }) => e.type)).toEqual(['submitted', 'claimed', 'reply']);
    expect(await t.count('message', { patient_id: patient.id })).toBe(before + 1);
    // A hub clinician can see a patient of another practice because they are working the consultation.
    expect(res.json().patientSummary.practiceName).toBe('Riverside Surgery');
  });

  it('a claim can be released, and reassigning releases it and changes the role', async () => {
    const { id } = await queued();
    await gp.post(`/api/v1/consultations/${id}/claim`);
    const released = await gp.post(`/api/v1/consultations/${id}/release`);
    expect(released.json()).toMatchObject({ status: 'new', claimedBy: null });
    await hubGp.post(`/api/v1/consultations/${id}/claim`);
    const res = await hubGp.post(`/api/v1/consultations/${id}/actions`, { type: 'reassign', role: 'nurse', practiceId: w.practiceB.id, note: 'dressing needed' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'new', claimedBy: null, assignedRole: 'nurse', assignedPracticeId: w.practiceB.id });
    const queue = await gp.get(`/api/v1/consultations/queue?role=nurse&practiceId=${w.practiceB.id}`);
    expect(queue.json().items.map((i: { id: string }) => i.id)).toContain(id);
  });

  it('closes with an outcome, messages the patient, and refuses further actions', async () => {
    const { id, patient } = await queued();
    await gp.post(`/api/v1/consultations/${id}/claim`);
    expect((await gp.post(`/api/v1/consultations/${id}/actions`, { type: 'close' })).statusCode).toBe(400);
    const res = await gp.post(`/api/v1/consultations/${id}/actions`, { type: 'close', outcome: 'advice-given', note: 'emollients' });
    expect(res.json()).toMatchObject({ status: 'closed', outcome: 'advice-given', outcomeNote: 'emollients' });
    expect(res.json().closedAt).not.toBeNull();
    expect(await t.count('message', { patient_id: patient.id })).toBe(2);
    const again = await gp.post(`/api/v1/consultations/${id}/actions`, { type: 'reply', message: 'hello' });
    expect(again.statusCode).toBe(409);
    expect(again.json().type).toMatch(/consultations\/closed$/);
    const open = await gp.get('/api/v1/consultations/queue');
    expect(open.json().items.map((i: { id: string }) => i.id)).not.toContain(id);
  });

  it('lists closed requests only to those who may see the patient (data sharing off)', async () => {
    const { id, patient } = await queued();
    await gp.post(`/api/v1/consultations/${id}/claim`);
    expect((await gp.post(`/api/v1/consultations/${id}/actions`, { type: 'close', outcome: 'advice-given' })).statusCode).toBe(200);
    // A nurse of the other practice triages, but never worked this request and the patient is not theirs.
    const nurseB = await t.make.staff(w.network.id, [{ organisationId: w.practiceB.id, role: 'nurse' }]);
    const nurse = await t.as(nurseB, w.practiceB.id);
    const closedForNurse = await nurse.get('/api/v1/consultations/queue?status=closed&limit=100');
    expect(closedForNurse.statusCode, closedForNurse.body).toBe(200);
    expect(closedForNurse.json().items.map((i: { id: string }) => i.id)).not.toContain(id);
    expect((await nurse.get(`/api/v1/consultations/${id}`)).statusCode).toBe(403);
    expect(await t.count('audit_event', { patient_id: patient.id, actor_staff_id: nurseB.id, action: 'refused' })).toBe(1);
    // The clinician who closed it still finds it.
    const closedForGp = await gp.get('/api/v1/consultations/queue?status=closed&limit=100');
    expect(closedForGp.json().items.map((i: { id: string }) => i.id)).toContain(id);
  });

  it('records signposting and social prescribing referrals as outcomes', async () => {
    for (const [type, outcome] of [['signpost', 'signposted'], ['refer-social-prescribing', 'referred-social-prescribing']] as const) {
      const { id } = await queued();
      await gp.post(`/api/v1/consultations/${id}/claim`);
      const res = await gp.post(`/api/v1/consultations/${id}/actions`, { type, note: 'community walking group', ...(type === 'refer-social-prescribing' ? { consent: true } : {}) });
      expect(res.json()).toMatchObject({ status: 'closed', outcome });
    }
  });

  it('books the earliest suitable slot for the role anywhere in the network and links the appointment', async () => {
    const start = new Date(Date.now() + 2 * 24 * 3_600_000);
    start.setUTCHours(9, 0, 0, 0);
    const [early] = await makeSlots(t.db, { networkId: w.network.id, staffId: w.hubGp.id, organisationId: w.hub.id, siteId: w.hubSite.id, serviceId: w.gpService.id, role: 'gp', start, count: 2, channels: ['own-practice', 'network', 'hub'] });
    const { id, patient } = await queued();
    await gp.post(`/api/v1/consultations/${id}/claim`);
    const res = await gp.post(`/api/v1/consultations/${id}/actions`, { type: 'book', role: 'gp' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'closed', outcome: 'appointment-booked' });
    const appt = await t.db.selectFrom('appointment').selectAll().where('id', '=', res.json().appointmentId).executeTakeFirstOrThrow();
    expect(appt).toMatchObject({ slot_id: early, patient_id: patient.id, source_consultation_id: id });
    const templates = (await t.db.selectFrom('message').select('template').where('related_id', '=', id).execute()).map((m) => m.template);
    expect(templates).toContain('consultation-appointment');
  });

  it('orders overdue and urgent work first and filters by age', async () => {
    const routine = await queued();
    await t.db.updateTable('consultation').set({ due_at: new Date(Date.now() - 3_600_000), submitted_at: new Date(Date.now() - 72 * 3_600_000) }).where('id', '=', routine.id).execute();
    const res = await gp.get('/api/v1/consultations/queue?limit=200');
    const first = res.json().items[0];
    expect(first).toMatchObject({ id: routine.id, overdue: true });
    expect(first.minutesLeft).toBeLessThan(0);
    const old = await gp.get('/api/v1/consultations/queue?olderThanHours=48');
    expect(old.json().items.map((i: { id: string }) => i.id)).toEqual([routine.id]);
  });

  it('audits reading a request', async () => {
    const { id, patient } = await queued();
    const before = await t.count('audit_event', { patient_id: patient.id, entity: 'consultation' });
    await gp.get(`/api/v1/consultations/${id}`);
    expect(await t.count('audit_event', { patient_id: patient.id, entity: 'consultation' })).toBe(before + 1);
  });

  it('answers 404 for an unknown request and 400 for a bad id', async () => {
    expect((await gp.get('/api/v1/consultations/01890000-0000-7000-8000-000000000000')).statusCode).toBe(404);
    expect((await gp.get('/api/v1/consultations/not-a-uuid')).statusCode).toBe(400);
  });
});

describe('metrics', () => {
  it('counts requests by type, urgency, role and outcome, emergencies redirected, and times to act', async () => {
    const m = await t.make.world();
    const rec = await t.as(m.receptionistA, m.practiceA.id);
    const doc = await t.as(m.gpA, m.practiceA.id);
    const manager = await t.as(m.managerA, m.practiceA.id);
    const take = (description: string, extra: Record<string, unknown> = {}) => rec.post('/api/v1/consultations/requests/on-behalf', { patientId: m.patientA.id, channel: 'phone', type: 'medical', description, ...extra });
    const first = await take(RASH);
    await take('I have a painful swollen calf');
    await take('I need a fit note', { type: 'admin', adminKind: 'fit-note' });
    expect((await take(CHEST_PAIN)).statusCode).toBe(422);
    await doc.post(`/api/v1/consultations/${first.json().id}/claim`);
    await doc.post(`/api/v1/consultations/${first.json().id}/actions`, { type: 'close', outcome: 'advice-given' });

    const res = await manager.get('/api/v1/consultations/metrics');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      total: 3, emergenciesRedirected: 1, closed: 1, closedWithoutAppointmentShare: 1,
      byType: { medical: 2, admin: 1 }, byUrgency: { routine: 2, urgent: 1 }, byRole: { gp: 2, admin: 1 }, byOutcome: { 'advice-given': 1, none: 2 }, byChannel: { phone: 3 },
    });
    expect(res.json().medianMinutesToFirstAction).toBeGreaterThanOrEqual(0);
    expect(res.json().medianMinutesToClose).toBeGreaterThanOrEqual(0);
    expect((await rec.get('/api/v1/consultations/metrics')).statusCode).toBe(403);
  });
});
