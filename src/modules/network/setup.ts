import { sql } from 'kysely';
import type { Db, Executor } from '../../db/database.ts';
import { newId } from '../../platform/ids.ts';
import { DomainError } from '../../platform/problems.ts';
import { addStaffAccount, hashPassword, recordAdminAction } from '../identity/index.ts';

export class NetworkExists extends DomainError {
  constructor() {
    super('conflict', 'network/already-initialised', 'This database already holds a network. Sign in as its administrator to change it; commons init only sets up an empty database.');
  }
}

/** True once any network exists: the web app's sign-in page and `commons start` ask this. */
export async function hasAnyNetwork(db: Executor): Promise<boolean> {
  return (await db.selectFrom('network').select('id').limit(1).executeTakeFirst()) !== undefined;
}

export interface InitialiseNetwork {
  networkName: string;
  /** The PCN's ODS code (U followed by five digits), when it has one yet. */
  pcnOdsCode: string | null;
  admin: { email: string; displayName: string; password: string };
}

/**
 * `commons init`: the network, its PCN organisation and its first administrator (the admin role at the
 * PCN), in one transaction. Refuses a database that already holds a network, so it can never be used
 * to take over a running one.
 */
export async function initialiseNetwork(db: Db, p: InitialiseNetwork) {
  const passwordHash = await hashPassword(p.admin.password);
  return db.transaction().execute(async (trx) => {
    // Two inits at once on one PostgreSQL: the second waits here, then sees the first one's network.
    await sql`lock table network in share row exclusive mode`.execute(trx);
    if (await hasAnyNetwork(trx)) throw new NetworkExists();
    const networkId = newId();
    const pcnId = newId();
    await trx.insertInto('network').values({ id: networkId, name: p.networkName.trim(), ods_code: p.pcnOdsCode, data_sharing_across_practices: false }).execute();
    await trx.insertInto('organisation').values({ network_id: networkId, id: pcnId, kind: 'pcn', ods_code: p.pcnOdsCode, name: p.networkName.trim() }).execute();
    const adminId = await addStaffAccount(trx, {
      networkId, email: p.admin.email, displayName: p.admin.displayName, passwordHash, roles: [{ organisationId: pcnId, role: 'admin' }],
    });
    const actor = { kind: 'command-line' as const, networkId };
    await recordAdminAction(trx, actor, { action: 'create', entity: 'network', entityId: networkId, detail: { name: p.networkName.trim(), pcnOdsCode: p.pcnOdsCode } });
    await recordAdminAction(trx, actor, { action: 'create', entity: 'staff', entityId: adminId, detail: { roles: [{ organisationId: pcnId, role: 'admin' }] } });
    return { networkId, pcnOrganisationId: pcnId, adminStaffId: adminId };
  });
}
