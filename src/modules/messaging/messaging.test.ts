import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import type { World } from '../../../test/support/factories.ts';
import { contactFor, queueMessage, sendQueuedMessages } from './index.ts';
import { backoffMs, claimMessages, LEASE_MS } from './sender.ts';
import { LogFileProvider } from './log-provider.ts';

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

  it('keeps a message it could not send and retries it later with backoff, never losing it', async () => {
    const id = await queueMessage(t.db, { networkId: w.network.id, patientId: w.patientA.id, template: 'test', channel: 'sms', recipient: '07700 900123', body: 'x' });
    const t0 = new Date();
    const res = await sendQueuedMessages(t.db, { logPath: join(dir, 'messages.log', 'not-a-dir', 'x.log'), now: () => t0 });
    expect(res.retrying).toBeGreaterThanOrEqual(1);
    const row = await t.db.selectFrom('message').select(['status', 'error', 'attempts', 'next_attempt_at']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'queued', attempts: 1 });
    expect(row.error).toBeTruthy();
    expect(row.next_attempt_at!.getTime() - t0.getTime()).toBe(backoffMs(1));
    // Not before its time; then sent once the log can be written.
    const logPath = join(dir, 'retry.log');
    expect((await sendQueuedMessages(t.db, { logPath, now: () => t0 })).sent).toBe(0);
    expect((await sendQueuedMessages(t.db, { logPath, now: () => new Date(t0.getTime() + backoffMs(1)) })).sent).toBeGreaterThanOrEqual(1);
    expect((await t.db.selectFrom('message').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status).toBe('sent');
    expect(backoffMs(2)).toBe(2 * backoffMs(1));
    expect(backoffMs(30)).toBe(3_600_000);
  });

  it('never sends twice nor loses a message when the sender dies mid-send', async () => {
    const logPath = join(dir, 'crash.log');
    const provider = new LogFileProvider(logPath);
    const reached = await queueMessage(t.db, { networkId: w.network.id, patientId: w.patientA.id, template: 'test', channel: 'sms', recipient: '07700 900123', body: 'reached the provider' });
    const notReached = await queueMessage(t.db, { networkId: w.network.id, patientId: w.patientA.id, template: 'test', channel: 'sms', recipient: '07700 900123', body: 'claimed, never sent' });
    const t0 = new Date();
    // A sender claims both, hands one to the provider, and dies before marking anything sent.
    const claimed = await claimMessages(t.db, { now: t0, limit: 100, provider: provider.name });
    expect(claimed.map((c) => c.id)).toEqual(expect.arrayContaining([reached, notReached]));
    await provider.send(claimed.find((c) => c.id === reached)!);
    // Another sender, while the lease holds, leaves them alone.
    expect((await claimMessages(t.db, { now: new Date(t0.getTime() + 1000), limit: 100, provider: provider.name })).map((c) => c.id)).not.toContain(reached);
    // After the lease: the one that reached the provider is marked sent without sending again; the other is sent once.
    await sendQueuedMessages(t.db, { provider, now: () => new Date(t0.getTime() + LEASE_MS + 1000) });
    const lines = readFileSync(logPath, 'utf8').trim().split('\n').map((l) => JSON.parse(l).id);
    expect(lines.filter((x) => x === reached)).toHaveLength(1);
    expect(lines.filter((x) => x === notReached)).toHaveLength(1);
    const rows = await t.db.selectFrom('message').select(['id', 'status', 'attempts']).where('id', 'in', [reached, notReached]).execute();
    expect(rows.every((r) => r.status === 'sent' && r.attempts === 2)).toBe(true);
  });

  it('never gives one message to two senders at once (FOR UPDATE SKIP LOCKED)', async () => {
    for (let i = 0; i < 20; i++) await queueMessage(t.db, { networkId: w.network.id, patientId: w.patientA.id, template: 'test', channel: 'sms', recipient: '07700 900123', body: `n${i}` });
    const now = new Date();
    const [a, b] = await Promise.all([claimMessages(t.db, { now, limit: 15, provider: 'log-file' }), claimMessages(t.db, { now, limit: 15, provider: 'log-file' })]);
    const ids = [...a, ...b].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
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
