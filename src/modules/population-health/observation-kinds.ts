// The observations population health reads, with the SNOMED CT concept each is recorded under, its
// unit and the range a real measurement can fall in (outside it, the API refuses the value and names
// the field: BP 900/20 or a negative HbA1c is a typing error, not a reading). Codes marked "check" were
// not confirmed against the UK edition when written.

export interface ObservationKind {
  code: string;
  name: string;
  unit: string | null;
  min?: number;
  max?: number;
  /** Observations that record that something was done (a review), with no value. */
  noValue?: true;
  /** For coded answers (smoking status): the codes allowed, in place of a value. */
  codes?: Record<string, string>;
}

export const OBSERVATION_KINDS = {
  'bp-systolic': { code: '271649006', name: 'Systolic blood pressure', unit: 'mm[Hg]', min: 50, max: 300 },
  'bp-diastolic': { code: '271650006', name: 'Diastolic blood pressure', unit: 'mm[Hg]', min: 20, max: 200 },
  hba1c: { code: '999791000000106', name: 'HbA1c (IFCC)', unit: 'mmol/mol', min: 15, max: 250 }, // check
  bmi: { code: '60621009', name: 'Body mass index', unit: 'kg/m2', min: 10, max: 100 },
  egfr: { code: '1011481000000105', name: 'eGFR', unit: 'mL/min/1.73m2', min: 1, max: 200 }, // check
  pulse: { code: '78564009', name: 'Pulse rate', unit: '/min', min: 20, max: 250 },
  weight: { code: '27113001', name: 'Body weight', unit: 'kg', min: 0.5, max: 400 },
  spo2: { code: '431314004', name: 'Oxygen saturation (SpO2)', unit: '%', min: 50, max: 100 },
  'peak-flow': { code: '29893006', name: 'Peak expiratory flow', unit: 'L/min', min: 30, max: 900 },
  'blood-glucose': { code: '33747003', name: 'Blood glucose', unit: 'mmol/L', min: 0.5, max: 60 },
  'smoking-status': { code: '229819007', name: 'Smoking status', unit: null, codes: { '77176002': 'Smoker', '8517006': 'Ex-smoker', '266919005': 'Never smoked' } },
  'medication-review': { code: '182836005', name: 'Medication review', unit: null, noValue: true },
  'asthma-review': { code: '270442000', name: 'Asthma review', unit: null, noValue: true }, // check
  'copd-review': { code: '394703002', name: 'COPD review', unit: null, noValue: true }, // check
  'care-plan-review': { code: '736366004', name: 'Care plan review', unit: null, noValue: true }, // check
  'frailty-review': { code: '713634000', name: 'Frailty review', unit: null, noValue: true }, // check
} as const satisfies Record<string, ObservationKind>;

export type ObservationKindId = keyof typeof OBSERVATION_KINDS;
export const OBSERVATION_KIND_IDS = Object.keys(OBSERVATION_KINDS) as ObservationKindId[];

/** Kinds that count as a review of the person's care ("last review" in the cohort builder). */
export const REVIEW_KINDS: readonly ObservationKindId[] = ['medication-review', 'asthma-review', 'copd-review', 'care-plan-review', 'frailty-review'];
