/** The outbox of messages to patients and its providers (a log file by default). */
export { queueMessage, contactFor } from './outbox.ts';
export type { OutgoingMessage, MessageChannel } from './outbox.ts';
export { sendQueuedMessages, messageLogPath } from './log-provider.ts';
export { findMessagesFor } from './queries.ts';
import { countQueuedMessages } from './queries.ts';
export { messagingRoutes } from './routes.ts';

import type { CommonsModule } from '../../platform/module.ts';
import { messagingRoutes } from './routes.ts';
import { sendOutboxJob } from './jobs.ts';

export const messagingModule: CommonsModule = {
  name: 'messaging',
  tables: ['message'],
  routes: { prefix: 'messaging', plugin: messagingRoutes },
  jobs: [sendOutboxJob],
  gauges: [{ name: 'commons_outbox_backlog', help: 'Messages to patients queued and not yet sent, all networks', read: ({ db }) => countQueuedMessages(db) }],
};
export type { MessagingTables } from './tables.ts';
