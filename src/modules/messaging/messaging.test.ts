import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import type { World } from '../../../test/support/factories.ts';
import { contactFor, queueMessage, sendQueuedMessages } from './index.ts';

let t: TestApp;
let w: World;
const dir = mkdtempSync(join(tmpdir(), 'commons-messages-'));
beforeAll(async () => {
  t = await startTestApp();
  w = await t.make.world();
});
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the outbox and the log-file provider', () => {
  it('queues a message and sends it as one JSON line, once', async () => {
    const logPath = join(dir, 'messages.log');
    const id = await queueMessage(t.db, { networkId: w.network.id, patientId: w.patientA.id, template: 'test', channel: 'sms', recipient: '07700 900123', body: 'Hello <b>there</b>' });
    expect((await t.db.selectFrom('message').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status).toBe('queued');
    const first = await sendQueuedMessages(t.db, { logPath });
    expect(first.sent).toBeGreaterThanOrEqual(1);
    const lines = readFileSync(logPath, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.find((l) => l.id === id)).toMatchObject({ channel: 'sms', recipient: '07700 900123', template: 'test', body: 'Hello <b>there</b>' });
    const row = await t.db.selectFrom('message').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.status).toBe('sent');
    expect(row.sent_at).not.toBeNull();
    expect((await sendQueuedMessages(t.db, { logPath })).sent).toBe(0);
  });

  it('marks messages failed, not lost, when the log cannot be written', async () => {
    const id = await queueMessage(t.db, { networkId: w.network.id, patientId: w.patientA.id, template: 'test', channel: 'sms', recipient: '07700 900123', body: 'x' });
    const res = await sendQueuedMessages(t.db, { logPath: join(dir, 'messages.log', 'not-a-dir', 'x.log') });
    expect(res.failed).toBeGreaterThanOrEqual(1);
    expect((await t.db.selectFrom('message').select(['status', 'error']).where('id', '=', id).executeTakeFirstOrThrow()).status).toBe('failed');
  });

  it('reaches the patient by their stated preference', () => {
    const base = { phone: '07700 900123', email: 'a@example.org', address: '1 High St', postcode: 'LS1 1AA' };
    expect(contactFor({ ...base, communication_preferences: ['email'] })).toEqual({ channel: 'email', recipient: 'a@example.org' });
    expect(contactFor({ ...base, communication_preferences: ['sms'] })).toEqual({ channel: 'sms', recipient: '07700 900123' });
    expect(contactFor({ phone: null, email: null, address: '1 High St', postcode: 'LS1 1AA', communication_preferences: [] })).toEqual({ channel: 'letter', recipient: '1 High St, LS1 1AA' });
  });

  it('sends on demand for a signed-in operator, and refuses anyone else', async () => {
    expect((await t.anonymous.post('/api/v1/messaging/send-queued')).statusCode).toBe(401);
    const rec = await t.as(w.receptionistA, w.practiceA.id);
    expect((await rec.post('/api/v1/messaging/send-queued')).statusCode).toBe(403);
  });
});
