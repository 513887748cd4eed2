import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Client, type TestApp } from '../../../test/support/test-app.ts';
import type { World } from '../../../test/support/factories.ts';
import { newId } from '../../platform/ids.ts';
import { makeAppointment, makeSlots } from '../../../test/support/booking.ts';
import { FRAILTY_DEFICITS } from './frailty.ts';
import { recomputeSummaries, recomputeSummariesCounted } from './recompute.ts';

const NOW = new Date('2026-11-30T10:00:00Z');
const PHM = '/api/v1/population-health';

let t: TestApp;
let w: World;
let gp: Client;
let reception: Client;
let pcnManager: Client;

beforeAll(async () => {
  t = await startTestApp({ now: () => NOW });
  w = await t.make.world();
  gp = await t.as(w.gpA, w.practiceA.id);
  reception = await t.as(w.receptionistA, w.practiceA.id);
  const manager = await t.make.staff(w.network.id, [{ organisationId: w.pcn.id, role: 'pcn-manager' }]);
  pcnManager = await t.as(manager, w.pcn.id);
});
afterAll(() => t.close());

async function patient(dateOfBirth: string, practiceId = w.practiceA.id, sex: 'female' | 'male' = 'female') {
  return t.make.patient(w.network.id, practiceId, { dateOfBirth, sex });
}

async function condition(patientId: string, code: string, onset = '2015-03-01', resolved: string | null = null) {
  await t.db.insertInto('phm_condition').values({ network_id: w.network.id, id: newId(), patient_id: patientId, code, onset, resolved, source: 'demo' }).execute();
}

async function recompute(patientIds?: string[]) {
  await recomputeSummaries(t.db, { networkId: w.network.id, today: '2026-11-30', now: NOW, patientIds });
}

const summary = async (id: string) => t.db.selectFrom('phm_patient_summary').selectAll().where('patient_id', '=', id).executeTakeFirstOrThrow();

describe('registers', () => {
  it('removes the summary of a patient who has gone, in a full recompute and in one for that patient', async () => {
    const gone = await patient('1950-01-01');
    const alsoGone = await patient('1951-01-01');
    await condition(gone.id, '38341003');
    await recompute();
    expect(await t.count('phm_patient_summary', { patient_id: gone.id })).toBe(1);
    // Their records and registration removed (as when a patient is deleted from the network's list).
    await t.db.deleteFrom('phm_condition').where('patient_id', '=', gone.id).execute();
    await t.db.deleteFrom('patient').where('id', 'in', [gone.id, alsoGone.id]).execute();
    const all = await recomputeSummariesCounted(t.db, { networkId: w.network.id, today: '2026-11-30', now: NOW });
    expect(all.removed).toBe(2);
    expect(await t.count('phm_patient_summary', { patient_id: gone.id })).toBe(0);
    expect(await t.count('phm_patient_summary', { patient_id: alsoGone.id })).toBe(0);
    const kept = await t.count('phm_patient_summary', { network_id: w.network.id });
    expect(kept).toBe(await t.count('patient', { network_id: w.network.id }));
    // One patient's recompute removes only theirs.
    const third = await patient('1952-01-01');
    await recompute();
    await t.db.deleteFrom('patient').where('id', '=', third.id).execute();
    const one = await recomputeSummariesCounted(t.db, { networkId: w.network.id, today: '2026-11-30', now: NOW, patientIds: [third.id] });
    expect(one).toEqual({ computed: 0, written: 0, removed: 1, rewroteAll: false });
    expect(await t.count('phm_patient_summary', { network_id: w.network.id })).toBe(kept);
  });

  it('follow their definitions: codes, resolution, age and medication qualifiers', async () => {
    const hyp = await patient('1950-01-01');
    await condition(hyp.id, '38341003');
    const resolved = await patient('1950-01-01');
    await condition(resolved.id, '38341003', '2010-01-01', '2012-01-01');
    const childDiabetes = await patient('2015-06-01');
    await condition(childDiabetes.id, '46635009');
    const asthmaNoDrug = await patient('1990-01-01');
    await condition(asthmaNoDrug.id, '195967001');
    const asthma = await patient('1990-01-01');
    await condition(asthma.id, '195967001');
    await t.db.insertInto('phm_medication').values({ network_id: w.network.id, id: newId(), patient_id: asthma.id, name: 'Salbutamol 100micrograms/dose inhaler', started_on: '2026-03-01', repeat: true }).execute();
    const lithium = await patient('1980-01-01');
    await t.db.insertInto('phm_medication').values({ network_id: w.network.id, id: newId(), patient_id: lithium.id, name: 'Lithium carbonate 400mg tablets', started_on: '2024-01-01', repeat: true }).execute();
    const oldDepression = await patient('1960-01-01');
    await condition(oldDepression.id, '35489007', '2001-01-01');
    await recompute();
    expect((await summary(hyp.id)).registers).toEqual(['HYP']);
    expect((await summary(hyp.id)).due_reviews).toEqual(['HYP']);
    expect((await summary(resolved.id)).registers).toEqual([]);
    expect((await summary(childDiabetes.id)).registers).toEqual([]);
    expect((await summary(asthmaNoDrug.id)).registers).toEqual([]);
    expect((await summary(asthma.id)).registers).toEqual(['AST']);
    expect((await summary(lithium.id)).registers).toEqual(['MH']);
    expect((await summary(oldDepression.id)).registers).toEqual([]);
  });

  it('clears "due for review" when the review is recorded, through the API, at once', async () => {
    const p = await patient('1955-05-05');
    await condition(p.id, '38341003');
    await condition(p.id, '44054006');
    await recompute([p.id]);
    expect((await summary(p.id)).due_reviews).toEqual(['DM', 'HYP']);
    const res = await gp.post(`${PHM}/patients/${p.id}/observations`, { kind: 'blood-pressure', value: 142, diastolic: 88, observedOn: '2026-10-01' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().registers).toEqual([{ id: 'DM', name: 'Diabetes', dueForReview: true }, { id: 'HYP', name: 'Hypertension', dueForReview: false }]);
    expect(res.json().multimorbidity).toBe(2);
    expect(res.json().observations.map((o: { kind: string }) => o.kind).sort()).toEqual(['bp-diastolic', 'bp-systolic']);
    expect(await t.count('audit_event', { patient_id: p.id, action: 'create', entity: 'phm_observation' })).toBe(1);
  });

  it('counts per practice against the network, with prevalence, and exports with counts under 5 suppressed', async () => {
    const extra = await patient('1970-01-01', w.practiceB.id);
    await condition(extra.id, '38341003');
    await recompute();
    const res = await pcnManager.get(`${PHM}/registers`);
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json();
    const hyp = view.registers.find((r: { id: string }) => r.id === 'HYP');
    const listSize = await t.count('patient', { network_id: w.network.id });
    expect(view.listSize).toBe(listSize);
    expect(hyp.count).toBe(hyp.practices.reduce((a: number, p: { count: number }) => a + p.count, 0));
    expect(hyp.prevalence).toBeCloseTo((100 * hyp.count) / listSize, 1);
    const b = hyp.practices.find((p: { practiceId: string }) => p.practiceId === w.practiceB.id);
    expect(b.count).toBe(1);
    const csv = await pcnManager.get(`${PHM}/registers/export`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const line = csv.body.split('\r\n').find((l) => l.startsWith('Hypertension,HYP001,Hillview'));
    expect(line).toMatch(/,<5,<5$/);
  });
});

describe('electronic frailty index', () => {
  const withDeficits = async (k: number, dateOfBirth = '1945-01-01') => {
    const p = await patient(dateOfBirth);
    for (const d of FRAILTY_DEFICITS.filter((x) => x.codes.length).slice(0, k)) await condition(p.id, d.codes[0]);
    return p;
  };

  it('puts everyone 65 and over in fit, mild, moderate or severe by deficit count (k/36), and nobody younger', async () => {
    const fit = await withDeficits(4);
    const mild = await withDeficits(5);
    const moderate = await withDeficits(9);
    const severe = await withDeficits(13);
    const young = await withDeficits(13, '1970-01-01');
    const poly = await patient('1950-02-02');
    for (const name of ['Amlodipine', 'Ramipril', 'Atorvastatin', 'Metformin', 'Omeprazole']) {
      await t.db.insertInto('phm_medication').values({ network_id: w.network.id, id: newId(), patient_id: poly.id, name, started_on: '2024-01-01', repeat: true }).execute();
    }
    await recompute([fit.id, mild.id, moderate.id, severe.id, young.id, poly.id]);
    expect((await summary(fit.id)).efi_category).toBe('fit');
    expect((await summary(mild.id)).efi_category).toBe('mild');
    expect((await summary(moderate.id)).efi_category).toBe('moderate');
    expect((await summary(severe.id)).efi_category).toBe('severe');
    expect(Number((await summary(moderate.id)).efi_score)).toBeCloseTo(9 / 36, 5);
    expect((await summary(young.id)).efi_category).toBeNull();
    expect((await summary(poly.id)).efi_deficits).toEqual(['polypharmacy']);
    const res = await gp.get(`${PHM}/frailty`);
    expect(res.statusCode, res.body).toBe(200);
    const n = res.json().network;
    expect(n.population65).toBe(n.fit + n.mild + n.moderate + n.severe);
    expect(n.severe).toBeGreaterThanOrEqual(1);
  });
});

describe('access', () => {
  it('refuses a named summary to a role without a clinical role (403) and audits what a clinician reads', async () => {
    const p = await patient('1940-01-01');
    expect((await reception.get(`${PHM}/patients/${p.id}`)).statusCode).toBe(403);
    expect((await pcnManager.get(`${PHM}/patients/${p.id}`)).statusCode).toBe(403);
    expect((await reception.get(`${PHM}/registers`)).statusCode).toBe(403);
    const res = await gp.get(`${PHM}/patients/${p.id}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(await t.count('audit_event', { patient_id: p.id, action: 'read', entity: 'phm_patient_summary' })).toBe(1);
  });

  it('refuses another practice\'s patient without a relationship, and audits the refusal', async () => {
    const other = await patient('1940-01-01', w.practiceB.id);
    const res = await gp.get(`${PHM}/patients/${other.id}`);
    expect(res.statusCode).toBe(403);
    expect(await t.count('audit_event', { patient_id: other.id, action: 'refused' })).toBe(1);
  });

  it('shows the hub clinician the record of another practice\'s patient booked with the hub, audited', async () => {
    const p = await patient('1945-05-01', w.practiceB.id);
    await condition(p.id, '38341003');
    await t.db.insertInto('phm_medication').values({ network_id: w.network.id, id: newId(), patient_id: p.id, name: 'Amlodipine 5mg tablets', started_on: '2024-01-01', repeat: true }).execute();
    const hubGp = await t.as(w.hubGp, w.hub.id);
    expect((await hubGp.get(`${PHM}/patients/${p.id}`)).statusCode).toBe(403);
    const [slotId] = await makeSlots(t.db, { networkId: w.network.id, staffId: w.hubGp.id, organisationId: w.hub.id, siteId: w.hubSite.id, serviceId: w.gpService.id, role: 'gp', start: new Date('2026-12-01T09:00:00Z') });
    await makeAppointment(t.db, { slotId, patientId: p.id });
    const res = await hubGp.get(`${PHM}/patients/${p.id}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().conditions.map((c: { code: string }) => c.code)).toEqual(['38341003']);
    expect(res.json().medications.map((m: { name: string }) => m.name)).toEqual(['Amlodipine 5mg tablets']);
    expect(await t.count('audit_event', { patient_id: p.id, action: 'read', entity: 'phm_patient_summary', actor_staff_id: w.hubGp.id })).toBe(1);
    const receptionB = await t.as(w.receptionistB, w.practiceB.id);
    expect((await receptionB.get(`${PHM}/patients/${p.id}`)).statusCode).toBe(403);
  });
});

describe('allergies', () => {
  it('are recorded by a clinician, shown on the summary (active first) and audited', async () => {
    const p = await patient('1950-01-01');
    const old = await gp.post(`${PHM}/patients/${p.id}/allergies`, { display: 'Elastoplast', reaction: 'Blistering', recordedOn: '2010-01-01', active: false });
    expect(old.statusCode, old.body).toBe(201);
    const res = await gp.post(`${PHM}/patients/${p.id}/allergies`, { display: 'Penicillin', code: '91936005', reaction: 'Rash', recordedOn: '2001-03-04' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().allergies).toMatchObject([{ display: 'Penicillin', code: '91936005', reaction: 'Rash', recordedOn: '2001-03-04', active: true, source: 'manual' }, { display: 'Elastoplast', active: false }]);
    expect(await t.count('audit_event', { patient_id: p.id, action: 'create', entity: 'phm_allergy' })).toBe(2);
    expect((await reception.post(`${PHM}/patients/${p.id}/allergies`, { display: 'Penicillin', recordedOn: '2001-03-04' })).statusCode).toBe(403);
  });
});

describe('bad input', () => {
  it('names the field of an impossible value, a future date, a wrong SNOMED code, a resolution before onset', async () => {
    const p = await patient('1960-01-01');
    const cases: [string, unknown, string][] = [
      ['observations', { kind: 'blood-pressure', value: 900, diastolic: 20, observedOn: '2026-01-01' }, '/body/value'],
      ['observations', { kind: 'blood-pressure', value: 120, diastolic: 130, observedOn: '2026-01-01' }, '/body/diastolic'],
      ['observations', { kind: 'hba1c', value: -4, observedOn: '2026-01-01' }, '/body/value'],
      ['observations', { kind: 'bmi', value: 25, observedOn: '2027-01-01' }, '/body/observedOn'],
      ['observations', { kind: 'smoking-status', code: '38341003', observedOn: '2026-01-01' }, '/body/code'],
      ['conditions', { code: '38341004', onset: '2020-01-01' }, '/body/code'],
      ['conditions', { code: '38341003', onset: '2020-01-01', resolved: '2019-01-01' }, '/body/resolved'],
      ['medications', { name: 'Ramipril', startedOn: '2020-01-01', endedOn: '2019-01-01' }, '/body/endedOn'],
      ['medications', { name: '   ', startedOn: '2020-01-01' }, '/body/name'],
      ['medications', { name: 'Ramipril 5mg capsules', code: '318248002', startedOn: '2020-01-01' }, '/body/code'],
      ['medications', { name: 'Ramipril 5mg capsules', startedOn: '2027-01-01' }, '/body/startedOn'],
      ['allergies', { display: 'Penicillin', recordedOn: '2027-01-01' }, '/body/recordedOn'],
      ['allergies', { display: 'Penicillin', code: '91936004', recordedOn: '2020-01-01' }, '/body/code'],
      ['allergies', { display: '', recordedOn: '2020-01-01' }, '/body/display'],
    ];
    for (const [what, body, pointer] of cases) {
      const res = await gp.post(`${PHM}/patients/${p.id}/${what}`, body);
      expect(res.statusCode, `${JSON.stringify(body)}: ${res.body}`).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.json().errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
    }
    expect(await t.count('phm_observation', { patient_id: p.id })).toBe(0);
    expect(await t.count('phm_condition', { patient_id: p.id })).toBe(0);
    expect(await t.count('phm_allergy', { patient_id: p.id })).toBe(0);
    expect(await t.count('phm_medication', { patient_id: p.id })).toBe(0);
    // A dm+d code with a right check digit is kept, the name trimmed; the write is audited.
    const ok = await gp.post(`${PHM}/patients/${p.id}/medications`, { name: ' Ramipril 5mg capsules ', code: '318248001', startedOn: '2020-01-01', repeat: true });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().medications).toMatchObject([{ name: 'Ramipril 5mg capsules', code: '318248001', repeat: true, endedOn: null }]);
    expect(await t.count('audit_event', { patient_id: p.id, action: 'create', entity: 'phm_medication' })).toBe(1);
  });
});
