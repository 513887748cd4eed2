import { beforeAll, expect, it } from 'vitest';
import type { KyselyPlugin } from 'kysely';
import { useTestApp } from '../../../test/support/setup.ts';
import { makeSlots, NOW, signIn } from '../../../test/support/booking.ts';
import { findAppointment, findDayList } from './queries/appointments.ts';
import { cancelAppointment, changeAppointmentStatus, rescheduleAppointment } from './appointments.ts';
import { permissionsFor } from '../../platform/permissions.ts';
import type { Actor } from '../../platform/actor.ts';

// The day list and an appointment read take their names from memory (network's and identity's copies)
// and their patient's columns in the same statement: one round trip each once the copies are warm.
// Cancelling, status changes and moving a booking are one statement each too, with no transaction
// around them (a statement is atomic on its own): the counter below sees every statement and every
// transaction opened.

const { t, w } = useTestApp({ now: () => NOW });
let appointmentId: string;
let slots: string[];
let reception: Awaited<ReturnType<typeof signIn>>;

beforeAll(async () => {
  slots = await makeSlots(t.db, { networkId: w.network.id, staffId: w.gpA.id, organisationId: w.practiceA.id, siteId: w.siteA.id, serviceId: w.gpService.id, start: new Date('2026-06-02T08:00:00Z'), count: 3 });
  reception = await signIn(t, w.receptionistA, w.practiceA.id);
  const booked = await reception.post('/api/v1/booking/appointments', { slotId: slots[0], patientId: w.patientA.id });
  expect(booked.statusCode).toBe(201);
  appointmentId = booked.json().id;
});

const receptionist = (): Actor => ({
  kind: 'staff', networkId: w.network.id, staffId: w.receptionistA.id, tokenId: null, displayName: 'Rita Reception',
  organisationId: w.practiceA.id, organisationKind: 'practice', roles: ['receptionist'], permissions: permissionsFor(['receptionist']),
});

function counting() {
  const statements: string[] = [];
  // Called once per statement sent to the database (transformQuery also runs for sub-queries as they are built).
  const plugin: KyselyPlugin = { transformQuery: (a) => a.node, transformResult: async (a) => { statements.push(`${a.result.rows.length} rows`); return a.result; } };
  const counted = t.db.withPlugin(plugin);
  // BEGIN and COMMIT do not pass through plugins: a transaction opened is recorded here.
  const db = new Proxy(counted, {
    get(target, prop) {
      if (prop === 'transaction') statements.push('transaction');
      const value = Reflect.get(target, prop);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { db, statements };
}

it('reads a day list in one statement', async () => {
  const day = { networkId: w.network.id, from: new Date('2026-06-01T23:00:00Z'), to: new Date('2026-06-02T23:00:00Z'), siteId: w.siteA.id };
  await findDayList(t.db, day); // warms the copies of names
  const c = counting();
  const rows = await findDayList(c.db, day);
  expect(c.statements).toEqual(['3 rows']);
  expect(rows).toHaveLength(3);
  expect(rows[0]).toMatchObject({ site_name: 'Riverside Surgery', staff_name: 'Dr Ada Jones', service_name: 'GP appointment', given_name: 'Mary', practice_name: 'Riverside Surgery' });
});

it('reads an appointment with its names in one statement', async () => {
  await findAppointment(t.db, { networkId: w.network.id, id: appointmentId });
  const c = counting();
  const a = await findAppointment(c.db, { networkId: w.network.id, id: appointmentId });
  expect(c.statements).toEqual(['1 rows']);
  expect(a).toMatchObject({ organisation_name: 'Riverside Surgery', booker_organisation_name: 'Riverside Surgery', site_name: 'Riverside Surgery', staff_name: 'Dr Ada Jones' });
});

it('records a status change in one statement, answering with the whole history', async () => {
  const booked = await reception.post('/api/v1/booking/appointments', { slotId: slots[1], patientId: w.patientA.id });
  const c = counting();
  const arrived = await changeAppointmentStatus(c.db, receptionist(), booked.json().id, { status: 'arrived' }, NOW);
  expect(c.statements).toEqual(['1 rows']);
  expect(arrived).toMatchObject({ status: 'arrived', site: { name: 'Riverside Surgery' }, practitioner: { name: 'Dr Ada Jones' } });
  expect(arrived.history!.map((h) => `${h.from}→${h.to}`)).toEqual(['null→booked', 'booked→arrived']);
  expect(await t.count('audit_event', { entity_id: booked.json().id, action: 'status', purpose: 'booked → arrived' })).toBe(1);
});

it('cancels in one statement, freeing the slot', async () => {
  const c = counting();
  const cancelled = await cancelAppointment(c.db, receptionist(), appointmentId, { by: 'patient', reason: 'away' }, NOW);
  expect(c.statements).toEqual(['1 rows']);
  expect(cancelled).toMatchObject({ status: 'cancelled', cancelledBy: 'patient', cancelReason: 'away' });
  expect(cancelled.history!.map((h) => h.to)).toEqual(['booked', 'cancelled']);
  expect((await t.db.selectFrom('slot').select('status').where('id', '=', slots[0]).executeTakeFirstOrThrow()).status).toBe('free');
  expect(await t.count('audit_event', { entity_id: appointmentId, action: 'cancel' })).toBe(1);
});

it('moves a booking in one statement: the new slot booked, the old one cancelled and freed, both histories and audit rows written', async () => {
  const booked = await reception.post('/api/v1/booking/appointments', { slotId: slots[0], patientId: w.patientA.id, reason: 'review' });
  const oldId = booked.json().id;
  const m = counting();
  const moved = await rescheduleAppointment(m.db, receptionist(), oldId, { slotId: slots[2], reason: 'clash' }, { now: NOW });
  expect(m.statements).toEqual(['1 rows']);
  expect(moved.body).toMatchObject({ slotId: slots[2], rebookedFromId: oldId, reason: 'review', status: 'booked', site: { name: 'Riverside Surgery' }, practitioner: { name: 'Dr Ada Jones' } });
  const slotStatus = async (id: string) => (await t.db.selectFrom('slot').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
  expect([await slotStatus(slots[0]), await slotStatus(slots[2])]).toEqual(['free', 'booked']);
  expect(await t.db.selectFrom('appointment').select(['status', 'cancelled_by', 'cancel_reason']).where('id', '=', oldId).executeTakeFirstOrThrow())
    .toEqual({ status: 'cancelled', cancelled_by: 'patient', cancel_reason: 'clash' });
  const history = async (id: string) => (await t.db.selectFrom('appointment_status_history').select(['from_status', 'to_status', 'reason']).where('appointment_id', '=', id).orderBy('at').orderBy('to_status').execute());
  // A booking is on its appointment row (rebooked_from_id says it was moved); the history rows are the changes after it.
  expect(await history(oldId)).toEqual([{ from_status: 'booked', to_status: 'cancelled', reason: 'clash' }]);
  expect(await history(moved.body.id)).toEqual([]);
  expect(await t.count('audit_event', { entity_id: oldId, action: 'cancel', purpose: 'cancelled by patient' })).toBe(1);
  expect(await t.count('audit_event', { entity_id: moved.body.id, action: 'book', purpose: 'reschedule appointment', patient_id: w.patientA.id })).toBe(1);
});
