/**
 * PHQ-9 and GAD-7: item wording, answer options and scoring.
 *
 * Both instruments were developed by Drs Spitzer, Williams, Kroenke and colleagues with an
 * educational grant from Pfizer Inc.; no permission is required to reproduce, translate,
 * display or distribute them (https://www.phqscreeners.com/). Validated items must not be
 * reworded, so `text` is the published item and `label` a short name for staff screens.
 * Severity bands are the published cut-offs.
 */
import type { Answers } from './types.ts';

export interface InstrumentItem {
  /** Answer key, e.g. phq9_9. */
  id: string;
  label: string;
  text: string;
}

/** The published stem; the web form shows it above each item, one item per page. */
export const MOOD_QUESTION_STEM = 'Over the last 2 weeks, how often have you been bothered by any of the following problems?';

export const MOOD_ANSWER_OPTIONS = [
  { value: 0, label: 'Not at all' },
  { value: 1, label: 'Several days' },
  { value: 2, label: 'More than half the days' },
  { value: 3, label: 'Nearly every day' },
] as const;

export const PHQ9_ITEMS: readonly InstrumentItem[] = [
  { id: 'phq9_1', label: 'Little interest or pleasure', text: 'Little interest or pleasure in doing things' },
  { id: 'phq9_2', label: 'Feeling down', text: 'Feeling down, depressed, or hopeless' },
  { id: 'phq9_3', label: 'Sleep', text: 'Trouble falling or staying asleep, or sleeping too much' },
  { id: 'phq9_4', label: 'Tiredness', text: 'Feeling tired or having little energy' },
  { id: 'phq9_5', label: 'Appetite', text: 'Poor appetite or overeating' },
  { id: 'phq9_6', label: 'Feeling bad about yourself', text: 'Feeling bad about yourself — or that you are a failure or have let yourself or your family down' },
  { id: 'phq9_7', label: 'Concentration', text: 'Trouble concentrating on things, such as reading the newspaper or watching television' },
  { id: 'phq9_8', label: 'Moving or speaking slowly, or restless', text: 'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual' },
  { id: 'phq9_9', label: 'Thoughts of self-harm', text: 'Thoughts that you would be better off dead or of hurting yourself in some way' },
];

export const GAD7_ITEMS: readonly InstrumentItem[] = [
  { id: 'gad7_1', label: 'Nervous or on edge', text: 'Feeling nervous, anxious or on edge' },
  { id: 'gad7_2', label: 'Uncontrollable worry', text: 'Not being able to stop or control worrying' },
  { id: 'gad7_3', label: 'Worrying too much', text: 'Worrying too much about different things' },
  { id: 'gad7_4', label: 'Trouble relaxing', text: 'Trouble relaxing' },
  { id: 'gad7_5', label: 'Restless', text: 'Being so restless that it is hard to sit still' },
  { id: 'gad7_6', label: 'Irritable', text: 'Becoming easily annoyed or irritable' },
  { id: 'gad7_7', label: 'Afraid', text: 'Feeling afraid, as if something awful might happen' },
];

export type Phq9Band = 'none-minimal' | 'mild' | 'moderate' | 'moderately-severe' | 'severe';
export type Gad7Band = 'minimal' | 'mild' | 'moderate' | 'severe';

export interface InstrumentScore<Band extends string> {
  /** Sum of the answered items. */
  total: number;
  /** Band of `total`; only meaningful when `complete`. */
  band: Band;
  /** Items answered with a valid 0–3 value. */
  answered: number;
  complete: boolean;
}

export interface Phq9Score extends InstrumentScore<Phq9Band> {
  /** Item 9 (thoughts of self-harm), undefined when not answered. */
  item9: number | undefined;
}

function itemScore(answers: Answers | undefined, id: string): number | undefined {
  const value = answers?.[id];
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 3 ? n : undefined;
}

function sumItems(answers: Answers | undefined, items: readonly InstrumentItem[]) {
  let total = 0;
  let answered = 0;
  for (const item of items) {
    const score = itemScore(answers, item.id);
    if (score !== undefined) {
      total += score;
      answered++;
    }
  }
  return { total, answered, complete: answered === items.length };
}

/** Scores PHQ-9 answers (keys phq9_1 … phq9_9, values 0–3): 0–4 none/minimal, 5–9 mild, 10–14 moderate, 15–19 moderately severe, 20–27 severe. */
export function scorePhq9(answers: Answers | undefined): Phq9Score {
  const { total, answered, complete } = sumItems(answers, PHQ9_ITEMS);
  const band: Phq9Band = total >= 20 ? 'severe' : total >= 15 ? 'moderately-severe' : total >= 10 ? 'moderate' : total >= 5 ? 'mild' : 'none-minimal';
  return { total, band, answered, complete, item9: itemScore(answers, 'phq9_9') };
}

/** Scores GAD-7 answers (keys gad7_1 … gad7_7, values 0–3): 0–4 minimal, 5–9 mild, 10–14 moderate, 15–21 severe. */
export function scoreGad7(answers: Answers | undefined): InstrumentScore<Gad7Band> {
  const { total, answered, complete } = sumItems(answers, GAD7_ITEMS);
  const band: Gad7Band = total >= 15 ? 'severe' : total >= 10 ? 'moderate' : total >= 5 ? 'mild' : 'minimal';
  return { total, band, answered, complete };
}
