import { sql } from 'kysely';
import type { Database, Executor } from '../../db/database.ts';
import type { Actor } from '../../platform/actor.ts';

// Who a session cookie or an API token stands for, held in memory for a few seconds so that a request
// does not look its session or token up in the database (that read cost as much as a slot search).
// Signing out, switching organisation and revoking a token drop the entry at once in this process and,
// through the database's NOTIFY on the channel below, in every other server process listening on it
// (see listenForForgottenActors). A process that cannot listen (its listening connection dropped)
// keeps nothing until it listens again. Anything else that changes a person's rights (a role added
// or removed, an account deactivated) shows within the lifetime of an entry.

export const ACTOR_CACHE_TTL_MS = 10_000;
export const FORGET_CHANNEL = 'commons_actor_forget';
const MAX_ENTRIES = 50_000;

export interface ResolvedActor {
  actor: Actor;
  csrfToken: string | null;
}

interface Entry extends ResolvedActor {
  /** When this entry stops being trusted (ms since the epoch, process clock). */
  until: number;
  /** When the session itself expires (by the app's clock); null for tokens. */
  expiresAt: Date | null;
}

const entries = new Map<string, Entry>();
/** Apps in this process hearing forget notices (tests run several); the cache is used only when one is. */
let listeners = 0;

/** The cache key of a session (by the hash of its secret) or an API token (by its hash). */
export const sessionKey = (networkId: string, tokenHash: string) => `s:${networkId}:${tokenHash}`;
export const tokenKey = (networkId: string, tokenHash: string) => `t:${networkId}:${tokenHash}`;

export function cachedActor(key: string, now: Date): ResolvedActor | null {
  const hit = entries.get(key);
  if (!hit) return null;
  if (Date.now() >= hit.until || (hit.expiresAt && hit.expiresAt <= now)) {
    entries.delete(key);
    return null;
  }
  return hit;
}

export function rememberActor(key: string, resolved: ResolvedActor, expiresAt: Date | null) {
  if (listeners === 0) return;
  if (entries.size >= MAX_ENTRIES) entries.clear(); // a crude bound: a flood of distinct tokens cannot grow memory
  entries.set(key, { ...resolved, until: Date.now() + ACTOR_CACHE_TTL_MS, expiresAt });
}

function forgetHere(what: string) {
  if (what === '*') entries.clear();
  else if (what.startsWith('id:')) {
    // A token revoked by its id: find the entries that stand for it.
    const tokenId = what.slice(3);
    for (const [key, e] of entries) if (e.actor.tokenId === tokenId) entries.delete(key);
  } else entries.delete(what);
}

/**
 * Drops a session or token (a key, or "id:<token id>") here and in every other process. Call it after
 * the change is committed, so that no process reads the old row again once it has forgotten it.
 */
export async function forgetActor(db: Executor, what: string) {
  forgetHere(what);
  await sql`select pg_notify(${FORGET_CHANNEL}, ${what})`.execute(db);
}

/**
 * Listens for every process's forget notices; the cache is trusted only while this works. On losing
 * the listening connection, everything held is dropped. Resolves to a stop function.
 */
export async function listenForForgottenActors(database: Pick<Database, 'listen'>): Promise<() => Promise<void>> {
  let counted = false;
  const onListening = (on: boolean) => {
    if (on && !counted) listeners++;
    if (!on && counted) listeners--;
    counted = on;
    if (!on) entries.clear();
  };
  if (!database.listen) return async () => {}; // cannot hear other processes: hold nothing
  return database.listen(FORGET_CHANNEL, forgetHere, onListening);
}
