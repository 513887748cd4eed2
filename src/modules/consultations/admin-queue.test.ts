import { beforeAll, describe, expect, it } from 'vitest';
import { type Client } from '../../../test/support/test-app.ts';
import { useTestApp } from '../../../test/support/setup.ts';

// Reception and admin staff work admin requests (consultations:admin); clinicians keep everything.

const { t, w } = useTestApp();
let reception: Client;
let receptionB: Client;
let gp: Client;
let ip = 0;
let seq = 0;

beforeAll(async () => {
  reception = await t.as(w.receptionistA, w.practiceA.id);
  receptionB = await t.as(w.receptionistB, w.practiceB.id);
  gp = await t.as(w.gpA, w.practiceA.id);
});

function pub(url: string, payload: object) {
  return t.app.inject({ method: 'POST', url: `/api/v1/consultations${url}`, payload, remoteAddress: `10.9.${Math.floor(ip / 250)}.${(ip++ % 250) + 1}` });
}

async function submit(body: Record<string, unknown>, practiceId = w.practiceA.id) {
  const familyName = `Admin${++seq}q`;
  const made = await t.make.patient(w.network.id, practiceId, { familyName, dateOfBirth: '1977-02-03' });
  const id = await pub('/requests/identify', { familyName, dateOfBirth: '1977-02-03', nhsNumber: made.nhsNumber });
  const res = await pub('/requests', { token: id.json().token, submittedBy: 'patient', ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

describe('admin requests for reception and admin staff', () => {
  it('shows reception their practice\'s admin requests only, and lets them claim and finish one', async () => {
    const fitNote = await submit({ type: 'admin', adminKind: 'fit-note', description: 'I need a fit note for work please' });
    const clinical = await submit({ type: 'medical', description: 'a mole on my back has changed shape' });
    const otherPractice = await submit({ type: 'admin', adminKind: 'repeat-prescription', description: 'repeat prescription please' }, w.practiceB.id);

    const queue = await reception.get('/api/v1/consultations/queue?limit=100');
    expect(queue.statusCode, queue.body).toBe(200);
    const ids = queue.json().items.map((i: { id: string }) => i.id);
    expect(ids).toContain(fitNote);
    expect(ids).not.toContain(clinical);
    expect(ids).not.toContain(otherPractice);
    // Asking for another role or practice shows nothing rather than widening the view.
    expect((await reception.get('/api/v1/consultations/queue?role=gp')).json().items).toEqual([]);

    const view = await reception.get(`/api/v1/consultations/${fitNote}`);
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({ type: 'admin', assignedRole: 'admin' });
    expect((await reception.post(`/api/v1/consultations/${fitNote}/claim`)).statusCode).toBe(200);
    const done = await reception.post(`/api/v1/consultations/${fitNote}/actions`, { type: 'admin-done', message: 'Your fit note is ready to collect.' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().status).toBe('closed');
    expect((await receptionB.get('/api/v1/consultations/queue?limit=100')).json().items.map((i: { id: string }) => i.id)).toContain(otherPractice);
  });

  it('refuses reception a clinical request (403 naming why), and another practice\'s admin request', async () => {
    const clinical = await submit({ type: 'medical', description: 'a mole on my back has changed shape' });
    for (const path of [`/${clinical}`, `/${clinical}/claim`]) {
      const res = path.endsWith('claim') ? await reception.post(`/api/v1/consultations${path}`) : await reception.get(`/api/v1/consultations${path}`);
      expect(res.statusCode).toBe(403);
      expect(res.json().type).toMatch(/consultations\/admin-requests-only$/);
    }
    const theirs = await submit({ type: 'admin', adminKind: 'letter-form', description: 'a letter for my housing' }, w.practiceB.id);
    expect((await reception.get(`/api/v1/consultations/${theirs}`)).statusCode).toBe(403);
    expect((await reception.post(`/api/v1/consultations/${theirs}/judgement`, { urgency: 'routine', role: 'admin' })).statusCode).toBe(403);
  });

  it('keeps everything open to clinicians, admin requests included, and gives admin requests three working days', async () => {
    const fitNote = await submit({ type: 'admin', adminKind: 'fit-note', description: 'fit note please' });
    const clinical = await submit({ type: 'medical', description: 'a mole on my back has changed shape' });
    const ids = (await gp.get('/api/v1/consultations/queue?limit=100')).json().items.map((i: { id: string }) => i.id);
    expect(ids).toEqual(expect.arrayContaining([fitNote, clinical]));
    const admin = (await gp.get(`/api/v1/consultations/${fitNote}`)).json();
    const medical = (await gp.get(`/api/v1/consultations/${clinical}`)).json();
    expect(new Date(admin.dueAt).getTime()).toBeGreaterThan(new Date(medical.dueAt).getTime());
  });

  it('gives the permission to reception, care navigators and practice managers, not to link workers', async () => {
    const { permissionsFor } = await import('../../platform/permissions.ts');
    for (const role of ['receptionist', 'care-navigator', 'practice-manager']) expect(permissionsFor([role]).has('consultations:admin')).toBe(true);
    expect(permissionsFor(['link-worker']).has('consultations:admin')).toBe(false);
    expect(permissionsFor(['link-worker']).has('consultations:triage')).toBe(false);
  });
});
