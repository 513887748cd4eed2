import { beforeAll, expect, it } from 'vitest';
import type { KyselyPlugin } from 'kysely';
import { useTestApp } from '../../../test/support/setup.ts';
import { makeSlots, NOW, signIn } from '../../../test/support/booking.ts';
import { findAppointment, findDayList } from './queries/appointments.ts';

// The day list and an appointment read take their names from memory (network's and identity's copies)
// and their patient's columns in the same statement: one round trip each once the copies are warm.

const { t, w } = useTestApp({ now: () => NOW });
let appointmentId: string;

beforeAll(async () => {
  const [slotId] = await makeSlots(t.db, { networkId: w.network.id, staffId: w.gpA.id, organisationId: w.practiceA.id, siteId: w.siteA.id, serviceId: w.gpService.id, start: new Date('2026-06-02T08:00:00Z'), count: 3 });
  const reception = await signIn(t, w.receptionistA, w.practiceA.id);
  const booked = await reception.post('/api/v1/booking/appointments', { slotId, patientId: w.patientA.id });
  expect(booked.statusCode).toBe(201);
  appointmentId = booked.json().id;
});

function counting() {
  const statements: string[] = [];
  // Called once per statement sent to the database (transformQuery also runs for sub-queries as they are built).
  const plugin: KyselyPlugin = { transformQuery: (a) => a.node, transformResult: async (a) => { statements.push(`${a.result.rows.length} rows`); return a.result; } };
  return { db: t.db.withPlugin(plugin), statements };
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
