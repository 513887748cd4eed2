import type { FastifyInstance } from 'fastify';
import { typed } from '../../platform/deps.ts';
import { actorOf } from '../../platform/actor.ts';
import { errorResponses } from '../../platform/schemas.ts';
import { NetworkView, OrganisationView, ServiceView, SiteView } from './schema.ts';
import {
  CreateOrganisationRequest, CreateServiceRequest, CreateSiteRequest, IdParams, UpdateNetworkRequest, UpdateOrganisationRequest, UpdateServiceRequest, UpdateSiteRequest,
} from './admin-schema.ts';
import { createOrganisation, createService, createSite, updateNetworkSettings, updateOrganisation, updateService, updateSite } from './admin.ts';

/** Administration of the network: its settings, organisations, sites and services. */
export async function networkAdminRoutes(root: FastifyInstance) {
  const app = typed(root);
  const { db } = root.deps;
  const tags = ['network'];
  const network = { permission: 'network:manage' as const };
  // Practice managers hold organisation:manage: their own organisation and its sites (admin.ts checks which).
  const ownOrganisation = { permission: ['network:manage' as const, 'organisation:manage' as const] };

  app.patch('/', {
    schema: { tags, summary: "Change the network's name or its data-sharing setting", body: UpdateNetworkRequest, response: { 200: NetworkView, ...errorResponses } },
    config: network,
  }, async (req) => updateNetworkSettings(db, actorOf(req), req.body));

  app.post('/organisations', {
    schema: { tags, summary: 'Add a practice (by ODS code), hub, NHS 111 provider or partner organisation', body: CreateOrganisationRequest, response: { 201: OrganisationView, ...errorResponses } },
    config: network,
  }, async (req, reply) => reply.code(201).send(await createOrganisation(db, actorOf(req), req.body)));

  app.patch('/organisations/:id', {
    schema: { tags, summary: "Change an organisation's details (practice managers: their own; ODS codes: network managers only)", params: IdParams, body: UpdateOrganisationRequest, response: { 200: OrganisationView, ...errorResponses } },
    config: ownOrganisation,
  }, async (req) => updateOrganisation(db, actorOf(req), req.params.id, req.body));

  app.post('/sites', {
    schema: { tags, summary: 'Add a site, with opening hours and accessibility, to an organisation', body: CreateSiteRequest, response: { 201: SiteView, ...errorResponses } },
    config: ownOrganisation,
  }, async (req, reply) => reply.code(201).send(await createSite(db, actorOf(req), req.body)));

  app.patch('/sites/:id', {
    schema: { tags, summary: "Change a site's details, opening hours or accessibility", params: IdParams, body: UpdateSiteRequest, response: { 200: SiteView, ...errorResponses } },
    config: ownOrganisation,
  }, async (req) => updateSite(db, actorOf(req), req.params.id, req.body));

  app.post('/services', {
    schema: { tags, summary: 'Add a service the network offers (what a slot is for)', body: CreateServiceRequest, response: { 201: ServiceView, ...errorResponses } },
    config: network,
  }, async (req, reply) => reply.code(201).send(await createService(db, actorOf(req), req.body)));

  app.patch('/services/:id', {
    schema: { tags, summary: 'Change a service', params: IdParams, body: UpdateServiceRequest, response: { 200: ServiceView, ...errorResponses } },
    config: network,
  }, async (req) => updateService(db, actorOf(req), req.params.id, req.body));
}
