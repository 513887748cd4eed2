import type { FastifyInstance, FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { typed } from '../../platform/deps.ts';
import { NotFound } from '../../platform/problems.ts';
import { errorResponses } from '../../platform/schemas.ts';
import { OidcClient, type OidcPending } from './oidc-client.ts';
import type { OidcSettings } from './oidc-settings.ts';
import { OidcSignInRefused, signInWithOidc } from './oidc-sign-in.ts';
import { SESSION_COOKIE, sessionCookieOptions } from './sessions.ts';

const PENDING_COOKIE = 'commons_oidc';
const PENDING_PATH = '/api/v1/identity/oidc';
const PENDING_MINUTES = 10;

/** Only paths inside this app, never another site (an open redirect). */
function safeReturnTo(value: string | undefined): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') && !value.startsWith('/login') ? value : '/';
}

function readPending(value: string | undefined): OidcPending | null {
  if (!value) return null;
  try {
    const p = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    return typeof p.state === 'string' && typeof p.nonce === 'string' && typeof p.verifier === 'string' ? { ...p, returnTo: safeReturnTo(p.returnTo) } : null;
  } catch {
    return null;
  }
}

/**
 * Sign-in through an OpenID Connect provider: /oidc/start sends the browser to the provider with a
 * fresh state, nonce and PKCE challenge (kept in a short-lived HttpOnly cookie on this path only);
 * /oidc/callback checks the answer, finds the staff member and sets the same session cookie as a
 * password sign-in. A refusal returns the browser to the sign-in page with ?signInError=<reason>.
 */
export async function oidcRoutes(root: FastifyInstance, settings: OidcSettings | null) {
  const app = typed(root);
  const { db, now } = root.deps;
  const oidc = settings ? new OidcClient(settings) : null;
  const secure = root.secureCookies;

  app.get('/sign-in-methods', {
    schema: {
      tags: ['identity'], summary: 'How staff can sign in here: password, and an identity provider when one is configured',
      response: { 200: Type.Object({ password: Type.Boolean(), oidc: Type.Union([Type.Object({ label: Type.String({ description: 'shown as "Sign in with <label>"' }), startUrl: Type.String() }), Type.Null()]) }) },
    },
    config: { public: true },
  }, async () => ({ password: true, oidc: settings ? { label: settings.label, startUrl: `${PENDING_PATH}/start` } : null }));

  const toSignInPage = (reply: FastifyReply, reason: string) => reply.redirect(`/login?signInError=${encodeURIComponent(reason)}`, 303);

  app.get('/oidc/start', {
    schema: { tags: ['identity'], summary: 'Start signing in at the identity provider (a browser navigation; answers 303 to the provider)', querystring: Type.Object({ returnTo: Type.Optional(Type.String({ maxLength: 500 })) }), response: { 303: Type.Null(), ...errorResponses } },
    config: { public: true, rateLimit: { max: 120, timeWindow: '1 minute' } },
  }, async (req, reply) => {
    if (!oidc) throw new NotFound('identity-provider');
    let started;
    try {
      started = await oidc.start(safeReturnTo(req.query.returnTo));
    } catch (e) {
      req.log.warn({ err: e }, 'identity provider unreachable');
      return toSignInPage(reply, 'provider-unavailable');
    }
    reply.setCookie(PENDING_COOKIE, Buffer.from(JSON.stringify(started.pending)).toString('base64url'), { path: PENDING_PATH, httpOnly: true, sameSite: 'lax', secure, maxAge: PENDING_MINUTES * 60 });
    return reply.redirect(started.url.href, 303);
  });

  app.get('/oidc/callback', {
    schema: { tags: ['identity'], summary: 'Where the identity provider returns the browser; sets the session cookie and answers 303 to the web app', querystring: Type.Object({}, { additionalProperties: true }), response: { 303: Type.Null(), ...errorResponses } },
    config: { public: true, rateLimit: { max: 120, timeWindow: '1 minute' } },
  }, async (req, reply) => {
    if (!oidc) throw new NotFound('identity-provider');
    const pending = readPending(req.cookies[PENDING_COOKIE]);
    reply.clearCookie(PENDING_COOKIE, { path: PENDING_PATH });
    const query = req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
    if (!pending) return toSignInPage(reply, 'expired');
    if (new URLSearchParams(query).get('error') === 'access_denied') return toSignInPage(reply, 'cancelled');
    try {
      const identity = await oidc.finish(query, pending);
      const { cookie, staffId } = await signInWithOidc(db, identity, now());
      req.log.info({ staffId }, 'signed in through the identity provider');
      reply.setCookie(SESSION_COOKIE, cookie, sessionCookieOptions(secure));
      return reply.redirect(pending.returnTo, 303);
    } catch (e) {
      if (e instanceof OidcSignInRefused) {
        req.log.info({ reason: e.reason }, 'identity provider sign-in refused');
        return toSignInPage(reply, e.reason);
      }
      req.log.warn({ err: e }, 'identity provider sign-in failed');
      return toSignInPage(reply, 'failed');
    }
  });
}
