import { appendFile, mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Db } from '../../db/database.ts';
import { findQueuedMessagesForUpdate, updateMessageFailed, updateMessageSent } from './queries.ts';

/** Where the log-file provider writes: COMMONS_MESSAGE_LOG, else ./.commons/messages.log. */
export function messageLogPath(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.COMMONS_MESSAGE_LOG ?? './.commons/messages.log');
}

/**
 * Sends queued messages with the log-file provider: one JSON line per message, appended to a file an
 * operator (or a test) can read. GOV.UK Notify will be a second provider with the same contract.
 * Each batch is one transaction, so a crash leaves the batch queued and it is sent again (at least once).
 */
export async function sendQueuedMessages(db: Db, p: { logPath?: string; now?: () => Date; batchSize?: number } = {}): Promise<{ sent: number; failed: number }> {
  const path = p.logPath ?? messageLogPath();
  const now = p.now ?? (() => new Date());
  let sent = 0;
  let failed = 0;
  for (;;) {
    const batch = await db.transaction().execute(async (trx) => {
      const rows = await findQueuedMessagesForUpdate(trx, { limit: p.batchSize ?? 100 });
      if (rows.length === 0) return 0;
      const lines = rows.map((r) => JSON.stringify({
        at: now().toISOString(), id: r.id, networkId: r.network_id, patientId: r.patient_id, channel: r.channel, recipient: r.recipient,
        template: r.template, body: r.body, relatedEntity: r.related_entity, relatedId: r.related_id,
      }) + '\n').join('');
      try {
        await mkdir(dirname(path), { recursive: true });
        await appendFile(path, lines, 'utf8');
      } catch (e) {
        for (const r of rows) await updateMessageFailed(trx, { networkId: r.network_id, id: r.id, error: String((e as Error).message).slice(0, 500) });
        failed += rows.length;
        return rows.length;
      }
      for (const r of rows) await updateMessageSent(trx, { networkId: r.network_id, id: r.id, at: now() });
      sent += rows.length;
      return rows.length;
    });
    if (batch < (p.batchSize ?? 100)) break;
  }
  return { sent, failed };
}
