/**
 * The shape of a triage rule. Rules are data: the engine evaluates every rule against the
 * facts it read from the input, the highest urgency wins, and ties go to the rule listed first.
 * A rule never lowers another rule's urgency (hazard H1: under-triage).
 */
import type { Role, Sex, Urgency } from '../types.ts';
import type { AdviceId } from '../advice.ts';
import type { SourceId } from './sources.ts';

export interface Range {
  min?: number;
  max?: number;
}

/** Every field given must hold; concept ids come from vocabulary/. */
export interface Condition {
  /** Every one of these concepts is present (mentioned and not negated). */
  all?: string[];
  /** Each group needs at least one present concept. */
  anyOf?: string[][];
  /**
   * At least `count` of these concepts are present: how a guideline counts criteria ("two or
   * more moderate-to-high risk criteria", NICE NG51) without a rule for every pair.
   */
  atLeast?: { count: number; of: string[] };
  /** None of these concepts is present. */
  none?: string[];
  /** Age in whole years, inclusive. */
  age?: Range;
  /**
   * Age in months. Babies whose months are unknown count as the youngest possible (0 months),
   * so an upper bound matches and a lower bound does not: the safe reading (NICE NG143).
   */
  ageMonths?: Range;
  sex?: Sex;
  /** 'possible' also counts a missed period or a positive test. */
  pregnancy?: 'pregnant' | 'possible' | 'not-pregnant';
  /** Weeks of pregnancy; unknown gestation matches a lower bound (the safe reading). */
  gestationWeeks?: Range;
  /**
   * How long the problem has lasted. Unknown duration fails a lower bound and passes an upper
   * bound, so a missing duration never moves a case down to self-care by itself.
   */
  durationDays?: Range;
}

/** How an emergency result tells the patient what to do now. */
export type EmergencyAction = 'call-999' | 'go-to-ae' | 'call-maternity-unit' | 'mental-health-crisis';

export interface Rule {
  /** Stable id, e.g. EM-CHEST-PAIN-ADULT. Never reused for a different meaning. */
  id: string;
  /** The rules version in which this rule was added or last changed. */
  since: string;
  urgency: Urgency;
  role: Role;
  when: Condition;
  /** Present when the rule is a red flag; shown to clinicians in redFlags[]. */
  redFlag?: string;
  /** One plain-English sentence: why this urgency. */
  why: string;
  source: SourceId;
  action?: EmergencyAction;
  advice?: AdviceId[];
  /** The catalogue complaint the rule was compiled from (catalogue/), if any. */
  complaint?: string;
  /** General alarm features (rules/alarms.ts) that do not raise this rule's urgency. */
  exempt?: string[];
}

/**
 * Changes who sees the patient without changing urgency, e.g. a housebound patient whose
 * problem needs a GP or nurse is seen at home by the PCN paramedic.
 */
export interface RoleModifier {
  id: string;
  since: string;
  whenAny: string[];
  urgencies: Urgency[];
  fromRoles: Role[];
  toRole: Role;
  why: string;
  source: SourceId;
}

/**
 * A general alarm feature (sudden onset, fainting, pregnancy, immunosuppression …): whatever
 * complaint matched, the result is at least `floor` when the alarm holds. This is how a
 * self-care word next to "sudden", "spreading" or "getting worse" stops being self-care.
 */
export interface Alarm {
  id: string;
  since: string;
  when: Condition;
  floor: 'urgent' | 'routine';
  label: string;
  why: string;
  source: SourceId;
}
