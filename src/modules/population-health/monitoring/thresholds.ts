// Thresholds for home readings, kept as data: which register each applies to, the rule, its urgency,
// whose queue it goes to, and where the figure comes from. A practice changes one patient's threshold
// (an older person's BP target, a COPD patient's usual SpO2, an asthma patient's best peak flow) with an
// override; a threshold with no default limit (peak flow) applies only once a clinician sets one.

/** How soon the consultations queue must answer (its urgencies; an emergency is never left to a queue). */
export type AlertUrgency = 'urgent' | 'routine';

export type MonitoredKind = 'blood-pressure' | 'pulse' | 'spo2' | 'weight' | 'peak-flow' | 'blood-glucose';

export type ThresholdRule =
  /** The mean of the readings of the last `days` days (at least `minReadings`) at or above the limit (and/or the diastolic limit). */
  | { type: 'average-at-or-above'; days: number; minReadings: number }
  /** Any one reading at or above the limit (or the diastolic limit). */
  | { type: 'reading-at-or-above' }
  /** Any one reading below the limit. */
  | { type: 'reading-below' }
  /** A rise of at least the limit between the lowest reading of the last `days` days and the latest. */
  | { type: 'rise-within'; days: number };

export interface ThresholdDefinition {
  id: string;
  name: string;
  kind: MonitoredKind;
  registers: string[];
  rule: ThresholdRule;
  /** The default limit (systolic for blood pressure); null: none until set for the patient. */
  limit: number | null;
  diastolic?: number;
  urgency: AlertUrgency;
  /** The queue of the consultations module it lands in (a staff role). */
  role: string;
  /** What the patient's page says when it is crossed. */
  advice: string;
  source: string;
}

export const THRESHOLDS: readonly ThresholdDefinition[] = [
  {
    id: 'home-bp-average', name: 'Home blood pressure average 135/85 or higher over 7 days', kind: 'blood-pressure', registers: ['HYP', 'CHD', 'STIA', 'DM', 'CKD'],
    rule: { type: 'average-at-or-above', days: 7, minReadings: 4 }, limit: 135, diastolic: 85, urgency: 'routine', role: 'gp',
    advice: 'Your average blood pressure is above the level we aim for. Your practice will look at your readings and contact you.',
    source: 'NICE NG136 (Hypertension in adults, 2019, updated 2023), 1.2 and 1.4: home average 135/85 mmHg; the treatment target for people aged 80 and over is 145/85 (set it per patient)',
  },
  {
    id: 'home-bp-severe', name: 'A blood pressure reading of 180/120 or higher', kind: 'blood-pressure', registers: ['HYP', 'CHD', 'STIA', 'DM', 'CKD'],
    rule: { type: 'reading-at-or-above' }, limit: 180, diastolic: 120, urgency: 'urgent', role: 'gp',
    advice: 'This blood pressure is very high. Sit quietly for 5 minutes and measure it again. If it is still this high, or you have a headache, chest pain, breathlessness or changes in your sight, call 111 now. In an emergency, call 999.',
    source: 'NICE NG136 (2019, updated 2023), 1.5: blood pressure of 180/120 mmHg or higher needs assessment the same day',
  },
  {
    id: 'spo2-low', name: 'Oxygen saturation below 92%', kind: 'spo2', registers: ['COPD', 'AST', 'HF'],
    rule: { type: 'reading-below' }, limit: 92, urgency: 'urgent', role: 'gp',
    advice: 'Your oxygen level is low. Call 111 now, or 999 if you are struggling to breathe.',
    source: 'NHS England, Pulse oximetry to detect early deterioration in primary and community care (2020, updated 2021): below 92% needs urgent assessment. People with COPD who usually run lower (BTS 2017 target 88–92%) need their own threshold',
  },
  {
    id: 'peak-flow-low', name: 'Peak flow below the patient\'s own limit (50% of their best)', kind: 'peak-flow', registers: ['AST'],
    rule: { type: 'reading-below' }, limit: null, urgency: 'urgent', role: 'gp',
    advice: 'Your peak flow is much lower than your best. Follow your asthma action plan and call 111 now. If you are struggling to breathe, call 999.',
    source: 'BTS/SIGN 158 British guideline on the management of asthma (2019): peak flow 33–50% of best or predicted is acute severe asthma. Set the limit per patient at half their best',
  },
  {
    id: 'glucose-low', name: 'Blood glucose below 4.0 mmol/L', kind: 'blood-glucose', registers: ['DM'],
    rule: { type: 'reading-below' }, limit: 4, urgency: 'routine', role: 'nurse',
    advice: 'This reading is a hypo (below 4). Treat it now as you were taught, with a sugary drink or glucose tablets, and check again in 15 minutes. Your practice will look at your readings.',
    source: 'NICE NG28 (Type 2 diabetes in adults) and NG17 (Type 1 diabetes in adults): hypoglycaemia is blood glucose below 4.0 mmol/L',
  },
  {
    id: 'weight-gain', name: 'Weight up 2 kg or more within 3 days', kind: 'weight', registers: ['HF'],
    rule: { type: 'rise-within', days: 3 }, limit: 2, urgency: 'routine', role: 'nurse',
    advice: 'Your weight has gone up quickly, which can be fluid. Your practice will look at your readings and contact you. If you are more breathless or your ankles are more swollen, call the practice or 111 today.',
    source: 'ESC Guidelines for heart failure (2021), self-care: a sudden weight gain of more than 2 kg in 3 days',
  },
];

export const thresholdById = new Map(THRESHOLDS.map((t) => [t.id, t]));
export const THRESHOLD_IDS = THRESHOLDS.map((t) => t.id);

/** What each register's patients are asked to measure at home, in the order the page asks. */
export const KINDS_FOR_REGISTER: Record<string, MonitoredKind[]> = {
  HYP: ['blood-pressure', 'pulse'], CHD: ['blood-pressure', 'pulse'], STIA: ['blood-pressure', 'pulse'], CKD: ['blood-pressure', 'weight'],
  DM: ['blood-glucose', 'blood-pressure', 'weight'], COPD: ['spo2', 'pulse', 'peak-flow'], AST: ['peak-flow', 'spo2'], HF: ['weight', 'blood-pressure', 'pulse', 'spo2'],
  AF: ['pulse', 'blood-pressure'],
};

/** A rule in words, as staff see it beside the figure. */
export function describeRule(t: ThresholdDefinition, limit: number | null, diastolic: number | null): string {
  const figure = limit === null ? 'no limit set for this patient' : diastolic !== null ? `${limit}/${diastolic}` : String(limit);
  switch (t.rule.type) {
    case 'average-at-or-above': return `average of the last ${t.rule.days} days (at least ${t.rule.minReadings} readings) at or above ${figure}`;
    case 'reading-at-or-above': return `any reading at or above ${figure}`;
    case 'reading-below': return `any reading below ${figure}`;
    case 'rise-within': return `a rise of ${figure} or more within ${t.rule.days} days`;
  }
}
