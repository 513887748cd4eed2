import type { FastifyInstance } from 'fastify';
import { typed } from '../../platform/deps.ts';
import { actorOf } from '../../platform/actor.ts';
import { errorResponses } from '../../platform/schemas.ts';
import { DirectoryOfferView, OfferIdParams, OfferPage, SearchQuery } from './schema.ts';
import { getOffer, searchOffersAs } from './search.ts';

/** Who may read offers: everyone who signposts (all offers), champions and partners (their own). */
const READ = ['directory:read', 'directory:manage', 'directory:own-offers'] as const;

export async function directoryRoutes(root: FastifyInstance) {
  const app = typed(root);
  const { db, now } = root.deps;
  const tags = ['directory'];

  app.get('/offers', {
    schema: { tags, summary: 'Search community offers: need or free text, categories, distance from a postcode, day and time, places left, age (health champions and partners: their own offers)', querystring: SearchQuery, response: { 200: OfferPage, ...errorResponses } },
    config: { permission: [...READ] },
  }, async (req) => searchOffersAs(db, actorOf(req), req.query, now()));

  app.get('/offers/:id', {
    schema: { tags, summary: 'One community offer, with its provider, place, times, eligibility, contact and whether it is stale', params: OfferIdParams, response: { 200: DirectoryOfferView, ...errorResponses } },
    config: { permission: [...READ] },
  }, async (req) => getOffer(db, actorOf(req), req.params.id, now()));
}
