import { DomainError } from '../../platform/problems.ts';

export class NhsNumberTaken extends DomainError {
  constructor(nhsNumber: string) {
    super('conflict', 'patients/nhs-number-taken', `A patient with NHS number ${nhsNumber} is already registered in this network.`, {}, [{ pointer: '/body/nhsNumber', detail: 'already registered in this network' }]);
  }
}

export class NotAPractice extends DomainError {
  constructor() {
    super('invalid', 'patients/not-a-practice', 'Patients register at a practice of the network, not at a hub or another organisation.', {}, [{ pointer: '/body/practiceId', detail: 'not a practice of this network' }]);
  }
}

export class SearchTooVague extends DomainError {
  constructor() {
    super('invalid', 'patients/search-too-vague', 'Give a name (at least 2 letters), an NHS number, a date of birth or a postcode to search.', {}, [{ pointer: '/querystring/q', detail: 'give at least one search term' }]);
  }
}

export class DateOfBirthInFuture extends DomainError {
  constructor() {
    super('invalid', 'patients/date-of-birth-in-future', 'The date of birth is in the future.', {}, [{ pointer: '/body/dateOfBirth', detail: 'is in the future' }]);
  }
}

export class ImpossibleDate extends DomainError {
  constructor(typed: string) {
    super('invalid', 'patients/impossible-date', `"${typed}" is not a date between 1900 and 2100 that exists. Check the day and month.`, {}, [{ pointer: '/querystring/q', detail: 'not a date that exists' }]);
  }
}
