import { beforeAll, describe, expect, it } from 'vitest';
import { type Client } from '../../../test/support/test-app.ts';
import { useTestApp } from '../../../test/support/setup.ts';
import { makeSlots, NOW, signIn } from '../../../test/support/booking.ts';

const { t, w } = useTestApp({ now: () => NOW });
let mgr: Client;
beforeAll(async () => {
  mgr = await signIn(t, w.managerA);
});

const monday = (over: Record<string, unknown> = {}) => ({
  staffId: w.gpA.id, organisationId: w.practiceA.id, siteId: w.siteA.id, serviceId: w.gpService.id, name: 'Monday surgery',
  weekday: 1, startTime: '08:30', endTime: '10:30', slotMinutes: 15, channels: ['own-practice'], networkShare: 25, embargoHours: 48, ...over,
});
const slotCount = (templateId: string) => t.count('slot', { template_id: templateId });

describe('rota templates', () => {
  it('creates, lists, changes and deactivates a session', async () => {
    const res = await mgr.post('/api/v1/booking/rota-templates', monday());
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ role: 'gp', mode: 'face-to-face', nationalCategory: 'General Consultation Routine', startTime: '08:30', active: true, validFrom: '2026-06-01' });
    const id = res.json().id;
    expect((await mgr.get('/api/v1/booking/rota-templates')).json().items.map((x: { id: string }) => x.id)).toContain(id);
    const changed = await mgr.patch(`/api/v1/booking/rota-templates/${id}`, { endTime: '11:30', name: 'Long Monday' });
    expect(changed.json()).toMatchObject({ endTime: '11:30', name: 'Long Monday' });
    const off = await mgr.delete(`/api/v1/booking/rota-templates/${id}`);
    expect(off.json().template.active).toBe(false);
    expect((await mgr.get('/api/v1/booking/rota-templates')).json().items.map((x: { id: string }) => x.id)).not.toContain(id);
  });

  it.each([
    ['a session that ends before it starts', { endTime: '08:00' }, 400, '/body/endTime'],
    ['slots that do not divide the session', { slotMinutes: 25 }, 400, '/body/slotMinutes'],
    ['someone who does not work there as that role', { staffId: 'receptionist A' }, 400, '/body/staffId'],
    ['an unknown channel', { channels: ['fax'] }, 400, '/body/channels/0'],
    ['a share over 100%', { networkShare: 150 }, 400, '/body/networkShare'],
    ['a negative embargo', { embargoHours: -1 }, 400, '/body/embargoHours'],
    ['another practice', { organisationId: 'B' }, 403, '/body/organisationId'],
  ] as [string, Record<string, unknown>, number, string][])('refuses %s, writing nothing', async (_n, over, status, pointer) => {
    const body = monday(over);
    if (over.organisationId === 'B') body.organisationId = w.practiceB.id;
    if ('staffId' in over) body.staffId = w.receptionistA.id;
    const before = await t.count('rota_template');
    const res = await mgr.post('/api/v1/booking/rota-templates', body);
    expect(res.statusCode).toBe(status);
    expect(res.json().errors?.[0]?.pointer ?? '').toContain(pointer.split('/').slice(0, 3).join('/'));
    expect(await t.count('rota_template')).toBe(before);
  });

  it('refuses reception', async () => {
    const rec = await signIn(t, w.receptionistA);
    expect((await rec.post('/api/v1/booking/rota-templates', monday())).statusCode).toBe(403);
    expect((await rec.post('/api/v1/booking/slots/generate', { weeks: 1 })).statusCode).toBe(403);
  });
});

describe('generation, leave and closures', () => {
  it('skips the bank holiday, is idempotent, and releases the network share with the embargo', async () => {
    const id = (await mgr.post('/api/v1/booking/rota-templates', monday({ validFrom: '2026-05-01' }))).json().id;
    // 25 May 2026 is the spring bank holiday: only Monday 1 June gets a session.
    const first = await mgr.post('/api/v1/booking/slots/generate', { from: '2026-05-25', weeks: 2 });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ from: '2026-05-25', to: '2026-06-07', created: 8 });
    expect(await slotCount(id)).toBe(8);
    const again = await mgr.post('/api/v1/booking/slots/generate', { from: '2026-05-25', weeks: 2 });
    expect(again.json()).toMatchObject({ created: 0, alreadyPresent: 8 });
    const slots = await t.db.selectFrom('slot').selectAll().where('template_id', '=', id).orderBy('start_at').execute();
    expect(slots[0].start_at.toISOString()).toBe('2026-06-01T07:30:00.000Z'); // 08:30 BST
    expect(slots.filter((s) => s.channels.includes('network'))).toHaveLength(2);
    expect(slots[0].opens_at.getTime()).toBe(slots[0].start_at.getTime() - 48 * 3600_000);
    expect((await mgr.post('/api/v1/booking/slots/generate', { weeks: 13 })).json().errors[0].pointer).toBe('/body/weeks');
  });

  it('skips leave when generating, blocks free slots, lists booked ones, and frees them when leave is removed', async () => {
    const id = (await mgr.post('/api/v1/booking/rota-templates', monday({ staffId: w.gpA.id, siteId: w.siteA.id, startTime: '14:00', endTime: '15:00', slotMinutes: 30, networkShare: 0, embargoHours: null }))).json().id;
    const leave = await mgr.post('/api/v1/booking/blocks', { staffId: w.gpA.id, startsAt: '2026-06-08T00:00:00Z', endsAt: '2026-06-09T00:00:00Z', reason: 'annual leave' });
    expect(leave.statusCode).toBe(201);
    const gen = await mgr.post('/api/v1/booking/slots/generate', { from: '2026-06-08', weeks: 2 });
    expect(gen.json().skippedBlocked).toBeGreaterThanOrEqual(2);
    expect(await slotCount(id)).toBe(2); // only 15 June

    const [booked, free] = await t.db.selectFrom('slot').select('id').where('template_id', '=', id).orderBy('start_at').execute();
    const rec = await signIn(t, w.receptionistA);
    const appt = await rec.post('/api/v1/booking/appointments', { slotId: booked.id, patientId: w.patientA.id });
    expect(appt.statusCode, appt.body).toBe(201);
    const closure = await mgr.post('/api/v1/booking/blocks', { siteId: w.siteA.id, startsAt: '2026-06-15T12:00:00Z', endsAt: '2026-06-15T15:00:00Z', reason: 'power cut' });
    expect(closure.json().slotsBlocked).toBeGreaterThanOrEqual(1);
    expect(closure.json().bookedAppointments.map((b: { appointmentId: string }) => b.appointmentId)).toContain(appt.json().id);
    expect((await t.db.selectFrom('appointment').select('status').where('id', '=', appt.json().id).executeTakeFirstOrThrow()).status).toBe('booked');
    expect((await t.db.selectFrom('slot').select('status').where('id', '=', free.id).executeTakeFirstOrThrow()).status).toBe('blocked');

    const list = await mgr.get('/api/v1/booking/blocks?from=2026-06-01T00:00:00Z');
    expect(list.json().items.map((b: { id: string }) => b.id)).toEqual(expect.arrayContaining([leave.json().block.id, closure.json().block.id]));
    const removed = await mgr.delete(`/api/v1/booking/blocks/${closure.json().block.id}`);
    expect(removed.json().slotsFreed).toBeGreaterThanOrEqual(1);
    expect((await t.db.selectFrom('slot').select('status').where('id', '=', free.id).executeTakeFirstOrThrow()).status).toBe('free');
  });

  it("covers only its maker's slots: a practice's leave for a GP leaves the GP's hub sessions to the hub; the PCN's covers both", async () => {
    const spec = (organisationId: string, siteId: string) => ({ networkId: w.network.id, staffId: w.gpA.id, organisationId, siteId, serviceId: w.gpService.id, start: new Date('2026-07-06T09:00:00Z'), count: 2, channels: ['own-practice' as const] });
    const practiceSlots = await makeSlots(t.db, spec(w.practiceA.id, w.siteA.id));
    const hubSlots = await makeSlots(t.db, { ...spec(w.hub.id, w.hubSite.id), start: new Date('2026-07-06T18:00:00Z') });
    const statusOf = async (ids: string[]) => (await t.db.selectFrom('slot').select('status').where('id', 'in', ids).execute()).map((r) => r.status);
    const day = { startsAt: '2026-07-06T00:00:00Z', endsAt: '2026-07-07T00:00:00Z' };

    const leave = await mgr.post('/api/v1/booking/blocks', { staffId: w.gpA.id, ...day, reason: 'annual leave' });
    expect(leave.statusCode, leave.body).toBe(201);
    expect(leave.json().slotsBlocked).toBe(2);
    expect(await statusOf(practiceSlots)).toEqual(['blocked', 'blocked']);
    expect(await statusOf(hubSlots), "the hub's slots are the hub's to block").toEqual(['free', 'free']);

    // Removing the leave frees what it blocked, and only that.
    expect((await mgr.delete(`/api/v1/booking/blocks/${leave.json().block.id}`)).json().slotsFreed).toBe(2);

    const pcn = await signIn(t, await t.make.staff(w.network.id, [{ organisationId: w.pcn.id, role: 'pcn-manager' }]));
    const network = await pcn.post('/api/v1/booking/blocks', { staffId: w.gpA.id, ...day, reason: 'sickness' });
    expect(network.statusCode, network.body).toBe(201);
    expect(network.json().slotsBlocked).toBe(4);
    expect(await statusOf([...practiceSlots, ...hubSlots])).toEqual(['blocked', 'blocked', 'blocked', 'blocked']);
  });

  it('refuses a block that ends before it starts, one for another practice, and a network-wide one from a practice', async () => {
    const before = await t.count('slot_block');
    const back = await mgr.post('/api/v1/booking/blocks', { staffId: w.gpA.id, startsAt: '2026-06-10T00:00:00Z', endsAt: '2026-06-09T00:00:00Z', reason: 'x' });
    expect(back.statusCode).toBe(400);
    expect(back.json().errors[0].pointer).toBe('/body/endsAt');
    expect((await mgr.post('/api/v1/booking/blocks', { siteId: w.siteB.id, startsAt: '2026-06-10T00:00:00Z', endsAt: '2026-06-11T00:00:00Z', reason: 'x' })).statusCode).toBe(403);
    expect((await mgr.post('/api/v1/booking/blocks', { startsAt: '2026-06-10T00:00:00Z', endsAt: '2026-06-11T00:00:00Z', reason: 'x' })).statusCode).toBe(400);
    expect(await t.count('slot_block')).toBe(before);
  });
});
