import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { typed } from '../../platform/deps.ts';
import { actorOf } from '../../platform/actor.ts';
import { errorResponses } from '../../platform/schemas.ts';
import { Page } from '../../platform/pagination.ts';
import { cancelAppointment, changeAppointmentStatus, getAppointment, listPatientAppointments, rescheduleAppointment } from './appointments.ts';
import { bookAppointment } from './book.ts';
import { getCapacity } from './capacity.ts';
import { getDayList } from './day-list.ts';
import { IdParams } from './rota-schema.ts';
import {
  AppointmentListQuery, AppointmentView, BookRequest, CancelRequest, CapacityQuery, CapacityRow, DayListEntry, DayListQuery, IdempotencyHeaders,
  RescheduleRequest, SlotSearchQuery, SlotView, StatusRequest,
} from './schema.ts';
import { searchSlots } from './search.ts';

/** Reception and clinicians: find a slot, book, cancel, move, record arrival/DNA, the day list, capacity. */
export async function appointmentRoutes(root: FastifyInstance) {
  const app = typed(root);
  const { db, now } = root.deps;
  const tags = ['booking: appointments'];

  app.get('/slots', {
    schema: { tags, summary: 'The earliest free slots across the network that you may book', querystring: SlotSearchQuery, response: { 200: Page(SlotView), ...errorResponses } },
    config: { permission: 'slots:read' },
  }, async (req) => searchSlots(db, actorOf(req), req.query, now()));

  app.post('/appointments', {
    schema: { tags, summary: 'Book a slot for a patient (send an Idempotency-Key to retry safely)', headers: IdempotencyHeaders, body: BookRequest, response: { 201: AppointmentView, ...errorResponses } },
    config: { permission: 'appointments:book' },
  }, async (req, reply) => {
    const result = await bookAppointment(db, actorOf(req), req.body, { now: now(), idempotencyKey: req.headers['idempotency-key'] });
    return reply.code(result.statusCode).send(result.body);
  });

  app.get('/appointments', {
    schema: { tags, summary: "A patient's appointments, newest first", querystring: AppointmentListQuery, response: { 200: Page(AppointmentView), ...errorResponses } },
    config: { permission: 'appointments:read' },
  }, async (req) => listPatientAppointments(db, actorOf(req), req.query));

  app.get('/appointments/:id', {
    schema: { tags, summary: 'One appointment with its status history', params: IdParams, response: { 200: AppointmentView, ...errorResponses } },
    config: { permission: 'appointments:read' },
  }, async (req) => getAppointment(db, actorOf(req), req.params.id));

  app.post('/appointments/:id/cancel', {
    schema: { tags, summary: 'Cancel; the slot goes back to the pool', params: IdParams, body: CancelRequest, response: { 200: AppointmentView, ...errorResponses } },
    config: { permission: ['appointments:book', 'appointments:manage'] },
  }, async (req) => cancelAppointment(db, actorOf(req), req.params.id, req.body, now()));

  app.post('/appointments/:id/reschedule', {
    schema: { tags, summary: 'Move to another slot: books the new one and cancels this one, or neither', params: IdParams, headers: IdempotencyHeaders, body: RescheduleRequest, response: { 201: AppointmentView, ...errorResponses } },
    config: { permission: 'appointments:book' },
  }, async (req, reply) => {
    const result = await rescheduleAppointment(db, actorOf(req), req.params.id, req.body, { now: now(), idempotencyKey: req.headers['idempotency-key'] });
    return reply.code(result.statusCode).send(result.body);
  });

  app.post('/appointments/:id/status', {
    schema: { tags, summary: 'Record arrived, in progress, attended or DNA (or undo a mistaken DNA the same day)', params: IdParams, body: StatusRequest, response: { 200: AppointmentView, ...errorResponses } },
    config: { permission: 'appointments:manage' },
  }, async (req) => changeAppointmentStatus(db, actorOf(req), req.params.id, req.body, now()));

  app.get('/day-list', {
    schema: { tags, summary: "A site's or a clinician's day: every slot in order with its appointment", querystring: DayListQuery, response: { 200: Type.Object({ items: Type.Array(DayListEntry) }), ...errorResponses } },
    config: { permission: 'appointments:read' },
  }, async (req) => getDayList(db, actorOf(req), req.query, now(), req.id));

  app.get('/capacity', {
    schema: { tags, summary: 'Slots per organisation and role: free, booked, blocked, attended, DNA and shared', querystring: CapacityQuery, response: { 200: Type.Object({ items: Type.Array(CapacityRow) }), ...errorResponses } },
    config: { permission: ['rota:manage', 'appointments:read'] },
  }, async (req) => getCapacity(db, actorOf(req), req.query));
}
