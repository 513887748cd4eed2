import type { FastifyInstance } from 'fastify';
import { DomainError } from './problems.ts';

// Free text comes from people and from other systems. Control characters have no place in it
// (PostgreSQL refuses NUL outright, terminals and CSV exports act on the others), and neither do
// unpaired UTF-16 surrogates, which are not text at all. Line breaks and tabs are text.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function isCleanText(s: string): boolean {
  return !FORBIDDEN.test(s);
}

function escapePointer(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * The JSON pointer of the first unusable value in the input, if any: a string or object key that is
 * not clean text, or a number that is not finite (JSON's 1e400, a query string's "1e400" after AJV
 * coerced it, which its maximum check lets through).
 */
export function findUnusableValue(value: unknown, at: string): { pointer: string; detail: string } | null {
  if (typeof value === 'string') return isCleanText(value) ? null : { pointer: at, detail: 'contains a control character or broken text' };
  if (typeof value === 'number') return Number.isFinite(value) ? null : { pointer: at, detail: 'must be a finite number' };
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const found = findUnusableValue(v, `${at}/${i}`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (!isCleanText(k)) return { pointer: `${at}/${escapePointer(k)}`, detail: 'contains a control character or broken text' };
      const found = findUnusableValue(v, `${at}/${escapePointer(k)}`);
      if (found) return found;
    }
  }
  return null;
}

/**
 * One check for every route's input, after its schema has coerced it and before its handler: a
 * control character anywhere in the path, query string or body, or a number too large to be one,
 * is a 400 naming the field. Schemas need not repeat it field by field.
 */
export function rejectUnusableInput(app: FastifyInstance) {
  app.addHook('preHandler', async (req) => {
    const found = findUnusableValue(req.params, '/params') ?? findUnusableValue(req.query, '/querystring') ?? findUnusableValue(req.body, '/body');
    if (found) throw new DomainError('invalid', 'validation', `${found.pointer} ${found.detail}.`, {}, [found]);
  });
}
