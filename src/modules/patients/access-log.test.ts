import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/support/setup.ts';

const { t, w } = useTestApp();

const today = () => new Date().toISOString().slice(0, 10);

describe('record access for a data protection officer (trust item 3)', () => {
  it("answers who looked at a patient, what a person looked at, and access from outside the patient's practice", async () => {
    // Reception at practice A reads its own patient; a hub GP (another organisation) reads the same
    // patient through a booking relationship: data sharing is off, so give the hub one.
    const rec = await t.as(w.receptionistA, w.practiceA.id);
    expect((await rec.get(`/api/v1/patients/${w.patientA.id}`)).statusCode).toBe(200);
    const hubGp = await t.as(w.hubGp, w.hub.id);
    const refused = await hubGp.get(`/api/v1/patients/${w.patientA.id}`);
    expect(refused.statusCode).toBe(403);

    const dpo = await t.as(w.managerA, w.practiceA.id);
    const period = `from=${today()}&to=${today()}`;
    const byPatient = await dpo.get(`/api/v1/patients/access-log?${period}&patientId=${w.patientA.id}`);
    expect(byPatient.statusCode, byPatient.body).toBe(200);
    const actors = byPatient.json().items.map((e: { actorStaffId: string; action: string }) => `${e.actorStaffId}:${e.action}`);
    expect(actors).toEqual(expect.arrayContaining([`${w.receptionistA.id}:read`, `${w.hubGp.id}:refused`]));

    const byPerson = await dpo.get(`/api/v1/patients/access-log?${period}&staffId=${w.hubGp.id}`);
    expect(byPerson.json().items.every((e: { actorStaffId: string }) => e.actorStaffId === w.hubGp.id)).toBe(true);

    const outside = await dpo.get(`/api/v1/patients/access-log?${period}&patientId=${w.patientA.id}&outsidePractice=true`);
    const outsideActors = outside.json().items.map((e: { actorStaffId: string }) => e.actorStaffId);
    expect(outsideActors).toContain(w.hubGp.id);
    expect(outsideActors).not.toContain(w.receptionistA.id);
  });

  it('exports CSV, audits the looking, and refuses a reversed or over-long period', async () => {
    const dpo = await t.as(w.managerA, w.practiceA.id);
    const csv = await dpo.get(`/api/v1/patients/access-log?from=${today()}&to=${today()}&format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('attachment');
    expect(csv.body.split('\r\n')[0]).toBe('at,staff,staff id,token id,acting for organisation,role,patient id,action,entity,entity id,purpose');
    expect(await t.count('audit_event', { actor_staff_id: w.managerA.id, entity: 'access-log', action: 'export' })).toBeGreaterThanOrEqual(1);

    const reversed = await dpo.get('/api/v1/patients/access-log?from=2026-03-01&to=2026-02-01');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().errors[0].pointer).toBe('/querystring/to');
    const tooLong = await dpo.get('/api/v1/patients/access-log?from=2024-01-01&to=2026-01-01');
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().type).toMatch(/period-too-long$/);
  });

  it("keeps a practice manager to their own practice's patients and staff", async () => {
    const recB = await t.as(w.receptionistB, w.practiceB.id);
    expect((await recB.get(`/api/v1/patients/${w.patientB.id}`)).statusCode).toBe(200);
    const managerA = await t.as(w.managerA, w.practiceA.id);
    const seen = await managerA.get(`/api/v1/patients/access-log?from=${today()}&to=${today()}&patientId=${w.patientB.id}`);
    expect(seen.json().items).toEqual([]);
    const pcnManager = await t.make.staff(w.network.id, [{ organisationId: w.pcn.id, role: 'pcn-manager' }]);
    const pcn = await t.as(pcnManager);
    const all = await pcn.get(`/api/v1/patients/access-log?from=${today()}&to=${today()}&patientId=${w.patientB.id}`);
    expect(all.json().items.map((e: { actorStaffId: string }) => e.actorStaffId)).toContain(w.receptionistB.id);
  });

  it('is for those who may read the audit log', async () => {
    const gp = await t.as(w.gpA, w.practiceA.id);
    expect((await gp.get(`/api/v1/patients/access-log?from=${today()}&to=${today()}`)).statusCode).toBe(403);
  });
});
