/**
 * The rule set, in evaluation order. Bump RULES_VERSION (YYYY.MM.N) and RULES_FINGERPRINT
 * together whenever any rule, concept or modifier changes; rules.test.ts fails until both
 * are updated, so no rule change reaches patients without a reviewed version bump
 * (hazard log H8).
 */
import { CATALOGUE_RULES } from '../catalogue/index.ts';
import type { Rule, RoleModifier } from './rule.ts';
import { EMERGENCY_RULES } from './emergency.ts';
import { ROUTINE_RULES } from './routine.ts';
import { SELF_CARE_RULES } from './self-care.ts';
import { URGENT_RULES } from './urgent.ts';

export const RULES_VERSION = '2026.12.41';

/** sha256 of the rules, concepts and modifiers; see rules.test.ts for how it is computed. */
export const RULES_FINGERPRINT = '5bbbe4c313905e9d8b9082db4799bf0e1b6f7e198eef54a049bebf8f40718fd1';

const catalogue = (urgency: Rule['urgency']) => CATALOGUE_RULES.filter((r) => r.urgency === urgency);

/** Cross-cutting rules first at each urgency, then the catalogue's (ties go to the rule listed first). */
export const RULES: readonly Rule[] = [
  ...EMERGENCY_RULES, ...catalogue('emergency'), ...URGENT_RULES, ...catalogue('urgent'),
  ...ROUTINE_RULES, ...catalogue('routine'), ...SELF_CARE_RULES, ...catalogue('self-care'),
];
export { ALARMS } from './alarms.ts';

/** What happens when nothing matched: a GP reads it. Never self-care by default. */
export const DEFAULT_RULE: Rule = {
  id: 'GEN-GP-REVIEW',
  since: RULES_VERSION,
  urgency: 'routine',
  role: 'gp',
  source: 'commons-default',
  when: {},
  why: 'No specific rule matched, so a GP will read the request.',
};

export const ROLE_MODIFIERS: readonly RoleModifier[] = [
  {
    id: 'MOD-HOUSEBOUND-PARAMEDIC',
    since: RULES_VERSION,
    whenAny: ['housebound'],
    urgencies: ['urgent', 'routine'],
    fromRoles: ['gp', 'nurse'],
    toRole: 'paramedic',
    why: 'The patient is housebound, so the PCN paramedic will visit at home.',
    source: 'pcn-home-visiting',
  },
];
