import type { BackgroundJob } from '../../platform/module.ts';
import { sendQueuedMessages } from './log-provider.ts';

/** Sends queued messages every COMMONS_MESSAGE_INTERVAL_MS (0 = only on demand; off under Vitest). */
export const sendOutboxJob: BackgroundJob = {
  name: 'send-outbox',
  intervalMs(env) {
    const fallback = env.VITEST ? 0 : 5000;
    const n = Number(env.COMMONS_MESSAGE_INTERVAL_MS ?? fallback);
    return Number.isFinite(n) && n >= 0 ? n : fallback;
  },
  run: ({ db, now }) => sendQueuedMessages(db, { now }),
};
