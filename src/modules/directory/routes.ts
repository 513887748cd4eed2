import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { typed } from '../../platform/deps.ts';
import { actorOf } from '../../platform/actor.ts';
import { errorResponses } from '../../platform/schemas.ts';
import { Closed } from '../../platform/schemas.ts';
import { championActivity } from './activity.ts';
import { listSessions, offerSummary, recordSession } from './attendance.ts';
import { exportDirectory, importDirectory, rejectWithProblems } from './import-export.ts';
import { createOffer, updateOffer, verifyOffer } from './offers.ts';
import { addMember, createOrganisation, listOrganisations, removeMember, updateOrganisation } from './organisations.ts';
import {
  ActivityQuery, ActivityView, DirectoryOfferView, MemberBody, MemberParams, OfferBody, OfferIdParams, OfferPage, OfferSummaryView, OrganisationBody,
  OrganisationView, SearchQuery, SessionBody, SessionPage, SessionsQuery, SessionView,
} from './schema.ts';
import { getOffer, searchOffersAs } from './search.ts';

/** Who may read offers: everyone who signposts (all offers), champions and partners (their own). */
const READ = ['directory:read', 'directory:manage', 'directory:own-offers'] as const;
/** Who may write offers: managers (any), champions and partners (their own organisation's, checked in offers.ts). */
const WRITE = ['directory:manage', 'directory:own-offers'] as const;

const ImportQuery = Closed({ dryRun: Type.Optional(Type.Boolean({ default: false, description: 'check every record and write nothing' })) });
const ImportBody = Type.Union([Type.Array(Type.Object({}, { additionalProperties: true }), { maxItems: 20000 }), Type.Object({ contents: Type.Array(Type.Object({}, { additionalProperties: true }), { maxItems: 20000 }) }, { additionalProperties: true })],
  { description: 'Open Referral UK services: an array, or a page with "contents" (docs/directory.md)' });
const ImportReport = Type.Object({
  dryRun: Type.Boolean(), records: Type.Integer(), valid: Type.Integer(), created: Type.Integer(), updated: Type.Integer(), organisations: Type.Integer(), written: Type.Boolean(),
  errors: Type.Array(Type.Object({ record: Type.Integer(), id: Type.Union([Type.String(), Type.Null()]), pointer: Type.String(), detail: Type.String() })),
});
const OrukExport = Type.Object({ total_items: Type.Integer(), total_pages: Type.Integer(), page_number: Type.Integer(), size: Type.Integer(), first_page: Type.Boolean(), last_page: Type.Boolean(), empty: Type.Boolean(), contents: Type.Array(Type.Unknown()) });

export async function directoryRoutes(root: FastifyInstance) {
  const app = typed(root);
  const { db, now } = root.deps;
  const tags = ['directory'];

  app.get('/offers', {
    schema: { tags, summary: 'Search community offers: need or free text, categories, distance from a postcode, day and time, places left, age (health champions and partners: their own offers)', querystring: SearchQuery, response: { 200: OfferPage, ...errorResponses } },
    config: { permission: [...READ] },
  }, async (req) => searchOffersAs(db, actorOf(req), req.query, now()));

  app.post('/offers', {
    schema: { tags, summary: 'Add an offer (at least one way to contact it; champions and partners for their own organisation)', body: OfferBody, response: { 201: DirectoryOfferView, ...errorResponses } },
    config: { permission: [...WRITE] },
  }, async (req, reply) => reply.code(201).send(await createOffer(db, actorOf(req), req.body, now())));

  app.get('/offers/:id', {
    schema: { tags, summary: 'One community offer, with its provider, place, times, eligibility, contact and whether it is stale', params: OfferIdParams, response: { 200: DirectoryOfferView, ...errorResponses } },
    config: { permission: [...READ] },
  }, async (req) => getOffer(db, actorOf(req), req.params.id, now()));

  app.put('/offers/:id', {
    schema: { tags, summary: 'Replace an offer; saving it marks it verified today', params: OfferIdParams, body: OfferBody, response: { 200: DirectoryOfferView, ...errorResponses } },
    config: { permission: [...WRITE] },
  }, async (req) => updateOffer(db, actorOf(req), req.params.id, req.body, now()));

  app.post('/offers/:id/verify', {
    schema: { tags, summary: 'Confirm an offer is still correct (clears the stale flag)', params: OfferIdParams, response: { 200: DirectoryOfferView, ...errorResponses } },
    config: { permission: [...WRITE] },
  }, async (req) => verifyOffer(db, actorOf(req), req.params.id, now()));

  app.get('/offers/:id/sessions', {
    schema: { tags, summary: 'Sessions an offer held and who came (first names or chosen codes), most recent first', params: OfferIdParams, querystring: SessionsQuery, response: { 200: SessionPage, ...errorResponses } },
    config: { permission: [...WRITE] },
  }, async (req) => listSessions(db, actorOf(req), req.params.id, req.query));

  app.post('/offers/:id/sessions', {
    schema: { tags, summary: 'Record a session and who came, by first name or a code the person chose (never an NHS number); the same day again adds people', params: OfferIdParams, body: SessionBody, response: { 200: SessionView, ...errorResponses } },
    config: { permission: [...WRITE] },
  }, async (req) => recordSession(db, actorOf(req), req.params.id, req.body, now()));

  app.get('/offers/:id/summary', {
    schema: { tags, summary: 'Sessions, attendances and volunteer hours of an offer, and how many people were referred to it', params: OfferIdParams, response: { 200: OfferSummaryView, ...errorResponses } },
    config: { permission: [...WRITE] },
  }, async (req) => offerSummary(db, actorOf(req), req.params.id, now()));

  app.get('/organisations', {
    schema: { tags, summary: 'Organisations that run offers, with their members (champions and partners: their own)', response: { 200: Type.Array(OrganisationView), ...errorResponses } },
    config: { permission: [...READ] },
  }, async (req) => listOrganisations(db, actorOf(req)));

  app.post('/organisations', {
    schema: { tags, summary: 'Add an organisation that runs offers', body: OrganisationBody, response: { 201: OrganisationView, ...errorResponses } },
    config: { permission: 'directory:manage' },
  }, async (req, reply) => reply.code(201).send(await createOrganisation(db, actorOf(req), req.body, now())));

  app.put('/organisations/:id', {
    schema: { tags, summary: 'Change an organisation that runs offers', params: OfferIdParams, body: OrganisationBody, response: { 200: OrganisationView, ...errorResponses } },
    config: { permission: 'directory:manage' },
  }, async (req) => updateOrganisation(db, actorOf(req), req.params.id, req.body, now()));

  app.post('/organisations/:id/members', {
    schema: { tags, summary: 'Let a health champion or community partner run this organisation\'s offers', params: OfferIdParams, body: MemberBody, response: { 200: OrganisationView, ...errorResponses } },
    config: { permission: 'directory:manage' },
  }, async (req) => addMember(db, actorOf(req), req.params.id, req.body.staffId));

  app.delete('/organisations/:id/members/:staffId', {
    schema: { tags, summary: 'Stop a member running this organisation\'s offers', params: MemberParams, response: { 200: OrganisationView, ...errorResponses } },
    config: { permission: 'directory:manage' },
  }, async (req) => removeMember(db, actorOf(req), req.params.id, req.params.staffId));

  app.get('/activity', {
    schema: { tags, summary: 'Health champion and partner activity across the network: groups, volunteers, sessions, volunteer hours, attendances', querystring: ActivityQuery, response: { 200: ActivityView, ...errorResponses } },
    config: { permission: 'directory:manage' },
  }, async (req) => championActivity(db, actorOf(req), req.query, now()));

  app.post('/import', {
    schema: { tags, summary: 'Import Open Referral UK services: every record or none, with a per-record report; dryRun checks only', querystring: ImportQuery, body: ImportBody, response: { 200: ImportReport, ...errorResponses } },
    config: { permission: 'directory:manage' },
    bodyLimit: 20 * 1024 * 1024,
  }, async (req) => rejectWithProblems(await importDirectory(db, actorOf(req).networkId, req.body, { dryRun: req.query.dryRun, now: now() })));

  app.get('/export', {
    schema: { tags, summary: 'Every offer as Open Referral UK JSON (a page of services, the shape the import reads)', response: { 200: OrukExport, ...errorResponses } },
    config: { permission: ['directory:read', 'directory:manage'] },
  }, async (req) => exportDirectory(db, actorOf(req).networkId, now()));
}
