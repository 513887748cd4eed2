import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from './database-unavailable.ts';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

// The one file that knows HTTP status numbers. Services throw DomainErrors with a kind;
// this maps kinds to statuses and writes RFC 9457 problem+json.

export type ProblemKind = 'invalid' | 'unauthenticated' | 'forbidden' | 'not-found' | 'conflict' | 'gone' | 'unprocessable' | 'too-many' | 'too-large' | 'unavailable';

const statusOf: Record<ProblemKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  gone: 410,
  'too-large': 413,
  unprocessable: 422,
  'too-many': 429,
  unavailable: 503,
};

export const PROBLEM_BASE = 'https://commons.nhs.invalid/problems/';

export interface FieldError {
  pointer: string;
  detail: string;
}

/** Something the caller can act on, named in domain words: a slot taken, a patient not found. */
export class DomainError extends Error {
  constructor(
    readonly kind: ProblemKind,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly errors: FieldError[] = [],
  ) {
    super(message);
  }
}

export class NotFound extends DomainError {
  constructor(what: string, pointer?: string, extra: Record<string, unknown> = {}) {
    super('not-found', `${what}/not-found`, `No ${what.replace(/-/g, ' ')} with that id in this network.`, extra, pointer ? [{ pointer, detail: `unknown ${what.replace(/-/g, ' ')}` }] : []);
  }
}

export class Forbidden extends DomainError {
  constructor(code: string, message: string) {
    super('forbidden', code, message);
  }
}

export class Invalid extends DomainError {
  constructor(code: string, message: string, pointer: string) {
    super('invalid', code, message, {}, [{ pointer, detail: message }]);
  }
}

const titles: Record<ProblemKind, string> = {
  invalid: 'The request is not valid',
  unauthenticated: 'Please sign in',
  forbidden: 'You are not allowed to do that',
  'not-found': 'Not found',
  conflict: 'That conflicts with the current state',
  gone: 'That has expired',
  'too-large': 'The request is too large',
  unprocessable: 'That cannot be done',
  'too-many': 'Too many requests',
  unavailable: 'Not ready to serve',
};

function send(reply: FastifyReply, req: FastifyRequest, status: number, body: Record<string, unknown>) {
  return reply
    .code(status)
    .type('application/problem+json')
    .send({ ...body, status, instance: `urn:uuid:${req.id}` });
}

/** Turns an AJV path like "/slotId" or "body/slotId" into a JSON pointer with its location. */
function pointerFor(err: { instancePath?: string; params?: Record<string, unknown> }, context: string | undefined): string {
  const where = context ?? 'body';
  const missing = err.params && typeof err.params.missingProperty === 'string' ? `/${err.params.missingProperty}` : '';
  const extra = err.params && typeof err.params.additionalProperty === 'string' ? `/${err.params.additionalProperty}` : '';
  return `/${where}${err.instancePath ?? ''}${missing}${extra}`;
}

function validationDetail(err: { message?: string; keyword?: string; params?: Record<string, unknown> }): string {
  if (err.keyword === 'additionalProperties') return `unknown field "${String(err.params?.additionalProperty)}"`;
  if (err.keyword === 'required') return `is required`;
  if (err.keyword === 'format') return `must be a valid ${String(err.params?.format)}`;
  return err.message ?? 'is not valid';
}

export function registerProblemHandlers(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError & { validation?: any[]; validationContext?: string }, req, reply) => {
    if (error instanceof DomainError) {
      return send(reply, req, statusOf[error.kind], {
        type: PROBLEM_BASE + error.code,
        title: titles[error.kind],
        detail: error.message,
        ...(error.errors.length ? { errors: error.errors } : {}),
        ...error.extra,
      });
    }
    if (error.validation) {
      const errors = error.validation.map((v) => ({ pointer: pointerFor(v, error.validationContext), detail: validationDetail(v) }));
      return send(reply, req, 400, {
        type: PROBLEM_BASE + 'validation',
        title: titles.invalid,
        detail: errors.map((e) => `${e.pointer} ${e.detail}`).join('; '),
        errors,
      });
    }
    const status = error.statusCode ?? 500;
    if (status === 413) return send(reply, req, 413, { type: PROBLEM_BASE + 'too-large', title: titles['too-large'], detail: 'The request body is larger than this server accepts.' });
    if (status === 429) return send(reply, req, 429, { type: PROBLEM_BASE + 'rate-limited', title: titles['too-many'], detail: error.message || 'Too many requests: please wait a minute and try again.' });
    if (status >= 400 && status < 500) {
      return send(reply, req, status, { type: PROBLEM_BASE + (error.code ?? 'bad-request').toLowerCase(), title: titles.invalid, detail: error.message });
    }
    if (isDatabaseUnavailable(error)) {
      req.log.warn({ err: error }, 'database unavailable');
      reply.header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
      return send(reply, req, 503, {
        type: PROBLEM_BASE + 'database-unavailable', title: 'Commons is briefly unavailable',
        detail: `The database cannot be reached just now (a restart or failover). Nothing from this request was saved; try again in ${DATABASE_RETRY_AFTER_SECONDS} seconds.`,
      });
    }
    req.log.error({ err: error }, 'unhandled error');
    return send(reply, req, 500, { type: PROBLEM_BASE + 'internal', title: 'Something went wrong on our side', detail: 'The error has been logged. Please try again.' });
  });
  app.setNotFoundHandler((req, reply) =>
    send(reply, req, 404, { type: PROBLEM_BASE + 'route-not-found', title: titles['not-found'], detail: `No route ${req.method} ${req.url.split('?')[0]}.` }),
  );
}

/** True when a database error is a unique violation of the named constraint or index. */
export function isUniqueViolation(e: unknown, constraint: string): boolean {
  const err = e as { code?: string; constraint?: string; message?: string; detail?: string };
  if (err?.code !== '23505') return false;
  return err.constraint === constraint || (err.message ?? '').includes(constraint);
}
