import type { Executor } from '../db/database.ts';

// Reference data that changes a few times a year (organisations, sites, services, staff names) is read
// on nearly every request; a database round trip for it cost as much as the request's own work. The
// module that owns such data keeps, per network and per server process, one copy made by a single
// load, and offers look-ups on it from its index.ts. The copy is trusted for a short lifetime, so a
// change made through another server process shows everywhere within it; the owner drops its copy
// at once after it writes (in this process); and a look-up for an id the copy does not hold (a site
// added a moment ago, on another process) loads it again before answering.

export const REFERENCE_TTL_MS = 60_000;

export interface ReferenceCache<T> {
  /** The network's copy; loaded again when it is older than the lifetime or `holds` says an id is missing. */
  get(db: Executor, networkId: string, holds?: (copy: T) => boolean): Promise<T>;
  /** Drops a network's copy in this process (after its owner has written and committed). */
  forget(networkId: string): void;
}

export function referenceCache<T>(load: (db: Executor, networkId: string) => Promise<T>, ttlMs = REFERENCE_TTL_MS): ReferenceCache<T> {
  const held = new Map<string, { copy: Promise<T>; at: number }>();
  const fresh = (db: Executor, networkId: string) => {
    const entry = { copy: load(db, networkId), at: Date.now() };
    entry.copy.catch(() => { if (held.get(networkId) === entry) held.delete(networkId); });
    held.set(networkId, entry);
    return entry.copy;
  };
  return {
    async get(db, networkId, holds) {
      const hit = held.get(networkId);
      const copy = hit && Date.now() - hit.at < ttlMs ? await hit.copy : null;
      if (copy && (!holds || holds(copy))) return copy;
      return fresh(db, networkId);
    },
    forget(networkId) {
      held.delete(networkId);
    },
  };
}

/** Compares names the way the C collation does (by code point), so lists sorted in memory keep the order they had in SQL. */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
