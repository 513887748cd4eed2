import { beforeAll, beforeEach, expect, it } from 'vitest';
import { sql } from 'kysely';
import { useTestApp } from '../../../test/support/setup.ts';
import { makeSlots, NOW, signIn } from '../../../test/support/booking.ts';
import { findChangedDays } from './changed-days.ts';
import { blockFreeSlots, claimSlot } from './queries/slots.ts';

// Every write the dashboard counts marks its London day (0029, 0039): a claim marks it in its own
// statement (the one-statement booking and reschedule, the step-by-step claim), every other change to a
// slot through the row trigger, which leaves claims out. A path that claimed without marking would leave
// the dashboard's booked counts stale until the day fell out of its default range.

const { t, w } = useTestApp({ now: () => NOW });
let reception: Awaited<ReturnType<typeof signIn>>;
const slotOn = async (day: string) => (await makeSlots(t.db, { networkId: w.network.id, staffId: w.gpA.id, organisationId: w.practiceA.id, siteId: w.siteA.id, serviceId: w.gpService.id, start: new Date(`${day}T09:00:00Z`) }))[0];
const markedDays = async () => (await findChangedDays(t.db, { networkId: w.network.id })).days;

beforeAll(async () => {
  reception = await signIn(t, w.receptionistA, w.practiceA.id);
});
beforeEach(async () => {
  await t.db.deleteFrom('booking_changed_day').where('network_id', '=', w.network.id).execute();
});

it('marks the day of a booking made in one statement, and of the slot it moved to and from', async () => {
  const first = await slotOn('2026-06-03');
  const second = await slotOn('2026-06-04');
  await t.db.deleteFrom('booking_changed_day').execute(); // the slots' own insert marks
  const booked = await reception.post('/api/v1/booking/appointments', { slotId: first, patientId: w.patientA.id });
  expect(booked.statusCode).toBe(201);
  expect(await markedDays()).toEqual(['2026-06-03']);

  await t.db.deleteFrom('booking_changed_day').execute();
  const moved = await reception.post(`/api/v1/booking/appointments/${booked.json().id}/reschedule`, { slotId: second });
  expect(moved.statusCode).toBe(201);
  expect(await markedDays()).toEqual(['2026-06-03', '2026-06-04']);
});

it('marks the day of a step-by-step claim, and not twice', async () => {
  const slot = await slotOn('2026-06-05');
  await t.db.deleteFrom('booking_changed_day').execute();
  expect(await claimSlot(t.db, { networkId: w.network.id, id: slot })).toMatchObject({ id: slot, status: 'booked' });
  expect((await findChangedDays(t.db, { networkId: w.network.id })).marks.map((m) => m.day)).toEqual(['2026-06-05']);
  expect(await claimSlot(t.db, { networkId: w.network.id, id: slot })).toBeUndefined(); // taken: nothing claimed, nothing marked
  expect(await markedDays()).toEqual(['2026-06-05']);
});

it('marks every other change to a slot through the trigger, and leaves claims to their statements', async () => {
  await slotOn('2026-06-08');
  const other = await slotOn('2026-06-09');
  await t.db.deleteFrom('booking_changed_day').execute();
  await blockFreeSlots(t.db, { networkId: w.network.id, staffId: w.gpA.id, siteId: null, organisationId: null, startsAt: new Date('2026-06-08T00:00:00Z'), endsAt: new Date('2026-06-08T23:00:00Z') });
  expect(await markedDays()).toEqual(['2026-06-08']);

  await t.db.deleteFrom('booking_changed_day').execute();
  await sql`update slot set status = 'booked' where network_id = ${w.network.id} and id = ${other}`.execute(t.db);
  expect(await markedDays()).toEqual([]);
  await sql`update slot set status = 'free', start_at = start_at + interval '1 day', end_at = end_at + interval '1 day' where network_id = ${w.network.id} and id = ${other}`.execute(t.db);
  expect(await markedDays()).toEqual(['2026-06-09', '2026-06-10']);
});
