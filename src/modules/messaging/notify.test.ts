import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import type { World } from '../../../test/support/factories.ts';
import { queueMessage, sendQueuedMessages } from './index.ts';
import { NotifyProvider } from './notify-provider.ts';

// GOV.UK Notify through its official client, against a stand-in for Notify's HTTP API that this test
// starts on localhost (no test calls the real Notify). The stand-in checks the client's JWT the way
// Notify does: HS256 with the key's secret part, issued by the service id.

const SERVICE_ID = randomUUID();
const SECRET = randomUUID();
const API_KEY = `commons_test-${SERVICE_ID}-${SECRET}`;
const SMS_TEMPLATE = randomUUID();
const CALLBACK_TOKEN = 'a-callback-token-of-at-least-32-characters';

interface Sent { id: string; reference: string; template_id: string; phone_number: string; personalisation: Record<string, string> }
const sent: Sent[] = [];
let failNext: number | null = null;
let server: Server;
let baseUrl: string;
let t: TestApp;
let w: World;

function validJwt(req: IncomingMessage): boolean {
  const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  if (!token) return false;
  const [h, p, s] = token.split('.');
  const expected = createHmac('sha256', SECRET).update(`${h}.${p}`).digest('base64url');
  const claims = JSON.parse(Buffer.from(p, 'base64url').toString()) as { iss?: string; iat?: number };
  return s === expected && claims.iss === SERVICE_ID && Math.abs(Date.now() / 1000 - (claims.iat ?? 0)) < 30;
}

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => {
      const reply = (status: number, json: unknown) => { res.writeHead(status, { 'content-type': 'application/json' }); res.end(JSON.stringify(json)); };
      if (!validJwt(req)) return reply(403, { status_code: 403, errors: [{ error: 'AuthError', message: 'Invalid token' }] });
      if (req.method === 'POST' && req.url === '/v2/notifications/sms') {
        if (failNext) {
          const status = failNext;
          failNext = null;
          return reply(status, { status_code: status, errors: [{ error: status === 400 ? 'ValidationError' : 'Exception', message: status === 400 ? 'phone_number Not a UK mobile number' : 'Internal server error' }] });
        }
        const b = JSON.parse(body) as Omit<Sent, 'id'>;
        const id = randomUUID();
        sent.push({ id, ...b });
        return reply(201, { id, reference: b.reference, content: { body: b.personalisation.body, from_number: 'NHS' }, uri: `${baseUrl}/v2/notifications/${id}`, template: { id: b.template_id, version: 1, uri: '' } });
      }
      if (req.method === 'GET' && req.url?.startsWith('/v2/notifications?')) {
        const reference = new URL(req.url, baseUrl).searchParams.get('reference');
        return reply(200, { notifications: sent.filter((x) => x.reference === reference).map((x) => ({ id: x.id, reference: x.reference, type: 'sms', status: 'sending' })), links: {} });
      }
      return reply(404, { status_code: 404, errors: [{ error: 'NotFound', message: 'not found' }] });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.COMMONS_NOTIFY_CALLBACK_TOKEN = CALLBACK_TOKEN;
  t = await startTestApp();
  w = await t.make.world();
});
afterAll(async () => {
  delete process.env.COMMONS_NOTIFY_CALLBACK_TOKEN;
  await t.close();
  await new Promise((r) => server.close(r));
});

const notify = () => new NotifyProvider({ apiKey: API_KEY, baseUrl, templates: { sms: SMS_TEMPLATE, email: null, letter: null } });
const queue = (body: string) => queueMessage(t.db, { networkId: w.network.id, patientId: w.patientA.id, template: 'test', channel: 'sms', recipient: '07700900123', body });
const row = (id: string) => t.db.selectFrom('message').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('GOV.UK Notify', () => {
  it('sends with the template, the personalisation and our message id as the reference', async () => {
    const id = await queue('Your appointment is on Monday');
    const res = await sendQueuedMessages(t.db, { provider: notify() });
    expect(res.sent).toBeGreaterThanOrEqual(1);
    const got = sent.find((s) => s.reference === id)!;
    expect(got).toMatchObject({ template_id: SMS_TEMPLATE, phone_number: '07700900123', personalisation: { body: 'Your appointment is on Monday' } });
    expect(await row(id)).toMatchObject({ status: 'sent', provider: 'govuk-notify', provider_id: got.id });
  });

  it('updates each message from Notify\'s delivery receipts, authenticated by the bearer token', async () => {
    const id = await queue('receipt please');
    await sendQueuedMessages(t.db, { provider: notify() });
    const providerId = (await row(id)).provider_id!;
    const receipt = { id: providerId, reference: id, to: '07700900123', status: 'delivered', created_at: new Date().toISOString(), completed_at: new Date().toISOString(), sent_at: new Date().toISOString(), notification_type: 'sms' };
    const url = '/api/v1/messaging/notify/receipts';
    expect((await t.app.inject({ method: 'POST', url, payload: receipt })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url, payload: receipt, headers: { authorization: 'Bearer not-the-token-but-just-as-long-as-it-x' } })).statusCode).toBe(401);
    const ok = await t.app.inject({ method: 'POST', url, payload: receipt, headers: { authorization: `Bearer ${CALLBACK_TOKEN}` } });
    expect(ok.statusCode, ok.body).toBe(204);
    expect(await row(id)).toMatchObject({ status: 'delivered', delivery_status: 'delivered' });
    const failed = await t.app.inject({ method: 'POST', url, payload: { ...receipt, status: 'permanent-failure' }, headers: { authorization: `Bearer ${CALLBACK_TOKEN}` } });
    expect(failed.statusCode).toBe(204);
    expect(await row(id)).toMatchObject({ status: 'failed', delivery_status: 'permanent-failure' });
  });

  it('retries after Notify fails (500) and gives up at once on a refusal (400)', async () => {
    const t0 = new Date();
    const retried = await queue('try again');
    failNext = 500;
    await sendQueuedMessages(t.db, { provider: notify(), now: () => t0 });
    expect(await row(retried)).toMatchObject({ status: 'queued', attempts: 1 });
    await sendQueuedMessages(t.db, { provider: notify(), now: () => new Date(t0.getTime() + 60_000) });
    expect((await row(retried)).status).toBe('sent');
    expect(sent.filter((s) => s.reference === retried)).toHaveLength(1);

    const refused = await queue('bad number');
    failNext = 400;
    await sendQueuedMessages(t.db, { provider: notify(), now: () => new Date(t0.getTime() + 120_000) });
    expect(await row(refused)).toMatchObject({ status: 'failed' });
    expect((await row(refused)).error).toMatch(/Not a UK mobile number/);
  });

  it('after a crash, finds a message that already reached Notify by its reference and does not send it again', async () => {
    const id = await queue('sent once only');
    const provider = notify();
    const t0 = new Date();
    const { claimMessages, LEASE_MS } = await import('./sender.ts');
    const [claimed] = (await claimMessages(t.db, { now: t0, limit: 100, provider: provider.name })).filter((c) => c.id === id);
    await provider.send(claimed);
    await sendQueuedMessages(t.db, { provider, now: () => new Date(t0.getTime() + LEASE_MS + 1000) });
    expect(sent.filter((s) => s.reference === id)).toHaveLength(1);
    expect((await row(id)).status).toBe('sent');
  });
});
