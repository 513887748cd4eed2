import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { DateTime } from 'luxon';
import { typed } from '../../platform/deps.ts';
import { actorOf } from '../../platform/actor.ts';
import { errorResponses } from '../../platform/schemas.ts';
import { Page } from '../../platform/pagination.ts';
import { createBlock, listBlocks, removeBlock } from './blocks.ts';
import { generateSlots } from './generate.ts';
import { listQuotas, setQuota } from './quotas.ts';
import { changeTemplate, createTemplate, deactivateTemplate, listTemplates } from './rota.ts';
import {
  BlockQuery, BlockView, CreateBlockRequest, CreatedBlock, CreateRotaTemplateRequest, DeletedBlock, GenerateSlotsRequest, GenerateSlotsResult, IdParams,
  PutQuotaRequest, QuotaView, RotaTemplateQuery, RotaTemplateView, UpdateRotaTemplateRequest,
} from './rota-schema.ts';
import { LONDON } from '../../platform/calendar.ts';

/** Practice and PCN managers: rota templates, slot generation, leave and closures, quotas. */
export async function rotaRoutes(root: FastifyInstance) {
  const app = typed(root);
  const { db, now } = root.deps;
  const tags = ['booking: rota'];
  const today = () => DateTime.fromJSDate(now(), { zone: LONDON }).toISODate()!;
  const manage = { permission: 'rota:manage' as const };

  app.get('/rota-templates', {
    schema: { tags, summary: "Rota templates of your organisation (any organisation's for the PCN)", querystring: RotaTemplateQuery, response: { 200: Page(RotaTemplateView), ...errorResponses } },
    config: manage,
  }, async (req) => listTemplates(db, actorOf(req), req.query));

  app.post('/rota-templates', {
    schema: { tags, summary: 'Add a weekly session to the rota', body: CreateRotaTemplateRequest, response: { 201: RotaTemplateView, ...errorResponses } },
    config: manage,
  }, async (req, reply) => reply.code(201).send(await createTemplate(db, actorOf(req), req.body, today())));

  app.patch('/rota-templates/:id', {
    schema: { tags, summary: 'Change a weekly session (future generation only)', params: IdParams, body: UpdateRotaTemplateRequest, response: { 200: RotaTemplateView, ...errorResponses } },
    config: manage,
  }, async (req) => changeTemplate(db, actorOf(req), req.params.id, req.body));

  app.delete('/rota-templates/:id', {
    schema: { tags, summary: 'Deactivate a weekly session; its future unbooked slots are withdrawn, history is kept', params: IdParams, response: { 200: Type.Object({ template: RotaTemplateView, slotsWithdrawn: Type.Integer() }), ...errorResponses } },
    config: manage,
  }, async (req) => deactivateTemplate(db, actorOf(req), req.params.id, now()));

  app.post('/slots/generate', {
    schema: { tags, summary: 'Create slots from the active rota for the coming weeks (safe to repeat)', body: GenerateSlotsRequest, response: { 200: GenerateSlotsResult, ...errorResponses } },
    config: manage,
  }, async (req) => {
    const actor = actorOf(req);
    return generateSlots(db, { networkId: actor.networkId, organisationId: actor.organisationKind === 'pcn' ? undefined : actor.organisationId, from: req.body.from ?? today(), weeks: req.body.weeks });
  });

  app.post('/blocks', {
    schema: { tags, summary: 'Leave or a closure: blocks the free slots in a period and lists booked ones to rebook', body: CreateBlockRequest, response: { 201: CreatedBlock, ...errorResponses } },
    config: manage,
  }, async (req, reply) => reply.code(201).send(await createBlock(db, actorOf(req), req.body)));

  app.get('/blocks', {
    schema: { tags, summary: 'Leave and closures in a period', querystring: BlockQuery, response: { 200: Page(BlockView), ...errorResponses } },
    config: manage,
  }, async (req) => listBlocks(db, actorOf(req), req.query));

  app.delete('/blocks/:id', {
    schema: { tags, summary: 'Remove leave or a closure; its slots become free again', params: IdParams, response: { 200: DeletedBlock, ...errorResponses } },
    config: manage,
  }, async (req) => removeBlock(db, actorOf(req), req.params.id));

  app.get('/quotas', {
    schema: { tags, summary: 'Daily booking quotas per provider and channel', response: { 200: Page(QuotaView), ...errorResponses } },
    config: manage,
  }, async (req) => listQuotas(db, actorOf(req)));

  app.put('/quotas', {
    schema: { tags, summary: "Set the daily cap on a channel's bookings into a provider's slots", body: PutQuotaRequest, response: { 200: QuotaView, ...errorResponses } },
    config: manage,
  }, async (req) => setQuota(db, actorOf(req), req.body));
}
