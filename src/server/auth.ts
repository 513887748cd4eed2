import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../modules/identity/actor.ts';
import { permissionsFor, type Permission } from '../modules/identity/roles.ts';
import { findLiveSession, findLiveToken, findRolesAt } from '../modules/identity/queries.ts';
import { parseSessionCookie } from '../modules/identity/sessions.ts';
import { parseBearerToken } from '../modules/identity/tokens.ts';
import { DomainError } from './problems.ts';
import type { Db } from '../db/database.ts';

export const SESSION_COOKIE = 'commons_session';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Open to anyone (login, health, the public triage form). Every other route needs a signed-in actor. */
    public?: boolean;
    /** The activity the actor must be allowed (any one of a list). */
    permission?: Permission | Permission[];
  }
  interface FastifyRequest {
    actor: Actor | null;
    csrfToken: string | null;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

async function resolveActor(db: Db, req: FastifyRequest, now: Date): Promise<{ actor: Actor; csrf: string | null } | null> {
  const bearer = parseBearerToken(req.headers.authorization);
  if (bearer) {
    const token = await findLiveToken(db, bearer);
    if (!token) return null;
    return {
      csrf: null,
      actor: {
        kind: 'system', networkId: bearer.networkId, staffId: null, tokenId: token.id, displayName: token.name,
        organisationId: token.organisation_id, organisationKind: token.organisation_kind, roles: [],
        permissions: new Set(token.scopes as Permission[]),
      },
    };
  }
  const cookie = parseSessionCookie(req.cookies?.[SESSION_COOKIE]);
  if (!cookie) return null;
  const session = await findLiveSession(db, { ...cookie, now });
  if (!session || !session.active) return null;
  const roles = await findRolesAt(db, { networkId: cookie.networkId, staffId: session.staff_id, organisationId: session.active_organisation_id });
  return {
    csrf: session.csrf_token,
    actor: {
      kind: 'staff', networkId: cookie.networkId, staffId: session.staff_id, tokenId: null, displayName: session.display_name,
      organisationId: session.active_organisation_id, organisationKind: session.organisation_kind, roles,
      permissions: permissionsFor(roles),
    },
  };
}

/** Resolves the actor of every request and enforces each route's `public` / `permission` config. */
export const authPlugin = fp(async (app: FastifyInstance, opts: { db: Db; now: () => Date }) => {
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);
  // preValidation: a caller without rights gets 401/403 before any detail of the body's shape.
  app.addHook('preValidation', async (req) => {
    const config = req.routeOptions.config ?? {};
    if (config.public && !req.headers.authorization && !req.cookies?.[SESSION_COOKIE]) return;
    const resolved = await resolveActor(opts.db, req, opts.now());
    if (resolved) {
      req.actor = resolved.actor;
      req.csrfToken = resolved.csrf;
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

/** The signed-in actor of a route that is not public (the preValidation hook guarantees one). */
export function actorOf(req: FastifyRequest): Actor {
  if (!req.actor) throw new DomainError('unauthenticated', 'identity/unauthenticated', 'Sign in to use this.');
  return req.actor;
}
