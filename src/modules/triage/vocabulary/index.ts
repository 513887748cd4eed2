/** Every concept the engine can recognise, in one list. */
import { CATALOGUE_CONCEPTS } from '../catalogue/index.ts';
import type { Concept } from './concept.ts';
import { ABDOMEN_URINE_CONCEPTS } from './abdomen-urine.ts';
import { HEART_LUNG_CONCEPTS } from './heart-lungs.ts';
import { INFECTION_CHILD_CONCEPTS } from './infection-child.ts';
import { LAY_CONCEPTS, LAY_PATTERNS } from './lay-words.ts';
import { MENTAL_HEALTH_CONCEPTS } from './mental-health.ts';
import { LOOK_ALIKE_CONCEPTS, MINOR_ILLNESS_CONCEPTS } from './minor-illness.ts';
import { MODIFIER_CONCEPTS } from './modifiers.ts';
import { MSK_CONCEPTS } from './musculoskeletal.ts';
import { NEURO_CONCEPTS } from './neuro.ts';
import { SERVICE_CONCEPTS } from './services.ts';

export type { Concept } from './concept.ts';

const BASE_CONCEPTS: readonly Concept[] = [
  ...HEART_LUNG_CONCEPTS,
  ...NEURO_CONCEPTS,
  ...INFECTION_CHILD_CONCEPTS,
  ...ABDOMEN_URINE_CONCEPTS,
  ...MSK_CONCEPTS,
  ...MENTAL_HEALTH_CONCEPTS,
  ...SERVICE_CONCEPTS,
  ...MINOR_ILLNESS_CONCEPTS,
  ...LOOK_ALIKE_CONCEPTS,
  ...MODIFIER_CONCEPTS,
  ...CATALOGUE_CONCEPTS,
  ...LAY_CONCEPTS,
];

/** Every concept, with the lay wording of lay-words.ts added to the concept it names. */
export const CONCEPTS: readonly Concept[] = BASE_CONCEPTS.map((c) => {
  const lay = Object.hasOwn(LAY_PATTERNS, c.id) ? LAY_PATTERNS[c.id]! : [];
  return lay.length === 0 ? c : { ...c, patterns: [...c.patterns, ...lay] };
});

/**
 * Concepts the engine derives from structured facts rather than words: follow-up answers,
 * numbers in the text and the input's pregnancy flag (see facts.ts).
 */
export const DERIVED_CONCEPTS: readonly Concept[] = [
  { id: 'phq9_item9_positive', label: 'PHQ-9 item 9 (thoughts of self-harm) answered above "not at all"', patterns: [] },
  { id: 'phq9_severe', label: 'PHQ-9 score of 20 or more', patterns: [] },
  { id: 'phq9_moderate', label: 'PHQ-9 score of 10 or more', patterns: [] },
  { id: 'gad7_moderate', label: 'GAD-7 score of 10 or more', patterns: [] },
  { id: 'self_harm_mentioned', label: 'suicide or self-harm mentioned, even if denied', patterns: [] },
  { id: 'severity_high', label: 'severity 8 out of 10 or more', patterns: [] },
  { id: 'many_tablets', label: 'more tablets swallowed than a safe dose (a number in the text)', patterns: [] },
  { id: 'bp_very_high', label: 'a blood pressure of 180/120 or more', patterns: [] },
  { id: 'high_fever', label: 'a temperature of 39°C or more', patterns: [] },
  { id: 'episode_resolved_days_ago', label: 'an episode days ago that has not come back', patterns: [] },
  { id: 'gestation_known', label: 'weeks of pregnancy given', patterns: [] },
  { id: 'recent_onset', label: 'started under two weeks ago (a known duration)', patterns: [] },
  { id: 'partly_recognised', label: 'symptom words the engine did not recognise', patterns: [] },
  { id: 'heart_rate_very_high', label: 'a heart rate above 130 a minute', patterns: [] },
  { id: 'heart_rate_high', label: 'a heart rate of 91 to 130 a minute', patterns: [] },
  { id: 'heart_rate_very_low', label: 'a heart rate under 40 a minute', patterns: [] },
  { id: 'spo2_low', label: 'an oxygen level of 92% or less', patterns: [] },
  { id: 'temperature_low', label: 'a temperature below 36°C', patterns: [] },
  { id: 'resp_rate_very_high', label: 'breathing 25 or more times a minute', patterns: [] },
  { id: 'birth_within_6_weeks', label: 'gave birth in the last 6 weeks (her baby\'s age)', patterns: [] },
  { id: 'peak_flow_severe', label: 'a peak flow at half or less of usual', patterns: [] },
  { id: 'peak_flow_moderate', label: 'a peak flow at three-quarters or less of usual', patterns: [] },
  { id: 'spo2_very_low', label: 'an oxygen level below 88%', patterns: [] },
  { id: 'heartburn_explained', label: 'a burning chest after big meals with a sour taste, eased by an antacid or coming and going', patterns: [] },
];
