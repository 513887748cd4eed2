// The one fetch wrapper: JSON in and out, the session cookie, the CSRF token on writes, and
// RFC 9457 problems turned into a `Problem` the screens can show.

export interface FieldError {
  pointer: string;
  detail: string;
}

/** An error the server described as application/problem+json (or one we made up for a network failure). */
export class Problem extends Error {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly errors: FieldError[];
  readonly body: Record<string, unknown>;
  constructor(body: { type?: string; title?: string; status?: number; detail?: string; errors?: FieldError[] } & Record<string, unknown>) {
    super(body.detail ?? body.title ?? 'Something went wrong');
    this.type = body.type ?? 'about:blank';
    this.title = body.title ?? 'Something went wrong';
    this.status = body.status ?? 0;
    this.detail = body.detail ?? '';
    this.errors = body.errors ?? [];
    this.body = body;
  }
  /** The last part of the type: "booking/slot-taken" for ".../problems/booking/slot-taken". */
  get code(): string {
    return this.type.replace(/^.*\/problems\//, '');
  }
}

let csrfToken: string | null = null;

/** Remembered from the session; sent as X-CSRF-Token on every write. */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

type Query = Record<string, string | number | boolean | null | undefined>;

export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  query?: Query;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** Calls /api/v1/<path>; resolves to the JSON body, or throws a Problem. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json', ...options.headers };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(withQuery(`/api/v1${path}`, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
      signal: options.signal,
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new Problem({ type: 'network', title: 'No connection', status: 0, detail: 'Commons could not reach the server. Check your connection and try again.' });
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let body: unknown = undefined;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!res.ok) {
    const p = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
    throw new Problem({ status: res.status, title: res.statusText, detail: `The server answered ${res.status}.`, ...p });
  }
  return body as T;
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => apiRequest<T>(path, { query, signal }),
  post: <T>(path: string, body: unknown = {}, headers?: Record<string, string>) => apiRequest<T>(path, { method: 'POST', body, headers }),
  patch: <T>(path: string, body: unknown) => apiRequest<T>(path, { method: 'PATCH', body }),
  put: <T>(path: string, body: unknown) => apiRequest<T>(path, { method: 'PUT', body }),
  delete: <T>(path: string) => apiRequest<T>(path, { method: 'DELETE' }),
};

/** A fresh key for one intent to create something, so a retried click never books twice. */
export function newIdempotencyKey(): string {
  // randomUUID needs a secure context; plain http on a practice LAN is not one.
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}
