import { findOrganisationRef } from '../network/index.ts';
import type { Executor } from '../../db/database.ts';
import { newId } from '../../platform/ids.ts';
import { Invalid } from '../../platform/problems.ts';
import { randomSecret, sha256 } from '../../platform/secrets.ts';
import { UUID } from '../../platform/formats.ts';
import { TOKEN_SCOPES } from '../../platform/permissions.ts';
import * as q from './queries.ts';

/** Bearer tokens look like "cmn_<network id>_<secret>": the network is read, the secret only hashed. */
export function parseBearerToken(header: string | undefined): { networkId: string; tokenHash: string } | null {
  if (!header?.startsWith('Bearer ')) return null;
  const m = /^cmn_([0-9a-f-]{36})_([A-Za-z0-9_-]{20,100})$/.exec(header.slice(7).trim());
  return m && UUID.test(m[1]) ? { networkId: m[1], tokenHash: sha256(m[2]) } : null;
}

export async function createApiToken(db: Executor, p: { networkId: string; organisationId: string; name: string; scopes: string[]; createdByStaffId?: string | null; integration?: boolean }) {
  for (const s of p.scopes) {
    if (!TOKEN_SCOPES.includes(s as never)) throw new Invalid('identity/unknown-scope', `"${s}" is not a scope a token may hold (${TOKEN_SCOPES.join(', ')}).`, '/body/scopes');
  }
  const org = await findOrganisationRef(db, { networkId: p.networkId, id: p.organisationId });
  if (!org) throw new Invalid('identity/unknown-organisation', 'No organisation with that id in this network.', '/body/organisationId');
  const secret = randomSecret();
  const id = newId();
  await q.insertApiToken(db, { network_id: p.networkId, id, organisation_id: p.organisationId, name: p.name, token_hash: sha256(secret), scopes: p.scopes, created_by_staff_id: p.createdByStaffId ?? null, integration: p.integration ?? false });
  return { id, token: `cmn_${p.networkId}_${secret}` };
}
