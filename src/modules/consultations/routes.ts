import type { FastifyInstance } from 'fastify';
import { typed } from '../../platform/deps.ts';
import { actorOf } from '../../platform/actor.ts';
import { errorResponses, Problem } from '../../platform/schemas.ts';
import { consultationMetrics } from './metrics.ts';
import {
  ActionRequest, ConsultationIdParams, ConsultationView, IdentifyRequest, IdentifyResponse, JudgementRequest, MetricsQuery, MetricsView, OnBehalfRequest,
  PreviewRequest, PreviewResponse, QueuePage, QueueQuery, SubmitRequest, SubmitResponse,
} from './schema.ts';
import { identifyPatient, previewRequest, submitOnBehalf, submitRequest } from './submit.ts';
import { actOnConsultation, claimConsultation, getConsultation, listQueue, releaseConsultation } from './work.ts';
import { recordJudgement } from './judgement.ts';
import { Type } from 'typebox';

const IdempotencyHeaders = Type.Object({ 'idempotency-key': Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'send the same key when retrying; the first result comes back' })) });
// Bodies with answers are cast: the answer-value schema is hand-written JSON schema (see schema.ts) that the
// type provider cannot infer; the schema still validates every request before the handler runs.
const publicErrors = { 400: Problem, 401: Problem, 422: Problem, 429: Problem };
// `security: []` on the public routes tells OpenAPI readers they need no credentials.

/** The public form's limit per address: a clear 429 problem, never a bare error. */
const publicLimit = {
  max: 10,
  timeWindow: '1 minute',
  errorResponseBuilder: () => Object.assign(new Error('You have tried this many times in the last minute. Please wait a minute and try again. If you need help now, call 111; in an emergency call 999.'), { statusCode: 429 }),
};

export async function consultationRoutes(root: FastifyInstance) {
  const app = typed(root);
  const { db, now } = root.deps;
  const tags = ['consultations'];

  // Public: the patient form. No login; rate-limited per address.
  app.post('/requests/identify', {
    schema: { tags, summary: 'Match a person to their registered patient record; returns a short-lived identity token and the practice name only', security: [], body: IdentifyRequest, response: { 200: IdentifyResponse, ...publicErrors } },
    config: { public: true, rateLimit: publicLimit },
  }, async (req) => identifyPatient(db, req.body, now()));

  app.post('/triage-preview', {
    schema: { tags, summary: 'Triage a description before it is sent: urgency, advice, follow-up questions; an emergency stops the form', security: [], body: PreviewRequest, response: { 200: PreviewResponse, ...publicErrors } },
    config: { public: true, rateLimit: { ...publicLimit, max: 60 } },
  }, async (req) => previewRequest(db, req.body as PreviewRequest, now(), req.actor?.networkId ?? null));

  app.post('/requests', {
    schema: { tags, summary: 'Send a request (an emergency is refused with 999/A&E advice); send an Idempotency-Key to retry safely', security: [], headers: IdempotencyHeaders, body: SubmitRequest, response: { 201: SubmitResponse, ...publicErrors } },
    config: { public: true, rateLimit: publicLimit },
  }, async (req, reply) => {
    const result = await submitRequest(db, req.body as SubmitRequest, { now: now(), idempotencyKey: req.headers['idempotency-key'] });
    return reply.code(result.statusCode).send(result.body);
  });

  // Staff.
  app.post('/requests/on-behalf', {
    schema: { tags, summary: 'Reception takes a request for a caller (phone or desk): same questions, engine and queue', headers: IdempotencyHeaders, body: OnBehalfRequest, response: { 201: SubmitResponse, ...errorResponses } },
    config: { permission: 'consultations:submit' },
  }, async (req, reply) => {
    const result = await submitOnBehalf(db, actorOf(req), req.body as OnBehalfRequest, { now: now(), idempotencyKey: req.headers['idempotency-key'] });
    return reply.code(result.statusCode).send(result.body);
  });

  app.get('/queue', {
    schema: { tags, summary: 'The network-wide triage queue: emergencies and overdue first, then by due time, each with its SLA clock', querystring: QueueQuery, response: { 200: QueuePage, ...errorResponses } },
    config: { permission: ['consultations:triage', 'consultations:admin'] },
  }, async (req) => listQueue(db, actorOf(req), req.query, now(), req.id));

  app.get('/metrics', {
    schema: { tags, summary: 'Requests by type, urgency, role and outcome; median time to first action and to close; share closed without an appointment; the engine\'s live under- and over-triage against clinicians per rules version', querystring: MetricsQuery, response: { 200: MetricsView, ...errorResponses } },
    config: { permission: ['analytics:read', 'consultations:triage'] },
  }, async (req) => consultationMetrics(db, actorOf(req), req.query, now()));

  app.get('/:id', {
    schema: { tags, summary: 'One request: patient summary, description, answers, scores, triage rationale and history (audited)', params: ConsultationIdParams, response: { 200: ConsultationView, ...errorResponses } },
    config: { permission: ['consultations:triage', 'consultations:admin'] },
  }, async (req) => getConsultation(db, actorOf(req), req.params.id, now(), req.id));

  app.post('/:id/claim', {
    schema: { tags, summary: 'Claim a request to work on it (409 names who holds it; a claim lapses after 30 minutes)', params: ConsultationIdParams, response: { 200: ConsultationView, ...errorResponses } },
    config: { permission: ['consultations:triage', 'consultations:admin'] },
  }, async (req) => claimConsultation(db, actorOf(req), req.params.id, now()));

  app.post('/:id/release', {
    schema: { tags, summary: 'Give a claimed request back to the queue', params: ConsultationIdParams, response: { 200: ConsultationView, ...errorResponses } },
    config: { permission: ['consultations:triage', 'consultations:admin'] },
  }, async (req) => releaseConsultation(db, actorOf(req), req.params.id, now()));

  app.post('/:id/actions', {
    schema: { tags, summary: 'Act on a request you hold: reply, admin-done, book, reassign, close, signpost, refer-social-prescribing', params: ConsultationIdParams, body: ActionRequest, response: { 200: ConsultationView, ...errorResponses } },
    config: { permission: ['consultations:triage', 'consultations:admin'] },
  }, async (req) => actOnConsultation(db, actorOf(req), req.params.id, req.body, now()));

  app.post('/:id/judgement', {
    schema: { tags, summary: 'Record the urgency and first-contact role you judged for a request you hold (also after closing it), beside the engine\'s verdict; the latest counts in the live rates', params: ConsultationIdParams, body: JudgementRequest, response: { 200: ConsultationView, ...errorResponses } },
    config: { permission: 'consultations:triage' },
  }, async (req) => recordJudgement(db, actorOf(req), req.params.id, req.body, now()));
}
