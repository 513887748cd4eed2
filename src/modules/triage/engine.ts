/**
 * The triage engine: a pure, deterministic function from a described problem to urgency,
 * role, red flags and advice. Every rule is evaluated; the highest urgency wins and ties go to
 * the rule listed first, so no text can lower the urgency a red flag has set (hazard H1).
 */
import { ADVICE } from './advice.ts';
import { conditionHolds } from './conditions.ts';
import { composeNextStep, composeRationale } from './next-step.ts';
import { readInput } from './reading.ts';
import { DEFAULT_RULE, ROLE_MODIFIERS, RULES, RULES_VERSION } from './rules/index.ts';
import type { Rule } from './rules/rule.ts';
import { SOURCES } from './rules/sources.ts';
import type { Advice, RedFlag, Role, TriageInput, TriageResult, Urgency } from './types.ts';

const RANK: Record<Urgency, number> = { emergency: 3, urgent: 2, routine: 1, 'self-care': 0 };

function pickWinner(matched: readonly Rule[]): Rule {
  let winner = DEFAULT_RULE;
  let first = true;
  for (const rule of matched) {
    if (first || RANK[rule.urgency] > RANK[winner.urgency]) winner = rule;
    first = false;
  }
  return winner;
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
  const matched = RULES.filter((rule) => conditionHolds(rule.when, reading));
  const winner = pickWinner(matched);
  const urgency = winner.urgency;
  // An emergency always goes to emergency services, whatever role a rule names.
  let role: Role = urgency === 'emergency' ? 'emergency-services' : winner.role;

  const matchedRules = matched.length > 0 ? matched.map((r) => r.id) : [DEFAULT_RULE.id];
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
    rationale: composeRationale(winner, urgency, role, otherRedFlags, reading, roleNote),
    rulesVersion: RULES_VERSION,
    nextStep: composeNextStep(winner, urgency, role),
    advice: adviceFor(winner, matched),
    warnings: warningsFor(reading, text),
  };
}

/** The self-help advice for a result (the same as `result.advice`). */
export function selfHelpFor(result: TriageResult): Advice[] {
  return result.advice.map((a) => ({ ...a }));
}
