import { expect, it } from 'vitest';
import { useTestApp } from '../../../test/support/setup.ts';
import { makeSlots, NOW, at, signIn } from '../../../test/support/booking.ts';

// /metrics as an operator sees booking: requests by route pattern and status, and conflicts.

const { t, w } = useTestApp({ now: () => NOW });

it('counts booking requests by route and status, and a slot taken as a booking conflict', async () => {
  const [slotId] = await makeSlots(t.db, { networkId: w.network.id, organisationId: w.practiceA.id, siteId: w.siteA.id, staffId: w.gpA.id, serviceId: w.gpService.id, start: at('2026-06-02T08:00:00Z') });
  const p1 = await t.make.patient(w.network.id, w.practiceA.id);
  const p2 = await t.make.patient(w.network.id, w.practiceA.id);
  const rec = await signIn(t, w.receptionistA);
  expect((await rec.post('/api/v1/booking/appointments', { slotId, patientId: p1.id })).statusCode).toBe(201);
  expect((await rec.post('/api/v1/booking/appointments', { slotId, patientId: p2.id })).statusCode).toBe(409);

  const res = await t.app.inject({ url: '/metrics' });
  expect(res.statusCode).toBe(200);
  expect(res.body).toContain('commons_http_requests_total{method="POST",route="/api/v1/booking/appointments",status="201"} 1');
  expect(res.body).toContain('commons_http_requests_total{method="POST",route="/api/v1/booking/appointments",status="409"} 1');
  expect(res.body).toMatch(/commons_http_request_duration_seconds_count\{method="POST",route="\/api\/v1\/booking\/appointments",status="201"\} 1/);
  expect(res.body).toContain('commons_booking_conflicts_total{route="/api/v1/booking/appointments"} 1');
});
