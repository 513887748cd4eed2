import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/support/setup.ts';

// An urgent request sent when no clinician of the network will see it the same day tells the patient to
// call 111 now, and is still queued for the morning. The clock is fixed in each test, in London time.

const { t, w } = useTestApp();
let seq = 0;
let ipSeq = 0;

const URGENT = 'I have a painful swollen calf';
const ROUTINE = 'a mole on my back has changed shape';
const london = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/London' }).toJSDate();


function pub(url: string, payload: unknown) {
  return t.app.inject({ method: 'POST', url: `/api/v1/consultations${url}`, payload: payload as object, remoteAddress: `10.7.${Math.floor(ipSeq / 250)}.${(ipSeq++ % 250) + 1}` });
}

async function sendAt(when: string, description = URGENT) {
  t.clock.now = () => london(when);
  const familyName = `Hours${++seq}x`;
  const patient = await t.make.patient(w.network.id, w.practiceA.id, { familyName, dateOfBirth: '1970-02-03' });
  const identified = await pub('/requests/identify', { familyName, dateOfBirth: '1970-02-03', nhsNumber: patient.nhsNumber });
  expect(identified.statusCode, identified.body).toBe(200);
  const token = identified.json().token as string;
  const preview = await pub('/triage-preview', { token, type: 'medical', description });
  expect(preview.statusCode, preview.body).toBe(200);
  const res = await pub('/requests', { token, submittedBy: 'patient', type: 'medical', description });
  expect(res.statusCode, res.body).toBe(201);
  return { preview: preview.json(), body: res.json(), patient };
}

/** Gives the world's sites hours like the demo's: practices 08:00–18:30 on weekdays, the hub weekday evenings and Saturday mornings. */
async function setHours(withHub: boolean) {
  const weekday = [['08:00', '18:30']];
  const practice = { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat: [], sun: [] };
  const evening = [['18:30', '20:00']];
  const hub = withHub ? { mon: evening, tue: evening, wed: evening, thu: evening, fri: evening, sat: [['09:00', '13:00']], sun: [] } : {};
  await t.db.updateTable('site').set({ opening_hours: JSON.stringify(practice) }).where('network_id', '=', w.network.id).where('kind', '=', 'practice-site').execute();
  await t.db.updateTable('site').set({ opening_hours: JSON.stringify(hub) }).where('network_id', '=', w.network.id).where('kind', '=', 'hub').execute();
}

describe('urgent requests out of hours (Europe/London)', () => {
  it('Friday evening: tells the patient to call 111 now, queues it, and makes it due on Monday morning', async () => {
    await setHours(false);
    const { preview, body, patient } = await sendAt('2026-06-05T19:45');
    expect(preview.call111).toMatchObject({ title: 'Call 111 now', body: expect.stringContaining('8am on Monday 8 June') });
    expect(body).toMatchObject({ urgency: 'urgent', status: 'new', dueAt: london('2026-06-08T10:00').toISOString(), expectedResponse: 'by 10am on Monday 8 June' });
    expect(body.call111.title).toBe('Call 111 now');
    expect(body.call111.body).toMatch(/call 111 now or go to 111\.nhs\.uk/);
    expect(body.safetyNetting).toMatch(/practice is closed, so call 111 now/);
    // Still recorded and in the queue for the morning, and the acknowledgement says the same.
    const row = await t.db.selectFrom('consultation').select(['status', 'due_at']).where('id', '=', body.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'new', due_at: london('2026-06-08T10:00') });
    const message = await t.db.selectFrom('message').select('body').where('patient_id', '=', patient.id).executeTakeFirstOrThrow();
    expect(message.body).toMatch(/call 111 now/);
  });

  it('Friday evening with a hub open on Saturday morning: due at the hub on Saturday', async () => {
    await setHours(true);
    const { body } = await sendAt('2026-06-05T20:30');
    expect(body.call111.body).toContain('9am tomorrow (Saturday 6 June)');
    expect(body.dueAt).toBe(london('2026-06-06T11:00').toISOString());
  });

  it('Friday evening while the hub is open for more than an hour: seen tonight, no 111 message', async () => {
    await setHours(true);
    const { preview, body } = await sendAt('2026-06-05T18:40');
    expect(preview.call111).toBeNull();
    expect(body.call111).toBeNull();
    expect(body.dueAt).toBe(london('2026-06-05T20:00').toISOString());
    expect(body.safetyNetting).toMatch(/^A clinician will contact you by 8pm today/);
  });

  it('a Sunday: call 111, due on Monday', async () => {
    await setHours(true);
    const { body } = await sendAt('2026-06-07T11:00');
    expect(body.call111).not.toBeNull();
    expect(body.dueAt).toBe(london('2026-06-08T10:00').toISOString());
  });

  it('a bank holiday Monday: call 111, due on Tuesday whatever the weekly hours say', async () => {
    await setHours(true);
    const { body } = await sendAt('2026-05-25T10:00');
    expect(body.call111.body).toContain('8am tomorrow (Tuesday 26 May)');
    expect(body.dueAt).toBe(london('2026-05-26T10:00').toISOString());
  });

  it('a weekday morning: seen today, no 111 message', async () => {
    await setHours(false);
    const { preview, body } = await sendAt('2026-06-08T09:15');
    expect(preview.call111).toBeNull();
    expect(preview.expectedResponse).toBe('by 6:30pm today');
    expect(body).toMatchObject({ call111: null, dueAt: london('2026-06-08T18:30').toISOString(), expectedResponse: 'by 6:30pm today' });
  });

  it('a routine request on Friday evening is not told to call 111', async () => {
    await setHours(false);
    const { body } = await sendAt('2026-06-05T21:00', ROUTINE);
    expect(body).toMatchObject({ urgency: 'routine', call111: null });
  });

  it('reception previewing for a caller sees the 111 advice for its own network', async () => {
    await setHours(false);
    t.clock.now = () => london('2026-06-06T10:00');
    const reception = await t.as(w.receptionistA, w.practiceA.id);
    const res = await reception.post('/api/v1/consultations/triage-preview', { age: 50, sex: 'male', type: 'medical', description: URGENT });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().call111).toMatchObject({ title: 'Call 111 now' });
  });
});
