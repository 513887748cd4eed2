import { DomainError } from '../../platform/problems.ts';

const CALL_PRACTICE = 'Please call your GP practice instead: they can take your request over the phone. If you need help now, call 111; in an emergency call 999.';

export class PatientNotMatched extends DomainError {
  constructor() {
    super('unprocessable', 'consultations/patient-not-matched', `We could not find you from those details. Check your name, date of birth and NHS number or postcode, and try again. ${CALL_PRACTICE}`);
  }
}

export class PatientNotUnique extends DomainError {
  constructor() {
    super('unprocessable', 'consultations/patient-not-unique', `Those details match more than one person, so we cannot be sure it is you. Add your first name and NHS number, or ${CALL_PRACTICE.charAt(0).toLowerCase()}${CALL_PRACTICE.slice(1)}`);
  }
}

export class PracticeNotFound extends DomainError {
  constructor(odsCode: string) {
    super('unprocessable', 'consultations/practice-not-found', `We do not know a practice with the code ${odsCode}. Start again from your practice's website, or call your practice.`, {}, [{ pointer: '/body/practiceOdsCode', detail: 'no practice with this ODS code' }]);
  }
}

export class NhsNumberOrPostcodeNeeded extends DomainError {
  constructor() {
    super('invalid', 'consultations/nhs-number-or-postcode-needed', 'Give your NHS number or your postcode, so we can find you.', {}, [{ pointer: '/body/nhsNumber', detail: 'give your NHS number or your postcode' }]);
  }
}

export class DateOfBirthInFuture extends DomainError {
  constructor() {
    super('invalid', 'consultations/date-of-birth-in-future', 'The date of birth must be in the past.', {}, [{ pointer: '/body/dateOfBirth', detail: 'must be in the past' }]);
  }
}

export class IdentityTokenInvalid extends DomainError {
  constructor(expired: boolean) {
    super('unauthenticated', expired ? 'consultations/identity-expired' : 'consultations/identity-invalid',
      expired ? 'For your security, we need to check who you are again. Please start again.' : 'We could not check who you are. Please start again.',
      {}, [{ pointer: '/body/token', detail: expired ? 'has expired' : 'is not valid' }]);
  }
}

export class PatientDetailsNeeded extends DomainError {
  constructor() {
    super('invalid', 'consultations/patient-details-needed', 'Send the identity token, or an age and sex, so the answers can be checked.', {}, [{ pointer: '/body/token', detail: 'give the token, or age and sex' }]);
  }
}

export class AdminKindNeeded extends DomainError {
  constructor() {
    super('invalid', 'consultations/admin-kind-needed', 'Say what kind of admin request this is.', {}, [{ pointer: '/body/adminKind', detail: 'is required for an admin request' }]);
  }
}

/** An emergency is never accepted into the queue: the person must call 999 or go to A&E now. */
export class EmergencyNotAccepted extends DomainError {
  constructor(p: { nextStep: { title: string; body: string }; why: string[] }) {
    super('unprocessable', 'consultations/emergency', `${p.nextStep.title}. ${p.nextStep.body}`, { nextStep: p.nextStep, why: p.why, accepted: false });
  }
}

export class TooManyRequests extends DomainError {
  constructor() {
    super('too-many', 'consultations/too-many-requests', 'You have sent several requests in the last few minutes and we have them. Please wait before sending another. If you need help now, call 111; in an emergency call 999.');
  }
}

export class AlreadyClaimed extends DomainError {
  constructor(by: { staffId: string; name: string; at: Date }) {
    super('conflict', 'consultations/already-claimed', `${by.name} is already working on this request (since ${by.at.toISOString()}).`, { claimedBy: { staffId: by.staffId, name: by.name }, claimedAt: by.at.toISOString() });
  }
}

export class NotYourClaim extends DomainError {
  constructor(claimer: string | null) {
    super('forbidden', 'consultations/not-claimed-by-you', claimer ? `${claimer} is working on this request; only they can act on it.` : 'Claim this request before you act on it.');
  }
}

export class ConsultationClosed extends DomainError {
  constructor(reference: string) {
    super('conflict', 'consultations/closed', `Request ${reference} is already closed.`);
  }
}

export class ActionFieldNeeded extends DomainError {
  constructor(field: string, action: string) {
    super('invalid', 'consultations/action-field-needed', `A ${action} action needs "${field}".`, {}, [{ pointer: `/body/${field}`, detail: `is required for ${action}` }]);
  }
}

export class NoSlotAvailable extends DomainError {
  constructor(role: string) {
    super('unprocessable', 'consultations/no-slot-available', `There is no free ${role} slot you can book anywhere in the network. Reassign the request or reply to the patient.`);
  }
}

export class NotAPracticeOfNetwork extends DomainError {
  constructor() {
    super('invalid', 'consultations/not-a-practice', 'Requests are assigned to a practice of this network.', {}, [{ pointer: '/body/practiceId', detail: 'not a practice of this network' }]);
  }
}
