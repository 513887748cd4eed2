import { expect, it } from 'vitest';
import { useTestApp } from '../../../test/support/setup.ts';
import { makeSlots, NOW, at, signIn } from '../../../test/support/booking.ts';

const { t, w } = useTestApp({ now: () => NOW });

it('books each of 20 slots exactly once when 200 requests race for them', async () => {
  const slots = await makeSlots(t.db, { networkId: w.network.id, organisationId: w.practiceA.id, siteId: w.siteA.id, staffId: w.gpA.id, serviceId: w.gpService.id, start: at('2026-06-02T08:00:00Z'), count: 20 });
  const patients = [];
  for (let i = 0; i < 200; i++) patients.push((await t.make.patient(w.network.id, w.practiceA.id)).id);
  const rec = await signIn(t, w.receptionistA);

  const results = await Promise.all(patients.map((patientId, i) => rec.post('/api/v1/booking/appointments', { slotId: slots[i % 20], patientId })));

  const won = results.filter((r) => r.statusCode === 201);
  const lost = results.filter((r) => r.statusCode !== 201);
  expect(won).toHaveLength(20);
  expect(new Set(won.map((r) => r.json().slotId)).size).toBe(20);
  expect(lost).toHaveLength(180);
  for (const r of lost) {
    expect(r.statusCode, r.body).toBe(409);
    expect(r.json().type).toMatch(/booking\/slot-taken$/);
  }
  const active = await t.db.selectFrom('appointment').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('network_id', '=', w.network.id).where('slot_id', 'in', slots).where('status', '<>', 'cancelled').executeTakeFirstOrThrow();
  expect(Number(active.n)).toBe(20);
  expect(await t.count('audit_event', { action: 'book' })).toBe(20);
});

it('gives 50 simultaneous bookings with one Idempotency-Key the first answer, and makes one appointment', async () => {
  const [slotId] = await makeSlots(t.db, { networkId: w.network.id, organisationId: w.practiceA.id, siteId: w.siteA.id, staffId: w.gpA.id, serviceId: w.gpService.id, start: at('2026-06-03T08:00:00Z'), count: 1 });
  const patientId = (await t.make.patient(w.network.id, w.practiceA.id)).id;
  const rec = await signIn(t, w.receptionistA);
  const key = crypto.randomUUID();

  const results = await Promise.all(Array.from({ length: 50 }, () => rec.post('/api/v1/booking/appointments', { slotId, patientId }, { 'idempotency-key': key })));

  expect(results.map((r) => r.statusCode)).toEqual(Array(50).fill(201));
  expect(new Set(results.map((r) => r.json().id)).size).toBe(1);
  const made = await t.db.selectFrom('appointment').select('id').where('network_id', '=', w.network.id).where('slot_id', '=', slotId).execute();
  expect(made).toHaveLength(1);
});
