/**
 * Chooses the follow-up questions for what the patient described, in the order the web form
 * shows them: timing and severity first, then the body-system questions that could change the
 * outcome, pregnancy and age details, mood questionnaires, and finally what they want.
 * Questions already answered are left out.
 */
import {
  BABY_MONTHS_QUESTION, BODY_SYSTEM_QUESTIONS, CHILD_ONLY_QUESTION_IDS, GAD7_QUESTIONS, HELP_WANTED_QUESTION, HOUSEBOUND_QUESTION,
  ONSET_QUESTION, PHQ9_QUESTIONS, PREGNANCY_WEEKS_QUESTION, PREGNANT_QUESTION, SEVERITY_QUESTION, TEMPERATURE_QUESTION,
  WORSENING_QUESTION, type FollowUpQuestion,
} from './questions.ts';
import { readInput } from './reading.ts';
import type { TriageInput } from './types.ts';

const CHILD_MAX_AGE = 4; // NICE NG143 covers under 5s
const PREGNANCY_AGES = { min: 12, max: 55 };
const OLDER_ADULT = 65;
const MOOD = ['low_mood', 'suicidal', 'self_harm'];
const ANXIETY = ['anxiety'];

/** The follow-up questions to ask about this input, each with id, text, kind, hint and options. */
export function followUpQuestions(input: TriageInput): FollowUpQuestion[] {
  const reading = readInput(input);
  const { present, facts } = reading;
  const questions: FollowUpQuestion[] = [ONSET_QUESTION, SEVERITY_QUESTION, WORSENING_QUESTION];
  const has = (ids: readonly string[]) => ids.some((id) => present.has(id));

  for (const { askWhen, question } of BODY_SYSTEM_QUESTIONS) {
    if (!has(askWhen)) continue;
    if (CHILD_ONLY_QUESTION_IDS.has(question.id) && facts.age > CHILD_MAX_AGE) continue;
    if (question.addsConcept && present.has(question.addsConcept)) continue; // already told us
    if (['vaginalBleeding', 'shoulderTipPain'].includes(question.id) && facts.sex !== 'female') continue;
    questions.push(question);
  }
  if (present.has('fever')) questions.push(TEMPERATURE_QUESTION);
  if (facts.age === 0) questions.push(BABY_MONTHS_QUESTION);

  const canBePregnant = facts.sex === 'female' && facts.age >= PREGNANCY_AGES.min && facts.age <= PREGNANCY_AGES.max;
  if (reading.pregnant) questions.push(PREGNANCY_WEEKS_QUESTION);
  else if (canBePregnant && input.pregnant === undefined) {
    questions.push(PREGNANT_QUESTION, { ...PREGNANCY_WEEKS_QUESTION, askIf: { id: PREGNANT_QUESTION.id, equals: true } });
  }

  if (facts.age >= OLDER_ADULT || has(['housebound', 'fall'])) questions.push(HOUSEBOUND_QUESTION);
  if (has(MOOD)) questions.push(...PHQ9_QUESTIONS);
  if (has(ANXIETY) || has(MOOD)) questions.push(...GAD7_QUESTIONS);
  questions.push(HELP_WANTED_QUESTION);

  const answered = input.answers ?? {};
  // Copies, so a caller editing a question cannot change the shared definitions.
  return questions.filter((q) => answered[q.id] === undefined).map((q) => ({ ...q, ...(q.options && { options: q.options.map((o) => ({ ...o })) }), ...(q.askIf && { askIf: { ...q.askIf } }) }));
}
