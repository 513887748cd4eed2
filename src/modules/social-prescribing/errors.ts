import { DomainError } from '../../platform/problems.ts';

export class ConsentNeeded extends DomainError {
  constructor() {
    super('invalid', 'social-prescribing/consent-needed', 'A referral needs the person\'s consent. Ask them; if they do not want it, do not refer (record "declined" on an open referral instead).', {}, [{ pointer: '/body/consent', detail: 'must be true: the person agreed to be referred' }]);
  }
}

export class OpenEpisodeExists extends DomainError {
  constructor(referralId: string, status: string) {
    super('conflict', 'social-prescribing/open-episode', `This person already has an open social prescribing referral (${status}). Add to that one instead of referring again.`, { referralId }, [{ pointer: '/body/patientId', detail: 'already has an open referral' }]);
  }
}

export class ReferralDischarged extends DomainError {
  constructor() {
    super('conflict', 'social-prescribing/discharged', 'This referral is discharged. Refer the person again to open a new episode.');
  }
}

export class Ons4Incomplete extends DomainError {
  constructor(missing: string[]) {
    super('invalid', 'social-prescribing/ons4-incomplete', `ONS4 needs all four scores, each from 0 to 10: ${missing.join(', ')} missing.`, {}, missing.map((m) => ({ pointer: `/body/${m}`, detail: 'is required for ONS4 (0–10)' })));
  }
}

export class SwemwbsIncomplete extends DomainError {
  constructor() {
    super('invalid', 'social-prescribing/swemwbs-incomplete', 'SWEMWBS needs all seven items, each from 1 to 5.', {}, [{ pointer: '/body/swemwbsItems', detail: 'is required for SWEMWBS: seven items, 1–5' }]);
  }
}

export class NotALinkWorker extends DomainError {
  constructor() {
    super('invalid', 'social-prescribing/not-a-link-worker', 'Referrals are allocated to a link worker, care coordinator or health and wellbeing coach of this network.', {}, [{ pointer: '/body/staffId', detail: 'not a link worker of this network' }]);
  }
}

export class OfferNeeded extends DomainError {
  constructor() {
    super('invalid', 'social-prescribing/offer-needed', 'Say which offer: choose one from the directory, or type its name.', {}, [{ pointer: '/body/offerId', detail: 'give offerId or offerName' }]);
  }
}

export class UnknownOffer extends DomainError {
  constructor() {
    super('invalid', 'social-prescribing/unknown-offer', 'There is no directory offer with that id in this network.', {}, [{ pointer: '/body/offerId', detail: 'no such offer in the directory' }]);
  }
}

export class DateInFuture extends DomainError {
  constructor(pointer: string) {
    super('invalid', 'social-prescribing/date-in-future', 'That time is in the future: record things once they have happened.', {}, [{ pointer, detail: 'must not be in the future' }]);
  }
}

export class SelfReferralNotMatched extends DomainError {
  constructor() {
    super('unprocessable', 'social-prescribing/not-matched', 'We could not find you from those details. Check your name, date of birth and NHS number or postcode and try again, or ask at your GP practice to be referred.');
  }
}

export class NhsNumberOrPostcodeNeeded extends DomainError {
  constructor() {
    super('invalid', 'social-prescribing/nhs-number-or-postcode-needed', 'Give your NHS number or your postcode, so we can find you.', {}, [{ pointer: '/body/nhsNumber', detail: 'give your NHS number or your postcode' }]);
  }
}

export class NoSafeguardingLead extends DomainError {
  constructor() {
    super('invalid', 'social-prescribing/not-staff', 'The safeguarding lead must be a member of staff of this network.', {}, [{ pointer: '/body/safeguardingLeadStaffId', detail: 'not staff of this network' }]);
  }
}
