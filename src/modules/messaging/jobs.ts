import type { BackgroundJob } from '../../platform/module.ts';
import { sendQueuedMessages } from './sender.ts';
import { runRemindersAndWaitlist } from './reminders.ts';

function interval(env: NodeJS.ProcessEnv, name: string, normal: number) {
  const fallback = env.VITEST ? 0 : normal;
  const n = Number(env[name] ?? fallback);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}

/** Sends queued messages every COMMONS_MESSAGE_INTERVAL_MS (0 = only on demand; off under Vitest). */
export const sendOutboxJob: BackgroundJob = {
  name: 'send-outbox',
  intervalMs: (env) => interval(env, 'COMMONS_MESSAGE_INTERVAL_MS', 5000),
  run: ({ db, now }) => sendQueuedMessages(db, { now }),
};

/** Releases held slots, offers freed ones to the waitlist and queues confirmations, reminders and FFT invitations, every COMMONS_REMINDER_INTERVAL_MS. */
export const remindersJob: BackgroundJob = {
  name: 'reminders-and-waitlist',
  intervalMs: (env) => interval(env, 'COMMONS_REMINDER_INTERVAL_MS', 60_000),
  run: ({ db, now }) => runRemindersAndWaitlist(db, now()),
};
