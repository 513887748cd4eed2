// The demo network's coded records for population health: long-term conditions with prevalence by
// age close to England's QOF registers (hypertension about 14% of the list, diabetes 7%, asthma 6.5%,
// depression 13% of adults, dementia 0.7%, rising steeply with age), the medicines that go with them,
// the monitoring that keeps them off the "due for review" list for most (but not all) patients, and
// frailty deficits for everyone 65 and over so the electronic frailty index falls near the commonly
// quoted split (about 50% fit, 35% mild, 12% moderate, 3% severe; standards.md §2.1, unverified):
// a category is drawn by age band first, the frail are likelier to have each condition, and other
// deficits (falls, hearing loss, incontinence …) top the count up into the category's range.
// Rows are made in memory and bulk-loaded, then the summaries are computed in one set-based pass.
import type { Database } from '../db/database.ts';
import { FRAILTY_DEFICITS, OBSERVATION_KINDS, recomputeSummaries } from '../modules/population-health/index.ts';
import { bulkInsert, type CellValue } from './bulk-insert.ts';
import type { Population } from './population.ts';
import type { IdSource, Random } from './random.ts';

const DAY = 86_400_000;
type Category = 'fit' | 'mild' | 'moderate' | 'severe';

/** Prevalence (per cent) by age: [from age, per cent] steps, the last step that applies wins. */
export interface DemoCondition { register: string; code: string; display: string; steps: [number, number][]; deficit?: string; medicines: string[]; review?: { kind: keyof typeof OBSERVATION_KINDS; within12: number } }

/** Exported for the population-health bench, which draws an ICB's population from the same figures in SQL. */
export const CONDITIONS: DemoCondition[] = [
  { register: 'HYP', code: '38341003', display: 'Hypertensive disorder', steps: [[18, 2], [40, 8], [50, 18], [60, 32], [70, 45], [80, 55]], deficit: 'hypertension', medicines: ['Amlodipine 5mg tablets', 'Ramipril 5mg capsules'], review: { kind: 'bp-systolic', within12: 0.8 } },
  { register: 'DM', code: '44054006', display: 'Type 2 diabetes mellitus', steps: [[18, 1.5], [40, 5], [50, 10], [60, 15], [70, 19], [80, 17]], deficit: 'diabetes', medicines: ['Metformin 500mg tablets'], review: { kind: 'hba1c', within12: 0.82 } },
  { register: 'DM', code: '46635009', display: 'Type 1 diabetes mellitus', steps: [[5, 0.4]], deficit: 'diabetes', medicines: ['Insulin glargine 100units/ml pen'], review: { kind: 'hba1c', within12: 0.85 } },
  { register: 'AST', code: '195967001', display: 'Asthma', steps: [[5, 8], [18, 6.5], [65, 7]], deficit: 'respiratory-disease', medicines: ['Salbutamol 100micrograms/dose inhaler', 'Beclometasone 100micrograms/dose inhaler'], review: { kind: 'asthma-review', within12: 0.65 } },
  { register: 'COPD', code: '13645005', display: 'Chronic obstructive lung disease', steps: [[40, 0.5], [50, 2], [60, 4.5], [70, 7], [80, 8]], deficit: 'respiratory-disease', medicines: ['Tiotropium 2.5micrograms/dose inhaler', 'Salbutamol 100micrograms/dose inhaler'], review: { kind: 'copd-review', within12: 0.75 } },
  { register: 'CHD', code: '53741008', display: 'Coronary arteriosclerosis', steps: [[40, 0.7], [50, 2.5], [60, 6], [70, 11], [80, 17]], deficit: 'ischaemic-heart-disease', medicines: ['Atorvastatin 40mg tablets', 'Aspirin 75mg dispersible tablets'], review: { kind: 'bp-systolic', within12: 0.82 } },
  { register: 'HF', code: '84114007', display: 'Heart failure', steps: [[50, 0.2], [60, 1], [70, 3], [80, 7]], deficit: 'heart-failure', medicines: ['Bisoprolol 2.5mg tablets', 'Furosemide 40mg tablets'], review: { kind: 'medication-review', within12: 0.78 } },
  { register: 'CKD', code: '433144002', display: 'Chronic kidney disease stage 3', steps: [[40, 1], [60, 4], [70, 12], [80, 28]], deficit: 'ckd', medicines: [], review: { kind: 'egfr', within12: 0.85 } },
  { register: 'DEP', code: '35489007', display: 'Depressive disorder', steps: [[18, 14], [65, 10]], medicines: ['Sertraline 50mg tablets'] },
  { register: 'DEM', code: '52448006', display: 'Dementia', steps: [[65, 1], [70, 2], [75, 4], [80, 8], [85, 15], [90, 25]], deficit: 'memory-cognitive', medicines: ['Donepezil 5mg tablets'], review: { kind: 'care-plan-review', within12: 0.72 } },
  { register: 'MH', code: '58214004', display: 'Schizophrenia', steps: [[18, 0.5]], medicines: ['Olanzapine 10mg tablets'], review: { kind: 'care-plan-review', within12: 0.6 } },
  { register: 'MH', code: '13746004', display: 'Bipolar disorder', steps: [[18, 0.4]], medicines: ['Lithium carbonate 400mg modified-release tablets'], review: { kind: 'care-plan-review', within12: 0.6 } },
  { register: 'AF', code: '49436004', display: 'Atrial fibrillation', steps: [[50, 0.5], [60, 2.5], [70, 6], [80, 12]], deficit: 'atrial-fibrillation', medicines: ['Apixaban 5mg tablets'], review: { kind: 'pulse', within12: 0.8 } },
  { register: 'STIA', code: '230690007', display: 'Cerebrovascular accident', steps: [[50, 1], [60, 2.5], [70, 5], [80, 9]], deficit: 'cerebrovascular', medicines: ['Clopidogrel 75mg tablets', 'Atorvastatin 40mg tablets'], review: { kind: 'bp-systolic', within12: 0.8 } },
];

/** eFI category by age band (65–74, 75–84, 85+), per cent: weighted by England's 65+ ages this gives about 52/33/12/3. */
export const CATEGORY_BY_BAND: [Category, number][][] = [
  [['fit', 65], ['mild', 27], ['moderate', 7], ['severe', 1]],
  [['fit', 42], ['mild', 40], ['moderate', 14], ['severe', 4]],
  [['fit', 20], ['mild', 45], ['moderate', 25], ['severe', 10]],
];
export const DEFICIT_RANGE: Record<Category, [number, number]> = { fit: [0, 4], mild: [5, 8], moderate: [9, 12], severe: [13, 17] };
export const CONDITION_FACTOR: Record<Category, number> = { fit: 0.55, mild: 1.15, moderate: 1.6, severe: 2 };
const REGISTER_DEFICITS = new Set(CONDITIONS.flatMap((c) => (c.deficit ? [c.deficit] : [])));
export const OTHER_DEFICITS = FRAILTY_DEFICITS.filter((d) => d.codes.length > 0 && !REGISTER_DEFICITS.has(d.id));

const prevalence = (c: DemoCondition, age: number) => c.steps.reduce((p, [from, pct]) => (age >= from ? pct : p), 0) / 100;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const PHM_COLUMNS = {
  phm_condition: ['network_id', 'id', 'patient_id', 'code', 'display', 'onset', 'resolved', 'source'],
  phm_observation: ['network_id', 'id', 'patient_id', 'kind', 'code', 'value', 'unit', 'observed_on', 'source'],
  phm_medication: ['network_id', 'id', 'patient_id', 'name', 'code', 'started_on', 'ended_on', 'repeat', 'source'],
} as const;

export function planPopulationHealth(rng: Random, ids: IdSource, p: { networkId: string; population: Population; now: Date }) {
  const conditions: CellValue[][] = [];
  const observations: CellValue[][] = [];
  const medications: CellValue[][] = [];
  const today = Date.UTC(p.now.getUTCFullYear(), p.now.getUTCMonth(), p.now.getUTCDate());
  const n = p.networkId;
  const { age, ids: patientIds } = p.population;
  const obs = (patient: string, kind: keyof typeof OBSERVATION_KINDS, value: number | null, on: number, code?: string) => {
    const k = OBSERVATION_KINDS[kind];
    observations.push([n, ids.next(), patient, kind, code ?? k.code, value, k.unit, iso(on), 'demo']);
  };
  for (let i = 0; i < patientIds.length; i++) {
    const a = age[i];
    const patient = patientIds[i];
    const older = a >= 65;
    const category: Category = older ? rng.weighted(CATEGORY_BY_BAND[a < 75 ? 0 : a < 85 ? 1 : 2]) : 'fit';
    const factor = older ? CONDITION_FACTOR[category] : 1;
    const deficits = new Set<string>();
    const medicines = new Set<string>();
    const registers = new Set<string>();
    const adultYears = Math.max(1, a - 18);
    for (const c of CONDITIONS) {
      if (registers.has(c.register) && c.register !== 'DM') continue;
      if (c.register === 'DM' && registers.has('DM')) continue;
      if (!rng.chance(Math.min(0.9, prevalence(c, a) * factor))) continue;
      registers.add(c.register);
      if (c.deficit) deficits.add(c.deficit);
      const onsetYearsAgo = c.register === 'DEP' ? rng.int(0, Math.min(19, adultYears)) : rng.int(0, Math.min(25, Math.max(0, a - c.steps[0][0])));
      conditions.push([n, ids.next(), patient, c.code, c.display, iso(today - onsetYearsAgo * 365 * DAY - rng.int(1, 360) * DAY), null, 'demo']);
      for (const m of c.medicines) medicines.add(m);
      if (c.review) {
        const recent = rng.chance(c.review.within12);
        const on = today - (recent ? rng.int(5, 360) : rng.int(380, 900)) * DAY;
        const k = c.review.kind;
        if (k === 'bp-systolic') {
          const sys = rng.int(118, 162);
          obs(patient, 'bp-systolic', sys, on);
          obs(patient, 'bp-diastolic', Math.min(sys - 30, rng.int(68, 96)), on);
        } else if (k === 'hba1c') obs(patient, 'hba1c', rng.int(42, 86), on);
        else if (k === 'egfr') obs(patient, 'egfr', rng.int(22, 59), on);
        else if (k === 'pulse') obs(patient, 'pulse', rng.int(58, 104), on);
        else obs(patient, k, null, on);
      }
    }
    if (older) {
      // Top up other deficits into the category's range; a review of the frail is less common than it should be.
      const [lo, hi] = DEFICIT_RANGE[category];
      const target = rng.int(lo, hi);
      const polypharmacy = medicines.size >= 5 ? 1 : 0;
      const others = [...OTHER_DEFICITS];
      while (deficits.size + polypharmacy < target && others.length) {
        const d = others.splice(rng.int(0, others.length - 1), 1)[0];
        deficits.add(d.id);
        conditions.push([n, ids.next(), patient, rng.pick(d.codes), d.name, iso(today - rng.int(30, 4000) * DAY), null, 'demo']);
      }
      if (category !== 'fit' && rng.chance(category === 'mild' ? 0.45 : 0.55)) obs(patient, 'medication-review', null, today - rng.int(10, 700) * DAY);
    }
    if (a >= 18 && rng.chance(0.3)) obs(patient, 'smoking-status', null, today - rng.int(10, 1500) * DAY, rng.weighted([['77176002', 13], ['8517006', 27], ['266919005', 60]]));
    if (a >= 18 && rng.chance(0.3)) obs(patient, 'bmi', Math.round((22 + rng.next() * 14) * 10) / 10, today - rng.int(10, 1500) * DAY);
    for (const m of medicines) medications.push([n, ids.next(), patient, m, null, iso(today - rng.int(60, 3000) * DAY), null, true, 'demo']);
  }
  return { phm_condition: conditions, phm_observation: observations, phm_medication: medications };
}

/** Loads the demo's coded records and computes every summary; returns row counts and how long the summaries took. */
export async function addPopulationHealthDemo(database: Database, rng: Random, ids: IdSource, p: { networkId: string; population: Population; now: Date }) {
  const rows = planPopulationHealth(rng, ids, p);
  for (const table of Object.keys(PHM_COLUMNS) as (keyof typeof PHM_COLUMNS)[]) await bulkInsert(database, table, PHM_COLUMNS[table], rows[table]);
  const started = performance.now();
  const today = p.now.toISOString().slice(0, 10);
  const summaries = await database.db.transaction().execute((trx) => recomputeSummaries(trx, { networkId: p.networkId, today, now: p.now }));
  return {
    phm_condition: rows.phm_condition.length, phm_observation: rows.phm_observation.length, phm_medication: rows.phm_medication.length,
    phm_patient_summary: summaries, phmRecomputeMs: Math.round(performance.now() - started),
  };
}
