import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cursorFor, InvalidCursor } from '../src/platform/pagination.ts';
import { startTestApp, type TestApp } from './support/test-app.ts';
import type { World } from './support/factories.ts';

const forge = (parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString('base64url');

describe('cursors', () => {
  const c = cursorFor('start-id', ['instant', 'uuid']);
  const id = '0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b';

  it('round-trips a key and refuses anything it did not give out', () => {
    const at = new Date('2026-06-01T08:30:00.000Z');
    expect(c.decode(c.encode([at, id]))).toEqual([at, id]);
    for (const bad of ['nonsense', forge(['other-list', at.toISOString(), id]), forge(['start-id', at.toISOString()]), forge(['start-id', 'yesterday', id]), forge(['start-id', at.toISOString(), 'not-a-uuid'])]) {
      expect(() => c.decode(bad), bad).toThrow(InvalidCursor);
    }
  });

  it('refuses instants out of range instead of passing them to the database', () => {
    for (const at of ['+275760-09-13T00:00:00.000Z', '9999-12-31T23:59:59.999Z', '0001-01-01T00:00:00.000Z']) {
      expect(() => c.decode(forge(['start-id', at, id])), at).toThrow(InvalidCursor);
    }
  });
});

describe('list routes page with one cursor', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await startTestApp();
    w = await t.make.world();
  });
  afterAll(() => t.close());

  it('walks the staff list a page at a time, each person once', async () => {
    const admin = await t.as(w.admin);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await admin.get(`/api/v1/network/staff?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.statusCode, res.body).toBe(200);
      const page = res.json() as { items: { id: string }[]; nextCursor: string | null };
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((s) => s.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 20);
    const all = (await admin.get('/api/v1/network/staff?limit=500')).json().items.map((s: { id: string }) => s.id);
    expect(all.length).toBe(7);
    expect(seen).toEqual(all);
    expect(pages).toBe(4);
  });

  it('answers a bad or out-of-range cursor with a 400 invalid-cursor naming the parameter', async () => {
    const rec = await t.as(w.receptionistA);
    const urls = [
      '/api/v1/booking/slots?cursor=nonsense',
      `/api/v1/booking/slots?cursor=${forge(['start-id', '+275760-09-13T00:00:00.000Z', w.patientA.id])}`,
      `/api/v1/booking/appointments?patientId=${w.patientA.id}&cursor=${forge(['staff', 'Rita', w.patientA.id])}`,
      '/api/v1/patients?q=atkinson&cursor=eyJ4Ijox',
    ];
    for (const url of urls) {
      const res = await rec.get(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.json().type).toMatch(/\/invalid-cursor$/);
      expect(res.json().errors).toEqual([{ pointer: '/querystring/cursor', detail: expect.any(String) }]);
    }
  });
});
