import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { typed } from '../../platform/deps.ts';
import { errorResponses } from '../../platform/schemas.ts';
import { messageLogPath, sendQueuedMessages } from './log-provider.ts';

/** An on-demand send for operators (the outbox job also sends on an interval: jobs.ts). */
export async function messagingRoutes(root: FastifyInstance) {
  const app = typed(root);
  const { db, now } = root.deps;
  app.post('/send-queued', {
    schema: { tags: ['messaging'], summary: 'Send every queued message now (the sender also runs on an interval)', response: { 200: Type.Object({ sent: Type.Integer(), failed: Type.Integer(), provider: Type.String() }), ...errorResponses } },
    config: { permission: ['network:manage', 'consultations:triage'] },
  }, async () => ({ ...(await sendQueuedMessages(db, { now })), provider: `log-file (${messageLogPath()})` }));
}
