import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../platform/actor.ts';
import { permissionsFor, type Permission } from '../../platform/permissions.ts';
import { findLiveSession, findLiveToken, findRolesAt } from './queries.ts';
import { parseSessionCookie, SESSION_COOKIE } from './sessions.ts';
import { parseBearerToken } from './tokens.ts';
import { cachedActor, rememberActor, sessionKey, tokenKey, type ResolvedActor } from './actor-cache.ts';

/** What a request carries that may identify its caller. */
export interface Credentials {
  authorization: string | undefined;
  cookies: Record<string, string | undefined> | undefined;
}

/** True when the request carries a session cookie or an Authorization header at all (valid or not). */
export function hasCredentials(c: Credentials): boolean {
  return !!c.authorization || !!c.cookies?.[SESSION_COOKIE];
}

/**
 * Who is calling: a system with a live API token, or a staff member with a live session (and the
 * CSRF token that session's writes must echo). Null when the credentials are missing or dead.
 */
export async function authenticate(db: Executor, c: Credentials, now: Date): Promise<ResolvedActor | null> {
  const bearer = parseBearerToken(c.authorization);
  if (bearer) {
    const key = tokenKey(bearer.networkId, bearer.tokenHash);
    const hit = cachedActor(key, now);
    if (hit) return hit;
    const token = await findLiveToken(db, bearer);
    if (!token) return null;
    return remember(key, null, {
      csrfToken: null,
      actor: {
        kind: 'system', networkId: bearer.networkId, staffId: null, tokenId: token.id, displayName: token.name,
        organisationId: token.organisation_id, organisationKind: token.organisation_kind, roles: [],
        permissions: new Set(token.scopes as Permission[]), integration: token.integration,
      },
    });
  }
  const cookie = parseSessionCookie(c.cookies?.[SESSION_COOKIE]);
  if (!cookie) return null;
  const key = sessionKey(cookie.networkId, cookie.tokenHash);
  const hit = cachedActor(key, now);
  if (hit) return hit;
  const session = await findLiveSession(db, { ...cookie, now });
  if (!session || !session.active) return null;
  const roles = await findRolesAt(db, { networkId: cookie.networkId, staffId: session.staff_id, organisationId: session.active_organisation_id });
  return remember(key, session.expires_at, {
    csrfToken: session.csrf_token,
    actor: {
      kind: 'staff', networkId: cookie.networkId, staffId: session.staff_id, tokenId: null, displayName: session.display_name,
      organisationId: session.active_organisation_id, organisationKind: session.organisation_kind, roles,
      permissions: permissionsFor(roles),
    },
  });
}

/** Keeps who a session or token stands for in memory for a few seconds (actor-cache.ts). */
function remember(key: string, expiresAt: Date | null, resolved: ResolvedActor): ResolvedActor {
  rememberActor(key, resolved, expiresAt);
  return resolved;
}
