import type { FastifyInstance, RouteOptions } from 'fastify';
import { Problem } from '../platform/schemas.ts';

// One mechanism documents every route the same way, so module authors write only a summary, the
// schemas and config.permission / config.public. For each /api route it adds:
//   - an operationId from the module, the method and the path (GET /api/v1/booking/appointments/:id
//     → "bookingGetAppointmentsById"), unless the route names one;
//   - a description: the summary's text, who may call it (the permission, or "public"), unless given;
//   - `security: []` on public routes (no sign-in), so the document's default security applies only
//     to the others;
//   - error responses as application/problem+json pointing at one shared schema (components/Problem):
//     the statuses the route lists, plus 400 and 500 on every route and 401 and 403 on protected ones.
// openApiDocumentTransform then tidies the generated document (literal unions become enums).

export const PROBLEM_SCHEMA_ID = 'Problem';

const defaultStatuses = { public: [400, 500], protected: [400, 401, 403, 500] };
const statusDescriptions: Record<number, string> = {
  400: 'The request is not valid: `errors[]` points at each field',
  401: 'Not signed in, or the session or token has expired',
  403: 'Signed in, but not allowed to do this',
  404: 'Not found in this network',
  409: 'Conflicts with the current state (for example the slot was just taken)',
  413: 'The body is larger than the server accepts',
  422: 'Understood, but cannot be done',
  429: 'Too many requests: wait and retry',
  500: 'Something went wrong on the server; the problem\'s `instance` names the log lines',
  503: 'Not ready to serve',
};

function problemResponse(status: number) {
  return {
    description: statusDescriptions[status] ?? 'A problem (RFC 9457)',
    content: { 'application/problem+json': { schema: { $ref: `${PROBLEM_SCHEMA_ID}#` } } },
  };
}

const words = (s: string) => s.split(/[^A-Za-z0-9]+/).filter(Boolean);
const pascal = (s: string) => words(s).map((w) => w[0].toUpperCase() + w.slice(1)).join('');

/** "GET", "/api/v1/booking/appointments/:id/cancel" → "bookingGetAppointmentsByIdCancel". */
export function operationIdFor(method: string, url: string): string {
  const [, module = 'root', ...rest] = url.replace(/^\/api\/v\d+/, '').split('/');
  const path = rest.map((seg) => (seg.startsWith(':') ? `By${pascal(seg.slice(1))}` : pascal(seg))).join('');
  const camelModule = words(module).map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1))).join('');
  return `${camelModule}${pascal(method.toLowerCase())}${path}`;
}

function describeAccess(route: RouteOptions): string {
  if (route.config?.public) return 'Public: no sign-in needed.';
  const p = route.config?.permission;
  if (!p) return 'Needs a signed-in session or an API token.';
  const list = (Array.isArray(p) ? p : [p]).map((x) => `\`${x}\``).join(' or ');
  return `Needs a signed-in session or an API token allowed ${list}.`;
}

/** Registers the onRoute hook; call before any module's routes are registered. */
export function documentRoutes(app: FastifyInstance): void {
  app.addSchema({ ...Problem, $id: PROBLEM_SCHEMA_ID });
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.method === 'HEAD' || (Array.isArray(route.method) && route.method.includes('HEAD'))) return;
    const schema = (route.schema ??= {}) as Record<string, unknown> & { response?: Record<string, unknown> };
    if (schema.hide) return;
    const method = Array.isArray(route.method) ? route.method[0] : route.method;
    schema.operationId ??= operationIdFor(method, route.url);
    const summary = typeof schema.summary === 'string' ? schema.summary.replace(/\s*$/, '') : '';
    schema.description ??= `${summary}${summary && !/[.!?]$/.test(summary) ? '.' : ''} ${describeAccess(route)}`.trim();
    if (route.config?.public) schema.security = [];
    const response: Record<string, unknown> = {};
    for (const [status, s] of Object.entries(schema.response ?? {})) {
      response[status] = s === Problem || (Number(status) >= 400 && isProblemLike(s)) ? problemResponse(Number(status)) : s;
    }
    for (const status of route.config?.public ? defaultStatuses.public : defaultStatuses.protected) response[status] ??= problemResponse(status);
    schema.response = response;
  });
}

function isProblemLike(s: unknown): boolean {
  const props = (s as { properties?: Record<string, unknown> } | null)?.properties;
  return !!props && 'type' in props && 'title' in props && 'status' in props && 'detail' in props;
}

type Json = Record<string, unknown>;

/** Rewrites the generated document in place: unions of string constants (TypeBox literals) as enums. */
export function openApiDocumentTransform(document: Json): Json {
  // One string constant, as TypeBox writes it ({ const }) or as already rewritten here ({ enum: [x] }):
  // the document shares schema objects between routes, so a union may meet members rewritten before.
  const constantOf = (x: Json): string | undefined => {
    if (!x || typeof x !== 'object' || !Object.keys(x).every((k) => k === 'const' || k === 'type' || k === 'enum')) return undefined;
    if (typeof x.const === 'string') return x.const;
    return Array.isArray(x.enum) && x.enum.length === 1 && typeof x.enum[0] === 'string' ? x.enum[0] : undefined;
  };
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (!node || typeof node !== 'object') return node;
    const o: Json = { ...(node as Json) };
    const anyOf = o.anyOf as Json[] | undefined;
    const constants = Array.isArray(anyOf) && anyOf.length > 0 ? anyOf.map(constantOf) : [];
    if (constants.length > 0 && constants.every((c) => c !== undefined)) {
      delete o.anyOf;
      for (const k of Object.keys(o)) o[k] = visit(o[k]);
      return { type: 'string', enum: constants, ...o };
    }
    for (const k of Object.keys(o)) o[k] = visit(o[k]);
    if (typeof o.const === 'string' && !('enum' in o)) {
      const { const: value, ...rest } = o;
      return { type: 'string', ...rest, enum: [value] };
    }
    return o;
  };
  return visit(document) as Json;
}
