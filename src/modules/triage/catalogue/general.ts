/** Whole-body problems: sepsis in the immunosuppressed, fever in adults, weight loss, sweats. Sepsis signs are in rules/emergency.ts. */
import type { Complaint } from './complaint.ts';
import { LUMP_EXPLAINED } from '../rules/explained.ts';

export const GENERAL: Complaint[] = [
  {
    // NHS "urgent supply of your medicine": a pharmacist can give an emergency supply, or NHS 111 finds one. For medicines
    // whose missed doses are dangerous (epilepsy, insulin, Parkinson's, steroid replacement, anticoagulants) that is the
    // same day, not when the practice next processes repeats.
    id: 'critical-medicine-run-out', name: 'Run out of a medicine that must not be missed', system: 'general', source: 'nhs-emergency-medicine-supply', role: 'pharmacist', since: '2026.12.32', presentation: ['critical_medicine_run_out'],
    concepts: [{ id: 'critical_medicine_run_out', label: 'run out of an epilepsy, diabetes, Parkinson\'s, steroid or blood-thinning medicine', patterns: [
      '(?:run|ran|running|runs) (?:out|short) (?:of )?{www}(?:epilepsy|seizure|anti ?epileptic|lamotrigine|levetiracetam|keppra|valproate|epilim|carbamazepine|tegretol|phenytoin|insulin|parkinsons|levodopa|madopar|sinemet|co ?careldopa|hydrocortisone|fludrocortisone|warfarin|apixaban|rivaroxaban|edoxaban|dabigatran|tacrolimus|anti ?rejection)',
      '(?:epilepsy|seizure|anti ?epileptic|lamotrigine|levetiracetam|keppra|valproate|carbamazepine|phenytoin|insulin|parkinsons|levodopa|madopar|sinemet|hydrocortisone|warfarin|apixaban|rivaroxaban|tacrolimus) {ww}(?:tablets|meds|medication|medicine|pens?|cartridges)? ?(?:have |has |had )?(?:run out|ran out|finished|none left)',
    ] }],
    urgent: [{ why: 'Missing doses of an epilepsy, insulin, Parkinson\'s, steroid or blood-thinning medicine can be dangerous: a pharmacist can give an emergency supply today, or NHS 111 can find one.' }],
  },
  {
    id: 'domestic-abuse', name: 'Domestic violence or abuse', system: 'general', source: 'nice-ph50', role: 'gp', since: '2026.12.12', presentation: ['abuse_at_home'],
    concepts: [
      { id: 'abuse_at_home', label: 'violence or abuse at home', patterns: [
        '\\b(?:partner|husband|wife|boyfriend|girlfriend|ex|fiance|fiancee|he|she) (?:has been |keeps |is |was |has |had |have been |just |always )?(?:hitting|hit|hits|punch\\w*|kick\\w*|slapp\\w*|slaps|strangl\\w*|chok\\w*|pushed|pushes|pushing|shov\\w*|beat|beats|beating|beaten|hurt|hurts|hurting|threaten\\w*) (?:me|us|the kids|the children|my)\\b',
        'domestic (?:abuse|violence)', '(?:partner|husband|wife|boyfriend|girlfriend|he|she) (?:\\w+ ){0,3}controls (?:my|all my) (?:money|finances|phone|bank)', '(?:pushed|shoved|slammed|threw|thrown) me (?:against|into|onto|down|across) {det}(?:wall|door|floor|stairs|table)', '(?:scared|afraid|frightened) (?:to be|of being|to go) (?:at )?home', 'abusive (?:partner|husband|wife|boyfriend|girlfriend|relationship|ex)', '(?:scared|afraid|frightened|terrified) of (?:my )?(?:partner|husband|wife|boyfriend|girlfriend|ex)\\b',
      ] },
      { id: 'threat_to_kill', label: 'a threat to kill', patterns: ['\\b(?:he|she|they|partner|husband|wife|boyfriend|girlfriend|ex) (?:\\w+ ){0,4}(?:kill|murder) (?:me|us|the kids|the children|my)\\b', 'threat\\w* to kill'] },
      { id: 'danger_now', label: 'in danger now', patterns: [
        'on (?:his|her|their) way (?:back|home|here|round|over)', '(?:hiding|locked|barricaded|shut) (?:myself |ourselves )?(?:in|inside) {det}(?:bathroom|bedroom|toilet|loo|room|car)', '(?:with|from) the door locked',
        '(?:trying|tried) to (?:get in|break in|kick {det}door|break {det}door)', 'need help (?:right )?now', 'not safe (?:here|now|at home|tonight)', '(?:has|had|got|with) a (?:knife|weapon|gun)',
      ] },
    ],
    emergency: [{ anyOf: [['threat_to_kill', 'danger_now']], why: 'Someone at home hurting or threatening you while you are in danger now: call 999 and ask for the police (if you cannot speak, stay on the line and press 55 on a mobile).', redFlag: 'Domestic abuse: in danger now', action: 'call-999' },
      { alone: true, all: ['threat_to_kill', 'danger_now'], why: 'A threat to kill you from someone on their way to you or at the door: call 999 and ask for the police.', redFlag: 'Threat to kill, in danger now', action: 'call-999' }],
    urgent: [{ why: 'Violence or abuse at home needs a private conversation with a clinician today, who can check you are safe and put you in touch with specialist support.' }],
  },
  {
    id: 'drug-neutropenia', name: 'Sore throat or fever on a medicine that can lower white cells (carbimazole, clozapine)', system: 'general', source: 'nhs-carbimazole', role: 'gp', since: '2026.12.12',
    presentation: ['white_cell_lowering_medicine'],
    concepts: [{ id: 'white_cell_lowering_medicine', label: 'carbimazole, propylthiouracil or clozapine', history: true, patterns: ['carbimazole', 'neo ?mercazole', 'propylthiouracil', 'clozapine', 'clozaril'] }],
    urgent: [{ any: ['sore_throat', 'fever', 'high_fever', 'mouth_problem', 'mouth_eye_sores', 'infection', 'flu_like', 'rigors'], why: 'A sore throat, mouth ulcers or a temperature on carbimazole or clozapine can mean a very low white cell count: stop and get a blood test today.', redFlag: 'Possible drug-induced neutropenia' }],
  },
  {
    id: 'neutropenic-sepsis', name: 'Infection during chemotherapy or with a weak immune system', system: 'general', source: 'nice-ng151', role: 'gp', presentation: ['immunosuppressed'],
    emergency: [{ any: ['fever', 'rigors', 'flu_like', 'unwell_general', 'infection', 'high_fever'], why: 'A temperature or feeling unwell during chemotherapy or with a very weak immune system can be neutropenic sepsis: call the chemotherapy helpline or go to A&E now.', redFlag: 'Possible neutropenic sepsis', action: 'go-to-ae' }],
    urgent: [{ any: ['cough', 'cold', 'sore_throat', 'diarrhoea', 'vomiting', 'rash', 'urinary_symptoms', 'cellulitis', 'wound_infected'], why: 'Any new infection with a weak immune system needs a same-day assessment.' }],
  },
  {
    id: 'adult-fever', name: 'Fever in an adult', system: 'general', source: 'nhs-sepsis', role: 'gp', presentation: ['fever', 'high_fever'],
    urgent: [{ age: { min: 16 }, any: ['rigors', 'breathless', 'severe', 'vomiting', 'rash', 'recent_travel'], why: 'A fever with shivering, breathlessness, vomiting, a rash or after travel abroad needs a same-day assessment.' },
      { age: { min: 16 }, durationDays: { min: 5 }, why: 'A fever lasting 5 days or more needs a same-day assessment.' }],
    routine: [{ age: { min: 16 }, any: ['self_care_failed', 'night_sweats'], why: 'A fever that is not settling should be seen by a GP.' }],
    concepts: [
      { id: 'recent_travel', label: 'recent travel abroad', patterns: ['(?:just |recently )?(?:back|returned|came back|got back) from (?:holiday|abroad|africa|india|asia|\\w+ (?:holiday|trip))', 'malaria', 'travell\\w* (?:to|in|abroad)'] },
      { id: 'night_sweats', label: 'drenching night sweats', patterns: ['night sweats?', 'sweat\\w* {ww}(?:at|in the) night', 'drenched (?:in sweat )?(?:at night|sheets)', 'soak\\w* {ww}(?:sheets|bed)'] },
    ],
  },
  {
    id: 'weight-loss-sweats', name: 'Unexplained weight loss or night sweats', system: 'general', source: 'nhs-weight-loss', role: 'gp', presentation: ['cancer_concern', 'night_sweats'],
    // The lump must be unexplained; weight loss and night sweats need no such test (rules/explained.ts, 2026.12.32).
    routine: [{ any: ['night_sweats'], why: 'Unexplained weight loss, drenching night sweats or a new lump should be seen by a GP (NICE NG12).', redFlag: 'Possible cancer symptom' },
      { since: '2026.12.32', any: ['weight_loss'], why: 'Unexplained weight loss, drenching night sweats or a new lump should be seen by a GP (NICE NG12).', redFlag: 'Possible cancer symptom' },
      { since: '2026.12.32', any: ['cancer_concern'], none: LUMP_EXPLAINED, why: 'Unexplained weight loss, drenching night sweats or a new lump should be seen by a GP (NICE NG12).', redFlag: 'Possible cancer symptom' }],
  },
  {
    id: 'anaemia-bruising', name: 'Pale, breathless or unexplained bruising', system: 'general', source: 'nhs-anaemia', role: 'gp', presentation: ['easy_bruising'],
    concepts: [{ id: 'easy_bruising', label: 'unexplained bruising or bleeding', patterns: ['bruis\\w* (?:easily|for no reason|all over|without)', 'unexplained bruis\\w*', '(?:lots of|loads of|new) bruises', 'anaemi\\w*', 'iron (?:deficiency|levels?)'] }],
    urgent: [{ any: ['pale', 'fever', 'tired', 'bleeding', 'non_blanching_rash', 'night_sweats'], age: { max: 25 }, why: 'Unexplained bruising with pallor, tiredness, fever or bleeding in a child or young adult needs a same-day blood test (NICE NG12, leukaemia).', source: 'nice-ng12', redFlag: 'Unexplained bruising' }],
    routine: [{ why: 'Unexplained bruising or anaemia is checked by a GP with a blood test.' }],
  },
  {
    id: 'infection-illness', name: 'Flu, COVID-19 and glandular fever', system: 'general', source: 'nhs-covid', role: 'gp', presentation: ['flu_like', 'viral_named'],
    concepts: [{ id: 'viral_named', label: 'a named viral illness', patterns: ['(?:have|got|has|caught|with|positive for|tested positive for) (?:covid|coronavirus)', 'covid (?:positive|symptoms|test)', 'glandular fever', 'tonsillitis'] }],
    urgent: [{ any: ['breathless', 'chest_pain', 'rigors'], why: 'Flu or COVID-19 with breathlessness or chest pain should be assessed today.' },
      { age: { min: 65 }, any: ['fever', 'breathless', 'worsening'], why: 'Flu-like illness at 65 or over that is getting worse should be assessed today.', source: 'nhs-flu' }],
    // NHS "Flu": flu comes on quickly, so a sudden start is part of it, not an alarm (2026.12.34).
    selfCare: [{ age: { min: 5 }, durationDays: { max: 13 }, exempt: ['AL-SUDDEN'], why: 'Flu and COVID-19 usually get better with rest, fluids and paracetamol or ibuprofen.', advice: ['cold'] }],
  },
  {
    id: 'allergy', name: 'Allergies', system: 'general', source: 'nhs-allergies', role: 'gp', presentation: ['allergy_general'],
    concepts: [{ id: 'allergy_general', label: 'allergies', patterns: ['allerg(?:y|ies)', 'intoleran\\w*', 'allergy (?:test|testing)'] }],
    routine: [{ why: 'Allergy questions and testing are discussed with a GP.' }],
  },
  {
    id: 'tick-bite', name: 'Tick bite and Lyme disease', system: 'general', source: 'nhs-lyme', role: 'gp', presentation: ['tick'],
    concepts: [{ id: 'tick', label: 'a tick bite', patterns: ['ticks?', 'lyme', 'bullseye (?:rash)?', 'bulls eye'] }],
    urgent: [{ any: ['rash', 'fever', 'flu_like'], why: 'A spreading circular rash or flu-like illness after a tick bite can be Lyme disease, which needs antibiotics.' }],
    selfCare: [{ why: 'A tick bite without a rash or illness needs the tick removed carefully and the area watched for 30 days.', advice: ['minor-pharmacy'] }],
  },
  {
    id: 'cholesterol-health-check', name: 'Cholesterol and health checks', system: 'cardiovascular', source: 'nhs-health-check', role: 'nurse',
    presentation: ['cholesterol'],
    concepts: [{ id: 'cholesterol', label: 'cholesterol or heart health check', patterns: ['cholesterol', 'lipids?', 'heart (?:health )?check', 'mot', 'check ?up', 'well person'] }],
    routine: [{ why: 'Cholesterol and heart health checks are done at a nurse appointment.' }],
  },
  {
    id: 'sickle-cell', name: 'Sickle cell disease', system: 'general', source: 'nhs-sickle-cell', role: 'gp', since: '2026.12.2', presentation: ['sickle_cell'],
    emergency: [{ any: ['fever', 'high_fever', 'chest_pain', 'pleuritic_pain', 'breathless', 'breathless_severe', 'pain_relief_failed', 'face_droop', 'one_sided_weakness', 'speech_problem', 'confusion', 'drowsy', 'abdo_severe', 'spo2_low'],
      why: 'With sickle cell disease, a temperature, chest pain, breathlessness, stroke signs or pain that home painkillers do not control needs A&E now.', redFlag: 'Sickle cell disease with danger signs', action: 'go-to-ae' }],
    urgent: [{ any: ['severe', 'back_pain', 'joint_pain', 'abdominal_pain', 'unwell_general', 'vomiting', 'worsening'], why: 'A sickle cell pain crisis or new illness needs a same-day assessment.' }],
    routine: [{ why: 'Sickle cell disease is reviewed by a GP with the specialist team.' }],
  },
  {
    id: 'dehydration', name: 'Dehydration', system: 'general', source: 'nhs-dehydration', role: 'gp', since: '2026.12.2', presentation: ['no_urine'],
    emergency: [{ any: ['drowsy', 'confusion', 'palpitations', 'faint', 'seizure', 'heart_rate_very_high', 'unresponsive', 'mottled'],
      why: 'Not passing urine with drowsiness, confusion, a racing heart or fainting can be severe dehydration, which needs 999 or A&E.', redFlag: 'Severe dehydration' }],
    urgent: [{ why: 'Not passing urine for many hours needs a same-day assessment.' }],
  },
];
