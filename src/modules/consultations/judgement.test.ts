import { beforeAll, describe, expect, it } from 'vitest';
import { type Client } from '../../../test/support/test-app.ts';
import { useTestApp } from '../../../test/support/setup.ts';
import type { World } from '../../../test/support/factories.ts';

// Live rates: the clinician working a request records the urgency and role they judged, beside the
// engine's verdict; the metrics compare the two per rules version.

const { t, w } = useTestApp();
let gp: Client;
let hubGp: Client;
let reception: Client;
let seq = 0;
let ipSeq = 0;

const MOLE = 'a mole on my back has changed shape';
const ORDER = ['self-care', 'routine', 'urgent', 'emergency'] as const;
type Urgency = (typeof ORDER)[number];
const moreUrgent = (u: Urgency) => ORDER[Math.min(ORDER.indexOf(u) + 1, 3)];
const lessUrgent = (u: Urgency) => ORDER[Math.max(ORDER.indexOf(u) - 1, 0)];

beforeAll(async () => {
  gp = await t.as(w.gpA, w.practiceA.id);
  hubGp = await t.as(w.hubGp, w.hub.id);
  reception = await t.as(w.receptionistA, w.practiceA.id);
});

function pub(url: string, payload: unknown) {
  return t.app.inject({ method: 'POST', url: `/api/v1/consultations${url}`, payload: payload as object, remoteAddress: `10.8.${Math.floor(ipSeq / 250)}.${(ipSeq++ % 250) + 1}` });
}

/** A routine-looking request from a new patient of the given world, in the queue. */
async function queued(world: World = w) {
  const familyName = `Judged${++seq}x`;
  const patient = await t.make.patient(world.network.id, world.practiceA.id, { familyName, dateOfBirth: '1975-04-05' });
  const identified = await pub('/requests/identify', { familyName, dateOfBirth: '1975-04-05', nhsNumber: patient.nhsNumber });
  const res = await pub('/requests', { token: identified.json().token, submittedBy: 'patient', type: 'medical', description: MOLE });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

async function claimed(client: Client = gp, world: World = w) {
  const id = await queued(world);
  const res = await client.post(`/api/v1/consultations/${id}/claim`);
  expect(res.statusCode, res.body).toBe(200);
  return { id, engine: res.json().triage as { urgency: Urgency; role: string; rulesVersion: string } };
}

const judge = (client: Client, id: string, body: unknown) => client.post(`/api/v1/consultations/${id}/judgement`, body);

describe('recording a clinician judgement', () => {
  it('keeps the urgency and role judged beside the engine verdict and rules version, in the history and the audit log', async () => {
    const { id, engine } = await claimed();
    const urgency = moreUrgent(engine.urgency);
    const res = await judge(gp, id, { urgency, role: 'nurse', note: 'could be melanoma: same-day look' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().judgement).toMatchObject({
      urgency, role: 'nurse', note: 'could be melanoma: same-day look', by: { name: 'Dr Ada Jones' },
      engineUrgency: engine.urgency, engineRole: engine.role, rulesVersion: engine.rulesVersion,
      urgencyVerdict: urgency === engine.urgency ? 'agrees' : 'under-triage', roleAgrees: engine.role === 'nurse',
    });
    // A judgement changes neither the status nor the clock.
    expect(res.json()).toMatchObject({ status: 'in-progress', firstActionAt: null });
    const event = res.json().history.find((e: { type: string }) => e.type === 'judged');
    expect(event).toMatchObject({ by: { name: 'Dr Ada Jones' }, detail: { urgency, role: 'nurse', engineUrgency: engine.urgency, rulesVersion: engine.rulesVersion } });
    const audit = await t.db.selectFrom('audit_event').select(['purpose']).where('entity_id', '=', id).where('purpose', '=', 'record triage judgement').execute();
    expect(audit).toHaveLength(1);
  });

  it('keeps every judgement when a clinician changes their mind, and the latest counts', async () => {
    const { id, engine } = await claimed();
    expect((await judge(gp, id, { urgency: moreUrgent(engine.urgency), role: 'gp' })).statusCode).toBe(200);
    const second = await judge(gp, id, { urgency: engine.urgency, role: engine.role });
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json().judgement).toMatchObject({ urgency: engine.urgency, role: engine.role, urgencyVerdict: 'agrees', roleAgrees: true });
    expect(await t.count('consultation_judgement', { consultation_id: id })).toBe(2);
    const again = await gp.get(`/api/v1/consultations/${id}`);
    expect(again.json().judgement.urgency).toBe(engine.urgency);
  });

  it('can be recorded after closing the request by the clinician who closed it', async () => {
    const { id, engine } = await claimed();
    expect((await gp.post(`/api/v1/consultations/${id}/actions`, { type: 'close', outcome: 'advice-given' })).statusCode).toBe(200);
    const res = await judge(gp, id, { urgency: lessUrgent(engine.urgency), role: 'pharmacist' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'closed', judgement: { role: 'pharmacist' } });
  });

  it.each([
    ['/body/urgency', { urgency: 'very-urgent', role: 'gp' }],
    ['/body/role', { urgency: 'urgent', role: 'surgeon' }],
    ['/body/role', { urgency: 'urgent' }],
    ['/body/urgency', { role: 'gp' }],
    ['/body/note', { urgency: 'urgent', role: 'gp', note: 'x'.repeat(2001) }],
    ['/body/engineUrgency', { urgency: 'urgent', role: 'gp', engineUrgency: 'routine' }],
  ])('refuses a bad or missing %s with a 400 problem naming it, and records nothing', async (pointer, body) => {
    const { id } = await claimed();
    const res = await judge(gp, id, body);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json().errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
    expect(await t.count('consultation_judgement', { consultation_id: id })).toBe(0);
  });

  it('is only for the clinician holding the request', async () => {
    const { id } = await claimed();
    const other = await judge(hubGp, id, { urgency: 'urgent', role: 'gp' });
    expect(other.statusCode).toBe(403);
    expect(other.json()).toMatchObject({ type: expect.stringMatching(/consultations\/not-claimed-by-you$/), detail: expect.stringContaining('Dr Ada Jones') });
    const unclaimed = await queued();
    expect((await judge(gp, unclaimed, { urgency: 'urgent', role: 'gp' })).json().detail).toMatch(/Claim this request/);
    const byReception = await judge(reception, id, { urgency: 'urgent', role: 'gp' });
    expect(byReception.statusCode).toBe(403);
    expect(byReception.json().type).toMatch(/identity\/permission$/);
    expect((await judge(gp, '0190a0a0-0000-7000-8000-000000000000', { urgency: 'urgent', role: 'gp' })).statusCode).toBe(404);
    expect((await t.anonymous.post(`/api/v1/consultations/${id}/judgement`, { urgency: 'urgent', role: 'gp' })).statusCode).toBe(401);
    expect(await t.count('consultation_judgement', { consultation_id: id })).toBe(0);
  });
});

describe('live rates in the metrics', () => {
  it('shows per rules version how many were judged, under- and over-triage against clinicians, and role agreement', async () => {
    const world = await t.make.world();
    const clinician = await t.as(world.gpA, world.practiceA.id);
    const a = await claimed(clinician, world);
    const b = await claimed(clinician, world);
    const c = await claimed(clinician, world);
    await queued(world); // never judged
    const old = await claimed(clinician, world);
    // The same request as triaged by an earlier rule set.
    await t.db.updateTable('consultation').set({ triage: JSON.stringify({ ...old.engine, rulesVersion: '2026.01.1', redFlags: [], matchedRules: [], rationale: '', warnings: [] }) }).where('id', '=', old.id).execute();

    const e = a.engine;
    expect(moreUrgent(e.urgency)).not.toBe(e.urgency);
    expect(lessUrgent(e.urgency)).not.toBe(e.urgency);
    expect((await judge(clinician, a.id, { urgency: moreUrgent(e.urgency), role: e.role })).statusCode).toBe(200); // engine under-triaged
    expect((await judge(clinician, b.id, { urgency: lessUrgent(e.urgency), role: e.role === 'nurse' ? 'gp' : 'nurse' })).statusCode).toBe(200); // over-triaged, role differs
    expect((await judge(clinician, c.id, { urgency: e.urgency, role: e.role })).statusCode).toBe(200); // agrees
    expect((await judge(clinician, old.id, { urgency: e.urgency, role: e.role })).statusCode).toBe(200);

    const res = await clinician.get('/api/v1/consultations/metrics');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().liveRates).toEqual([
      {
        rulesVersion: e.rulesVersion, requests: 4, judged: 3, urgencyAgreed: 1, underTriage: 1, overTriage: 1, roleAgreed: 2,
        judgedShare: 0.75, urgencyAgreement: 0.333, underTriageRate: 0.333, overTriageRate: 0.333, roleAgreement: 0.667,
      },
      {
        rulesVersion: '2026.01.1', requests: 1, judged: 1, urgencyAgreed: 1, underTriage: 0, overTriage: 0, roleAgreed: 1,
        judgedShare: 1, urgencyAgreement: 1, underTriageRate: 0, overTriageRate: 0, roleAgreement: 1,
      },
    ]);
  });

  it('gives null rates for a version nobody has judged, and an empty list for a period with no requests', async () => {
    const world = await t.make.world();
    const clinician = await t.as(world.gpA, world.practiceA.id);
    await queued(world);
    const res = await clinician.get('/api/v1/consultations/metrics');
    expect(res.json().liveRates).toEqual([expect.objectContaining({ requests: 1, judged: 0, judgedShare: 0, underTriageRate: null, overTriageRate: null, roleAgreement: null })]);
    const empty = await clinician.get('/api/v1/consultations/metrics?from=2020-01-01&to=2020-01-31');
    expect(empty.json().liveRates).toEqual([]);
  });
});
