/** The outbox of messages to patients, its providers (log file by default, GOV.UK Notify), the patients' link pages and reminders. */
export { queueMessage, contactFor } from './outbox.ts';
export type { OutgoingMessage, MessageChannel } from './outbox.ts';
export { sendQueuedMessages, providerFromEnv } from './sender.ts';
export { messageLogPath } from './log-provider.ts';
export { findMessagesFor } from './queries.ts';
/** Friends and Family Test answers, for analytics: findFriendsAndFamilyResponses(db, networkId, { from, to }), or as a subquery to aggregate. */
export { findFriendsAndFamilyResponses, friendsAndFamilyAnswersSql, FFT_LABELS } from './fft.ts';
export type { FriendsAndFamilyResponse } from './fft.ts';
export { runRemindersAndWaitlist } from './reminders.ts';
import { countQueuedMessages } from './queries.ts';
export { messagingRoutes } from './routes.ts';

import type { CommonsModule } from '../../platform/module.ts';
import { messagingRoutes } from './routes.ts';
import { remindersJob, sendOutboxJob } from './jobs.ts';

export const messagingModule: CommonsModule = {
  name: 'messaging',
  tables: ['message', 'patient_link', 'patient_link_event', 'fft_response', 'messaging_settings', 'messaging_secret'],
  routes: { prefix: 'messaging', plugin: messagingRoutes },
  jobs: [sendOutboxJob, remindersJob],
  gauges: [{ name: 'commons_outbox_backlog', help: 'Messages to patients queued and not yet sent, all networks', read: ({ db }) => countQueuedMessages(db) }],
};
export type { MessagingTables } from './tables.ts';
