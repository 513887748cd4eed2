import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { typed } from '../../platform/deps.ts';
import { actorOf } from '../../platform/actor.ts';
import { errorResponses } from '../../platform/schemas.ts';
import { CreateStaffRequest, NetworkView, StaffQuery, StaffView } from './schema.ts';
import { createStaff, describeNetwork } from './service.ts';
import { listStaff } from '../identity/index.ts';

export async function networkRoutes(root: FastifyInstance) {
  const app = typed(root);
  const { db } = root.deps;

  app.get('/', {
    schema: { tags: ['network'], summary: 'The network: practices, hubs, sites, services and roles', response: { 200: NetworkView, ...errorResponses } },
  }, async (req) => describeNetwork(db, actorOf(req).networkId));

  app.get('/staff', {
    schema: { tags: ['network'], summary: 'Staff and the roles they hold at each organisation', querystring: StaffQuery, response: { 200: Type.Object({ items: Type.Array(StaffView), nextCursor: Type.Null() }), ...errorResponses } },
  }, async (req) => ({ items: await listStaff(db, { networkId: actorOf(req).networkId, ...req.query }), nextCursor: null }));

  app.post('/staff', {
    schema: { tags: ['network'], summary: 'Add a staff member with their roles (joiners)', body: CreateStaffRequest, response: { 201: StaffView, ...errorResponses } },
    config: { permission: 'staff:manage' },
  }, async (req, reply) => reply.code(201).send(await createStaff(db, actorOf(req), req.body)));
}
