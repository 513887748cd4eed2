// The long-term-condition registers, kept as data: each is a readable definition (the NHS Primary
// Care Domain cluster it follows, its SNOMED CT codes, the rule and its qualifiers, and what counts as
// its annual review). summary-sql.ts turns these into one set-based SQL statement; GET
// /population-health/registers/definitions shows them as they are. Codes are the cluster members
// listed in ../shared/docs/standards.md §8 (plus the Synthea codes of the same concepts seen in
// ../shared/data/synthea-r4); qualifiers are summarised from QOF guidance and should be checked
// against the QOF business rules of the year in use. The reference sets hold many more codes than
// these: load the full cluster when one is available.

export interface RegisterDefinition {
  id: string;
  name: string;
  /** The QOF indicator whose register this follows. */
  indicator: string;
  /** The NHS PCD reference-set cluster. */
  cluster: string;
  /** A diagnosis with one of these codes, onset on or before today, not resolved. */
  codes: string[];
  /** The rule in words, as the registers page shows it. */
  rule: string;
  minAge?: number;
  /** Only diagnoses with onset on or after this date count (depression: 1 April 2006). */
  diagnosedOnOrAfter?: string;
  /** Also needs a medicine whose name matches, current within this many months (asthma: an asthma drug in the last 12 months). */
  requiresMedication?: { pattern: string; withinMonths: number; what: string };
  /** Patients on a current medicine whose name matches join the register without a code (SMI: lithium). */
  alsoByMedication?: { pattern: string; what: string };
  /** Due for review when none of these observations is recorded within the months given. */
  review: { observations: string[]; withinMonths: number; what: string } | null;
}

export const REGISTERS: readonly RegisterDefinition[] = [
  {
    id: 'HYP', name: 'Hypertension', indicator: 'HYP001', cluster: 'HYP_COD', codes: ['38341003', '59621000'],
    rule: 'A hypertension diagnosis, not resolved.', review: { observations: ['bp-systolic'], withinMonths: 12, what: 'blood pressure' },
  },
  {
    id: 'DM', name: 'Diabetes', indicator: 'DM017', cluster: 'DM_COD', codes: ['73211009', '44054006', '46635009'], minAge: 17,
    rule: 'Aged 17 or over with a diabetes diagnosis, not resolved.', review: { observations: ['hba1c'], withinMonths: 12, what: 'HbA1c' },
  },
  {
    id: 'AST', name: 'Asthma', indicator: 'AST005', cluster: 'AST_COD', codes: ['195967001', '233678006'], minAge: 6,
    requiresMedication: { pattern: 'salbutamol|albuterol|terbutaline|beclometasone|budesonide|fluticasone|ciclesonide|mometasone|formoterol|salmeterol|montelukast', withinMonths: 12, what: 'an asthma medicine in the last 12 months' },
    rule: 'Aged 6 or over with an asthma diagnosis, not resolved, and an asthma medicine in the last 12 months.', review: { observations: ['asthma-review'], withinMonths: 12, what: 'asthma review' },
  },
  {
    id: 'COPD', name: 'COPD', indicator: 'COPD015', cluster: 'COPD_COD', codes: ['13645005', '185086009', '87433001'],
    rule: 'A COPD diagnosis, not resolved. (QOF also asks for post-bronchodilator spirometry for diagnoses from 1 April 2023: not checked here.)', review: { observations: ['copd-review'], withinMonths: 12, what: 'COPD review' },
  },
  {
    id: 'CHD', name: 'Coronary heart disease', indicator: 'CHD001', cluster: 'CHD_COD', codes: ['53741008', '414545008', '22298006', '194828000'],
    rule: 'A coronary heart disease diagnosis (including myocardial infarction and angina).', review: { observations: ['bp-systolic'], withinMonths: 12, what: 'blood pressure' },
  },
  {
    id: 'HF', name: 'Heart failure', indicator: 'HF001', cluster: 'HF_COD', codes: ['84114007', '88805009'],
    rule: 'A heart failure diagnosis.', review: { observations: ['medication-review'], withinMonths: 12, what: 'medication review' },
  },
  {
    id: 'CKD', name: 'Chronic kidney disease (stages 3–5)', indicator: 'CKD005', cluster: 'CKD_COD', codes: ['433144002', '700378005', '700379002', '431857002', '433146000'], minAge: 18,
    rule: 'Aged 18 or over with CKD stage 3a to 5, not resolved (stages 1 and 2 are not on the register).', review: { observations: ['egfr'], withinMonths: 12, what: 'eGFR' },
  },
  {
    id: 'DEP', name: 'Depression', indicator: 'DEP003', cluster: 'DEPR_COD', codes: ['35489007', '370143000'], minAge: 18, diagnosedOnOrAfter: '2006-04-01',
    rule: 'Aged 18 or over with depression diagnosed on or after 1 April 2006, not resolved.', review: null,
  },
  {
    id: 'DEM', name: 'Dementia', indicator: 'DEM001', cluster: 'DEM_COD', codes: ['52448006', '26929004'],
    rule: 'A dementia diagnosis (including Alzheimer\'s disease).', review: { observations: ['care-plan-review'], withinMonths: 12, what: 'care plan review' },
  },
  {
    id: 'MH', name: 'Serious mental illness', indicator: 'MH001', cluster: 'MH_COD', codes: ['58214004', '13746004', '69322001'],
    alsoByMedication: { pattern: 'lithium', what: 'a current lithium prescription' },
    rule: 'Schizophrenia, bipolar disorder or another psychosis, not resolved; or a current lithium prescription.', review: { observations: ['care-plan-review'], withinMonths: 12, what: 'care plan review' },
  },
  {
    id: 'AF', name: 'Atrial fibrillation', indicator: 'AF001', cluster: 'AFIB_COD', codes: ['49436004'],
    rule: 'An atrial fibrillation diagnosis, not resolved.', review: { observations: ['pulse', 'medication-review'], withinMonths: 12, what: 'pulse or medication review' },
  },
  {
    id: 'STIA', name: 'Stroke and TIA', indicator: 'STIA001', cluster: 'STRK_COD', codes: ['230690007', '266257000'],
    rule: 'A stroke or transient ischaemic attack.', review: { observations: ['bp-systolic'], withinMonths: 12, what: 'blood pressure' },
  },
];

export const REGISTER_IDS = REGISTERS.map((r) => r.id);

/**
 * A register's bit in phm_patient_summary.register_mask and due_mask: 1 << its place in REGISTERS. The
 * partial index of each register (0025_phm_cohort_indexes.sql) names its bit, so add new registers at
 * the end of the list (and their index in a migration); never reorder.
 */
export const registerBit = (id: string): number => {
  const k = REGISTER_IDS.indexOf(id);
  if (k < 0) throw new Error(`unknown register ${id}`);
  return 1 << k;
};
export const registerById = new Map(REGISTERS.map((r) => [r.id, r]));
