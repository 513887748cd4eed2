import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { AppDeps } from '../platform/deps.ts';
import type { ModuleGauge } from '../platform/module.ts';
import { DomainError } from '../platform/problems.ts';

/**
 * Prometheus metrics at GET /metrics: request rate and latency by route and status, booking
 * conflicts, and each module's gauges (CommonsModule.gauges: the outbox backlog, overdue
 * online-consultation requests). Each app has its own registry (tests build many apps in one process).
 *
 * Who may read it: requests from the same machine (a loopback address, not forwarded by a proxy)
 * always; from elsewhere only with `Authorization: Bearer <COMMONS_METRICS_TOKEN>`. Metrics describe
 * the server, not a network, so they are opened by the operator's secret rather than a network's
 * API token.
 */
// Wrapped with fastify-plugin so its onResponse hook sees every route, not only those inside the plugin.
export const metricsPlugin = fp(async function metricsPlugin(app: FastifyInstance, { deps, gauges, token }: { deps: AppDeps; gauges: readonly ModuleGauge[]; token: string | null }) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'commons_' });
  const labelNames = ['method', 'route', 'status'] as const;
  const requests = new Counter({ name: 'commons_http_requests_total', help: 'HTTP requests answered, by method, route pattern and status', labelNames, registers: [registry] });
  const duration = new Histogram({
    name: 'commons_http_request_duration_seconds', help: 'Time to answer an HTTP request, by method, route pattern and status', labelNames,
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5], registers: [registry],
  });
  const bookingConflicts = new Counter({ name: 'commons_booking_conflicts_total', help: 'Booking requests refused with 409 (the slot was taken, or the change clashed with another), by route pattern', labelNames: ['route'], registers: [registry] });
  for (const g of gauges) {
    new Gauge({ name: g.name, help: g.help, registers: [registry], async collect() { this.set(await g.read(deps)); } });
  }

  app.addHook('onResponse', async (req, reply) => {
    // The route pattern, never the raw URL, so ids do not make a new series each.
    const route = req.routeOptions.url ?? 'unmatched';
    if (route === '/metrics') return;
    const labels = { method: req.method, route, status: String(reply.statusCode) };
    requests.inc(labels);
    duration.observe(labels, reply.elapsedTime / 1000);
    if (reply.statusCode === 409 && route.startsWith('/api/v1/booking/')) bookingConflicts.inc({ route });
  });

  app.get('/metrics', {
    schema: { hide: true },
    config: { public: true },
  }, async (req, reply) => {
    if (!mayRead(req, token)) throw new DomainError('forbidden', 'metrics/forbidden', 'Metrics are readable from this machine, or with the metrics token (COMMONS_METRICS_TOKEN) as a bearer token.');
    return reply.type(registry.contentType).send(await registry.metrics());
  });
});

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function mayRead(req: FastifyRequest, token: string | null): boolean {
  const given = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
  if (token && given) {
    const a = Buffer.from(given);
    const b = Buffer.from(token);
    return a.length === b.length && timingSafeEqual(a, b);
  }
  // The socket's peer, not req.ip: a forwarded request from a proxy on this machine is not local.
  return LOOPBACK.has(req.socket.remoteAddress ?? '') && req.headers['x-forwarded-for'] === undefined;
}
