import { DomainError } from '../../platform/problems.ts';

export class DecisionFieldNeeded extends DomainError {
  constructor(field: string, decision: string, detail: string) {
    super('invalid', 'navigation/decision-field-needed', `"${decision}" needs ${detail}.`, {}, [{ pointer: `/body/${field}`, detail: `is required when the decision is ${decision}` }]);
  }
}
