import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { Permission } from '../platform/permissions.ts';
import { DomainError } from '../platform/problems.ts';
import { authenticate, hasCredentials } from '../modules/identity/index.ts';
import type { Db } from '../db/database.ts';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Resolves the actor of every request (identity's authenticate()) and enforces each route's `public` / `permission` config. */
export const authPlugin = fp(async (app: FastifyInstance, opts: { db: Db; now: () => Date }) => {
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);
  // The OpenAPI document says who may call each route: public ones carry `security: []`, the
  // others the permission they need as `x-permission` (test/route-auth.test.ts reads both).
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    const config = (route.config ?? {}) as { public?: boolean; permission?: Permission | Permission[] };
    const schema = { ...(route.schema ?? {}) } as Record<string, unknown>;
    if (config.public) schema.security = [];
    else if (config.permission) schema['x-permission'] = ([] as Permission[]).concat(config.permission);
    route.schema = schema;
  });
  // preValidation: a caller without rights gets 401/403 before any detail of the body's shape.
  app.addHook('preValidation', async (req) => {
    const config = req.routeOptions.config ?? {};
    const credentials = { authorization: req.headers.authorization, cookies: req.cookies };
    if (config.public && !hasCredentials(credentials)) return;
    const resolved = await authenticate(opts.db, credentials, opts.now());
    if (resolved) {
      req.actor = resolved.actor;
      req.csrfToken = resolved.csrfToken;
    }
    if (config.public) return;
    if (!req.routeOptions.url?.startsWith('/api/')) return;
    if (!req.actor) throw new DomainError('unauthenticated', 'identity/unauthenticated', 'Sign in, or send a valid API token, to use this.');
    // Cookie sessions must echo their CSRF token on writes; SameSite=Lax alone leaves older browsers open.
    if (req.actor.kind === 'staff' && UNSAFE.has(req.method) && req.headers['x-csrf-token'] !== req.csrfToken) {
      throw new DomainError('forbidden', 'identity/csrf', 'This request is missing its CSRF token. Reload the page and try again.');
    }
    const needed = config.permission ? ([] as Permission[]).concat(config.permission) : [];
    if (needed.length && !needed.some((p) => req.actor!.permissions.has(p))) {
      throw new DomainError('forbidden', 'identity/permission', `Your role here (${req.actor.roles.join(', ') || 'system'}) does not allow this (${needed.join(' or ')}).`);
    }
  });
});
