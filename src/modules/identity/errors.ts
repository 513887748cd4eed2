import { DomainError } from '../../platform/problems.ts';

export class LoginFailed extends DomainError {
  constructor() {
    super('unauthenticated', 'identity/login-failed', 'That email and password do not match an active account.');
  }
}

export class LoginLocked extends DomainError {
  constructor(minutes: number) {
    super('too-many', 'identity/login-locked', `Too many failed sign-ins for this account. Try again in ${minutes} minutes or ask your practice manager to reset your password.`);
  }
}

export class NotYourOrganisation extends DomainError {
  constructor() {
    super('forbidden', 'identity/not-your-organisation', 'You do not hold a role at that organisation.', {}, [{ pointer: '/body/organisationId', detail: 'you hold no role there' }]);
  }
}
