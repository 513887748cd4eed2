import { DomainError } from '../../platform/problems.ts';

export class DecisionFieldNeeded extends DomainError {
  constructor(field: string, decision: string, detail: string) {
    super('invalid', 'navigation/decision-field-needed', `"${decision}" needs ${detail}.`, {}, [{ pointer: `/body/${field}`, detail: `is required when the decision is ${decision}` }]);
  }
}

export class TextNeedsConsent extends DomainError {
  constructor() {
    super('invalid', 'navigation/text-needs-consent', 'Ask the patient first: texting them needs their agreement.', {}, [{ pointer: '/body/consent', detail: 'must be true: the patient agreed to get a text' }]);
  }
}

export class TextNeedsPatient extends DomainError {
  constructor() {
    super('conflict', 'navigation/text-needs-patient', 'This contact is for a caller not yet identified: find the patient and record the contact for them before texting.', {}, [{ pointer: '/params/id', detail: 'the contact has no patient' }]);
  }
}

export class TextNeedsOffer extends DomainError {
  constructor(detail: string) {
    super('invalid', 'navigation/text-needs-offer', `Choose an offer of the directory to text: ${detail}.`, {}, [{ pointer: '/body/offerId', detail }]);
  }
}

export class PatientCannotGetTexts extends DomainError {
  constructor(detail: string, pointer = '/params/id') {
    super('conflict', 'navigation/patient-cannot-get-texts', `${detail} Give them the printed page instead, or update their contact details first.`, {}, [{ pointer, detail }]);
  }
}
