/**
 * Follow-up questions, as data. The patient web form shows one per page. A yes/no question
 * with `addsConcept` feeds straight back into the rules: answering yes is the same as having
 * written that symptom (so "Is there a rash that does not fade under a glass?" → yes is an
 * emergency).
 */
import { GAD7_ITEMS, MOOD_ANSWER_OPTIONS, MOOD_QUESTION_STEM, PHQ9_ITEMS } from './mood-scores.ts';

export type QuestionKind = 'yesno' | 'choice' | 'number' | 'text';

export interface QuestionOption {
  value: string | number;
  label: string;
}

export interface FollowUpQuestion {
  /** The answer key sent back in `answers`. */
  id: string;
  text: string;
  kind: QuestionKind;
  hint: string;
  options?: QuestionOption[];
  min?: number;
  max?: number;
  /** A yes answer adds this concept (see vocabulary/). */
  addsConcept?: string;
  /** Show only when an earlier answer has this value (e.g. weeks of pregnancy after "yes"). */
  askIf?: { id: string; equals: string | number | boolean };
}

export const ONSET_QUESTION: FollowUpQuestion = {
  id: 'onsetDays', kind: 'number', min: 0, max: 3650,
  text: 'How many days ago did this start?', hint: 'Enter 0 if it started today. For 2 weeks, enter 14.',
};
export const SEVERITY_QUESTION: FollowUpQuestion = {
  id: 'severity', kind: 'number', min: 0, max: 10,
  text: 'How bad is it, from 0 to 10?', hint: '0 means it does not bother you and 10 is the worst you can imagine.',
};
export const WORSENING_QUESTION: FollowUpQuestion = {
  id: 'worsening', kind: 'yesno', addsConcept: 'worsening',
  text: 'Is it getting worse?', hint: 'Compared with when it started.',
};
export const HELP_WANTED_QUESTION: FollowUpQuestion = {
  id: 'helpWanted', kind: 'text',
  text: 'What would you like us to help with?', hint: 'For example: advice, a prescription, a test, a referral, a fit note or to speak to someone.',
};
export const PREGNANT_QUESTION: FollowUpQuestion = {
  id: 'pregnant', kind: 'yesno',
  text: 'Are you pregnant, or could you be?', hint: 'Answer yes if you have missed a period or had a positive pregnancy test.',
};
export const PREGNANCY_WEEKS_QUESTION: FollowUpQuestion = {
  id: 'pregnancyWeeks', kind: 'number', min: 0, max: 45,
  text: 'How many weeks pregnant are you?', hint: 'Your best guess is fine.',
};
export const BABY_MONTHS_QUESTION: FollowUpQuestion = {
  id: 'ageMonths', kind: 'number', min: 0, max: 11,
  text: 'How old is your baby, in months?', hint: 'Enter 0 if your baby is less than 1 month old.',
};
export const TEMPERATURE_QUESTION: FollowUpQuestion = {
  id: 'temperature', kind: 'number', min: 30, max: 45,
  text: 'What was the highest temperature you measured, in °C?', hint: 'Leave this blank if you have not measured it.',
};
export const HOUSEBOUND_QUESTION: FollowUpQuestion = {
  id: 'housebound', kind: 'yesno', addsConcept: 'housebound',
  text: 'Are you unable to leave your home without a lot of help?', hint: 'If so, a clinician may visit you at home.',
};

/** Body-system questions, asked when the text mentions any of `askWhen`. */
export const BODY_SYSTEM_QUESTIONS: readonly { askWhen: string[]; question: FollowUpQuestion }[] = [
  { askWhen: ['breathless', 'wheeze', 'cough'], question: { id: 'breathlessAtRest', kind: 'yesno', addsConcept: 'breathless_severe',
    text: 'Are you so breathless that you struggle to speak in full sentences?', hint: 'Or are your lips or fingertips turning blue?' } },
  { askWhen: ['headache'], question: { id: 'headacheSudden', kind: 'yesno', addsConcept: 'thunderclap',
    text: 'Did the headache come on suddenly and reach its worst within 5 minutes?', hint: 'Like being hit on the head.' } },
  { askWhen: ['headache', 'fever'], question: { id: 'stiffNeck', kind: 'yesno', addsConcept: 'stiff_neck',
    text: 'Is your neck stiff, so you cannot touch your chin to your chest?', hint: 'This is different from an aching neck.' } },
  { askWhen: ['fever', 'rash'], question: { id: 'rashGlassTest', kind: 'yesno', addsConcept: 'non_blanching_rash',
    text: 'Is there a rash that does not fade when you press a clear glass against it?', hint: 'On dark skin, check paler areas such as the palms, soles or inside the eyelids.' } },
  { askWhen: ['back_pain'], question: { id: 'saddleNumbness', kind: 'yesno', addsConcept: 'saddle_numbness',
    text: 'Is there any numbness around your bottom or genitals?', hint: 'For example, you cannot feel the toilet paper when you wipe.' } },
  { askWhen: ['back_pain'], question: { id: 'bladderBowelChange', kind: 'yesno', addsConcept: 'incontinence',
    text: 'Have you had any new problems peeing, or leaked urine or poo without meaning to?', hint: 'Answer yes if this is new since the back pain started.' } },
  { askWhen: ['abdominal_pain', 'possible_pregnancy'], question: { id: 'vaginalBleeding', kind: 'yesno', addsConcept: 'bleeding',
    text: 'Have you had any bleeding from the vagina?', hint: 'Include light spotting.' } },
  { askWhen: ['abdominal_pain', 'possible_pregnancy'], question: { id: 'shoulderTipPain', kind: 'yesno', addsConcept: 'shoulder_tip',
    text: 'Do you have pain at the tip of your shoulder?', hint: 'Where your shoulder ends and your arm begins.' } },
  { askWhen: ['fever', 'vomiting', 'diarrhoea', 'cough'], question: { id: 'childDrinkingLess', kind: 'yesno', addsConcept: 'not_feeding',
    text: 'Is your child drinking less than half their usual amount, or having fewer wet nappies?', hint: 'Answer for the last 24 hours.' } },
  { askWhen: ['fever', 'vomiting', 'diarrhoea', 'cough'], question: { id: 'childFloppyOrDrowsy', kind: 'yesno', addsConcept: 'floppy',
    text: 'Is your child floppy, very sleepy or hard to wake?', hint: 'Or not responding to you as they normally would.' } },
  { askWhen: ['urinary_symptoms'], question: { id: 'urineFeverOrSidePain', kind: 'yesno', addsConcept: 'loin_pain',
    text: 'Do you have a high temperature, shivers, or pain in your side or back?', hint: 'These can mean the infection has reached the kidneys.' } },
  { askWhen: ['palpitations'], question: { id: 'palpitationsFaint', kind: 'yesno', addsConcept: 'faint',
    text: 'Have you fainted or nearly fainted with it?', hint: 'Or felt breathless or had chest pain at the same time.' } },
  { askWhen: ['vomiting', 'diarrhoea'], question: { id: 'cantKeepFluids', kind: 'yesno', addsConcept: 'cant_keep_fluids',
    text: 'Are you unable to keep any fluids down?', hint: 'You are sick every time you drink.' } },
  { askWhen: ['diarrhoea'], question: { id: 'bloodInStool', kind: 'yesno', addsConcept: 'blood_in_stool',
    text: 'Is there any blood in your poo?', hint: 'Red blood, or poo that is black and sticky like tar.' } },
  { askWhen: ['head_injury'], question: { id: 'headInjuryWarning', kind: 'yesno', addsConcept: 'drowsy',
    text: 'Since the injury, have they been knocked out, been sick, or become drowsy or confused?', hint: 'Also answer yes if they take a blood thinner.' } },
  { askWhen: ['calf_clot'], question: { id: 'calfBreathless', kind: 'yesno', addsConcept: 'breathless',
    text: 'Are you short of breath, or do you have chest pain?', hint: 'A clot in the leg can travel to the lungs.' } },
];

/** The questions whose ids a child-only body-system question uses: asked for under 5s only. */
export const CHILD_ONLY_QUESTION_IDS = new Set(['childDrinkingLess', 'childFloppyOrDrowsy']);

function moodOptions(): QuestionOption[] {
  return MOOD_ANSWER_OPTIONS.map((o) => ({ value: o.value, label: o.label }));
}

export const PHQ9_QUESTIONS: readonly FollowUpQuestion[] = PHQ9_ITEMS.map((item) => ({
  id: item.id, kind: 'choice', text: item.text, hint: MOOD_QUESTION_STEM, options: moodOptions(),
}));
export const GAD7_QUESTIONS: readonly FollowUpQuestion[] = GAD7_ITEMS.map((item) => ({
  id: item.id, kind: 'choice', text: item.text, hint: MOOD_QUESTION_STEM, options: moodOptions(),
}));

/** Every question that adds a concept when answered yes, by answer key. */
export const CONCEPTS_ADDED_BY_ANSWER: ReadonlyMap<string, string> = new Map(
  [WORSENING_QUESTION, HOUSEBOUND_QUESTION, ...BODY_SYSTEM_QUESTIONS.map((q) => q.question)]
    .filter((q) => q.addsConcept)
    .map((q) => [q.id, q.addsConcept!]),
);
