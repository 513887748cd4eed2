/**
 * Reads a triage input into evidence: the facts, the concepts present (from the text, the
 * answers and the numbers) and the concepts the patient explicitly denied. Shared by the
 * engine and the follow-up question picker so both see the same thing.
 */
import type { Evidence } from './conditions.ts';
import { answeredYes, readFacts } from './facts.ts';
import { compileConcepts, indexFragments, readConcepts } from './matcher.ts';
import { scoreGad7, scorePhq9 } from './mood-scores.ts';
import { CONCEPTS_ADDED_BY_ANSWER } from './questions.ts';
import { buildSpellingCorrector } from './spelling.ts';
import { normaliseText, wordsInPatterns } from './text.ts';
import type { TriageInput } from './types.ts';
import { CONCEPTS } from './vocabulary/index.ts';

// Compiled once at module load; assessments only run the regexes.
const COMPILED = compileConcepts(CONCEPTS);
const FRAGMENTS = indexFragments(COMPILED);
const SPELLER = buildSpellingCorrector(wordsInPatterns(CONCEPTS.flatMap((c) => c.patterns)));

export interface Reading extends Evidence {
  negated: ReadonlySet<string>;
  truncated: boolean;
  /** True when the text had words but none the vocabulary recognised. */
  unrecognised: boolean;
  /** True when most letters are outside the Latin alphabet (hazard H10: another language). */
  mostlyNonLatin: boolean;
}

const FEVER_C = 38; // NICE NG143: fever is 38°C or more
const HIGH_SEVERITY = 8;

export function readInput(input: TriageInput): Reading {
  const raw = typeof input.text === 'string' ? input.text : '';
  const facts = readFacts(input, raw);
  const { text, truncated } = normaliseText(raw, SPELLER);
  const { present, negated } = readConcepts(text, COMPILED, FRAGMENTS);
  const fromText = present.size;

  for (const [key, concept] of CONCEPTS_ADDED_BY_ANSWER) if (answeredYes(input.answers, key)) present.add(concept);
  if (facts.temperatureC !== undefined && facts.temperatureC >= FEVER_C) present.add('fever');
  if (present.has('fever') && facts.durationDays !== undefined && facts.durationDays >= 5) present.add('fever_5_days');
  if (facts.severity !== undefined && facts.severity >= HIGH_SEVERITY) present.add('severity_high');

  const phq9 = scorePhq9(input.answers);
  if (phq9.item9 !== undefined && phq9.item9 > 0) present.add('phq9_item9_positive');
  if (phq9.total >= 20) present.add('phq9_severe');
  if (phq9.total >= 10) present.add('phq9_moderate');
  if (scoreGad7(input.answers).total >= 10) present.add('gad7_moderate');

  // A denied mention of suicide or self-harm still goes to a mental health practitioner
  // (hazard H7): the denial is for a clinician to weigh, not the engine.
  if (negated.has('suicidal') || negated.has('self_harm')) present.add('self_harm_mentioned');
  for (const id of present) negated.delete(id);

  const female = facts.sex === 'female';
  const pregnant = female && (facts.pregnantDeclared || present.has('pregnant') || facts.gestationWeeks !== undefined);
  const letters = raw.match(/\p{L}/gu) ?? [];
  const latin = raw.match(/[a-z]/gi) ?? [];
  return {
    facts,
    present,
    negated,
    pregnant,
    possiblyPregnant: pregnant || (female && present.has('possible_pregnancy')),
    truncated,
    unrecognised: raw.trim() !== '' && fromText === 0 && negated.size === 0,
    mostlyNonLatin: letters.length >= 4 && latin.length / letters.length < 0.5,
  };
}
