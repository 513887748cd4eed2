import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { MessageProvider } from './provider.ts';
import type { MessageRow } from './tables.ts';

/** Where the log-file provider writes: COMMONS_MESSAGE_LOG, else ./.commons/messages.log. */
export function messageLogPath(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.COMMONS_MESSAGE_LOG ?? './.commons/messages.log');
}

/**
 * The default provider: one JSON line per message appended to a file that an operator (or a test, or a
 * developer opening the links) can read. Nothing leaves the machine.
 */
export class LogFileProvider implements MessageProvider {
  readonly name = 'log-file' as const;
  constructor(readonly path: string = messageLogPath(), private readonly now: () => Date = () => new Date()) {}

  describe() {
    return `log-file (${this.path})`;
  }

  async send(r: MessageRow) {
    const line = JSON.stringify({
      at: this.now().toISOString(), id: r.id, networkId: r.network_id, patientId: r.patient_id, channel: r.channel, recipient: r.recipient,
      template: r.template, body: r.body, relatedEntity: r.related_entity, relatedId: r.related_id,
    }) + '\n';
    await mkdir(dirname(this.path), { recursive: true });
    await appendFile(this.path, line, 'utf8');
    return { providerId: r.id };
  }

  /** Recovery only (a lease ran out): reads the file for a line with this id. */
  async findSent(r: MessageRow) {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch {
      return null;
    }
    return text.includes(`"id":"${r.id}"`) ? { providerId: r.id } : null;
  }
}
