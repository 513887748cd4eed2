import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { typed } from '../../platform/deps.ts';
import { actorOf } from '../../platform/actor.ts';
import { SESSION_COOKIE } from './sessions.ts';
import { errorResponses, IsoDateTime } from '../../platform/schemas.ts';
import { LoginRequest, SessionView, SwitchOrganisationRequest, CreateTokenRequest, CreatedToken } from './schema.ts';
import { logIn, logOut, switchOrganisation, describeSession, sessionCookieOptions } from './sessions.ts';
import { oidcRoutes } from './oidc-routes.ts';
import { createApiToken } from './tokens.ts';
import { listApiTokens, revokeApiToken } from './queries.ts';
import { NotFound } from '../../platform/problems.ts';
import { forgetActor } from './actor-cache.ts';
import { staffAdminRoutes } from './staff-admin-routes.ts';
import { recordAdminAction } from './admin-audit.ts';
import { assertTokenWithinYourRights } from './grants.ts';

export async function identityRoutes(root: FastifyInstance) {
  const app = typed(root);
  const { db, now } = root.deps;
  await staffAdminRoutes(root);
  const cookieOptions = sessionCookieOptions(root.secureCookies);
  await oidcRoutes(root, root.oidcSettings);

  app.post('/login', {
    schema: { tags: ['identity'], summary: 'Sign in with email and password; sets the session cookie', body: LoginRequest, response: { 200: SessionView, ...errorResponses } },
    // Per address: a practice behind one NAT address signs in many people at 8am; lock-out per account is in logIn.
    config: { public: true, rateLimit: { max: 120, timeWindow: '1 minute' } },
  }, async (req, reply) => {
    const { cookie, ...session } = await logIn(db, { ...req.body, now: now() });
    reply.setCookie(SESSION_COOKIE, cookie, cookieOptions);
    return describeSession(db, session);
  });

  app.post('/logout', { schema: { tags: ['identity'], summary: 'Sign out', response: { 204: Type.Null() } }, config: { public: true } }, async (req, reply) => {
    await logOut(db, req.cookies[SESSION_COOKIE], now());
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.code(204).send(null);
  });

  app.get('/session', { schema: { tags: ['identity'], summary: 'Who is signed in, their organisations, and the CSRF token for writes', response: { 200: SessionView, ...errorResponses } } }, async (req) => {
    const actor = actorOf(req);
    if (actor.kind !== 'staff') throw new NotFound('session');
    return describeSession(db, { networkId: actor.networkId, staffId: actor.staffId!, activeOrganisationId: actor.organisationId, csrfToken: req.csrfToken ?? '' });
  });

  app.post('/session/organisation', {
    schema: { tags: ['identity'], summary: 'Switch the organisation you are working for (a hub evening, another practice)', body: SwitchOrganisationRequest, response: { 200: SessionView, ...errorResponses } },
  }, async (req) => {
    const actor = actorOf(req);
    await switchOrganisation(db, { cookie: req.cookies[SESSION_COOKIE], networkId: actor.networkId, staffId: actor.staffId!, organisationId: req.body.organisationId });
    return describeSession(db, { networkId: actor.networkId, staffId: actor.staffId!, activeOrganisationId: req.body.organisationId, csrfToken: req.csrfToken ?? '' });
  });

  app.post('/tokens', {
    schema: { tags: ['identity'], summary: 'Create an API token for another system (NHS 111, a hub system)', body: CreateTokenRequest, response: { 201: CreatedToken, ...errorResponses } },
    config: { permission: 'tokens:manage' },
  }, async (req, reply) => {
    const actor = actorOf(req);
    assertTokenWithinYourRights(actor, req.body);
    const created = await db.transaction().execute(async (trx) => {
      const token = await createApiToken(trx, { networkId: actor.networkId, ...req.body, createdByStaffId: actor.staffId });
      await recordAdminAction(trx, actor, { action: 'create', entity: 'api-token', entityId: token.id, detail: { name: req.body.name, organisationId: req.body.organisationId, scopes: req.body.scopes, integration: req.body.integration ?? false } });
      return token;
    });
    return reply.code(201).send(created);
  });

  app.get('/tokens', {
    schema: { tags: ['identity'], summary: 'List API tokens (never their secrets)', response: { 200: Type.Object({ items: Type.Array(Type.Object({ id: Type.String(), organisationId: Type.String(), name: Type.String(), scopes: Type.Array(Type.String()), integration: Type.Boolean(), createdByStaffId: Type.Union([Type.String(), Type.Null()]), createdAt: IsoDateTime(), revokedAt: Type.Union([IsoDateTime(), Type.Null()]) })) }), ...errorResponses } },
    config: { permission: 'tokens:manage' },
  }, async (req) => {
    const rows = await listApiTokens(db, { networkId: actorOf(req).networkId });
    return { items: rows.map((r) => ({ id: r.id, organisationId: r.organisation_id, name: r.name, scopes: r.scopes, integration: r.integration, createdByStaffId: r.created_by_staff_id, createdAt: r.created_at.toISOString(), revokedAt: r.revoked_at?.toISOString() ?? null })) };
  });

  app.delete('/tokens/:id', {
    schema: { tags: ['identity'], summary: 'Revoke an API token', params: Type.Object({ id: Type.String({ format: 'uuid' }) }), response: { 204: Type.Null(), ...errorResponses } },
    config: { permission: 'tokens:manage' },
  }, async (req, reply) => {
    const actor = actorOf(req);
    await db.transaction().execute(async (trx) => {
      const res = await revokeApiToken(trx, { networkId: actor.networkId, id: req.params.id, at: now() });
      if (Number(res.numUpdatedRows) === 0) throw new NotFound('api-token', '/params/id');
      await recordAdminAction(trx, actor, { action: 'revoke', entity: 'api-token', entityId: req.params.id });
    });
    await forgetActor(db, `id:${req.params.id}`);
    return reply.code(204).send(null);
  });
}
