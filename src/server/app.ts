import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import staticFiles from '@fastify/static';
import type { Database } from '../db/database.ts';
import type { AppConfig } from './config.ts';
import { formatsPlugin } from '../platform/formats.ts';
import { everyErrorValidator } from './validation.ts';
import { registerProblemHandlers } from '../platform/problems.ts';
import { authPlugin } from './auth.ts';
import { rejectUnusableInput } from '../platform/input-hygiene.ts';
import type { AppDeps } from '../platform/deps.ts';
import { MODULES } from '../modules/index.ts';
import { scheduleJobs } from './jobs.ts';
import { listenForForgottenActors } from '../modules/identity/index.ts';
import { bankHolidays, loadStoredBankHolidays, runOutWarning } from '../platform/bank-holidays/index.ts';
import { healthRoutes } from './health.ts';
import { metricsPlugin } from './metrics.ts';
import { documentRoutes, openApiDocumentTransform } from './openapi.ts';
import { addSecurityHeaders } from './security-headers.ts';

export interface BuildOptions {
  database: Database;
  config: AppConfig;
  now?: () => Date;
  /**
   * When this server is one of several processes behind one port (`commons start --workers N`): how many
   * there are, and whether this one runs the background jobs (exactly one does).
   */
  workers?: { count: number; runsJobs: boolean };
}

/** Assembles the server: security headers, problem+json errors, auth, every module's routes, the web app. */
export async function buildApp({ database, config, now = () => new Date(), workers = { count: 1, runsJobs: true } }: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel, redact: ['req.headers.authorization', 'req.headers.cookie'] },
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    genReqId: () => crypto.randomUUID(),
    ajv: {
      // allErrors stays off: an invalid input small enough is checked again for every error (validation.ts, docs/api.md).
      customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: false, strictNumbers: true },
      plugins: [formatsPlugin],
    },
    schemaController: { compilersFactory: { buildValidator: everyErrorValidator() } },
  });
  const deps: AppDeps = { db: database.db, engine: database.engine, now };
  app.decorate('deps', deps);
  app.decorate('secureCookies', config.secureCookies);
  app.decorate('oidcSettings', config.oidc);

  registerProblemHandlers(app);
  await app.register(cookie);
  addSecurityHeaders(app, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"], // Mantine injects its CSS variables at run time
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  shareRateLimitsAcrossWorkers(app, workers.count);
  await app.register(rateLimit, { global: false });
  documentRoutes(app);
  await app.register(swagger, {
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
    transformObject: (documents) => openApiDocumentTransform(structuredClone('openapiObject' in documents ? documents.openapiObject : documents.swaggerObject) as Record<string, unknown>),
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Commons API', version: '1', description: 'The API of Commons, the shared workspace of a primary care network. Errors are application/problem+json (RFC 9457).' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'commons_session' }, bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ session: [] }, { bearer: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });
  await app.register(authPlugin, { db: database.db, now });
  rejectUnusableInput(app);
  // Nothing the API answers may be kept by a browser or a proxy cache: much of it is patient data (trust row 9).
  app.addHook('onSend', async (req, reply) => {
    if (req.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });
  // Sessions and tokens are held in memory only while this process hears other processes' sign-outs and revocations.
  const stopListening = await listenForForgottenActors(database);
  app.addHook('onClose', async () => stopListening());

  await loadStoredBankHolidays(database.db, bankHolidays);
  const holidaysRunningOut = runOutWarning(bankHolidays.lastKnownDate(), now());
  if (holidaysRunningOut) app.log.warn(holidaysRunningOut);

  await app.register(metricsPlugin, { deps, gauges: MODULES.flatMap((m) => m.gauges ?? []), token: config.metricsToken });
  await app.register(healthRoutes, { database });

  for (const m of MODULES) {
    if (m.routes) await app.register(m.routes.plugin, { prefix: `/api/v1/${m.routes.prefix}` });
  }
  if (workers.runsJobs) scheduleJobs(app, MODULES.flatMap((m) => m.jobs ?? []), process.env);

  if (config.webDir && existsSync(resolve(config.webDir, 'index.html'))) {
    await app.register(staticFiles, { root: resolve(config.webDir), wildcard: false });
    // The web app routes in the browser: any other GET outside /api and /docs gets index.html.
    app.get('/*', { config: { public: true }, schema: { hide: true } }, (req, reply) => {
      if (req.url.startsWith('/api/')) return reply.callNotFound();
      // Patients' pages (online consultation, links in messages, self-referral to social prescribing) are a separate, NHS-styled app with no staff code in it.
      if (/^\/(request(\/|\?|$)|p\/|refer-yourself(\/|\?|$))/.test(req.url) && existsSync(resolve(config.webDir!, 'patient.html'))) return reply.sendFile('patient.html');
      return reply.sendFile('index.html');
    });
  }
  return app;
}

/**
 * Rate limits are counted in each process's memory. Behind one port, N worker processes take a
 * client's requests in turn (the cluster's round robin), so each sees about 1/N of them: each keeps
 * 1/N of every route's limit (rounded up), and the network-wide limit stays what the route says.
 * Registered before the rate-limit plugin, whose own onRoute hook then reads the divided figure.
 */
function shareRateLimitsAcrossWorkers(app: FastifyInstance, workerCount: number) {
  if (workerCount <= 1) return;
  app.addHook('onRoute', (route) => {
    const config = route.config as { rateLimit?: { max?: unknown } } | undefined;
    const limit = config?.rateLimit;
    const share = (max: number) => Math.max(1, Math.ceil(max / workerCount));
    if (!config || !limit) return;
    if (typeof limit.max === 'number') config.rateLimit = { ...limit, max: share(limit.max) };
    else if (typeof limit.max === 'function') {
      const perRequest = limit.max as (...a: unknown[]) => number | Promise<number>;
      config.rateLimit = { ...limit, max: async (...a: unknown[]) => share(await perRequest(...a)) };
    }
  });
}
