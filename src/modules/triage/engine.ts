/**
 * The triage engine: a pure, deterministic function from a described problem to urgency,
 * role, red flags and advice. Every rule is evaluated; the highest urgency wins and ties go to
 * the rule listed first, so no text can lower the urgency a red flag has set (hazard H1).
 */
import { ADVICE } from './advice.ts';
import { conditionHolds } from './conditions.ts';
import { composeNextStep, composeRationale } from './next-step.ts';
import { readInput } from './reading.ts';
import { ALARMS, DEFAULT_RULE, ROLE_MODIFIERS, RULES, RULES_VERSION } from './rules/index.ts';
import type { Alarm, Rule } from './rules/rule.ts';
import { SOURCES } from './rules/sources.ts';
import type { Advice, RedFlag, Role, TriageInput, TriageResult, Urgency } from './types.ts';

const RANK: Record<Urgency, number> = { emergency: 3, urgent: 2, routine: 1, 'self-care': 0 };

/**
 * Rules indexed by a concept they cannot match without (the first of `all`, or each of the
 * first `anyOf` group), so an assessment evaluates only the rules whose key concept is present
 * (performance target: 1 ms per assessment). Rules with no concept key are always evaluated.
 */
const ALWAYS: number[] = [];
const BY_CONCEPT = new Map<string, number[]>();
RULES.forEach((rule, i) => {
  const keys = rule.when.all?.length ? [rule.when.all[0]!] : (rule.when.anyOf?.[0] ?? []);
  if (keys.length === 0) ALWAYS.push(i);
  for (const key of keys) BY_CONCEPT.set(key, [...(BY_CONCEPT.get(key) ?? []), i]);
});

function matchingRules(reading: ReturnType<typeof readInput>): Rule[] {
  const candidates = new Set(ALWAYS);
  for (const id of reading.present) for (const i of BY_CONCEPT.get(id) ?? []) candidates.add(i);
  return [...candidates].sort((a, b) => a - b).map((i) => RULES[i]!).filter((rule) => conditionHolds(rule.when, reading));
}

function pickWinner(matched: readonly Rule[]): Rule {
  let winner = DEFAULT_RULE;
  let first = true;
  for (const rule of matched) {
    if (first || RANK[rule.urgency] > RANK[winner.urgency]) winner = rule;
    first = false;
  }
  return winner;
}

/** Roles that see same-day or clinician-read problems as they are; the rest hand over to a GP. */
const ROLES_KEPT_WHEN_RAISED: readonly Role[] = ['gp', 'mental-health-practitioner', 'paramedic'];

/**
 * The general alarm features that hold, and the urgency they lift the result to. A self-care
 * rule may be exempt from an alarm its own guideline already covers.
 */
function alarmsFor(reading: ReturnType<typeof readInput>, winner: Rule): { alarms: Alarm[]; floor: Urgency | undefined } {
  const alarms = ALARMS.filter((a) => !(winner.exempt ?? []).includes(a.id) && conditionHolds(a.when, reading));
  let floor: Urgency | undefined;
  for (const alarm of alarms) if (floor === undefined || RANK[alarm.floor] > RANK[floor]) floor = alarm.floor;
  return { alarms, floor };
}

/**
 * When the result is self-care and several self-care rules matched, the one whose own guideline
 * covers the alarms that hold speaks for the result: morning sickness is written for pregnancy, so a
 * pregnant woman who is sick in the mornings is not raised by the pregnancy alarm because a general
 * sickness rule was listed first (2026.12.22). Only self-care ties are reordered; nothing is lowered
 * below what its own rule says.
 */
function selfCareCoveringAlarms(reading: ReturnType<typeof readInput>, matched: readonly Rule[], winner: Rule): Rule {
  if (winner.urgency !== 'self-care') return winner;
  let best = winner;
  let bestFloor = alarmsFor(reading, winner).floor;
  for (const rule of matched) {
    if (rule.urgency !== 'self-care' || rule === winner || !rule.exempt?.length) continue;
    const floor = alarmsFor(reading, rule).floor;
    if (bestFloor !== undefined && (floor === undefined || RANK[floor] < RANK[bestFloor])) { best = rule; bestFloor = floor; }
  }
  return best;
}

function adviceFor(winner: Rule, matched: readonly Rule[]): Advice[] {
  if (winner.urgency === 'emergency') return [];
  // Self-care results show advice for every self-care problem found; otherwise the winner's.
  const rules = winner.urgency === 'self-care' ? matched.filter((r) => r.urgency === 'self-care') : [winner];
  const ids = [...new Set(rules.flatMap((r) => r.advice ?? []))];
  return ids.map((id) => ({ ...ADVICE[id] }));
}

function warningsFor(reading: ReturnType<typeof readInput>, text: string): string[] {
  const warnings: string[] = [];
  if (text.trim() === '') warnings.push('empty-text');
  else if (reading.unrecognised) warnings.push('no-recognised-symptoms');
  if (reading.mostlyNonLatin) warnings.push('possibly-not-english');
  if (reading.truncated) warnings.push('text-truncated');
  return warnings;
}

/**
 * Assesses one described problem.
 * @example assess({ age: 45, sex: 'male', text: 'chest pain since an hour ago' }).urgency // 'emergency'
 */
export function assess(input: TriageInput): TriageResult {
  const reading = readInput(input);
  const matched = matchingRules(reading);
  const ruleWinner = selfCareCoveringAlarms(reading, matched, pickWinner(matched));
  // General alarm features only ever raise the result (sudden, fainting, pregnancy …).
  const { alarms, floor } = alarmsFor(reading, ruleWinner);
  const raisedBy = floor !== undefined && RANK[floor] > RANK[ruleWinner.urgency] ? alarms.filter((a) => a.floor === floor) : [];
  const winner: Rule = raisedBy.length === 0 ? ruleWinner : {
    ...ruleWinner,
    urgency: floor!,
    role: ROLES_KEPT_WHEN_RAISED.includes(ruleWinner.role) ? ruleWinner.role : 'gp',
    why: `${raisedBy[0]!.why} (${raisedBy.map((a) => a.label).join(', ')})`,
    source: raisedBy[0]!.source,
  };
  const urgency = winner.urgency;
  // An emergency always goes to emergency services, whatever role a rule names.
  let role: Role = urgency === 'emergency' ? 'emergency-services' : winner.role;

  const matchedRules = [...(matched.length > 0 ? matched.map((r) => r.id) : [DEFAULT_RULE.id]), ...alarms.map((a) => a.id)];
  let roleNote: string | undefined;
  for (const modifier of ROLE_MODIFIERS) {
    if (modifier.urgencies.includes(urgency) && modifier.fromRoles.includes(role) && modifier.whenAny.some((id) => reading.present.has(id))) {
      role = modifier.toRole;
      roleNote = modifier.why;
      matchedRules.push(modifier.id);
    }
  }

  const ordered = [...matched].sort((a, b) => RANK[b.urgency] - RANK[a.urgency]);
  const redFlags: RedFlag[] = [];
  for (const rule of ordered) {
    if (rule.redFlag && !redFlags.some((f) => f.label === rule.redFlag)) {
      redFlags.push({ id: rule.id, label: rule.redFlag, source: SOURCES[rule.source].name });
    }
  }
  const otherRedFlags = redFlags.filter((f) => f.id !== winner.id).map((f) => f.label.toLowerCase());
  const text = typeof input.text === 'string' ? input.text : '';

  return {
    urgency,
    role,
    redFlags,
    matchedRules,
    rationale: composeRationale(winner, urgency, role, otherRedFlags, reading, roleNote, raisedBy.length > 0 ? ruleWinner : undefined),
    rulesVersion: RULES_VERSION,
    nextStep: composeNextStep(winner, urgency, role),
    advice: urgency === 'urgent' && raisedBy.length > 0 ? [] : adviceFor(ruleWinner, matched),
    warnings: warningsFor(reading, text),
  };
}

/** The self-help advice for a result (the same as `result.advice`). */
export function selfHelpFor(result: TriageResult): Advice[] {
  return result.advice.map((a) => ({ ...a }));
}
