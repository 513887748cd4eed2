import type { Db } from '../../db/database.ts';
import { DomainError } from '../../platform/problems.ts';
import type { OidcIdentity } from './oidc-client.ts';
import { startSession } from './sessions.ts';

/** Why a sign-in through the provider was refused; the code travels to the sign-in page, which explains it. */
export class OidcSignInRefused extends DomainError {
  constructor(readonly reason: 'unknown-staff' | 'no-email' | 'email-not-verified' | 'linked-to-someone-else' | 'no-roles' | 'deactivated', message: string) {
    super('forbidden', `identity/oidc-${reason}`, message);
  }
}

/**
 * Signs in a person the provider vouched for. The first time, they are matched to an existing, active
 * staff member by email and the provider's subject is linked to them; afterwards the link decides. An
 * unknown email is refused: nobody is created here (staff are invited by their practice or the PCN).
 */
export async function signInWithOidc(db: Db, id: OidcIdentity, now: Date) {
  const linked = await db
    .selectFrom('staff_oidc_identity')
    .innerJoin('staff', (j) => j.onRef('staff.network_id', '=', 'staff_oidc_identity.network_id').onRef('staff.id', '=', 'staff_oidc_identity.staff_id'))
    .select(['staff.network_id', 'staff.id', 'staff.active'])
    .where('staff_oidc_identity.issuer', '=', id.issuer)
    .where('staff_oidc_identity.subject', '=', id.subject)
    .executeTakeFirst();
  if (linked) {
    if (!linked.active) throw new OidcSignInRefused('deactivated', 'Your Commons account has been deactivated. Ask your practice manager.');
    return opened(await startSession(db, { networkId: linked.network_id, staffId: linked.id }, now));
  }
  if (!id.email) throw new OidcSignInRefused('no-email', 'Your identity provider did not share your email address, so Commons cannot tell which account is yours. Ask your administrator to release the email claim to Commons.');
  if (id.emailVerified === false) throw new OidcSignInRefused('email-not-verified', 'Your identity provider says your email address is not verified.');
  const staff = await db.selectFrom('staff').select(['network_id', 'id']).where('email', '=', id.email).where('active', '=', true).executeTakeFirst();
  if (!staff) {
    throw new OidcSignInRefused('unknown-staff', 'No Commons account uses the email address your identity provider gave. Ask your practice manager to invite you with that address; Commons does not create accounts at sign-in.');
  }
  const other = await db.selectFrom('staff_oidc_identity').select('subject')
    .where('network_id', '=', staff.network_id).where('staff_id', '=', staff.id).where('issuer', '=', id.issuer).executeTakeFirst();
  if (other) throw new OidcSignInRefused('linked-to-someone-else', 'The Commons account with this email address is already linked to another identity at your provider. Ask your administrator.');
  return db.transaction().execute(async (trx) => {
    await trx.insertInto('staff_oidc_identity').values({ network_id: staff.network_id, issuer: id.issuer, subject: id.subject, staff_id: staff.id }).execute();
    return opened(await startSession(trx, { networkId: staff.network_id, staffId: staff.id }, now));
  });
}

function opened<T>(session: T | null): T {
  if (!session) throw new OidcSignInRefused('no-roles', 'Your Commons account holds no role at any organisation yet. Ask your practice manager.');
  return session;
}
