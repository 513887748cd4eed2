import type { Db } from '../../db/database.ts';
import { newId } from '../../platform/ids.ts';
import { findPatientsByIdentity } from '../patients/index.ts';
import * as q from './queries.ts';
import { createReferralInTransaction } from './referrals.ts';
import type { SelfReferralRequest } from './schema.ts';
import { ConsentNeeded, NhsNumberOrPostcodeNeeded, SelfReferralNotMatched } from './errors.ts';
import { DomainError } from '../../platform/problems.ts';

const RECEIVED = 'Thank you. A social prescribing link worker will contact you, usually within 2 weeks. If you feel you cannot cope or are thinking about harming yourself, call 111 (option 2 for mental health) or 999 in an emergency.';

/**
 * A person refers themself from the patient site. They are matched to one registered patient the way
 * the online consultation form does (family name, date of birth, NHS number or postcode, practice);
 * the answer is the same whether or not they already had an open referral, so the form reveals nothing
 * about anyone's care (an existing episode gets a note that they asked again).
 */
export async function selfRefer(db: Db, body: SelfReferralRequest, now: Date) {
  if (!body.consent) throw new ConsentNeeded();
  if (!body.nhsNumber && !body.postcode) throw new NhsNumberOrPostcodeNeeded();
  if (body.dateOfBirth > now.toISOString().slice(0, 10)) throw new DomainError('invalid', 'social-prescribing/date-of-birth-in-future', 'The date of birth must be in the past.', {}, [{ pointer: '/body/dateOfBirth', detail: 'must be in the past' }]);
  let matches = await findPatientsByIdentity(db, { familyName: body.familyName, dateOfBirth: body.dateOfBirth, nhsNumber: body.nhsNumber?.replace(/\s/g, ''), postcode: body.postcode, practiceOdsCode: body.practiceOdsCode });
  const given = body.givenName.trim().toLowerCase();
  if (matches.length > 1) matches = matches.filter((m) => m.given_name.toLowerCase() === given);
  if (matches.length !== 1) throw new SelfReferralNotMatched();
  const m = matches[0];
  await db.transaction().execute(async (trx) => {
    const open = await q.findOpenReferral(trx, { networkId: m.network_id, patientId: m.id });
    if (open) {
      await q.insertEvent(trx, { network_id: m.network_id, id: newId(), referral_id: open.id, type: 'self-referral-again', at: now, by_staff_id: null, from_status: null, to_status: null, note: body.note ?? null, detail: JSON.stringify({ reasons: body.reasons }) });
      return;
    }
    await createReferralInTransaction(trx, { networkId: m.network_id, patientId: m.id, source: 'self', actor: null, reasons: body.reasons, note: body.note, consent: body.consent, now });
  });
  return { accepted: true, message: RECEIVED };
}
