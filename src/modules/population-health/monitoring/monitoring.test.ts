import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../test/support/setup.ts';
import type { Client } from '../../../../test/support/test-app.ts';
import { newId } from '../../../platform/ids.ts';
import { findMessagesFor } from '../../messaging/index.ts';
import { recomputeSummaries } from '../recompute.ts';

// Remote monitoring end to end through the real routes: a GP asks a patient on the hypertension register
// for home readings; the patient opens the link in the message, sends readings (an impossible one is
// refused with its field named and nothing kept), an average over 7 days past NICE NG136's 135/85 puts a
// routine request in the GP queue once; a COPD patient's SpO2 below 92% is urgent, unless the practice
// has set that patient's own lower figure. The clinician reads the readings and thresholds back.

const MON = '/api/v1/population-health/monitoring';
const DAY = 86_400_000;
const { t, w } = useTestApp();
let gp: Client;
let pcnManager: Client;
let ip = 0;
const today = () => new Date().toISOString().slice(0, 10);
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString().slice(0, 10);

const pub = (method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1/messaging${url}`, ...(payload ? { payload } : {}), remoteAddress: `10.11.${Math.floor(ip / 250)}.${(ip++ % 250) + 1}` });

async function patientOn(code: string) {
  const p = await t.make.patient(w.network.id, w.practiceA.id, { dateOfBirth: '1955-05-05' });
  await t.db.insertInto('phm_condition').values({ network_id: w.network.id, id: newId(), patient_id: p.id, code, onset: '2016-01-01', source: 'demo' }).execute();
  await recomputeSummaries(t.db, { networkId: w.network.id, today: today(), patientIds: [p.id], now: new Date() });
  return p.id;
}

async function ask(patientId: string, registerId: string) {
  const res = await gp.post(`${MON}/patients/${patientId}/requests`, { registerId });
  expect(res.statusCode, res.body).toBe(201);
  const [message] = await findMessagesFor(t.db, { networkId: w.network.id, relatedEntity: 'phm_monitoring_request', relatedId: res.json().id });
  return /\/p\/([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)/.exec(message.body)![1];
}

async function queueFor(patientId: string) {
  const res = await gp.get('/api/v1/consultations/queue?status=open&limit=200');
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items.filter((i: { patient: { id: string } }) => i.patient.id === patientId);
}

beforeAll(async () => {
  gp = await t.as(w.gpA, w.practiceA.id);
  pcnManager = await t.as(await t.make.staff(w.network.id, [{ organisationId: w.pcn.id, role: 'pcn-manager' }]), w.pcn.id);
});

describe('home blood pressure on the hypertension register', () => {
  it('refuses an impossible reading with its field named and keeps none of the batch', async () => {
    const patientId = await patientOn('38341003');
    const token = await ask(patientId, 'HYP');
    const page = await pub('GET', `/links/${token}`);
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json()).toMatchObject({ purpose: 'monitoring', monitoring: { register: 'Hypertension', kinds: [{ id: 'blood-pressure' }, { id: 'pulse' }] } });
    const bad = await pub('POST', `/links/${token}/readings`, { readings: [{ kind: 'blood-pressure', value: 138, diastolic: 84, takenOn: today() }, { kind: 'blood-pressure', value: 900, diastolic: 20, takenOn: today() }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(bad.json().errors[0].pointer).toBe('/body/readings/1/value');
    const notAsked = await pub('POST', `/links/${token}/readings`, { readings: [{ kind: 'spo2', value: 97, takenOn: today() }] });
    expect(notAsked.json().errors[0].pointer).toBe('/body/readings/0/kind');
    const future = await pub('POST', `/links/${token}/readings`, { readings: [{ kind: 'pulse', value: 70, takenOn: '2099-01-01' }] });
    expect(future.json().errors[0].pointer).toBe('/body/readings/0/takenOn');
    expect(await t.count('phm_observation', { patient_id: patientId, source: 'home' })).toBe(0);
  });

  it('raises one routine request in the GP queue when the 7-day average reaches 135/85, citing NICE NG136', async () => {
    const patientId = await patientOn('38341003');
    const token = await ask(patientId, 'HYP');
    const first = await pub('POST', `/links/${token}/readings`, { readings: [
      { kind: 'blood-pressure', value: 128, diastolic: 80, takenOn: daysAgo(3) }, { kind: 'blood-pressure', value: 131, diastolic: 82, takenOn: daysAgo(2) }, { kind: 'pulse', value: 72, takenOn: daysAgo(2) },
    ] });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toEqual({ saved: 3, alerts: [] });
    const second = await pub('POST', `/links/${token}/readings`, { readings: [{ kind: 'blood-pressure', value: 152, diastolic: 94, takenOn: daysAgo(1) }, { kind: 'blood-pressure', value: 157, diastolic: 96, takenOn: today() }] });
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json().alerts).toEqual([{ thresholdId: 'home-bp-average', urgency: 'routine', advice: expect.stringContaining('average blood pressure'), reference: expect.stringMatching(/^OC-/) }]);
    const queued = await queueFor(patientId);
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({ urgency: 'routine', assignedRole: 'gp', type: 'medical', status: 'new', summary: expect.stringContaining('average 142/88 over 4 readings') });
    const full = (await gp.get(`/api/v1/consultations/${queued[0].id}`)).json();
    expect(JSON.stringify(full)).toContain('NICE NG136');

    const again = await pub('POST', `/links/${token}/readings`, { readings: [{ kind: 'blood-pressure', value: 150, diastolic: 92, takenOn: today() }] });
    expect(again.json().alerts[0].reference).toBe(second.json().alerts[0].reference);
    expect(await queueFor(patientId)).toHaveLength(1);

    const view = await gp.get(`${MON}/patients/${patientId}`);
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json().readings.filter((r: { source: string }) => r.source === 'home')).toHaveLength(11);
    expect(view.json().thresholds.find((x: { id: string }) => x.id === 'home-bp-average')).toMatchObject({ limit: 135, diastolic: 85, source: expect.stringContaining('NICE NG136'), override: null });
    expect(view.json().alerts).toHaveLength(1);
    expect(await t.count('audit_event', { patient_id: patientId, entity: 'phm_monitoring', action: 'read' })).toBe(1);
    expect((await pcnManager.get(`${MON}/patients/${patientId}`)).statusCode).toBe(403);
  });

  it('asks only patients on the register', async () => {
    const res = await gp.post(`${MON}/patients/${w.patientA.id}/requests`, { registerId: 'HYP' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].pointer).toBe('/body/registerId');
  });
});

describe('oxygen saturation on the COPD register', () => {
  it('is urgent below 92%', async () => {
    const patientId = await patientOn('13645005');
    const token = await ask(patientId, 'COPD');
    const res = await pub('POST', `/links/${token}/readings`, { readings: [{ kind: 'spo2', value: 89, takenOn: today() }] });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().alerts).toMatchObject([{ thresholdId: 'spo2-low', urgency: 'urgent', advice: expect.stringContaining('111') }]);
    expect((await queueFor(patientId))[0]).toMatchObject({ urgency: 'urgent', assignedRole: 'gp' });
  });

  it('uses the patient\'s own figure once a clinician sets it, with the reason kept', async () => {
    const patientId = await patientOn('13645005');
    const bad = await gp.put(`${MON}/patients/${patientId}/thresholds/spo2-low`, { limit: 88 });
    expect(bad.json().errors[0].pointer).toBe('/body/reason');
    const set = await gp.put(`${MON}/patients/${patientId}/thresholds/spo2-low`, { limit: 88, reason: 'Usual saturation 88-92% (BTS target for COPD)' });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().thresholds.find((x: { id: string }) => x.id === 'spo2-low')).toMatchObject({ limit: 88, override: { reason: expect.stringContaining('BTS') } });
    const token = await ask(patientId, 'COPD');
    const res = await pub('POST', `/links/${token}/readings`, { readings: [{ kind: 'spo2', value: 90, takenOn: today() }] });
    expect(res.json().alerts).toEqual([]);
    expect(await queueFor(patientId)).toHaveLength(0);
    const back = await gp.delete(`${MON}/patients/${patientId}/thresholds/spo2-low`);
    expect(back.json().thresholds.find((x: { id: string }) => x.id === 'spo2-low')).toMatchObject({ limit: 92, override: null });
  });
});
