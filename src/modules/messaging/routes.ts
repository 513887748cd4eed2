import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import { typed } from '../../server/deps.ts';
import { errorResponses } from '../../server/schemas.ts';
import { messageLogPath, sendQueuedMessages } from './log-provider.ts';

/** How often queued messages are sent: COMMONS_MESSAGE_INTERVAL_MS (0 = only on demand; off under Vitest). */
function sendIntervalMs(env: NodeJS.ProcessEnv): number {
  const fallback = env.VITEST ? 0 : 5000;
  const n = Number(env.COMMONS_MESSAGE_INTERVAL_MS ?? fallback);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}

/** The outbox sender (on an interval while the server runs) and an on-demand send for operators. */
export async function messagingRoutes(root: FastifyInstance) {
  const app = typed(root);
  const { db, now } = root.deps;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> | null = null;
  const tick = () => {
    if (running) return;
    running = sendQueuedMessages(db, { now }).catch((err) => root.log.error({ err }, 'sending queued messages failed')).finally(() => { running = null; });
  };
  const interval = sendIntervalMs(process.env);
  root.addHook('onReady', async () => {
    if (interval > 0) timer = setInterval(tick, interval).unref();
  });
  root.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
    await running;
  });

  app.post('/send-queued', {
    schema: { tags: ['messaging'], summary: 'Send every queued message now (the sender also runs on an interval)', response: { 200: Type.Object({ sent: Type.Integer(), failed: Type.Integer(), provider: Type.String() }), ...errorResponses } },
    config: { permission: ['network:manage', 'consultations:triage'] },
  }, async () => ({ ...(await sendQueuedMessages(db, { now })), provider: `log-file (${messageLogPath()})` }));
}
