import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { typed } from '../../platform/deps.ts';
import { Forbidden } from '../../platform/problems.ts';
import { actorOf } from '../../platform/actor.ts';
import { errorResponses } from '../../platform/schemas.ts';
import { Page } from '../../platform/pagination.ts';
import { NetworkView, StaffQuery, StaffView } from './schema.ts';
import { describeNetwork } from './service.ts';
import { listStaff } from '../identity/index.ts';
import { hasAnyNetwork } from './setup.ts';
import { networkAdminRoutes } from './admin-routes.ts';

export async function networkRoutes(root: FastifyInstance) {
  const app = typed(root);
  const { db } = root.deps;
  await networkAdminRoutes(root);

  app.get('/setup', {
    schema: {
      tags: ['network'], summary: 'Whether a network has been created yet (the sign-in page says to run commons init when not)',
      response: { 200: Type.Object({ initialised: Type.Boolean({ description: 'false until commons init (or commons demo) has run' }) }) },
    },
    config: { public: true },
  }, async () => ({ initialised: await hasAnyNetwork(db) }));

  app.get('/', {
    schema: { tags: ['network'], summary: 'The network: practices, hubs, sites, services and roles', response: { 200: NetworkView, ...errorResponses } },
  }, async (req) => describeNetwork(db, actorOf(req).networkId));

  app.get('/staff', {
    schema: { tags: ['network'], summary: 'Staff and the roles they hold at each organisation', querystring: StaffQuery, response: { 200: Page(StaffView), ...errorResponses } },
  }, async (req) => {
    const actor = actorOf(req);
    // Names and work emails of the network's staff are for its staff, not for the systems it connects (trust row 9).
    if (actor.kind === 'system') throw new Forbidden('network/staff-only', 'The staff list is for signed-in staff; API tokens cannot read it.');
    return listStaff(db, { networkId: actor.networkId, ...req.query });
  });
}
