// The electronic frailty index (Clegg et al., Age and Ageing 2016;45(3):353-60; standards.md §2.1):
// 36 deficits, score = deficits present ÷ 36, categories fit (0–4 deficits), mild (5–8), moderate
// (9–12), severe (13 or more), for everyone aged 65 and over. The published index defines the deficits
// with 2,171 Read (CTV3) codes; GP systems now record SNOMED CT, and no checked SNOMED mapping of that
// list was at hand, so each deficit below carries representative SNOMED CT concepts (the common
// diagnoses of each deficit). A deficit counts once recorded, resolved or not, as in the original index.
// Polypharmacy comes from prescribing: five or more different current repeat medicines.

import type { FrailtyCategory } from './tables.ts';

export interface FrailtyDeficit { id: string; name: string; codes: string[] }

export const POLYPHARMACY_MEDICINES = 5;

export const FRAILTY_DEFICITS: readonly FrailtyDeficit[] = [
  { id: 'activity-limitation', name: 'Activity limitation', codes: ['713458007', '105504002'] },
  { id: 'anaemia', name: 'Anaemia & haematinic deficiency', codes: ['271737000', '87522002', '190634004'] },
  { id: 'arthritis', name: 'Arthritis', codes: ['3723001', '396275006', '69896004', '239873007', '239872002', '201834006', '90560007'] },
  { id: 'atrial-fibrillation', name: 'Atrial fibrillation', codes: ['49436004'] },
  { id: 'cerebrovascular', name: 'Cerebrovascular disease', codes: ['230690007', '266257000'] },
  { id: 'ckd', name: 'Chronic kidney disease', codes: ['709044004', '431855005', '431856006', '433144002', '700378005', '700379002', '431857002', '433146000', '127013003'] },
  { id: 'diabetes', name: 'Diabetes', codes: ['73211009', '44054006', '46635009'] },
  { id: 'dizziness', name: 'Dizziness', codes: ['404640003'] },
  { id: 'dyspnoea', name: 'Dyspnoea', codes: ['267036007'] },
  { id: 'falls', name: 'Falls', codes: ['161898004', '217082002'] },
  { id: 'foot-problems', name: 'Foot problems', codes: ['53226007', '271860004'] },
  { id: 'fragility-fracture', name: 'Fragility fracture', codes: ['5913000', '263225007', '65966004'] },
  { id: 'hearing-impairment', name: 'Hearing impairment', codes: ['15188001'] },
  { id: 'heart-failure', name: 'Heart failure', codes: ['84114007', '88805009'] },
  { id: 'heart-valve-disease', name: 'Heart valve disease', codes: ['368009'] },
  { id: 'housebound', name: 'Housebound', codes: ['160689007'] },
  { id: 'hypertension', name: 'Hypertension', codes: ['38341003', '59621000'] },
  { id: 'hypotension-syncope', name: 'Hypotension/syncope', codes: ['45007003', '271594007'] },
  { id: 'ischaemic-heart-disease', name: 'Ischaemic heart disease', codes: ['53741008', '414545008', '22298006', '194828000'] },
  { id: 'memory-cognitive', name: 'Memory & cognitive problems', codes: ['52448006', '26929004', '386807006'] },
  { id: 'mobility-transfer', name: 'Mobility and transfer problems', codes: ['82971005'] },
  { id: 'osteoporosis', name: 'Osteoporosis', codes: ['64859006'] },
  { id: 'parkinsonism-tremor', name: 'Parkinsonism & tremor', codes: ['49049000', '26079004'] },
  { id: 'peptic-ulcer', name: 'Peptic ulcer', codes: ['13200003'] },
  { id: 'peripheral-vascular', name: 'Peripheral vascular disease', codes: ['400047006', '840580004'] },
  { id: 'polypharmacy', name: 'Polypharmacy', codes: [] },
  { id: 'requirement-for-care', name: 'Requirement for care', codes: ['422650009'] },
  { id: 'respiratory-disease', name: 'Respiratory disease', codes: ['13645005', '185086009', '87433001', '195967001', '233678006'] },
  { id: 'skin-ulcer', name: 'Skin ulcer', codes: ['46742003', '399912005'] },
  { id: 'sleep-disturbance', name: 'Sleep disturbance', codes: ['193462001'] },
  { id: 'social-vulnerability', name: 'Social vulnerability', codes: ['105529008'] },
  { id: 'thyroid-disease', name: 'Thyroid disease', codes: ['40930008', '83664006', '34486009'] },
  { id: 'urinary-incontinence', name: 'Urinary incontinence', codes: ['165232002'] },
  { id: 'urinary-system-disease', name: 'Urinary system disease', codes: ['68566005'] },
  { id: 'visual-impairment', name: 'Visual impairment', codes: ['397540003', '193570009'] },
  { id: 'weight-loss-anorexia', name: 'Weight loss & anorexia', codes: ['89362005'] },
];

export const FRAILTY_CATEGORIES: readonly FrailtyCategory[] = ['fit', 'mild', 'moderate', 'severe'];

/** The eFI category of a deficit count (the score is always k/36). */
export function frailtyCategory(deficits: number): FrailtyCategory {
  return deficits <= 4 ? 'fit' : deficits <= 8 ? 'mild' : deficits <= 12 ? 'moderate' : 'severe';
}
