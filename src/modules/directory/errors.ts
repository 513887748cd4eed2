import { DomainError } from '../../platform/problems.ts';

export class ContactNeeded extends DomainError {
  constructor(pointer = '/body/contact') {
    super('invalid', 'directory/contact-needed', 'Give at least one way to contact this offer: a phone number, an email address or a website.', {}, [{ pointer, detail: 'give a phone number, an email address or a website' }]);
  }
}

export class AgeRangeReversed extends DomainError {
  constructor(pointer = '/body/eligibility/minAge') {
    super('invalid', 'directory/age-range-reversed', 'The youngest age must not be more than the oldest age.', {}, [{ pointer, detail: 'is more than the maximum age' }]);
  }
}

export class ClosesBeforeOpens extends DomainError {
  constructor(pointer: string) {
    super('invalid', 'directory/closes-before-opens', 'A session must finish after it starts.', {}, [{ pointer, detail: 'must be later than the opening time' }]);
  }
}

export class WeekOfMonthNeeded extends DomainError {
  constructor(pointer: string) {
    super('invalid', 'directory/week-of-month-needed', 'A monthly session needs which week of the month it runs (first to fourth, or last); a weekly one must not have it.', {}, [{ pointer, detail: 'give 1-4 or -1 for monthly sessions only' }]);
  }
}

export class MorePlacesThanCapacity extends DomainError {
  constructor() {
    super('invalid', 'directory/places-over-capacity', 'There cannot be more places left than the offer has in all.', {}, [{ pointer: '/body/placesAvailable', detail: 'is more than the capacity' }]);
  }
}

export class UnknownProvider extends DomainError {
  constructor(pointer = '/body/organisationId') {
    super('invalid', 'directory/unknown-provider', 'There is no directory organisation with that id in this network.', {}, [{ pointer, detail: 'unknown directory organisation' }]);
  }
}

export class NotYourOffer extends DomainError {
  constructor() {
    super('forbidden', 'directory/not-your-offer', 'You can see and change only the offers of the group you run.');
  }
}

export class UnknownStaff extends DomainError {
  constructor() {
    super('invalid', 'directory/unknown-staff', 'There is no staff account with that id in this network.', {}, [{ pointer: '/body/staffId', detail: 'unknown staff account' }]);
  }
}

/** Attendance is recorded by a first name or a code the person chose: never an NHS number or anything from the record. */
export class AttendeeLooksLikeNhsNumber extends DomainError {
  constructor(pointer: string) {
    super('invalid', 'directory/attendee-not-a-name', 'Record a first name or a code the person chose, never an NHS number or other record number.', {}, [{ pointer, detail: 'looks like a record number: use a first name or a chosen code' }]);
  }
}

export class SessionInFuture extends DomainError {
  constructor() {
    super('invalid', 'directory/session-in-future', 'Record attendance for a session that has happened (today or earlier).', {}, [{ pointer: '/body/heldOn', detail: 'is after today' }]);
  }
}
