import type { FastifyInstance } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { Type } from 'typebox';
import { typed } from '../../platform/deps.ts';
import { actorOf } from '../../platform/actor.ts';
import { Closed, errorResponses, IsoDateTime, Problem, Uuid } from '../../platform/schemas.ts';
import { DomainError } from '../../platform/problems.ts';
import { providerFromEnv, sendQueuedMessages } from './sender.ts';
import { answerFftByLink, bookByLink, cancelByLink, confirmByLink, readingsByLink, replyByLink, respondToOfferByLink, slotsForLink, viewLink } from './patient-pages.ts';
import { ReadingsBody, ReadingsResult } from '../population-health/index.ts';
import { saveSettings, settingsOf } from './settings.ts';
import { recordDeliveryReceipt } from './receipts.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const TokenParams = Closed({ token: Type.String({ minLength: 20, maxLength: 90, pattern: '^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$', description: 'the key from the link in the message' }) });
const LinkView = Type.Object({
  purpose: Type.String(), expiresAt: IsoDateTime(), practiceName: Type.String(),
  appointment: Nullable(Type.Object({
    id: Uuid(), status: Type.String(), startAt: IsoDateTime(), endAt: IsoDateTime(), mode: Type.String(), role: Type.String(), service: Type.String(), site: Type.String(),
    organisation: Type.String(), practitioner: Type.String(), confirmedAt: Nullable(IsoDateTime()), canCancel: Type.Boolean(), canRebook: Type.Boolean(),
  })),
  consultation: Nullable(Type.Object({
    reference: Type.String(), status: Type.String(), practiceName: Type.String(), replies: Type.Array(Type.Object({ at: IsoDateTime(), message: Type.String() })), canReply: Type.Boolean(),
  })),
  offer: Nullable(Type.Object({
    status: Type.String(), expiresAt: IsoDateTime(),
    slot: Nullable(Type.Object({ id: Uuid(), startAt: IsoDateTime(), mode: Type.String(), service: Type.Object({ name: Type.String() }), site: Type.Object({ name: Type.String() }), organisation: Type.Object({ name: Type.String() }), practitioner: Type.Object({ name: Type.String() }) })),
  })),
  invitation: Nullable(Type.Object({
    what: Type.String({ description: 'what the person is invited to, e.g. structured medication review' }), role: Type.String(), canBook: Type.Boolean(),
    booked: Nullable(Type.Object({ startAt: IsoDateTime(), service: Type.String(), site: Type.String(), practitioner: Type.String(), status: Type.String() })),
  })),
  monitoring: Nullable(Type.Object({
    register: Type.String(), readingsSent: Type.Integer(),
    kinds: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), unit: Type.String(), min: Type.Number(), max: Type.Number(), diastolic: Nullable(Type.Object({ min: Type.Number(), max: Type.Number() })) })),
  })),
  fft: Type.Object({ answered: Type.Boolean(), rating: Nullable(Type.Integer()), canAnswer: Type.Boolean(), question: Type.String(), options: Type.Array(Type.String()) }),
});
const OnlineSlot = Type.Object({ id: Uuid(), startAt: IsoDateTime(), endAt: IsoDateTime(), mode: Type.String(), service: Type.Object({ name: Type.String() }), site: Type.Object({ name: Type.String() }), organisation: Type.Object({ name: Type.String() }), practitioner: Type.Object({ name: Type.String() }) });
const Settings = Type.Object({
  reminderHours: Type.Array(Type.Integer({ minimum: 1, maximum: 168 }), { minItems: 0, maxItems: 4, description: 'hours before an appointment at which a reminder is sent (default 48 and 2)' }),
  linkDays: Type.Integer({ minimum: 1, maximum: 60, description: 'how long a link in a message about a request lasts' }),
  offerMinutes: Type.Integer({ minimum: 15, maximum: 1440, description: 'how long a waitlist offer stays open before the next person is offered the slot' }),
});
const SettingsPatch = Closed({ reminderHours: Type.Optional(Settings.properties.reminderHours), linkDays: Type.Optional(Settings.properties.linkDays), offerMinutes: Type.Optional(Settings.properties.offerMinutes) });

const publicErrors = { 400: Problem, 403: Problem, 404: Problem, 409: Problem, 410: Problem, 429: Problem };
/** Per address: patients open a page and act a few times; anything more is someone trying links. */
const limit = (max: number) => ({
  max, timeWindow: '1 minute',
  errorResponseBuilder: () => Object.assign(new Error('You have tried this many times in the last minute. Please wait a minute and try again, or contact your GP practice.'), { statusCode: 429 }),
});

/** The outbox, the patients' link pages (public: the link is the key), Notify's delivery receipts and the network's settings. */
export async function messagingRoutes(root: FastifyInstance) {
  const app = typed(root);
  const { db, now } = root.deps;
  const tags = ['messaging'];
  const linkTags = ['messaging: patient links'];

  app.post('/send-queued', {
    schema: { tags, summary: 'Send every queued message now (the sender also runs on an interval)', response: { 200: Type.Object({ sent: Type.Integer(), failed: Type.Integer(), retrying: Type.Integer(), provider: Type.String() }), ...errorResponses } },
    config: { permission: ['network:manage', 'consultations:triage'] },
  }, async () => {
    const provider = providerFromEnv(process.env, now);
    return { ...(await sendQueuedMessages(db, { now, provider })), provider: provider.describe() };
  });

  app.get('/settings', {
    schema: { tags, summary: 'When reminders go out, how long links and waitlist offers last', response: { 200: Settings, ...errorResponses } },
    config: { permission: ['network:manage', 'rota:manage'] },
  }, async (req) => settingsOf(db, actorOf(req).networkId));

  app.put('/settings', {
    schema: { tags, summary: 'Change reminder times (hours before), link and offer lifetimes for the whole network', body: SettingsPatch, response: { 200: Settings, ...errorResponses } },
    config: { permission: 'network:manage' },
  }, async (req) => saveSettings(db, actorOf(req), req.body));

  // GOV.UK Notify's delivery receipts. Notify sends the bearer token set in its callback settings.
  app.post('/notify/receipts', {
    schema: {
      tags, summary: 'GOV.UK Notify delivery receipt (Authorization: Bearer COMMONS_NOTIFY_CALLBACK_TOKEN)', security: [],
      body: Type.Object({
        id: Type.String({ maxLength: 100 }), reference: Type.Union([Type.String({ maxLength: 100 }), Type.Null()]), status: Type.String({ maxLength: 40 }),
        to: Type.Optional(Type.String({ maxLength: 400 })), created_at: Type.Optional(Type.String()), completed_at: Type.Optional(Type.Union([Type.String(), Type.Null()])),
        sent_at: Type.Optional(Type.Union([Type.String(), Type.Null()])), notification_type: Type.Optional(Type.String()),
      }, { additionalProperties: true }),
      response: { 204: Type.Null(), 400: Problem, 401: Problem, 404: Problem },
    },
    config: { public: true },
  }, async (req, reply) => {
    const expected = process.env.COMMONS_NOTIFY_CALLBACK_TOKEN;
    const given = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
    const ok = !!expected && given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
    if (!ok) throw new DomainError('unauthenticated', 'messaging/receipt-unauthenticated', 'Delivery receipts need the bearer token set as COMMONS_NOTIFY_CALLBACK_TOKEN.');
    await recordDeliveryReceipt(db, req.body);
    return reply.code(204).send(null);
  });

  app.get('/links/:token', {
    schema: { tags: linkTags, summary: 'The patient\'s page behind a link: their appointment, request or offer, and the Friends and Family Test (audited)', security: [], params: TokenParams, response: { 200: LinkView, ...publicErrors } },
    config: { public: true, rateLimit: limit(30) },
  }, async (req) => viewLink(db, req.params.token, now(), req.id));

  app.post('/links/:token/confirm', {
    schema: { tags: linkTags, summary: 'The patient confirms they will come', security: [], params: TokenParams, response: { 200: LinkView, ...publicErrors } },
    config: { public: true, rateLimit: limit(10) },
  }, async (req) => confirmByLink(db, req.params.token, now()));

  app.post('/links/:token/cancel', {
    schema: { tags: linkTags, summary: 'The patient cancels; the slot goes back to the book at once', security: [], params: TokenParams, body: Closed({ reason: Type.Optional(Type.String({ maxLength: 300 })) }), response: { 200: LinkView, ...publicErrors } },
    config: { public: true, rateLimit: limit(10) },
  }, async (req) => cancelByLink(db, req.params.token, req.body ?? {}, now()));

  app.get('/links/:token/slots', {
    schema: { tags: linkTags, summary: 'Slots released for online booking that this link may book (the appointment\'s service)', security: [], params: TokenParams, response: { 200: Type.Object({ items: Type.Array(OnlineSlot) }), ...publicErrors } },
    config: { public: true, rateLimit: limit(30) },
  }, async (req) => slotsForLink(db, req.params.token, now()));

  app.post('/links/:token/book', {
    schema: { tags: linkTags, summary: 'Book (or move the appointment to) a slot released for online booking', security: [], params: TokenParams, body: Closed({ slotId: Uuid() }), response: { 201: Type.Object({ appointmentId: Uuid(), startAt: IsoDateTime(), site: Type.String(), service: Type.String(), practitioner: Type.String() }), ...publicErrors } },
    config: { public: true, rateLimit: limit(10) },
  }, async (req, reply) => reply.code(201).send(await bookByLink(db, req.params.token, req.body, now())));

  app.post('/links/:token/reply', {
    schema: { tags: linkTags, summary: 'Reply to the practice about an online request; it goes back in the queue', security: [], params: TokenParams, body: Closed({ message: Type.String({ minLength: 1, maxLength: 5000, pattern: '\\S' }) }), response: { 200: Type.Object({ reference: Type.String(), status: Type.String() }), ...publicErrors } },
    config: { public: true, rateLimit: limit(10) },
  }, async (req) => replyByLink(db, req.params.token, req.body, now()));

  app.post('/links/:token/fft', {
    schema: { tags: linkTags, summary: 'Answer the Friends and Family Test (1 very good … 5 very poor, 6 don\'t know) once', security: [], params: TokenParams, body: Closed({ rating: Type.Integer({ minimum: 1, maximum: 6 }), comment: Type.Optional(Type.String({ maxLength: 2000 })) }), response: { 201: Type.Object({ id: Uuid(), rating: Type.Integer(), label: Type.String() }), ...publicErrors } },
    config: { public: true, rateLimit: limit(10) },
  }, async (req, reply) => reply.code(201).send(await answerFftByLink(db, req.params.token, req.body, now())));

  app.post('/links/:token/readings', {
    schema: { tags: linkTags, summary: 'Send home readings (blood pressure, pulse, SpO2, weight, peak flow, blood glucose); all are checked before any is kept', security: [], params: TokenParams, body: ReadingsBody, response: { 201: ReadingsResult, ...publicErrors } },
    config: { public: true, rateLimit: limit(10) },
  }, async (req, reply) => reply.code(201).send(await readingsByLink(db, req.params.token, req.body, now())));

  app.post('/links/:token/offer', {
    schema: { tags: linkTags, summary: 'Accept or decline a slot offered from the waitlist', security: [], params: TokenParams, body: Closed({ accept: Type.Boolean() }), response: { 200: Type.Object({ accepted: Type.Boolean(), appointmentId: Nullable(Uuid()) }), ...publicErrors } },
    config: { public: true, rateLimit: limit(10) },
  }, async (req) => respondToOfferByLink(db, req.params.token, req.body.accept, now()));
}
