// Errors that mean "the database cannot be reached right now" rather than "this request is wrong":
// PostgreSQL restarting or failing over, a network blip, the connection pool timing out. They are
// answered 503 with Retry-After, and the pool connects again by itself once the database is back.

/** SQLSTATE classes and codes: 08 connection exception, 57P01-03 shutdown and start-up, 53300 too many connections. */
const UNAVAILABLE_SQLSTATES = /^(08\d{3}|57P0[1-3]|53300)$/;
const UNAVAILABLE_SYSTEM_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
const UNAVAILABLE_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection ended unexpectedly|the database system is (starting up|shutting down|in recovery mode)/i;

/** Seconds a client should wait before trying again. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

export function isDatabaseUnavailable(e: unknown): boolean {
  const err = e as { code?: unknown; message?: unknown; cause?: unknown } | null;
  if (!err || typeof err !== 'object') return false;
  const code = typeof err.code === 'string' ? err.code : '';
  if (UNAVAILABLE_SQLSTATES.test(code) || UNAVAILABLE_SYSTEM_ERRORS.has(code)) return true;
  if (typeof err.message === 'string' && UNAVAILABLE_MESSAGES.test(err.message)) return true;
  return err.cause ? isDatabaseUnavailable(err.cause) : false;
}
