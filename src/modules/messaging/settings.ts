import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../platform/actor.ts';
import { Invalid } from '../../platform/problems.ts';
import { recordAudit } from '../identity/index.ts';

/** Reminders 48 and 2 hours before (the defaults); links last 14 days; a waitlist offer 2 hours. */
export const DEFAULT_SETTINGS = { reminderHours: [48, 2], linkDays: 14, offerMinutes: 120 };
export type MessagingSettings = typeof DEFAULT_SETTINGS;

export async function settingsOf(db: Executor, networkId: string): Promise<MessagingSettings> {
  const row = await db.selectFrom('messaging_settings').selectAll().where('network_id', '=', networkId).executeTakeFirst();
  return row ? { reminderHours: row.reminder_hours, linkDays: row.link_days, offerMinutes: row.offer_minutes } : { ...DEFAULT_SETTINGS };
}

export async function saveSettings(db: Executor, actor: Actor, body: Partial<MessagingSettings>) {
  const next = { ...(await settingsOf(db, actor.networkId)), ...body };
  if (new Set(next.reminderHours).size !== next.reminderHours.length) throw new Invalid('messaging/settings-invalid', 'Give each reminder time once.', '/body/reminderHours');
  next.reminderHours = [...next.reminderHours].sort((a, b) => b - a);
  await db.insertInto('messaging_settings').values({ network_id: actor.networkId, reminder_hours: next.reminderHours, link_days: next.linkDays, offer_minutes: next.offerMinutes })
    .onConflict((oc) => oc.column('network_id').doUpdateSet({ reminder_hours: next.reminderHours, link_days: next.linkDays, offer_minutes: next.offerMinutes })).execute();
  await recordAudit(db, actor, { patientId: null, action: 'update', entity: 'messaging_settings', purpose: `reminders ${next.reminderHours.join('/')} h, links ${next.linkDays} d, offers ${next.offerMinutes} min` });
  return next;
}
