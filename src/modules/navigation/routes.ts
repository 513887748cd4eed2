import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { typed } from '../../platform/deps.ts';
import { actorOf } from '../../platform/actor.ts';
import { errorResponses } from '../../platform/schemas.ts';
import { ContactIdParams, ContactPage, ContactsQuery, ContactView, DirectoryTextRequest, OfferTextRequest, MetricsQuery, MetricsView, NeedsView, RecordContactRequest, SuggestionsQuery, SuggestionsView } from './schema.ts';
import { getContact, listContacts, needsTable, recordContact } from './contacts.ts';
import { navigationMetrics } from './metrics.ts';
import { needOf } from './needs.ts';
import { suggestOffers } from './offers.ts';
import { textOfferFromDirectory, textOfferToPatient } from './offer-text.ts';

const IdempotencyHeaders = Type.Object({ 'idempotency-key': Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'send the same key when retrying; the first result comes back' })) });

export async function navigationRoutes(root: FastifyInstance) {
  const app = typed(root);
  const { db, now } = root.deps;
  const tags = ['navigation'];

  app.get('/needs', {
    schema: { tags, summary: 'The needs table: for each need, the decisions, roles, redirections and directory categories to suggest', response: { 200: NeedsView, ...errorResponses } },
    config: { permission: 'navigation:record' },
  }, async () => needsTable());

  app.get('/suggestions', {
    schema: { tags, summary: 'Suggestions for a need: its usual decisions and roles, and directory offers in its categories (or matching the words given)', querystring: SuggestionsQuery, response: { 200: SuggestionsView, ...errorResponses } },
    config: { permission: 'navigation:record' },
  }, async (req) => {
    const need = needOf(req.query.need)!;
    return { need, offers: await suggestOffers(db, actorOf(req).networkId, { categories: need.offerCategories, text: req.query.q }) };
  });

  app.post('/contacts', {
    schema: { tags, summary: 'Record a navigation contact: reason in the caller\'s words, need, decision (booked, online consultation, pharmacy/self-care, signposted, social prescribing referral, redirected)', headers: IdempotencyHeaders, body: RecordContactRequest, response: { 201: ContactView, ...errorResponses } },
    config: { permission: 'navigation:record' },
  }, async (req, reply) => {
    const result = await recordContact(db, actorOf(req), req.body, { now: now(), idempotencyKey: req.headers['idempotency-key'] });
    return reply.code(result.statusCode).send(result.body);
  });

  app.get('/contacts', {
    schema: { tags, summary: 'Navigation contacts, newest first: one patient\'s, mine, or (care navigators, managers) the network\'s; audited', querystring: ContactsQuery, response: { 200: ContactPage, ...errorResponses } },
    config: { permission: ['navigation:record', 'navigation:review'] },
  }, async (req) => listContacts(db, actorOf(req), req.query, req.id));

  app.get('/contacts/:id', {
    schema: { tags, summary: 'One navigation contact (audited)', params: ContactIdParams, response: { 200: ContactView, ...errorResponses } },
    config: { permission: ['navigation:record', 'navigation:review'] },
  }, async (req) => getContact(db, actorOf(req), req.params.id, req.id));

  app.post('/contacts/:id/offer-text', {
    schema: { tags, summary: 'Text the patient the details of an offer (name, where, when, contact) through the outbox, with their agreement, to a mobile, unless they asked not to be texted; noted on the contact and audited', params: ContactIdParams, headers: IdempotencyHeaders, body: OfferTextRequest, response: { 200: ContactView, ...errorResponses } },
    config: { permission: 'navigation:record' },
  }, async (req) => {
    const id = await textOfferToPatient(db, actorOf(req), req.params.id, req.body, { now: now(), idempotencyKey: req.headers['idempotency-key'] });
    return getContact(db, actorOf(req), id, req.id);
  });

  app.post('/offer-texts', {
    schema: { tags, summary: 'From the directory: text a patient an offer\'s details and record the navigation contact (signposted to that offer) in one go; same checks as texting from a contact', headers: IdempotencyHeaders, body: DirectoryTextRequest, response: { 201: ContactView, ...errorResponses } },
    config: { permission: 'navigation:record' },
  }, async (req, reply) => {
    const r = await textOfferFromDirectory(db, actorOf(req), req.body, { now: now(), idempotencyKey: req.headers['idempotency-key'] });
    return reply.code(r.statusCode).send(await getContact(db, actorOf(req), r.id, req.id));
  });

  app.get('/metrics', {
    schema: { tags, summary: 'Contacts by need and decision; the share navigated away from a GP appointment; time to record', querystring: MetricsQuery, response: { 200: MetricsView, ...errorResponses } },
    config: { permission: ['navigation:review', 'analytics:read'] },
  }, async (req) => navigationMetrics(db, actorOf(req), req.query, now()));
}
