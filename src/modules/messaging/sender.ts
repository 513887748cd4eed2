import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { LogFileProvider } from './log-provider.ts';
import { NotifyProvider, notifySettingsFromEnv } from './notify-provider.ts';
import { PermanentSendFailure, type MessageProvider } from './provider.ts';
import type { MessageRow } from './tables.ts';

// The outbox sender. Each message is (1) claimed in a short transaction of its own (status 'sending',
// a lease, SELECT … FOR UPDATE SKIP LOCKED so two servers never take the same row), (2) sent with its
// id as the provider reference, (3) marked sent. A sender that dies between (2) and (3) leaves the row
// 'sending' with a lease that runs out; whoever claims it next first asks the provider whether that
// reference already arrived, and marks it sent instead of sending it again. A message is never lost
// (it stays in the table until sent or failed) and never sent twice. Temporary failures are retried
// with exponential backoff; a refusal that cannot succeed, or MAX_ATTEMPTS tries, marks it failed.

export const LEASE_MS = 60_000;
export const MAX_ATTEMPTS = 10;

/** 30 s, 1 min, 2 min … capped at an hour: Notify's rate limits and short outages clear well within it. */
export function backoffMs(attempts: number): number {
  return Math.min(3_600_000, 30_000 * 2 ** Math.max(0, attempts - 1));
}

/** The provider from the environment: GOV.UK Notify when COMMONS_NOTIFY_API_KEY is set, else the log file. */
export function providerFromEnv(env: NodeJS.ProcessEnv = process.env, now?: () => Date): MessageProvider {
  const notify = notifySettingsFromEnv(env);
  return notify ? new NotifyProvider(notify) : new LogFileProvider(undefined, now);
}

/** Claims up to `limit` messages due now (queued, or 'sending' with a lapsed lease). */
export async function claimMessages(db: Db, p: { now: Date; limit: number; provider: string; leaseMs?: number }): Promise<(MessageRow & { previous_attempts: number })[]> {
  return db.transaction().execute(async (trx) => {
    const due = await trx.selectFrom('message').select(['network_id', 'id'])
      .where((eb) => eb.or([
        eb.and([eb('status', '=', 'queued'), eb.or([eb('next_attempt_at', 'is', null), eb('next_attempt_at', '<=', p.now)])]),
        eb.and([eb('status', '=', 'sending'), eb('lease_until', '<', p.now)]),
      ]))
      .orderBy('created_at').orderBy('id').limit(p.limit).forUpdate().skipLocked().execute();
    if (due.length === 0) return [];
    const ids = due.map((d) => d.id);
    const rows = await trx.updateTable('message')
      .set({ status: 'sending', lease_until: new Date(p.now.getTime() + (p.leaseMs ?? LEASE_MS)), attempts: sql`attempts + 1`, provider: p.provider })
      .where('id', 'in', ids).where((eb) => eb.or(due.map((d) => eb.and([eb('network_id', '=', d.network_id), eb('id', '=', d.id)]))))
      .returningAll().execute();
    return rows.map((r) => ({ ...r, previous_attempts: r.attempts - 1 }));
  });
}

async function markSent(db: Db, r: MessageRow, providerId: string, at: Date) {
  await db.updateTable('message').set({ status: 'sent', sent_at: at, provider_id: providerId, lease_until: null, error: null })
    .where('network_id', '=', r.network_id).where('id', '=', r.id).where('status', '=', 'sending').execute();
}

async function markFailedAttempt(db: Db, r: MessageRow, e: unknown, now: Date) {
  const permanent = e instanceof PermanentSendFailure || r.attempts >= MAX_ATTEMPTS;
  const error = String((e as Error).message ?? e).slice(0, 500);
  await db.updateTable('message')
    .set(permanent ? { status: 'failed', error, lease_until: null } : { status: 'queued', error, lease_until: null, next_attempt_at: new Date(now.getTime() + backoffMs(r.attempts)) })
    .where('network_id', '=', r.network_id).where('id', '=', r.id).where('status', '=', 'sending').execute();
  return permanent;
}

/** Sends one claimed message; after an earlier attempt, first checks it did not already arrive. */
export async function deliver(db: Db, provider: MessageProvider, r: MessageRow & { previous_attempts: number }, now: () => Date) {
  try {
    const already = r.previous_attempts > 0 ? await provider.findSent(r) : null;
    const { providerId } = already ?? await provider.send(r);
    await markSent(db, r, providerId, now());
    return 'sent' as const;
  } catch (e) {
    return (await markFailedAttempt(db, r, e, now())) ? 'failed' as const : 'retry' as const;
  }
}

/** Sends every message due now. `logPath` picks the log-file provider at that path (tests, `commons`). */
export async function sendQueuedMessages(db: Db, p: { logPath?: string; now?: () => Date; batchSize?: number; provider?: MessageProvider } = {}): Promise<{ sent: number; failed: number; retrying: number }> {
  const now = p.now ?? (() => new Date());
  const provider = p.provider ?? (p.logPath ? new LogFileProvider(p.logPath, now) : providerFromEnv(process.env, now));
  const out = { sent: 0, failed: 0, retrying: 0 };
  for (;;) {
    const batch = await claimMessages(db, { now: now(), limit: p.batchSize ?? 100, provider: provider.name });
    for (const r of batch) {
      const result = await deliver(db, provider, r, now);
      if (result === 'sent') out.sent++;
      else if (result === 'failed') out.failed++;
      else out.retrying++;
    }
    if (batch.length < (p.batchSize ?? 100)) break;
  }
  return out;
}
