import envSchema from 'env-schema';
import { Type, type Static } from 'typebox';
import { oidcSettingsFromEnv, type OidcSettings } from '../modules/identity/index.ts';

/**
 * Every environment variable Commons reads: its type, default and what it does. This schema is
 * the one place to add a variable (docs/operations.md's table must list it: a test checks both
 * ways). Values are checked once at start-up; a bad one stops Commons with a line naming it.
 */
export const ConfigSchema = Type.Object({
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://', description: 'a PostgreSQL (15 or later) connection string, e.g. `postgres://commons:secret@db.internal:5432/commons`; when unset, the embedded database is used' })),
  COMMONS_DATA_DIR: Type.String({ minLength: 1, default: './.commons', description: 'where the embedded database keeps its files (ignored when `DATABASE_URL` is set)' }),
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000, description: 'the port to listen on' }),
  HOST: Type.String({ minLength: 1, default: '127.0.0.1', description: 'the address to listen on; `0.0.0.0` to accept connections from other machines' }),
  LOG_LEVEL: Type.Enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { default: 'info', description: 'how much the server logs' }),
  COMMONS_SECURE_COOKIES: Type.Boolean({ default: false, description: '`true` sends the session cookie only over HTTPS: set it whenever Commons is behind HTTPS' }),
  COMMONS_BODY_LIMIT: Type.Integer({ minimum: 1024, maximum: 104857600, default: 262144, description: 'the largest request body accepted, in bytes (larger ones get 413)' }),
  COMMONS_WEB_DIR: Type.String({ minLength: 1, default: 'dist/web', description: 'where the built web app is served from' }),
  COMMONS_TRUST_PROXY: Type.String({
    pattern: '^(true|false|\\d+|[\\w.:/]+(\\s*,\\s*[\\w.:/]+)*)$',
    default: 'false',
    description: 'behind a load balancer or reverse proxy: `true` (trust every hop), a number of hops, or a comma-separated list of proxy addresses or CIDR ranges; then client addresses (rate limits, logs, the audit log) and the protocol come from `X-Forwarded-For` and `X-Forwarded-Proto`',
  }),
  COMMONS_SECRET: Type.Optional(Type.String({ minLength: 32, description: 'the key that signs patients\' identity tokens (online consultations); when unset, one is generated at first start and kept in the database so every server shares it' })),
  COMMONS_MESSAGE_LOG: Type.String({ minLength: 1, default: './.commons/messages.log', description: 'where the log-file message provider appends one JSON line per message to a patient' }),
  COMMONS_MESSAGE_INTERVAL_MS: Type.Integer({ minimum: 0, default: 5000, description: 'how often queued messages are sent, in milliseconds; `0` turns the timer off' }),
  COMMONS_ANALYTICS_REFRESH_MS: Type.Integer({ minimum: 0, default: 900000, description: 'how often the dashboard\'s rollup of recent weeks is rebuilt, in milliseconds (a network never built is built within a minute of start); `0` turns the timer off' }),
  COMMONS_REMINDER_INTERVAL_MS: Type.Integer({ minimum: 0, default: 60000, description: 'how often appointment confirmations, reminders and Friends and Family Test invitations are queued, held slots released and freed slots offered to the waitlist, in milliseconds; `0` turns the timer off' }),
  COMMONS_PUBLIC_URL: Type.String({ pattern: '^https?://', default: 'http://localhost:3000', description: 'this server\'s address as patients reach it: the start of the links in messages to patients' }),
  COMMONS_NOTIFY_API_KEY: Type.Optional(Type.String({ minLength: 74, description: 'a GOV.UK Notify API key; when set, messages to patients go through Notify instead of the log file' })),
  COMMONS_NOTIFY_BASE_URL: Type.Optional(Type.String({ pattern: '^https?://', description: 'GOV.UK Notify\'s API address (default https://api.notifications.service.gov.uk)' })),
  COMMONS_NOTIFY_SMS_TEMPLATE_ID: Type.Optional(Type.String({ pattern: '^[0-9a-fA-F-]{36}$', description: 'the Notify text message template, whose content is `((body))`' })),
  COMMONS_NOTIFY_EMAIL_TEMPLATE_ID: Type.Optional(Type.String({ pattern: '^[0-9a-fA-F-]{36}$', description: 'the Notify email template, whose content is `((body))`' })),
  COMMONS_NOTIFY_LETTER_TEMPLATE_ID: Type.Optional(Type.String({ pattern: '^[0-9a-fA-F-]{36}$', description: 'the Notify letter template, whose content is `((body))`' })),
  COMMONS_NOTIFY_CALLBACK_TOKEN: Type.Optional(Type.String({ minLength: 32, description: 'the bearer token entered in Notify\'s delivery receipt callback settings; receipts without it are refused' })),
  COMMONS_OIDC_ISSUER: Type.Optional(Type.String({ description: 'staff sign-in through an OpenID Connect provider (NHS CIS2, Microsoft Entra ID): its issuer URL; unset, passwords only' })),
  COMMONS_OIDC_CLIENT_ID: Type.Optional(Type.String({ description: 'the client id the provider gave Commons' })),
  COMMONS_OIDC_CLIENT_SECRET: Type.Optional(Type.String({ description: 'the client secret the provider gave Commons' })),
  COMMONS_OIDC_REDIRECT_URL: Type.Optional(Type.String({ description: 'this server\'s callback, exactly as registered with the provider' })),
  COMMONS_OIDC_LABEL: Type.Optional(Type.String({ description: 'the provider\'s name on the sign-in button' })),
  COMMONS_OIDC_SCOPES: Type.Optional(Type.String({ description: 'the scopes asked for (default openid email profile)' })),
  COMMONS_METRICS_TOKEN: Type.Optional(Type.String({ minLength: 32, description: 'a secret of at least 32 characters; when set, `/metrics` also answers requests from other machines that send it as `Authorization: Bearer <token>` (without it, only the same machine may read `/metrics`)' })),
});
export type ConfigVariables = Static<typeof ConfigSchema>;

/** What the server needs, in its own words. */
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
  /** Fastify's trustProxy: which hops in X-Forwarded-For to believe. */
  trustProxy: boolean | string | ((address: string, hop: number) => boolean);
  /** Bearer token that opens /metrics to other machines; null: the same machine only. */
  metricsToken: string | null;
}

/** A bad environment: one line per variable, each naming it, what was given and what is expected. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Commons cannot start: ${problems.length === 1 ? 'a setting is' : `${problems.length} settings are`} not valid.\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee the configuration table in docs/operations.md.`);
  }
}

interface AjvError { instancePath: string; keyword: string; message?: string; params: Record<string, unknown> }

function describe(e: AjvError, env: Record<string, string | undefined>): string {
  const name = e.instancePath.replace(/^\//, '') || String(e.params.missingProperty ?? '');
  const given = env[name];
  const schema = (ConfigSchema.properties as Record<string, { description?: string; enum?: string[] }>)[name];
  const expected =
    e.keyword === 'enum' ? `one of ${schema?.enum?.join(', ')}` :
    e.keyword === 'type' ? `${e.params.type === 'integer' ? 'a whole number' : e.params.type === 'boolean' ? '"true" or "false"' : String(e.params.type)}` :
    e.keyword === 'pattern' ? (name === 'DATABASE_URL' ? 'a postgres:// or postgresql:// connection string' : name === 'COMMONS_TRUST_PROXY' ? '"true", "false", a number of hops, or a comma-separated list of addresses or CIDR ranges' : `text matching ${String(e.params.pattern)}`) :
    e.keyword === 'minimum' || e.keyword === 'maximum' ? `a number ${e.message?.replace(/^must be /, '')}` :
    e.keyword === 'minLength' ? `at least ${String(e.params.limit)} characters` :
    (e.message ?? 'a valid value');
  // Secrets are never echoed back: only how long they were.
  const shown = given === undefined ? 'it is not set' : /TOKEN|SECRET|PASSWORD|DATABASE_URL/.test(name) ? `it has ${given.length} characters` : `it is "${given}"`;
  return `${name} must be ${expected}, but ${shown}${schema?.description ? ` (${name}: ${schema.description.replace(/`/g, '')})` : ''}`;
}

/** The variables, checked and with defaults, from an environment; throws ConfigError naming each bad one. */
export function readConfigVariables(env: NodeJS.ProcessEnv): ConfigVariables {
  // An empty variable (FOO= in a unit file) means "not set", as most tools read it.
  const data = Object.fromEntries(Object.entries(env).filter(([k, v]) => v !== '' && k in ConfigSchema.properties));
  try {
    return envSchema<ConfigVariables>({ schema: ConfigSchema, data, dotenv: false });
  } catch (e) {
    const errors = (e as { errors?: AjvError[] }).errors;
    if (!errors?.length) throw e;
    const lines = [...new Set(errors.map((x) => describe(x, data)))];
    throw new ConfigError(lines);
  }
}

function trustProxyFrom(value: string): AppConfig['trustProxy'] {
  if (value === 'true' || value === 'false') return value === 'true';
  if (/^\d+$/.test(value)) {
    // n proxies in front: believe the n nearest hops of X-Forwarded-For, and no more.
    const hops = Number(value);
    return (_address, hop) => hop < hops;
  }
  return value;
}

export function configFromEnv(env: NodeJS.ProcessEnv): AppConfig {
  const v = readConfigVariables(env);
  return {
    port: v.PORT,
    host: v.HOST,
    webDir: v.COMMONS_WEB_DIR,
    secureCookies: v.COMMONS_SECURE_COOKIES,
    bodyLimit: v.COMMONS_BODY_LIMIT,
    logLevel: v.LOG_LEVEL,
    trustProxy: trustProxyFrom(v.COMMONS_TRUST_PROXY),
    metricsToken: v.COMMONS_METRICS_TOKEN ?? null,
    // Checked together (an issuer needs a client id, secret and https redirect), so read as a group.
    oidc: oidcSettingsFromEnv(env),
  };
}

export const testConfig: AppConfig = { port: 0, host: '127.0.0.1', webDir: null, secureCookies: false, bodyLimit: 256 * 1024, logLevel: 'silent', trustProxy: false, metricsToken: null, oidc: null };
