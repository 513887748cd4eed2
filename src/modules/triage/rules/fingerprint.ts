/**
 * A sha256 over everything that decides a triage outcome: rules (the catalogue's included),
 * alarms, concepts and modifiers.
 * rules.test.ts compares it with RULES_FINGERPRINT, so any change to clinical content fails
 * the build until someone bumps RULES_VERSION and records the new fingerprint (hazard H8).
 * Print it with:
 *   node --import tsx -e "import('./src/modules/triage/rules/fingerprint.ts').then((m) => console.log(m.fingerprintRules()))"
 */
import { createHash } from 'node:crypto';
import { CONCEPTS, DERIVED_CONCEPTS } from '../vocabulary/index.ts';
import { ALARMS, DEFAULT_RULE, ROLE_MODIFIERS, RULES } from './index.ts';

export function fingerprintRules(): string {
  const content = JSON.stringify({ RULES, DEFAULT_RULE, ROLE_MODIFIERS, ALARMS, CONCEPTS, DERIVED_CONCEPTS });
  return createHash('sha256').update(content).digest('hex');
}
