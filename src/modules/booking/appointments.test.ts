import { beforeAll, describe, expect, it } from 'vitest';
import { type Client } from '../../../test/support/test-app.ts';
import { useTestApp } from '../../../test/support/setup.ts';
import { makeSlots, NOW, at, signIn } from '../../../test/support/booking.ts';
import { refuseStatusChange } from './status.ts';
import { bookingLeadBand, daysBookedAhead } from './gpad.ts';

const { t, w } = useTestApp({ now: () => NOW });
let rec: Client;
beforeAll(async () => {
  rec = await signIn(t, w.receptionistA);
});

let minute = 0;
const slotA = async (over: { start?: Date } = {}) => (await makeSlots(t.db, {
  networkId: w.network.id, organisationId: w.practiceA.id, siteId: w.siteA.id, staffId: w.gpA.id, serviceId: w.gpService.id,
  start: over.start ?? new Date(at('2026-06-15T08:00:00Z').getTime() + (minute++) * 600_000), channels: ['own-practice', 'network'],
}))[0];
const bookA = async (slotId?: string) => (await rec.post('/api/v1/booking/appointments', { slotId: slotId ?? await slotA(), patientId: w.patientA.id, reason: 'blood pressure review' })).json();
const slotStatus = async (id: string) => (await t.db.selectFrom('slot').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;

describe('cancel', () => {
  it('cancels, records who and why, and puts the slot back in search results', async () => {
    const appt = await bookA();
    const res = await rec.post(`/api/v1/booking/appointments/${appt.id}/cancel`, { by: 'patient', reason: 'feeling better' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'cancelled', cancelledBy: 'patient', cancelReason: 'feeling better' });
    expect(res.json().history.map((h: { to: string }) => h.to)).toEqual(['booked', 'cancelled']);
    expect(await slotStatus(appt.slotId)).toBe('free');
    const search = await rec.get('/api/v1/booking/slots?limit=50&from=2026-06-15T00:00:00Z');
    expect(search.json().items.map((s: { id: string }) => s.id)).toContain(appt.slotId);
  });

  it('refuses a second cancel, a bad body, and a role without booking rights, changing nothing', async () => {
    const appt = await bookA();
    await rec.post(`/api/v1/booking/appointments/${appt.id}/cancel`, { by: 'practice', reason: 'GP ill' });
    const again = await rec.post(`/api/v1/booking/appointments/${appt.id}/cancel`, { by: 'practice', reason: 'again' });
    expect(again.statusCode).toBe(409);
    expect(again.json().type).toMatch(/booking\/invalid-transition$/);
    expect(await t.count('appointment_status_history', { appointment_id: appt.id })).toBe(1); // the cancel: the booking is on the appointment row
    const other = await bookA();
    const bad = await rec.post(`/api/v1/booking/appointments/${other.id}/cancel`, { by: 'nobody', reason: 'x' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].pointer).toBe('/body/by');
    const admin = await signIn(t, w.admin);
    expect((await admin.post(`/api/v1/booking/appointments/${other.id}/cancel`, { by: 'practice', reason: 'x' })).statusCode).toBe(403);
    expect(await slotStatus(other.slotId)).toBe('booked');
  });
});

describe('reschedule', () => {
  it('moves the booking to a new slot and cancels the old one together', async () => {
    const appt = await bookA();
    const target = await slotA();
    const res = await rec.post(`/api/v1/booking/appointments/${appt.id}/reschedule`, { slotId: target, reason: 'patient at work' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ slotId: target, rebookedFromId: appt.id, reason: 'blood pressure review', status: 'booked' });
    expect(await slotStatus(appt.slotId)).toBe('free');
    expect((await rec.get(`/api/v1/booking/appointments/${appt.id}`)).json().status).toBe('cancelled');
  });

  it('leaves the original booking untouched when the new slot is taken', async () => {
    const appt = await bookA();
    const taken = (await bookA()).slotId;
    const res = await rec.post(`/api/v1/booking/appointments/${appt.id}/reschedule`, { slotId: taken });
    expect(res.statusCode).toBe(409);
    expect(res.json().type).toMatch(/booking\/slot-taken$/);
    expect((await rec.get(`/api/v1/booking/appointments/${appt.id}`)).json().status).toBe('booked');
    expect(await slotStatus(appt.slotId)).toBe('booked');
  });
  it('changes nothing at all when the new slot is refused, whatever the reason', async () => {
    const appt = await bookA();
    const blocked = await makeSlots(t.db, { networkId: w.network.id, organisationId: w.practiceA.id, siteId: w.siteA.id, staffId: w.gpA.id, serviceId: w.gpService.id, start: at('2026-06-20T08:00:00Z'), count: 1, channels: ['own-practice'], status: 'blocked' });
    const embargoed = await makeSlots(t.db, { networkId: w.network.id, organisationId: w.practiceA.id, siteId: w.siteA.id, staffId: w.gpA.id, serviceId: w.gpService.id, start: at('2026-06-20T09:00:00Z'), count: 1, channels: ['own-practice'], opensAt: at('2026-06-19T09:00:00Z') });
    const past = await makeSlots(t.db, { networkId: w.network.id, organisationId: w.practiceA.id, siteId: w.siteA.id, staffId: w.gpA.id, serviceId: w.gpService.id, start: at('2026-05-29T09:00:00Z'), count: 1, channels: ['own-practice'] });
    const taken = (await bookA()).slotId;
    const everything = async () => ({
      appointments: await t.db.selectFrom('appointment').selectAll().orderBy('id').execute(),
      history: await t.count('appointment_status_history'), audit: await t.count('audit_event'),
      slots: await t.db.selectFrom('slot').select(['id', 'status']).orderBy('id').execute(),
    });
    const before = await everything();
    for (const [slotId, type] of [[taken, 'slot-taken'], [blocked[0], 'slot-unavailable'], [embargoed[0], 'embargoed'], [past[0], 'slot-in-past']]) {
      const res = await rec.post(`/api/v1/booking/appointments/${appt.id}/reschedule`, { slotId, reason: 'patient at work' });
      expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
      expect(res.json().type).toMatch(new RegExp(`booking/${type}$`));
      expect(await everything()).toEqual(before);
    }
  });
});

describe('status', () => {
  it('follows booked → arrived → in-progress → attended, and counts a DNA in capacity', async () => {
    const appt = await bookA(await slotA({ start: at('2026-06-01T06:30:00Z') }).catch(() => undefined));
    expect(appt.type).toMatch(/slot-in-past$/); // past slots cannot be booked…
    // …so book one in the future and move the clock past it.
    const slotId = await slotA({ start: at('2026-06-01T09:00:00Z') });
    const a = await bookA(slotId);
    const dna = await bookA(await slotA({ start: at('2026-06-01T09:10:00Z') }));
    t.clock.now = () => at('2026-06-01T10:00:00Z');
    try {
      for (const status of ['arrived', 'in-progress', 'attended']) {
        const res = await rec.post(`/api/v1/booking/appointments/${a.id}/status`, { status });
        expect(res.statusCode, res.body).toBe(200);
      }
      expect((await rec.post(`/api/v1/booking/appointments/${dna.id}/status`, { status: 'dna' })).statusCode).toBe(200);
      const cap = await rec.get(`/api/v1/booking/capacity?from=2026-06-01T00:00:00Z&to=2026-06-02T00:00:00Z&organisationId=${w.practiceA.id}`);
      expect(cap.statusCode).toBe(200);
      expect(cap.json().items[0]).toMatchObject({ role: 'gp', attended: 1, dna: 1, booked: 2 });
      const undo = await rec.post(`/api/v1/booking/appointments/${dna.id}/status`, { status: 'booked' });
      expect(undo.json().history.map((h: { to: string }) => h.to)).toEqual(['booked', 'dna', 'booked']);
    } finally {
      t.clock.now = () => NOW;
    }
  });

  it('refuses a jump, a cancelled appointment and an unknown status, recording nothing', async () => {
    const appt = await bookA();
    const jump = await rec.post(`/api/v1/booking/appointments/${appt.id}/status`, { status: 'attended' });
    expect(jump.statusCode).toBe(409);
    expect(jump.json().type).toMatch(/booking\/invalid-transition$/);
    expect((await rec.post(`/api/v1/booking/appointments/${appt.id}/status`, { status: 'gone' })).json().errors[0].pointer).toBe('/body/status');
    expect(await t.count('appointment_status_history', { appointment_id: appt.id })).toBe(0);
  });

  it.each([
    ['booked', 'arrived', '2026-06-01T09:00:00Z', null],
    ['booked', 'dna', '2026-06-01T09:00:00Z', 'once the appointment time'],
    ['arrived', 'dna', '2026-06-01T11:00:00Z', null],
    ['dna', 'booked', '2026-06-02T09:00:00Z', 'on the day'],
    ['cancelled', 'arrived', '2026-06-01T09:00:00Z', 'cancelled'],
    ['attended', 'dna', '2026-06-01T09:00:00Z', 'cannot become'],
  ] as const)('%s → %s', (from, to, nowIso, refusal) => {
    const why = refuseStatusChange(from, to, { now: at(nowIso), startAt: at('2026-06-01T10:00:00Z') });
    if (refusal === null) expect(why).toBeNull();
    else expect(why).toContain(refusal);
  });
});

describe('reading appointments and the day list', () => {
  it("lists a patient's appointments newest first with a cursor, and audits reads", async () => {
    const page = await rec.get(`/api/v1/booking/appointments?patientId=${w.patientA.id}&limit=2`);
    expect(page.statusCode).toBe(200);
    expect(page.json().items).toHaveLength(2);
    expect(page.json().items[0].startAt >= page.json().items[1].startAt).toBe(true);
    const next = await rec.get(`/api/v1/booking/appointments?patientId=${w.patientA.id}&limit=2&cursor=${page.json().nextCursor}`);
    expect(next.json().items[0].id).not.toBe(page.json().items[0].id);
    expect((await rec.get('/api/v1/booking/appointments')).json().errors[0].pointer).toBe('/querystring/patientId');
    const other = await signIn(t, w.receptionistB);
    expect((await other.get(`/api/v1/booking/appointments?patientId=${w.patientA.id}`)).statusCode).toBe(403);
  });

  it('shows names to the practice and "Patient of …" to others without a relationship', async () => {
    const slotId = await slotA({ start: at('2026-06-16T08:00:00Z') });
    await bookA(slotId);
    await makeSlots(t.db, { networkId: w.network.id, organisationId: w.practiceA.id, siteId: w.siteA.id, staffId: w.gpA.id, serviceId: w.gpService.id, start: at('2026-06-16T08:10:00Z') });
    const own = await rec.get(`/api/v1/booking/day-list?date=2026-06-16&siteId=${w.siteA.id}`);
    expect(own.statusCode).toBe(200);
    expect(own.json().items).toHaveLength(2);
    expect(own.json().items[0].appointment).toMatchObject({ patientLabel: 'Mary Atkinson', patient: { nhsNumber: expect.stringMatching(/^\d{3} \d{3} \d{4}$/), age: 70 } });
    expect(own.json().items[1].appointment).toBeNull();
    const hubGp = await signIn(t, w.hubGp);
    const other = await hubGp.get(`/api/v1/booking/day-list?date=2026-06-16&siteId=${w.siteA.id}`);
    expect(other.json().items[0].appointment).toMatchObject({ patientLabel: 'Patient of Riverside Surgery', patient: null, reason: null });
    expect((await rec.get('/api/v1/booking/day-list?date=2026-06-16')).statusCode).toBe(400);
    expect((await rec.get('/api/v1/booking/day-list?date=16/06/2026&siteId=' + w.siteA.id)).json().errors[0].pointer).toBe('/querystring/date');
    expect((await (await signIn(t, w.admin)).get(`/api/v1/booking/day-list?date=2026-06-16&siteId=${w.siteA.id}`)).statusCode).toBe(403);
  });
});

describe('GPAD time from booking to appointment', () => {
  it.each([
    ['2026-06-01T07:00:00Z', '2026-06-01T15:00:00Z', 0, 'Same Day'],
    ['2026-06-01T22:50:00Z', '2026-06-02T07:30:00Z', 1, '1 Day'], // 23:50 London → 08:30 next morning
    ['2026-06-01T07:00:00Z', '2026-06-08T07:00:00Z', 7, '2 to 7 Days'],
    ['2026-06-01T07:00:00Z', '2026-06-15T07:00:00Z', 14, '8  to 14 Days'],
    ['2026-06-01T07:00:00Z', '2026-07-01T07:00:00Z', 30, 'More than 28 Days'],
    ['2026-01-05T23:30:00Z', '2026-01-06T00:10:00Z', 1, '1 Day'], // winter: 23:30 on the 5th → 00:10 on the 6th
    ['2026-03-28T23:30:00Z', '2026-03-29T23:30:00Z', 2, '2 to 7 Days'], // clocks forward on the 29th: 23:30 on the 28th → 00:30 on the 30th
    ['2026-10-24T23:30:00Z', '2026-10-25T23:30:00Z', 0, 'Same Day'], // 00:30 on the 25th (BST) → 23:30 on the 25th (GMT)
  ])('%s → %s is %i days (%s)', (booked, start, days, band) => {
    expect(daysBookedAhead(at(booked), at(start))).toBe(days);
    expect(bookingLeadBand(days)).toBe(band);
  });
});
