// Wellbeing measures (standards.md §3.3, §3.4): ONS4 personal wellbeing, four questions each 0–10,
// kept separate (ONS never adds them up); SWEMWBS, seven items 1–5 whose raw sum (7–35) is converted
// to the published metric score with the Rasch table (Warwick Medical School).

export const ONS4_ITEMS = ['lifeSatisfaction', 'worthwhile', 'happy', 'anxious'] as const;
export type Ons4Item = (typeof ONS4_ITEMS)[number];
export type Ons4 = Record<Ons4Item, number>;

export const ONS4_QUESTIONS: Record<Ons4Item, string> = {
  lifeSatisfaction: 'Overall, how satisfied are you with your life nowadays?',
  worthwhile: 'Overall, to what extent do you feel that the things you do in your life are worthwhile?',
  happy: 'Overall, how happy did you feel yesterday?',
  anxious: 'On a scale where 0 is "not at all anxious" and 10 is "completely anxious", overall, how anxious did you feel yesterday?',
};

/** ONS bands: for satisfaction, worthwhile and happy higher is better; for anxiety lower is better. */
export function ons4Band(item: Ons4Item, score: number): string {
  if (item === 'anxious') return score <= 1 ? 'very low' : score <= 3 ? 'low' : score <= 5 ? 'medium' : 'high';
  return score <= 4 ? 'low' : score <= 6 ? 'medium' : score <= 8 ? 'high' : 'very high';
}

export const SWEMWBS_ITEMS = [
  "I've been feeling optimistic about the future",
  "I've been feeling useful",
  "I've been feeling relaxed",
  "I've been dealing with problems well",
  "I've been thinking clearly",
  "I've been feeling close to other people",
  "I've been able to make up my own mind about things",
] as const;

/** Raw SWEMWBS total (index 0 = raw 7) to metric score, the published conversion table. */
const SWEMWBS_METRIC = [
  7.0, 9.51, 11.25, 12.4, 13.33, 14.08, 14.75, 15.32, 15.84, 16.36, 16.88, 17.43, 17.98, 18.59, 19.25,
  19.98, 20.73, 21.54, 22.35, 23.21, 24.11, 25.03, 26.02, 27.03, 28.13, 29.31, 30.7, 32.55, 35.0,
];

export function swemwbsScore(items: readonly number[]): { raw: number; metric: number } {
  const raw = items.reduce((a, b) => a + b, 0);
  return { raw, metric: SWEMWBS_METRIC[raw - 7] };
}

const mean = (xs: number[]) => (xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 100) / 100 : null);
export { mean };
