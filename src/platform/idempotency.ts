import { createHash } from 'node:crypto';
import type { Db, Executor } from '../db/database.ts';
import type { Actor } from './actor.ts';
import { DomainError, isUniqueViolation } from './problems.ts';

export interface IdempotentResult<T> {
  statusCode: number;
  body: T;
  replayed: boolean;
}

/**
 * Runs a create once per Idempotency-Key. The key row is the first write of the create's transaction:
 * a concurrent twin's insert of the same key waits on the unique index until the first transaction
 * ends, then fails, and the twin answers with the first result (on PGlite transactions run one at a
 * time, so the twin finds the key the same way). Keys are scoped per actor and operation; a failed
 * create rolls its key back, so a retry after a failure runs again.
 */
export async function runIdempotently<T>(
  db: Db,
  actor: Pick<Actor, 'networkId' | 'staffId' | 'tokenId'>,
  p: { operation: string; key: string | undefined; request: unknown; statusCode: number },
  create: (trx: Executor) => Promise<T>,
): Promise<IdempotentResult<T>> {
  if (!p.key) return { statusCode: p.statusCode, body: await db.transaction().execute(create), replayed: false };
  if (p.key.length > 200) throw new DomainError('invalid', 'idempotency/key-too-long', 'Idempotency-Key must be at most 200 characters.', {}, [{ pointer: '/headers/idempotency-key', detail: 'at most 200 characters' }]);
  const scope = `${actor.staffId ?? actor.tokenId}:${p.operation}`;
  const requestHash = createHash('sha256').update(JSON.stringify(p.request)).digest('hex');
  const where = { network_id: actor.networkId, scope, key: p.key };
  const replay = async () => {
    const row = await db.selectFrom('idempotency_key').selectAll().where('network_id', '=', where.network_id).where('scope', '=', scope).where('key', '=', where.key).executeTakeFirst();
    if (!row) return null;
    if (row.request_hash !== requestHash) {
      throw new DomainError('unprocessable', 'idempotency/key-reused', 'This Idempotency-Key was already used for a different request. Use a new key for a new request.', {}, [{ pointer: '/headers/idempotency-key', detail: 'already used for a different request' }]);
    }
    return { statusCode: row.status_code, body: row.response as T, replayed: true };
  };
  const earlier = await replay();
  if (earlier) return earlier;
  try {
    const body = await db.transaction().execute(async (trx) => {
      // Claim first; the answer is filled in below, before anyone else can see the row.
      await trx.insertInto('idempotency_key').values({ ...where, request_hash: requestHash, status_code: p.statusCode, response: JSON.stringify(null) }).execute();
      const created = await create(trx);
      await trx.updateTable('idempotency_key').set({ response: JSON.stringify(created) })
        .where('network_id', '=', where.network_id).where('scope', '=', scope).where('key', '=', where.key).execute();
      return created;
    });
    return { statusCode: p.statusCode, body, replayed: false };
  } catch (e) {
    if (isUniqueViolation(e, 'idempotency_key_pkey')) {
      const twin = await replay();
      if (twin) return twin;
    }
    throw e;
  }
}
