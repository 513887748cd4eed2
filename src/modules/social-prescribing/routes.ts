import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { typed } from '../../platform/deps.ts';
import { actorOf } from '../../platform/actor.ts';
import { Closed, errorResponses, Problem, Uuid } from '../../platform/schemas.ts';
import {
  AllocateRequest, CaseloadPage, CaseloadQuery, ContactRequest, CreateReferralRequest, DischargeRequest, GoalParams, GoalRequest, GoalUpdateRequest, InboxView,
  OnwardParams, OnwardRequest, OnwardUpdateRequest, OutcomesQuery, OutcomesView, ReferralIdParams, ReferralView, SafeguardingRequest, SelfReferralRequest,
  SelfReferralResponse, SettingsRequest, SettingsView, StatusRequest, WellbeingRequest,
} from './schema.ts';
import { allocateReferral, dischargeReferral, getReferral, getSettings, inbox, listCaseload, raiseConcern, readNotification, referPatient, setReferralStatus, updateSettings } from './referrals.ts';
import { addGoal, recordContact, recordTakeUp, recordWellbeing, referOnward, updateGoal } from './plan.ts';
import { socialPrescribingOutcomes } from './outcomes.ts';
import { selfRefer } from './self-referral.ts';

const IdempotencyHeaders = Type.Object({ 'idempotency-key': Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'send the same key when retrying; the first result comes back' })) });

/** The public self-referral form's limit per address, like the online consultation form's. */
const publicLimit = {
  max: 10,
  timeWindow: '1 minute',
  errorResponseBuilder: () => Object.assign(new Error('You have tried this many times in the last minute. Please wait a minute and try again. If you need help now, call 111; in an emergency call 999.'), { statusCode: 429 }),
};

export async function socialPrescribingRoutes(root: FastifyInstance) {
  const app = typed(root);
  const { db, now } = root.deps;
  const tags = ['social-prescribing'];
  const caseload = { permission: 'social-prescribing:caseload' as const };
  const plan = { params: ReferralIdParams, response: { 200: ReferralView, ...errorResponses } };

  app.post('/self-referrals', {
    schema: { tags, summary: 'A person refers themself (public patient site): matched like the online consultation form; consent required', security: [], body: SelfReferralRequest, response: { 201: SelfReferralResponse, 400: Problem, 422: Problem, 429: Problem } },
    config: { public: true, rateLimit: publicLimit },
  }, async (req, reply) => reply.code(201).send(await selfRefer(db, req.body, now())));

  app.post('/referrals', {
    schema: { tags, summary: 'Refer a patient to social prescribing (any staff member): reasons, consent, optional safeguarding concern; records SNOMED CT 871731000000106. 409 when an episode is open', headers: IdempotencyHeaders, body: CreateReferralRequest, response: { 201: ReferralView, ...errorResponses } },
    config: { permission: 'social-prescribing:refer' },
  }, async (req, reply) => {
    const result = await referPatient(db, actorOf(req), req.body, { now: now(), idempotencyKey: req.headers['idempotency-key'], requestId: req.id });
    return reply.code(result.statusCode).send(result.body);
  });

  app.get('/referrals', {
    schema: { tags, summary: 'The network caseload (link workers; filter by status and link worker), or one patient\'s referrals (any referrer, with patientId); oldest first; audited', querystring: CaseloadQuery, response: { 200: CaseloadPage, ...errorResponses } },
    config: { permission: ['social-prescribing:caseload', 'social-prescribing:refer'] },
  }, async (req) => listCaseload(db, actorOf(req), req.query, now(), req.id));

  app.get('/referrals/:id', {
    schema: { tags, summary: 'One referral\'s plan: conversations, goals, onward referrals, wellbeing scores, safeguarding, history (audited)', ...plan },
    config: caseload,
  }, async (req) => getReferral(db, actorOf(req), req.params.id, now(), req.id));

  app.post('/referrals/:id/allocate', {
    schema: { tags, summary: 'Allocate to a link worker (yourself by default)', body: AllocateRequest, ...plan }, config: caseload,
  }, async (req) => allocateReferral(db, actorOf(req), req.params.id, req.body, now()));

  app.post('/referrals/:id/status', {
    schema: { tags, summary: 'Move the referral on the board: new, contacted, active, on hold', body: StatusRequest, ...plan }, config: caseload,
  }, async (req) => setReferralStatus(db, actorOf(req), req.params.id, req.body, now()));

  app.post('/referrals/:id/contacts', {
    schema: { tags, summary: 'Record a contact (face-to-face, phone, home visit, group, video) with minutes spent and "what matters to me" notes', body: ContactRequest, ...plan }, config: caseload,
  }, async (req) => recordContact(db, actorOf(req), req.params.id, req.body, now()));

  app.post('/referrals/:id/goals', {
    schema: { tags, summary: 'Add a goal to the personalised support plan (owner, target date)', body: GoalRequest, ...plan }, config: caseload,
  }, async (req) => addGoal(db, actorOf(req), req.params.id, req.body, now()));

  app.patch('/referrals/:id/goals/:goalId', {
    schema: { tags, summary: 'Record progress on a goal (per cent, achieved, stopped)', params: GoalParams, body: GoalUpdateRequest, response: plan.response }, config: caseload,
  }, async (req) => updateGoal(db, actorOf(req), req.params.id, req.params.goalId, req.body, now()));

  app.post('/referrals/:id/onward-referrals', {
    schema: { tags, summary: 'Refer the person on to a community offer (a directory offer, or one named)', body: OnwardRequest, ...plan }, config: caseload,
  }, async (req) => referOnward(db, actorOf(req), req.params.id, req.body, now()));

  app.patch('/referrals/:id/onward-referrals/:onwardId', {
    schema: { tags, summary: 'Record whether the person took an offer up', params: OnwardParams, body: OnwardUpdateRequest, response: plan.response }, config: caseload,
  }, async (req) => recordTakeUp(db, actorOf(req), req.params.id, req.params.onwardId, req.body, now()));

  app.post('/referrals/:id/wellbeing', {
    schema: { tags, summary: 'Record ONS4 (four scores 0–10) or SWEMWBS (seven items 1–5, metric score computed) at first contact, review or discharge', body: WellbeingRequest, ...plan }, config: caseload,
  }, async (req) => recordWellbeing(db, actorOf(req), req.params.id, req.body, now()));

  app.post('/referrals/:id/discharge', {
    schema: { tags, summary: 'Discharge with a reason; "declined" records SNOMED CT 871711000000103', body: DischargeRequest, ...plan }, config: caseload,
  }, async (req) => dischargeReferral(db, actorOf(req), req.params.id, req.body, now()));

  app.post('/referrals/:id/safeguarding', {
    schema: { tags, summary: 'Raise a safeguarding concern: flagged on the referral and sent at once to the network\'s safeguarding lead', body: SafeguardingRequest, ...plan }, config: caseload,
  }, async (req) => raiseConcern(db, actorOf(req), req.params.id, req.body.concern, now()));

  app.get('/inbox', {
    schema: { tags, summary: 'The badge: unallocated new referrals, my open caseload, safeguarding concerns sent to me, recent notifications', response: { 200: InboxView, ...errorResponses } },
    config: { permission: ['social-prescribing:caseload', 'social-prescribing:refer'] },
  }, async (req) => inbox(db, actorOf(req)));

  app.post('/inbox/:id/read', {
    schema: { tags, summary: 'Mark a notification read (a safeguarding concern: acknowledged by the lead)', params: Closed({ id: Uuid() }), response: { 200: InboxView, ...errorResponses } },
    config: { permission: ['social-prescribing:caseload', 'social-prescribing:refer'] },
  }, async (req) => readNotification(db, actorOf(req), req.params.id, now()));

  app.get('/outcomes', {
    schema: { tags, summary: 'Outcomes of referrals made in a period: ONS4/SWEMWBS before and after per person and cohort, GP appointments 6 months before and after, activity (audited)', querystring: OutcomesQuery, response: { 200: OutcomesView, ...errorResponses } },
    config: { permission: ['social-prescribing:caseload', 'analytics:read'] },
  }, async (req) => socialPrescribingOutcomes(db, actorOf(req), req.query, now(), req.id));

  app.get('/settings', {
    schema: { tags, summary: 'The network\'s social prescribing settings (the safeguarding lead)', response: { 200: SettingsView, ...errorResponses } },
    config: { permission: ['social-prescribing:caseload', 'network:manage'] },
  }, async (req) => getSettings(db, actorOf(req).networkId));

  app.put('/settings', {
    schema: { tags, summary: 'Name the network\'s safeguarding lead (concerns are sent to them at once)', body: SettingsRequest, response: { 200: SettingsView, ...errorResponses } },
    config: { permission: 'network:manage' },
  }, async (req) => updateSettings(db, actorOf(req), req.body, now()));
}
