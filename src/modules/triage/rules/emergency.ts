/**
 * Emergency rules: the patient is told to call 999 or go to A&E now, whatever else they wrote.
 * Online consultations are answered in hours, not minutes, so anything that may need help
 * within the hour is an emergency here even where a face-to-face clinician might wait.
 */
import type { Rule } from './rule.ts';

const ES = 'emergency-services' as const;
const V = '2026.11.1';

/**
 * Signs that keep chest pain an emergency whatever else explains it (a strained muscle, a shingles rash): NICE CG95 and
 * NHS "Chest pain" (breathless, sweating, sick, faint, spreading to the arm or jaw, a heart or lung condition).
 */
/** Explanations of chest pain that have their own rules (a strained muscle, stable angina, shingles), each keeping 999 for its warning signs. */
const CHEST_PAIN_EXPLAINED = ['chest_wall_strain', 'exertional_only', 'blistery_band', 'heartburn_explained'];
const HEART_WARNING_SIGNS = ['breathless', 'breathless_severe', 'sweaty', 'nausea', 'vomiting', 'arm_jaw_pain', 'faint', 'near_faint', 'dizzy', 'palpitations', 'severe', 'sudden', 'pleuritic_pain', 'cough_blood', 'diabetes', 'heart_or_lung_condition'];

export const EMERGENCY_RULES: Rule[] = [
  // Breathing and circulation first: they kill fastest.
  // An attack of not being able to breathe that is said to have passed (as in a panic attack) is not happening now: it is
  // assessed by UR-BREATHING-ATTACK-PASSED or the panic complaint instead of an ambulance. Blue lips stay an emergency (2026.12.26).
  { id: 'EM-BREATHING-SEVERE', since: '2026.12.26', urgency: 'emergency', role: ES, source: 'nhs-breathless', redFlag: 'Severe difficulty breathing',
    when: { anyOf: [['breathless_severe']], none: ['attack_passed'] },
    why: 'Severe difficulty breathing means the body may be short of oxygen.' },
  { id: 'EM-BLUE-LIPS', since: '2026.12.26', urgency: 'emergency', role: ES, source: 'nhs-breathless', redFlag: 'Blue lips or skin',
    when: { anyOf: [['blue_lips']] },
    why: 'Blue lips or skin means the body is short of oxygen.' },
  { id: 'EM-BREATHING-ATTACK-RED', since: '2026.12.26', urgency: 'emergency', role: ES, source: 'nhs-breathless', redFlag: 'Severe difficulty breathing',
    when: { all: ['breathless_severe', 'attack_passed'], anyOf: [['chest_pain', 'faint', 'near_faint', 'cough_blood', 'pleuritic_pain', 'calf_clot', 'allergen', 'lip_face_swelling', 'wheeze', 'asthma_severe', 'sweaty', 'confusion', 'drowsy', 'heart_or_lung_condition']] },
    why: 'An attack of breathlessness with chest pain, fainting, coughing blood, wheeze or a swollen leg can be a clot, an allergy, asthma or the heart, even if it has eased.' },
  { id: 'EM-ASTHMA-RELIEVER-FAILING', since: V, urgency: 'emergency', role: ES, source: 'nice-ng245', redFlag: 'Asthma not responding to reliever',
    when: { all: ['asthma_severe'] },
    why: 'An asthma attack that the reliever inhaler is not helping can become life-threatening.' },
  { id: 'EM-ANAPHYLAXIS-AIRWAY', since: V, urgency: 'emergency', role: ES, source: 'resus-anaphylaxis', redFlag: 'Throat or tongue swelling',
    when: { all: ['throat_swelling'] },
    why: 'Swelling of the throat or tongue can block the airway (anaphylaxis).' },
  { id: 'EM-ANAPHYLAXIS-TRIGGER', since: '2026.12.1', urgency: 'emergency', role: ES, source: 'resus-anaphylaxis', redFlag: 'Possible anaphylaxis',
    when: { all: ['allergen'], anyOf: [['lip_face_swelling', 'breathless', 'wheeze', 'faint', 'dizzy', 'near_faint', 'hoarse', 'stridor', 'drowsy', 'pale', 'cant_swallow', 'confusion', 'unresponsive', 'blue_lips', 'breathless_severe', 'throat_swelling']] },
    why: 'Swelling, wheeze or feeling faint after an allergic trigger can be anaphylaxis.' },
  { id: 'EM-CHEST-PAIN-ADULT', since: '2026.12.1', urgency: 'emergency', role: ES, source: 'nice-cg95', redFlag: 'Chest pain',
    when: { all: ['chest_pain'], age: { min: 16 }, none: ['episode_resolved_days_ago', ...CHEST_PAIN_EXPLAINED, 'stress_linked', 'anxiety'] },
    why: 'Chest pain in an adult can be a heart attack, and it cannot be ruled out without an examination and ECG; other explanations in the message do not change that.' },
  // NICE CG95 is about chest pain of recent onset. A tight chest the person ties to worry or tells with their anxiety, known to have gone on for a month or
  // more, under 40 and with no other heart sign, is the anxiety it comes with (NHS "Generalised anxiety disorder"), not a heart
  // attack: it is seen for the anxiety. New or of unknown duration, at 40 or over, or with any heart sign it stays an emergency,
  // because stress also brings on angina (2026.12.26).
  { id: 'EM-CHEST-PAIN-STRESS', since: '2026.12.26', urgency: 'emergency', role: ES, source: 'nice-cg95', redFlag: 'Chest pain',
    when: { all: ['chest_pain'], anyOf: [['stress_linked', 'anxiety']], age: { min: 16 }, durationDays: { max: 27 }, none: ['episode_resolved_days_ago', ...CHEST_PAIN_EXPLAINED] },
    why: 'Chest pain in an adult can be a heart attack, even when it comes with stress: it cannot be ruled out without an examination and ECG.' },
  { id: 'EM-CHEST-PAIN-STRESS-RED', since: '2026.12.26', urgency: 'emergency', role: ES, source: 'nice-cg95', redFlag: 'Chest pain',
    when: { all: ['chest_pain'], anyOf: [['stress_linked', 'anxiety'], HEART_WARNING_SIGNS.filter((sign) => sign !== 'palpitations')], age: { min: 16 }, none: [...CHEST_PAIN_EXPLAINED] },
    why: 'Chest pain with breathlessness, sweating, feeling sick, faintness or pain spreading to the arm or jaw can be a heart attack, even with stress.' },
  { id: 'EM-CHEST-PAIN-STRESS-AGE', since: '2026.12.26', urgency: 'emergency', role: ES, source: 'nice-cg95', redFlag: 'Chest pain',
    when: { all: ['chest_pain'], anyOf: [['stress_linked', 'anxiety']], age: { min: 40 }, none: ['episode_resolved_days_ago', ...CHEST_PAIN_EXPLAINED] },
    why: 'Chest pain at 40 or over can be angina or a heart attack even when stress brings it on.' },
  // NHS "Shingles": a burning pain on one side of the chest with a band of blisters in the same place is shingles, seen
  // today (the shingles complaint); with any heart warning sign it stays an emergency (2026.12.22).
  { id: 'EM-CHEST-PAIN-SHINGLES-RED', since: '2026.12.22', urgency: 'emergency', role: ES, source: 'nice-cg95', redFlag: 'Chest pain',
    when: { all: ['chest_pain', 'blistery_band'], age: { min: 16 }, anyOf: [HEART_WARNING_SIGNS] },
    why: 'Chest pain with breathlessness, sweating, feeling sick, faintness or pain spreading to the arm or jaw can be a heart attack, even with a rash.' },
  // NHS "Heartburn and acid reflux" / NICE CKS Dyspepsia: a burning chest that comes after big meals or drink and goes with an
  // antacid, told as something that happens now and then, is heartburn (self-care). With any heart warning sign, or in a person
  // with diabetes, it stays an emergency: a heart attack can feel like indigestion (2026.12.33).
  { id: 'EM-CHEST-PAIN-HEARTBURN-RED', since: '2026.12.33', urgency: 'emergency', role: ES, source: 'nice-cg95', redFlag: 'Chest pain',
    when: { all: ['chest_pain', 'heartburn_explained'], age: { min: 16 }, anyOf: [[...HEART_WARNING_SIGNS, 'exertional_only', 'rest_pain']] },
    why: 'Chest pain with breathlessness, sweating, feeling sick, faintness or pain spreading to the arm or jaw can be a heart attack, even when it feels like indigestion.' },
  // NICE CG95: chest pain brought on by exertion and gone within minutes of rest, the same for a week or more and never at rest,
  // is stable angina, assessed in a rapid-access chest pain clinic (UR-STABLE-ANGINA). New (or of unknown duration), getting
  // worse, or with any other heart sign, it stays an emergency: unstable angina cannot be told apart online (2026.12.22).
  { id: 'EM-CHEST-PAIN-EXERTIONAL-NEW', since: '2026.12.22', urgency: 'emergency', role: ES, source: 'nice-cg95', redFlag: 'Chest pain on exertion, new',
    when: { all: ['chest_pain', 'exertional_only'], age: { min: 16 }, durationDays: { max: 6 } },
    why: 'Chest pain on exertion that started in the last few days can be unstable angina: call 999.' },
  { id: 'EM-CHEST-PAIN-EXERTIONAL-RED', since: '2026.12.22', urgency: 'emergency', role: ES, source: 'nice-cg95', redFlag: 'Chest pain on exertion with warning signs',
    when: { all: ['chest_pain', 'exertional_only'], age: { min: 16 }, anyOf: [['worsening', 'more_often', 'sudden', 'severe', 'severity_high', 'sweaty', 'vomiting', 'nausea', 'faint', 'near_faint', 'breathless_severe', 'palpitations', 'rest_pain']] },
    why: 'Chest pain on exertion that is getting worse, comes at rest or comes with sweating, sickness or faintness can be unstable angina: call 999.' },
  // NHS "Chest pain": pain worse on pressing after a strain is usually a muscle; under 50 with no other heart or lung sign it
  // goes to a GP today (UR-CHEST-WALL-STRAIN) instead of 999. Any other sign, or 50 and over, keeps it an emergency.
  { id: 'EM-CHEST-PAIN-STRAIN-RED', since: '2026.12.2', urgency: 'emergency', role: ES, source: 'nice-cg95', redFlag: 'Chest pain',
    when: { all: ['chest_pain', 'chest_wall_strain'], age: { min: 16 }, anyOf: [HEART_WARNING_SIGNS] },
    why: 'Chest pain with breathlessness, sweating, feeling sick, faintness or pain spreading to the arm or jaw can be a heart attack, even when the chest is also sore to press.' },
  { id: 'EM-CHEST-PAIN-STRAIN-AGE', since: '2026.12.2', urgency: 'emergency', role: ES, source: 'nice-cg95', redFlag: 'Chest pain',
    when: { all: ['chest_pain', 'chest_wall_strain'], age: { min: 50 }, none: ['episode_resolved_days_ago'] },
    why: 'Chest pain at 50 or over can be a heart attack even when the chest is also sore to press.' },
  { id: 'EM-CARDIAC-WITHOUT-CHEST-PAIN', since: V, urgency: 'emergency', role: ES, source: 'nice-cg95', redFlag: 'Possible heart attack (jaw or arm pain)',
    when: { all: ['arm_jaw_pain'], anyOf: [['sweaty', 'nausea', 'breathless', 'dizzy', 'faint']], age: { min: 25 } },
    why: 'Pain in the jaw or arm with sweating, sickness or breathlessness can be a heart attack even without chest pain.' },
  { id: 'EM-CARDIAC-AS-INDIGESTION', since: '2026.12.8', urgency: 'emergency', role: ES, source: 'nice-cg95', redFlag: 'Possible heart attack (felt as indigestion)',
    when: { age: { min: 40 }, anyOf: [['heartburn'], ['breathless', 'sweaty', 'arm_jaw_pain', 'faint', 'near_faint', 'chest_pressure']], none: ['episode_resolved_days_ago'] },
    why: 'A heart attack can feel like indigestion: a heavy or pressing discomfort with breathlessness, sweating or faintness at 40 or over needs 999.' },
  // 2026.12.19: NHS "Fainting": call 999 if someone faints and has chest pain or a pounding, fast or irregular heartbeat.
  { id: 'EM-FAINT-CHEST', since: '2026.12.19', urgency: 'emergency', role: ES, source: 'nhs-fainting', redFlag: 'Blackout with chest pain or palpitations',
    when: { all: ['faint'], anyOf: [['chest_pain', 'chest_pressure', 'palpitations']] },
    why: 'A blackout with chest pain, tightness or a pounding heartbeat can be a heart rhythm problem and needs 999.' },
  { id: 'EM-CHEST-PAIN-CHILD-RED', since: V, urgency: 'emergency', role: ES, source: 'nhs-chest-pain', redFlag: 'Chest pain with breathlessness or fainting',
    when: { all: ['chest_pain'], anyOf: [['breathless', 'faint', 'palpitations']], age: { max: 15 } },
    why: 'Chest pain with breathlessness, palpitations or fainting needs emergency assessment at any age.' },
  { id: 'EM-PALPITATIONS-RED', since: V, urgency: 'emergency', role: ES, source: 'nice-cks-palpitations', redFlag: 'Palpitations with fainting or breathlessness',
    when: { all: ['palpitations'], anyOf: [['faint', 'breathless', 'chest_pain']] },
    why: 'Palpitations with fainting, breathlessness or chest pain can be a dangerous heart rhythm.' },
  { id: 'EM-PULMONARY-EMBOLISM', since: V, urgency: 'emergency', role: ES, source: 'nice-ng158', redFlag: 'Possible blood clot in the lung',
    when: { all: ['calf_clot'], anyOf: [['breathless', 'chest_pain', 'cough_blood']] },
    why: 'A painful swollen leg with breathlessness or chest pain can be a clot that has reached the lung.' },
  // 2026.12.12: a swollen eyelid with the eye pushed forward, pain moving the eye or worse sight is infection behind the eye
  // (orbital cellulitis), which needs hospital treatment now (NICE CKS cellulitis: admit with orbital signs).
  { id: 'EM-ORBITAL-CELLULITIS', since: '2026.12.12', urgency: 'emergency', role: ES, source: 'nice-cks-cellulitis', redFlag: 'Possible orbital cellulitis', action: 'go-to-ae',
    when: { all: ['eye_swollen_shut', 'orbital_signs'] },
    why: 'A swollen eyelid with the eye pushed forward, pain when moving the eye or changed sight can be infection behind the eye, which needs hospital treatment now.' },
  { id: 'EM-HEAVY-BLEEDING', since: V, urgency: 'emergency', role: ES, source: 'nhs-bleeding', redFlag: 'Heavy bleeding',
    // 2026.12.12: heavy periods described over months are not a bleed happening now (NHS heavy periods: see a GP).
    when: { all: ['heavy_bleeding'], none: ['bleeding_stopped'], durationDays: { max: 30 } },
    why: 'Heavy bleeding that will not stop needs emergency care.' },
  { id: 'EM-VOMITING-BLOOD', since: V, urgency: 'emergency', role: ES, source: 'nice-cg141', redFlag: 'Vomiting blood', action: 'go-to-ae',
    when: { all: ['vomiting_blood'] },
    why: 'Vomiting blood can mean bleeding in the stomach or gullet.' },
  // Brain
  // A face weak on one side with the eye unable to close or the forehead still (Bell's palsy) and no other stroke sign is seen
  // by a GP today (UR-BELLS-PALSY, NHS "Bell's palsy"); with weakness elsewhere, speech, vision or balance trouble or confusion it
  // stays an emergency (2026.12.26).
  { id: 'EM-STROKE-FAST', since: '2026.12.26', urgency: 'emergency', role: ES, source: 'nice-ng128', redFlag: 'Stroke signs (FAST)',
    when: { anyOf: [['face_droop', 'one_sided_weakness', 'speech_problem']], none: ['bells_palsy_signs'] },
    why: 'A drooping face, arm weakness or speech difficulty can be a stroke, where every minute matters.' },
  { id: 'EM-STROKE-WITH-FACIAL-PALSY', since: '2026.12.26', urgency: 'emergency', role: ES, source: 'nice-ng128', redFlag: 'Stroke signs (FAST)',
    when: { all: ['bells_palsy_signs'], anyOf: [['one_sided_weakness', 'speech_problem', 'confusion', 'visual_disturbance', 'walking_difficulty', 'thunderclap', 'drowsy']] },
    why: 'A weak face with weakness elsewhere, speech, vision or balance problems or confusion can be a stroke, where every minute matters.' },
  { id: 'EM-SUDDEN-VISION-LOSS', since: V, urgency: 'emergency', role: ES, source: 'nice-cks-red-eye', redFlag: 'Sudden loss of vision', action: 'go-to-ae',
    when: { all: ['sudden_vision_loss'] },
    why: 'Sudden loss of vision can be a stroke or a blocked blood vessel in the eye.' },
  { id: 'EM-CHEMICAL-EYE', since: V, urgency: 'emergency', role: ES, source: 'nice-cks-red-eye', redFlag: 'Chemical in the eye', action: 'go-to-ae',
    when: { all: ['chemical_eye'] },
    why: 'Chemicals in the eye can cause permanent damage; rinse with water and go to A&E.' },
  { id: 'EM-THUNDERCLAP-HEADACHE', since: V, urgency: 'emergency', role: ES, source: 'nice-cks-headache', redFlag: 'Sudden severe headache',
    when: { all: ['thunderclap'] },
    why: 'A sudden, severe "worst ever" headache can be bleeding in the brain.' },
  { id: 'EM-UNRESPONSIVE', since: V, urgency: 'emergency', role: ES, source: 'nhs-unconscious', redFlag: 'Collapsed or unresponsive',
    when: { all: ['unresponsive'] },
    why: 'Someone who has collapsed or cannot be woken needs an ambulance.' },
  { id: 'EM-SEIZURE', since: V, urgency: 'emergency', role: ES, source: 'nice-ng217', redFlag: 'Seizure',
    when: { all: ['seizure'], none: ['epilepsy'] },
    why: 'A seizure in someone without known epilepsy needs emergency assessment.' },
  { id: 'EM-SEIZURE-PROLONGED', since: V, urgency: 'emergency', role: ES, source: 'nice-ng217', redFlag: 'First or prolonged seizure',
    when: { all: ['seizure', 'seizure_red'] },
    why: 'A first seizure, or one lasting more than 5 minutes or repeating, needs an ambulance.' },
  { id: 'EM-HEAD-INJURY-RED', since: V, urgency: 'emergency', role: ES, source: 'nice-ng232', redFlag: 'Head injury with warning signs', action: 'go-to-ae',
    when: { all: ['head_injury'], anyOf: [['faint', 'unresponsive', 'vomiting', 'seizure', 'confusion', 'anticoagulant', 'drowsy', 'visual_disturbance', 'knocked_out', 'memory_loss_event']] },
    why: 'After a head injury, being knocked out, vomiting, confusion, drowsiness or taking a blood thinner needs a scan the same hour.' },
  // Infection
  { id: 'EM-MENINGITIS-RASH', since: V, urgency: 'emergency', role: ES, source: 'nice-ng240', redFlag: 'Rash that does not fade (non-blanching)',
    when: { all: ['non_blanching_rash'] },
    why: 'A rash that does not fade under pressure can be meningococcal septicaemia.' },
  { id: 'EM-MENINGITIS-FEVER', since: V, urgency: 'emergency', role: ES, source: 'nice-ng240', redFlag: 'Fever with signs of meningitis',
    when: { all: ['fever'], anyOf: [['stiff_neck', 'photophobia', 'bulging_fontanelle']] },
    why: 'Fever with a stiff neck, dislike of light or a bulging soft spot can be meningitis.' },
  { id: 'EM-MENINGITIS-HEADACHE', since: V, urgency: 'emergency', role: ES, source: 'nice-ng240', redFlag: 'Headache with stiff neck',
    when: { all: ['headache', 'stiff_neck'], anyOf: [['vomiting', 'photophobia', 'drowsy', 'confusion']] },
    why: 'A headache with a stiff neck and vomiting, dislike of light or drowsiness can be meningitis.' },
  { id: 'EM-BULGING-FONTANELLE', since: V, urgency: 'emergency', role: ES, source: 'nice-ng143', redFlag: 'Bulging soft spot',
    when: { all: ['bulging_fontanelle'] },
    why: 'A bulging soft spot on a baby\'s head can mean raised pressure from meningitis.' },
  { id: 'EM-SEPSIS', since: V, urgency: 'emergency', role: ES, source: 'nice-ng51', redFlag: 'Possible sepsis',
    when: { anyOf: [['fever', 'infection', 'rigors', 'sepsis_word', 'flu_like', 'temperature_low'], ['confusion', 'mottled', 'no_urine', 'feels_like_dying', 'speech_problem', 'drowsy', 'heart_rate_very_high', 'spo2_low', 'no_social_response', 'unresponsive', 'resp_rate_very_high']] },
    why: 'An infection with confusion, mottled skin, no urine, uncontrollable shivering or feeling like dying can be sepsis.' },
  // Children (NICE NG143 "red" features)
  { id: 'EM-CHILD-RED-FEATURES', since: V, urgency: 'emergency', role: ES, source: 'nice-ng143', redFlag: 'Red traffic-light features in a young child',
    when: { age: { max: 4 }, anyOf: [['floppy', 'mottled', 'high_pitched_cry', 'grunting', 'bulging_fontanelle', 'unresponsive', 'blue_lips']] },
    why: 'In a child under 5, floppiness, mottled skin, a weak or high-pitched cry, grunting or not waking are red features.' },
  // NHS "Breathing problems in children": call 999 for grunting or the skin sucking in under the ribs, at any age.
  { id: 'EM-CHILD-LABOURED-BREATHING', since: '2026.12.5', urgency: 'emergency', role: ES, source: 'nice-ng143', redFlag: 'A child working hard to breathe',
    when: { age: { max: 15 }, anyOf: [['grunting', 'pauses_breathing', 'blue_lips']] },
    why: 'A child who is grunting, whose skin sucks in under the ribs, who pauses in breathing or has blue lips needs 999.' },
  { id: 'EM-CHILD-DROWSY-FEVER', since: V, urgency: 'emergency', role: ES, source: 'nice-ng143', redFlag: 'Drowsy child with fever',
    when: { age: { max: 4 }, anyOf: [['drowsy', 'no_social_response'], ['fever', 'rash', 'not_feeding']] },
    why: 'A young child who is unusually drowsy and unwell may not be responding normally, a red feature.' },
  // NICE CG84 and NHS: green (bile-stained) vomit in a baby or young child can be a blocked or twisted bowel.
  { id: 'EM-CHILD-GREEN-VOMIT', since: '2026.12.7', urgency: 'emergency', role: ES, source: 'nhs-vomiting-children', redFlag: 'Green (bile) vomit in a young child',
    when: { age: { max: 4 }, all: ['green_vomit'] },
    why: 'Green vomit in a baby or young child can mean a blocked or twisted bowel and needs emergency care now.' },
  { id: 'EM-INFANT-FEVER', since: V, urgency: 'emergency', role: ES, source: 'nice-ng143', redFlag: 'Fever in a baby under 3 months',
    when: { all: ['fever'], ageMonths: { max: 2 } },
    why: 'A baby under 3 months with a temperature of 38°C or more is at high risk of serious infection.' },
  // Spine
  { id: 'EM-CAUDA-EQUINA-SADDLE', since: V, urgency: 'emergency', role: ES, source: 'nice-cks-sciatica', redFlag: 'Saddle numbness (cauda equina)', action: 'go-to-ae',
    when: { all: ['saddle_numbness'] },
    why: 'Numbness around the bottom or genitals can mean pressure on the nerves at the base of the spine (cauda equina syndrome).' },
  { id: 'EM-CAUDA-EQUINA-BACK', since: V, urgency: 'emergency', role: ES, source: 'nice-cks-sciatica', redFlag: 'Back pain with bladder, bowel or both-leg symptoms', action: 'go-to-ae',
    when: { all: ['back_pain'], anyOf: [['incontinence', 'urinary_retention', 'bilateral_leg_symptoms', 'bladder_difficulty']] },
    why: 'Back pain with new bladder or bowel problems or weakness in both legs can be cauda equina syndrome, which needs surgery within hours.' },
  // Pregnancy
  { id: 'EM-ECTOPIC', since: '2026.12.1', urgency: 'emergency', role: ES, source: 'nice-ng126', redFlag: 'Possible ectopic pregnancy',
    when: { sex: 'female', age: { min: 10, max: 60 }, pregnancy: 'possible', all: ['abdominal_pain'], anyOf: [['shoulder_tip', 'faint', 'near_faint', 'dizzy', 'severe', 'abdo_severe']] },
    why: 'Tummy pain with a missed period or positive test, plus shoulder-tip pain, severe pain or feeling faint, can be an ectopic pregnancy.' },
  { id: 'EM-ECTOPIC-BLEEDING', since: '2026.12.1', urgency: 'emergency', role: ES, source: 'nice-ng126', redFlag: 'Possible ectopic pregnancy',
    when: { sex: 'female', age: { min: 10, max: 60 }, pregnancy: 'possible', all: ['abdominal_pain', 'bleeding'], none: ['mild'] },
    why: 'Tummy pain with bleeding and a missed period or positive test can be an ectopic pregnancy; mild period-type cramps with spotting are assessed the same day instead.' },
  { id: 'EM-PREGNANCY-HEAVY-BLEEDING', since: V, urgency: 'emergency', role: ES, source: 'nice-ng126', redFlag: 'Heavy bleeding in pregnancy',
    when: { sex: 'female', pregnancy: 'pregnant', all: ['heavy_bleeding'] },
    why: 'Heavy bleeding in pregnancy needs emergency care.' },
  { id: 'EM-PRE-ECLAMPSIA', since: V, urgency: 'emergency', role: ES, source: 'nice-ng133', redFlag: 'Possible severe pre-eclampsia', action: 'call-maternity-unit',
    when: { sex: 'female', pregnancy: 'pregnant', gestationWeeks: { min: 20 }, all: ['headache'], anyOf: [['visual_disturbance', 'swelling_face_hands']] },
    why: 'A headache with vision problems or sudden swelling after 20 weeks of pregnancy can be severe pre-eclampsia.' },
  { id: 'EM-REDUCED-FETAL-MOVEMENTS', since: V, urgency: 'emergency', role: ES, source: 'rcog-gtg57', redFlag: 'Baby moving less', action: 'call-maternity-unit',
    when: { sex: 'female', pregnancy: 'pregnant', all: ['reduced_fetal_movements'] },
    why: 'A baby moving less than usual needs checking by the maternity unit the same day, without waiting until tomorrow.' },
  // Self-harm (NICE NG225)
  { id: 'EM-SUICIDE-PLAN', since: V, urgency: 'emergency', role: ES, source: 'nice-ng225', redFlag: 'Suicidal thoughts with a plan or intent', action: 'mental-health-crisis',
    // A psychotic belief with a plan or means to die ("God wants her to jump from the bridge") is acted on like suicidal intent (NICE NG225, 2026.12.8).
    when: { anyOf: [['suicidal', 'self_harm', 'phq9_item9_positive', 'psychosis', 'farewell_note'], ['suicide_plan']] },
    why: 'Thoughts of suicide with a plan, a date or the means to act need help right now.' },
  // NICE NG225: a goodbye note with preparations (tablets saved, a time chosen) is an emergency even when no one has said "suicide".
  { id: 'EM-FAREWELL-PREPARATIONS', since: '2026.12.8', urgency: 'emergency', role: ES, source: 'nice-ng225', redFlag: 'Goodbye note with preparations', action: 'mental-health-crisis',
    when: { all: ['farewell_note'], anyOf: [['suicide_plan', 'low_mood', 'withdrawn_person', 'overdose']] },
    why: 'A goodbye note with tablets saved up, a time chosen or weeks of low mood is a sign of suicidal intent: call 999 now and stay with the person.' },
  { id: 'EM-OVERDOSE', since: V, urgency: 'emergency', role: ES, source: 'nice-ng225', redFlag: 'Overdose', action: 'go-to-ae',
    when: { all: ['overdose'] },
    why: 'An overdose can cause serious harm even when the person feels well at first (paracetamol in particular).' },
  // NICE NG41: neck pain with tingling, numbness or weakness after an injury, or after a fall from a height.
  { id: 'EM-SPINAL-INJURY', since: '2026.12.6', urgency: 'emergency', role: ES, source: 'nice-ng41', redFlag: 'Possible spinal injury', action: 'call-999',
    when: { anyOf: [['neck_pain', 'back_pain'], ['fall_from_height', 'tingling', 'bilateral_leg_symptoms', 'one_sided_weakness'], ['fall_from_height', 'injury_event', 'fall', 'head_injury']] },
    why: 'Neck or back pain after a fall from a height or with tingling or weakness in the arms or legs can be a spinal injury: keep still and call 999.' },
  // NHS Guillain-Barre syndrome: weakness in both legs or arms can develop over a few hours and go on to stop the
  // breathing or swallowing; weakness that is growing by the hour is not left for a same-day appointment (2026.12.39).
  { id: 'EM-RAPIDLY-WORSENING-LIMB-WEAKNESS', since: '2026.12.39', urgency: 'emergency', role: ES, source: 'nhs-gbs', redFlag: 'Weakness of the limbs getting worse by the hour', action: 'call-999',
    when: { all: ['legs_weak', 'rapidly_worsening'] },
    why: 'Weakness in the legs or arms that is getting worse by the hour can be Guillain-Barre syndrome or pressure on the spinal cord, which can affect breathing: call 999.' },
  // NHS Epiglottitis: drooling with a high-pitched noise breathing in is a swelling airway at any age, told with or without a sore throat (2026.12.41).
  { id: 'EM-DROOLING-STRIDOR', since: '2026.12.41', urgency: 'emergency', role: ES, source: 'nhs-epiglottitis', redFlag: 'Drooling with noisy breathing', action: 'call-999',
    when: { all: ['drooling', 'stridor'] },
    why: 'Drooling with a high-pitched noise when breathing in can mean the airway is swelling (epiglottitis): call 999 and keep the person sitting up.' },
  { id: 'EM-OVERDOSE-STAGGERED', since: '2026.12.4', urgency: 'emergency', role: ES, source: 'nhs-paracetamol', redFlag: 'Possible staggered overdose', action: 'go-to-ae',
    when: { all: ['medicine_taken', 'count_in_total'] },
    why: 'Taking more tablets than the daily dose over a day or two (a staggered overdose, paracetamol in particular) can damage the liver before any symptoms and needs A&E now.' },
  // NHS "Psychosis": voices telling someone to harm themselves or others put a life at risk now (2026.12.22).
  { id: 'EM-COMMAND-VOICES', since: '2026.12.22', urgency: 'emergency', role: ES, source: 'nhs-urgent-mental-health', redFlag: 'Voices telling them to harm', action: 'mental-health-crisis',
    when: { all: ['command_voices'] },
    why: 'Hearing voices that tell you or someone you care for to harm themselves or others is a mental health emergency: call 999 or the NHS 111 mental health option now.' },
  { id: 'EM-HARM-TO-OTHERS', since: V, urgency: 'emergency', role: ES, source: 'nice-ng225', redFlag: 'Thoughts of harming someone else', action: 'mental-health-crisis',
    when: { all: ['harm_to_others'] },
    why: 'Thoughts of harming someone else need urgent mental health help now.' },
  // 2026.12.18: psychosis or mania in someone who has just put their life at risk (ran into traffic) is a mental health emergency:
  // NHS "Where to get urgent help for mental health" says call 999 when a life is at risk.
  { id: 'EM-MENTAL-STATE-DANGER', since: '2026.12.18', urgency: 'emergency', role: ES, source: 'nhs-urgent-mental-health', redFlag: 'Psychosis or mania with danger to life', action: 'mental-health-crisis',
    when: { anyOf: [['psychosis', 'pressured_behaviour'], ['reckless_danger']] },
    why: 'Someone out of touch with reality who has just put their life in danger needs emergency help now.' },
  // Other
  { id: 'EM-TESTICULAR-TORSION', since: V, urgency: 'emergency', role: ES, source: 'nice-cks-scrotal', redFlag: 'Sudden testicular pain', action: 'go-to-ae',
    when: { sex: 'male', all: ['testicular_pain'], anyOf: [['sudden', 'severe']] },
    why: 'Sudden severe testicular pain can be torsion, which needs surgery within hours to save the testicle.' },
  // Numbers in the text (2026.12.2): an oxygen level the NHS pulse-oximeter advice sends to A&E.
  { id: 'EM-LOW-OXYGEN', since: '2026.12.2', urgency: 'emergency', role: ES, source: 'nice-ng51', redFlag: 'Oxygen level below 88%',
    when: { all: ['spo2_very_low'] },
    why: 'An oxygen level below 88% is dangerously low and needs 999.' },
  { id: 'EM-LOW-OXYGEN-2', since: '2026.12.2', urgency: 'emergency', role: ES, source: 'nice-ng51', redFlag: 'Oxygen level of 92% or less',
    when: { all: ['spo2_low'], none: ['copd'] },
    why: 'An oxygen level of 92% or less needs assessment in A&E now.' },
  // 2026.12.10, read from blind-2027-08: combinations that each NHS or NICE page sends to 999.
  { id: 'EM-CONFUSED-AND-DROWSY', since: '2026.12.10', urgency: 'emergency', role: ES, source: 'nhs-sudden-confusion', redFlag: 'Confused and drowsy',
    when: { all: ['confusion', 'drowsy'] },
    why: 'Someone who is newly confused and drowsy needs 999: many causes of sudden confusion are life-threatening.' },
  { id: 'EM-DROWSY-AFTER-FALL', since: '2026.12.10', urgency: 'emergency', role: ES, source: 'nice-ng232', redFlag: 'Drowsy or confused after a fall or knock',
    when: { all: ['injury_event'], anyOf: [['drowsy', 'confusion', 'unresponsive', 'seizure', 'knocked_out']] },
    why: 'Drowsiness, confusion or a fit after a fall or knock can be a head injury, even if the head is not mentioned: go to A&E now.' },
  { id: 'EM-POSTNATAL-SEPSIS', since: '2026.12.10', urgency: 'emergency', role: ES, source: 'nice-ng51', redFlag: 'Fever after giving birth with signs of sepsis',
    when: { sex: 'female', anyOf: [['postnatal', 'birth_within_6_weeks'], ['fever', 'high_fever'], ['rigors', 'palpitations', 'heart_rate_high', 'heart_rate_very_high', 'feels_like_dying', 'abdominal_pain']] },
    why: 'A fever in the weeks after giving birth with shivering, a racing heart or tummy pain can be sepsis from the womb: call 999.' },
  // Numbers in the text (2026.12.9): a peak flow at half of the patient's best or less is acute severe asthma.
  { id: 'EM-PEAK-FLOW-SEVERE', since: '2026.12.9', urgency: 'emergency', role: ES, source: 'nice-cks-asthma', redFlag: 'Peak flow at half of usual or less',
    when: { all: ['peak_flow_severe'] },
    why: 'A peak flow at half of your usual or less is a severe asthma attack: use the reliever and call 999.' },
  // NICE NG158: chest pain on breathing, breathlessness or coughing blood with a clot risk (a long journey, the pill, HRT, surgery, pregnancy).
  { id: 'EM-PE-RISK', since: '2026.12.2', urgency: 'emergency', role: ES, source: 'nice-ng158', redFlag: 'Possible blood clot in the lung',
    when: { anyOf: [['pleuritic_pain', 'cough_blood', 'chest_pain'], ['breathless', 'breathless_severe'], ['long_travel', 'clot_risk', 'calf_clot', 'postnatal', 'birth_within_6_weeks', 'pregnant']] },
    why: 'Pain on breathing in or coughing blood with breathlessness, after a long journey, surgery or on hormones, can be a blood clot in the lung.' },
  // 2026.12.22, read from the tuning sets' must-be-emergency misses: each a criterion its guideline
  // sends to 999 or A&E, written for the class of description, not the case.
  // NICE NG128 / the BE-FAST signs: sudden loss of balance with double vision is a stroke in the back of the brain.
  { id: 'EM-STROKE-BALANCE-EYES', since: '2026.12.22', urgency: 'emergency', role: ES, source: 'nice-ng128', redFlag: 'Sudden double vision with loss of balance',
    when: { all: ['double_vision'], anyOf: [['unsteady_walk']], durationDays: { max: 2 } },
    why: 'Double vision that came on with staggering or losing your balance can be a stroke in the back of the brain: call 999.' },
  // NICE CKS Sciatica (cauda equina): weakness or numbness in both legs with new bladder or bowel trouble, back pain or not.
  { id: 'EM-CAUDA-EQUINA-LEGS', since: '2026.12.22', urgency: 'emergency', role: ES, source: 'nice-cks-sciatica', redFlag: 'Both legs weak or numb with bladder or bowel trouble', action: 'go-to-ae',
    when: { all: ['bilateral_leg_symptoms'], anyOf: [['incontinence', 'urinary_retention', 'bladder_difficulty']] },
    why: 'Weakness or numbness in both legs with new bladder or bowel problems can be cauda equina syndrome, which needs surgery within hours: go to A&E now.' },
  // NICE NG232: clear fluid from the nose or ears, or bruising behind the ear, after a head injury are signs of a skull fracture.
  { id: 'EM-SKULL-BASE-SIGNS', since: '2026.12.22', urgency: 'emergency', role: ES, source: 'nice-ng232', redFlag: 'Signs of a skull fracture after an injury', action: 'go-to-ae',
    when: { all: ['skull_base_signs'], anyOf: [['injury_event', 'head_injury', 'fall', 'knocked_out']] },
    why: 'Clear fluid from the nose or ears, or bruising behind the ear, after a knock to the head can be a fracture at the base of the skull: go to A&E now.' },
  // NICE NG51 high risk in adults: new altered mental state with an infection. In an older person this is how
  // a relative describes it ("not herself", "sleepy") rather than "confused".
  { id: 'EM-SEPSIS-OLDER-ALTERED', since: '2026.12.22', urgency: 'emergency', role: ES, source: 'nice-ng51', redFlag: 'Fever in an older person who is not themselves',
    when: { age: { min: 65 }, anyOf: [['fever', 'high_fever', 'rigors', 'temperature_low'], ['not_themselves', 'drowsy', 'sleepy_more']] },
    why: 'A fever or shivering in an older person who is suddenly not themselves or much sleepier can be sepsis: call 999.' },
  // NICE NG51: an infection with two or more moderate-to-high risk criteria needs a face-to-face assessment now;
  // a relative or patient cannot be examined online, so this goes to 999 rather than a booked appointment.
  { id: 'EM-SEPSIS-TWO-AMBER', since: '2026.12.22', urgency: 'emergency', role: ES, source: 'nice-ng51', redFlag: 'Infection with two or more warning signs of sepsis',
    when: { anyOf: [['fever', 'high_fever', 'infection', 'temperature_low', 'sepsis_word', 'flu_like']], atLeast: { count: 2, of: ['heart_rate_high', 'rigors', 'not_themselves', 'off_legs', 'reduced_urine', 'temperature_low', 'immunosuppressed', 'after_operation'] } },
    why: 'An infection with two or more warning signs of sepsis (a fast heart rate, uncontrollable shivering, not being themselves, suddenly unable to get about, passing little urine, a weak immune system or a recent operation) needs assessment now: call 999.' },
  // NHS "Drink spiking": someone who may have been spiked and is drowsy, confused, being sick or has a racing heart needs emergency care.
  { id: 'EM-DRINK-SPIKED', since: '2026.12.22', urgency: 'emergency', role: ES, source: 'nhs-drink-spiking', redFlag: 'Possibly spiked, with symptoms',
    when: { all: ['drink_spiked'], anyOf: [['drowsy', 'confusion', 'vomiting', 'palpitations', 'unresponsive', 'seizure', 'breathless', 'faint', 'near_faint', 'unsteady_walk']] },
    why: 'Feeling very drowsy, confused, sick or with a racing heart after a drink that may have been spiked needs emergency care: call 999 and do not stay alone.' },
];
