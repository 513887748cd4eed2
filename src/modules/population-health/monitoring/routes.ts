import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { actorOf } from '../../../platform/actor.ts';
import { typed } from '../../../platform/deps.ts';
import { errorResponses } from '../../../platform/schemas.ts';
import { PatientParams } from '../schema.ts';
import { askForReadings } from './ask.ts';
import { monitoringView, setPatientThreshold } from './patient-view.ts';
import { AskBody, AskView, MonitoringView, OverrideBody, ThresholdParams } from './schema.ts';
import { describeRule, THRESHOLDS } from './thresholds.ts';

/** Remote monitoring, under /api/v1/population-health/monitoring. */
export async function monitoringRoutes(root: FastifyInstance) {
  const app = typed(root);
  const { db, now } = root.deps;
  const tags = ['population-health: remote monitoring'];

  app.get('/monitoring/thresholds', {
    schema: {
      tags, summary: 'The thresholds for home readings: register, rule, urgency, whose queue, and the source of each figure',
      response: { 200: Type.Object({ items: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), kind: Type.String(), registers: Type.Array(Type.String()), rule: Type.String(), limit: Type.Union([Type.Number(), Type.Null()]), diastolic: Type.Union([Type.Number(), Type.Null()]), urgency: Type.String(), role: Type.String(), source: Type.String() })) }), ...errorResponses },
    },
    config: { permission: ['population-health:aggregates'] },
  }, async () => ({
    items: THRESHOLDS.map((t) => ({ id: t.id, name: t.name, kind: t.kind, registers: t.registers, rule: describeRule(t, t.limit, t.diastolic ?? null), limit: t.limit, diastolic: t.diastolic ?? null, urgency: t.urgency, role: t.role, source: t.source })),
  }));

  app.post('/monitoring/patients/:patientId/requests', {
    schema: { tags, summary: 'Ask a patient on a register to send home readings: a message with their link to the readings page (audited)', params: PatientParams, body: AskBody, response: { 201: AskView, ...errorResponses } },
    config: { permission: 'population-health:record' },
  }, async (req, reply) => reply.code(201).send(await askForReadings(db, actorOf(req), req.params.patientId, req.body, now(), req.id)));

  app.get('/monitoring/patients/:patientId', {
    schema: { tags, summary: 'A patient\'s readings of the last 90 days, the thresholds in force, alerts raised and requests sent (audited)', params: PatientParams, response: { 200: MonitoringView, ...errorResponses } },
    config: { permission: 'population-health:patients' },
  }, async (req) => monitoringView(db, actorOf(req), req.params.patientId, now(), req.id));

  app.put('/monitoring/patients/:patientId/thresholds/:thresholdId', {
    schema: { tags, summary: 'Set this patient\'s own figure for a threshold, with the reason (audited)', params: ThresholdParams, body: OverrideBody, response: { 200: MonitoringView, ...errorResponses } },
    config: { permission: 'population-health:record' },
  }, async (req) => setPatientThreshold(db, actorOf(req), req.params.patientId, req.params.thresholdId, req.body, now(), req.id));

  app.delete('/monitoring/patients/:patientId/thresholds/:thresholdId', {
    schema: { tags, summary: 'Put a threshold back to the register\'s figure for this patient (audited)', params: ThresholdParams, response: { 200: MonitoringView, ...errorResponses } },
    config: { permission: 'population-health:record' },
  }, async (req) => setPatientThreshold(db, actorOf(req), req.params.patientId, req.params.thresholdId, null, now(), req.id));
}
