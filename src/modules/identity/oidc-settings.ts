/**
 * Sign-in through an OpenID Connect provider (NHS CIS2, Microsoft Entra ID, or any other), read
 * from the environment in this one place. No issuer means password sign-in only.
 */
export interface OidcSettings {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /** This server's callback, exactly as registered with the provider: https://commons.example/api/v1/identity/oidc/callback */
  redirectUrl: URL;
  /** The provider's name on the sign-in button: "Sign in with <label>". */
  label: string;
  scopes: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Set by buildApp from the configuration; null when only passwords are used. */
    oidcSettings: OidcSettings | null;
  }
}

export const OIDC_CALLBACK_PATH = '/api/v1/identity/oidc/callback';
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export function oidcSettingsFromEnv(env: NodeJS.ProcessEnv): OidcSettings | null {
  const issuer = env.COMMONS_OIDC_ISSUER?.trim();
  if (!issuer) return null;
  const need = (name: string) => {
    const v = env[name]?.trim();
    if (!v) throw new Error(`${name} must be set when COMMONS_OIDC_ISSUER is (see docs/operations.md, "Single sign-on")`);
    return v;
  };
  const url = (name: string, value: string) => {
    let u: URL;
    try {
      u = new URL(value);
    } catch {
      throw new Error(`${name} must be a URL, not "${value}"`);
    }
    // Plain http only to this machine (a test provider); tokens never cross a network unencrypted.
    if (u.protocol !== 'https:' && !(u.protocol === 'http:' && LOOPBACK.has(u.hostname))) throw new Error(`${name} must be an https:// URL (http:// only for localhost), not "${value}"`);
    return u;
  };
  const redirectUrl = url('COMMONS_OIDC_REDIRECT_URL', need('COMMONS_OIDC_REDIRECT_URL'));
  if (redirectUrl.pathname !== OIDC_CALLBACK_PATH) throw new Error(`COMMONS_OIDC_REDIRECT_URL must end in ${OIDC_CALLBACK_PATH}, not "${redirectUrl.pathname}"`);
  return {
    issuer: url('COMMONS_OIDC_ISSUER', issuer),
    clientId: need('COMMONS_OIDC_CLIENT_ID'),
    clientSecret: need('COMMONS_OIDC_CLIENT_SECRET'),
    redirectUrl,
    label: env.COMMONS_OIDC_LABEL?.trim() || 'single sign-on',
    scopes: env.COMMONS_OIDC_SCOPES?.trim() || 'openid email profile',
  };
}

export function isLoopback(u: URL): boolean {
  return LOOPBACK.has(u.hostname);
}
