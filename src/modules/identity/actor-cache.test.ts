import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/support/setup.ts';
import { createApiToken } from './index.ts';

const { t, w } = useTestApp();

const slots = '/api/v1/booking/slots?limit=1';

/** Asks until the answer has this status (a notice from another process arrives a moment later). */
async function eventually(ask: () => Promise<number>, status: number) {
  let last = 0;
  for (let i = 0; i < 50; i++) {
    last = await ask();
    if (last === status) return last;
    await new Promise((r) => setTimeout(r, 40));
  }
  return last;
}

describe('who a token or session stands for, held in memory', () => {
  it('refuses a token revoked through the API at once, though it was just used', async () => {
    const { id, token } = await createApiToken(t.db, { networkId: w.network.id, organisationId: w.practiceA.id, name: 'revoked', scopes: ['slots:read'] });
    const system = t.withToken(token);
    expect((await system.get(slots)).statusCode).toBe(200);
    const admin = await t.as(w.admin);
    expect((await admin.delete(`/api/v1/identity/tokens/${id}`)).statusCode).toBe(204);
    expect((await system.get(slots)).statusCode).toBe(401);
  });

  it('keeps a token for a few seconds without reading it, and drops it when another process announces its revocation', async () => {
    const { id, token } = await createApiToken(t.db, { networkId: w.network.id, organisationId: w.practiceA.id, name: 'elsewhere', scopes: ['slots:read'] });
    const system = t.withToken(token);
    expect((await system.get(slots)).statusCode).toBe(200);
    // Another server process revokes it: the row changes and a notice goes out on the database.
    await t.db.updateTable('api_token').set({ revoked_at: new Date() }).where('network_id', '=', w.network.id).where('id', '=', id).execute();
    expect((await system.get(slots)).statusCode).toBe(200); // held in memory: no read of the token
    await sql`select pg_notify('commons_actor_forget', ${`id:${id}`})`.execute(t.db);
    expect(await eventually(async () => (await system.get(slots)).statusCode, 401)).toBe(401);
  });

  it('drops a session at once on sign-out and on a switch of organisation', async () => {
    const gp = await t.as(w.gpA);
    expect((await gp.get('/api/v1/identity/session')).json().activeOrganisationId).toBe(w.practiceA.id);
    expect((await gp.post('/api/v1/identity/session/organisation', { organisationId: w.hub.id })).statusCode).toBe(200);
    expect((await gp.get('/api/v1/identity/session')).json().activeOrganisationId).toBe(w.hub.id);
    expect((await gp.post('/api/v1/identity/logout', {})).statusCode).toBe(204);
    expect((await gp.get('/api/v1/identity/session')).statusCode).toBe(401);
  });
});
