/** Evaluates a rule's condition against what the engine read from the input. */
import type { Facts } from './facts.ts';
import type { Condition, Range } from './rules/rule.ts';

export interface Evidence {
  facts: Facts;
  present: ReadonlySet<string>;
  pregnant: boolean;
  possiblyPregnant: boolean;
}

function inRange(value: number, range: Range): boolean {
  return (range.min === undefined || value >= range.min) && (range.max === undefined || value <= range.max);
}

/**
 * An unknown value passes or fails a range in the direction that is safe for the rule that
 * uses it; see the comments on Condition in rules/rule.ts.
 */
function unknownPasses(range: Range, unknownMeans: 'low' | 'high'): boolean {
  return unknownMeans === 'low' ? range.min === undefined : range.max === undefined;
}

export function conditionHolds(when: Condition, e: Evidence): boolean {
  const { facts, present } = e;
  if (when.sex && facts.sex !== when.sex) return false;
  if (when.age && !inRange(facts.age, when.age)) return false;
  if (when.ageMonths) {
    const months = facts.ageMonths;
    if (months === undefined ? !unknownPasses(when.ageMonths, 'low') : !inRange(months, when.ageMonths)) return false;
  }
  if (when.pregnancy === 'pregnant' && !e.pregnant) return false;
  if (when.pregnancy === 'possible' && !e.possiblyPregnant) return false;
  if (when.pregnancy === 'not-pregnant' && e.pregnant) return false;
  if (when.gestationWeeks) {
    const weeks = facts.gestationWeeks;
    // Unknown gestation counts as late pregnancy, so pre-eclampsia rules still fire.
    if (weeks === undefined ? !unknownPasses(when.gestationWeeks, 'high') : !inRange(weeks, when.gestationWeeks)) return false;
  }
  if (when.durationDays) {
    const days = facts.durationDays;
    if (days === undefined ? !unknownPasses(when.durationDays, 'low') : !inRange(days, when.durationDays)) return false;
  }
  if (when.all && !when.all.every((id) => present.has(id))) return false;
  if (when.anyOf && !when.anyOf.every((group) => group.some((id) => present.has(id)))) return false;
  if (when.atLeast && when.atLeast.of.filter((id) => present.has(id)).length < when.atLeast.count) return false;
  if (when.none && when.none.some((id) => present.has(id))) return false;
  return true;
}
