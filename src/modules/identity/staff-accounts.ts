import type { Executor } from '../../db/database.ts';
import { newId } from '../../platform/ids.ts';
import { DomainError, isUniqueViolation } from '../../platform/problems.ts';

/** At least 12 characters: NCSC guidance favours length (three random words) over complexity rules. */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

export class EmailTaken extends DomainError {
  constructor(pointer = '/body/email') {
    super('conflict', 'identity/email-taken', 'A staff member with that email address already exists in this network.', {}, [{ pointer, detail: 'already in use' }]);
  }
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Creates a staff account with its roles. Without a password hash the person cannot sign in until
 * they open their invitation link and choose one.
 */
export async function addStaffAccount(
  trx: Executor,
  p: { networkId: string; email: string; displayName: string; passwordHash: string | null; roles: { organisationId: string; role: string }[] },
): Promise<string> {
  const id = newId();
  try {
    await trx.insertInto('staff').values({ network_id: p.networkId, id, email: normaliseEmail(p.email), display_name: p.displayName.trim(), password_hash: p.passwordHash }).execute();
  } catch (e) {
    if (isUniqueViolation(e, 'staff_network_id_email_key')) throw new EmailTaken();
    throw e;
  }
  if (p.roles.length) {
    await trx.insertInto('staff_role').values(p.roles.map((r) => ({ network_id: p.networkId, staff_id: id, organisation_id: r.organisationId, role: r.role })))
      .onConflict((oc) => oc.doNothing()).execute();
  }
  return id;
}
