import { oidcSettingsFromEnv, type OidcSettings } from '../modules/identity/index.ts';

export interface AppConfig {
  port: number;
  host: string;
  /** Folder of the built web app (dist/web); served at / when present. */
  webDir: string | null;
  /** Send cookies with Secure: on behind HTTPS (production), off for http://localhost. */
  secureCookies: boolean;
  /** Largest request body accepted, in bytes. */
  bodyLimit: number;
  logLevel: string;
  /** Staff sign-in through an OpenID Connect provider (COMMONS_OIDC_*); null for passwords only. */
  oidc: OidcSettings | null;
}

export function configFromEnv(env: NodeJS.ProcessEnv): AppConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${env.PORT}"`);
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    webDir: env.COMMONS_WEB_DIR ?? 'dist/web',
    secureCookies: env.COMMONS_SECURE_COOKIES === 'true',
    bodyLimit: Number(env.COMMONS_BODY_LIMIT ?? 256 * 1024),
    logLevel: env.LOG_LEVEL ?? 'info',
    oidc: oidcSettingsFromEnv(env),
  };
}

export const testConfig: AppConfig = { port: 0, host: '127.0.0.1', webDir: null, secureCookies: false, bodyLimit: 256 * 1024, logLevel: 'silent', oidc: null };
