import type { FastifyInstance } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';

// Helmet's security headers (content security policy, HSTS, no sniffing, no framing...), worked out once
// at start and set on every answer as they are. The Fastify plugin ran helmet's middleware afresh for
// each request, parsing the policy's directives every time: about 20 µs of a booking's server CPU in a
// profile of the booking bench, for headers that never change (no per-request nonces are used).

/** The headers helmet sets for these options, and the ones it removes. */
export function securityHeaders(options: Readonly<HelmetOptions>): { set: Record<string, string>; removed: string[] } {
  const set: Record<string, string> = {};
  const removed: string[] = [];
  const response = {
    setHeader: (name: string, value: string | number | readonly string[]) => { set[name] = String(value); },
    removeHeader: (name: string) => { removed.push(name); },
    getHeader: () => undefined,
  };
  let failed: unknown;
  helmet(options)({ headers: {} } as IncomingMessage, response as unknown as ServerResponse, (err?: unknown) => { failed = err; });
  if (failed) throw failed;
  return { set, removed };
}

/** Sets the headers on every answer (before the handler, so error answers carry them too). */
export function addSecurityHeaders(app: FastifyInstance, options: Readonly<HelmetOptions>): void {
  const { set } = securityHeaders(options);
  app.addHook('onRequest', (_req, reply, done) => {
    reply.headers(set);
    done();
  });
}
