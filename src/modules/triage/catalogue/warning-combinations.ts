/**
 * Combinations of ordinary words that NHS and NICE guidance treat as an emergency (or a
 * same-day problem) whatever the complaint is called: bleeding with signs of shock, an allergic
 * reaction with a closing throat or fainting, heart pain that feels like indigestion, a slow
 * pulse with a faint, and presentations described only in lay words (2026.12.3). Each is written
 * from the "call 999 / go to A&E" section of the cited page; the wording is ours.
 */
import type { Complaint } from './complaint.ts';

const V = '2026.12.3';
const SHOCK = ['faint', 'near_faint', 'dizzy', 'clammy_unwell', 'confusion', 'unresponsive', 'mottled'];
const BLOOD = ['large_blood_amount', 'heavy_bleeding', 'vomiting_blood', 'blood_in_stool', 'melaena', 'cough_blood', 'spitting_blood'];

export const WARNING_COMBINATIONS: Complaint[] = [
  {
    id: 'bleeding-with-shock', name: 'Heavy bleeding, or bleeding with signs of shock', system: 'general', source: 'nhs-999', role: 'gp', since: V,
    presentation: ['large_blood_amount', 'heavy_bleeding'],
    emergency: [
      // 2026.12.10: a large amount with pallor ("white as a sheet") is shock too (NHS "Heavy bleeding").
      { since: '2026.12.10', any: ['pale', 'faint', 'near_faint', 'sweaty', 'dizzy'],
        why: 'A lot of blood lost with a pale face, sweating or feeling faint can mean shock and needs 999 now.', redFlag: 'Heavy bleeding with signs of shock', action: 'call-999' },
      { any: ['vomiting_blood', 'blood_in_stool', 'melaena', 'cough_blood', 'bleeding', 'spitting_blood'],
        why: 'A lot of blood, or bleeding that will not stop with pressure, needs 999 or A&E now.', redFlag: 'Heavy bleeding' },
      { alone: true, anyOf: [BLOOD, SHOCK],
        why: 'Bleeding with feeling faint, dizzy, pale, sweaty or confused can mean a lot of blood has been lost (shock) and needs 999.', redFlag: 'Bleeding with signs of shock', action: 'call-999' },
    ],
  },
  {
    id: 'post-tonsillectomy-bleed', name: 'Bleeding after tonsil surgery', system: 'ear-nose-throat', source: 'nhs-tonsillectomy', role: 'gp', since: V,
    presentation: ['tonsils_out'],
    concepts: [
      { id: 'tonsils_out', label: 'tonsils recently taken out', patterns: ['(?:tonsils|adenoids) (?:out|removed|taken out)', 'tonsillectomy'] },
      { id: 'spitting_blood', label: 'spitting or bringing up blood', patterns: ['(?:spitting|spit|spat|spits|bringing|brought) (?:out |up )?{www}(?:fresh |bright |dark )?(?:red )?blood', 'blood in {det}(?:mouth|spit|saliva)'] },
    ],
    emergency: [{ any: ['spitting_blood', 'cough_blood', 'vomiting_blood', 'bleeding', 'large_blood_amount', 'heavy_bleeding'],
      why: 'Any fresh bleeding from the throat after tonsil surgery needs a hospital now: it can become heavy quickly.', redFlag: 'Bleeding after tonsil surgery', action: 'go-to-ae' }],
  },
  {
    id: 'anaphylaxis-lay', name: 'Allergic reaction with breathing, throat or fainting symptoms', system: 'skin', source: 'resus-anaphylaxis', role: 'gp', since: V,
    presentation: ['hives', 'lip_face_swelling', 'allergen', 'insect_bite', 'adrenaline_used'],
    // 2026.12.9: "my throat feels tight" counts only here, after a trigger; alone it is often anxiety or a sore throat.
    concepts: [{ id: 'throat_tight', label: 'a tight or closing throat', patterns: ['throat {ww}(?:tight|tighter|tightening|closing|closing up|narrowing|swelling up)', '(?:tight|tightening|closing) (?:feeling )?(?:in )?{det}throat'] },
      // NHS "Anaphylaxis": call 999 after using an adrenaline auto-injector, even if the person feels better.
      { id: 'adrenaline_used', label: 'an adrenaline auto-injector used', patterns: ['(?:used|given|gave|jabbed|injected|did|had to use) {www}(?:adrenaline|epi ?pen|jext|emerade|auto ?injector)', '(?:adrenaline|epi ?pen|jext|emerade|auto ?injector) {ww}(?:used|given|went in)'] }],
    emergency: [{ any: ['throat_swelling', 'throat_tight', 'adrenaline_used', 'wheeze', 'hoarse', 'breathless_severe', 'blue_lips', 'stridor', 'faint', 'near_faint', 'unresponsive', 'confusion'],
      why: 'An allergic reaction with a swelling or closing throat, difficulty breathing, or feeling faint can be anaphylaxis: use an adrenaline pen if there is one and call 999.', redFlag: 'Possible anaphylaxis', action: 'call-999' }],
  },
  {
    id: 'heart-pain-like-indigestion', name: 'Heart attack felt as indigestion or in the arm and jaw', system: 'cardiovascular', source: 'nhs-angina', role: 'gp', since: V,
    presentation: ['heartburn', 'upper_abdo_pain', 'chest_discomfort_vague', 'arm_jaw_pain', 'chest_pain'],
    concepts: [
      { id: 'heart_history', label: 'known heart disease (stents, angina, a past heart attack)', patterns: ['stents?', 'angina', 'bypass (?:operation|surgery)', 'heart (?:disease|condition|problems?)', '(?:had|have had|previous|past) {w}heart attacks?'] },
      { id: 'gtn_not_helping', label: 'angina spray or tablets not helping', patterns: [
        '(?:gtn|spray|nitro\\w*|angina (?:spray|tablets?)|glyceryl trinitrate) {www}(?:not|isnt|hasnt|didnt|doesnt|no|without) (?:really |much |any )?(?:helped|helping|help|working|worked|touching|touched|difference|relief|effect)',
        '(?:used|taken|took|had) {det}(?:gtn |angina )?(?:spray|gtn) (?:twice|two times|three times|\\d+ times)',
      ] },
    ],
    emergency: [
      { any: ['sweaty', 'clammy_unwell'], anyOf: [['nausea', 'vomiting', 'breathless', 'near_faint', 'faint', 'dizzy', 'pain_relief_failed', 'self_care_failed', 'smoker', 'diabetes', 'heart_history']], age: { min: 30 },
        why: 'Pain like indigestion in the chest or upper tummy with sweating and feeling sick, breathless or light-headed can be a heart attack: call 999.', redFlag: 'Possible heart attack felt as indigestion', action: 'call-999' },
      { since: '2026.12.5', all: ['arm_jaw_pain'], any: ['nausea', 'vomiting', 'breathless', 'palpitations', 'near_faint', 'faint'], age: { min: 30 },
        why: 'An ache in the jaw or arms with feeling sick, breathless, faint or a pounding heart can be a heart attack: call 999.', redFlag: 'Possible heart attack felt in the arm or jaw', action: 'call-999' },
      { any: ['gtn_not_helping'], age: { min: 18 },
        why: 'Heart pain that does not stop after resting and using the angina spray needs 999 now: it can be a heart attack.', redFlag: 'Angina not relieved by spray', action: 'call-999' },
      { any: ['heart_history'], anyOf: [['pain_relief_failed', 'self_care_failed', 'sweaty', 'breathless', 'nausea']], age: { min: 18 }, none: ['heartburn'],
        why: 'Chest, arm or jaw pain that does not settle in someone with known heart disease needs 999 now.', redFlag: 'Heart pain with known heart disease', action: 'call-999' },
    ],
  },
  {
    id: 'slow-pulse', name: 'Very slow pulse', system: 'cardiovascular', source: 'resus-bradycardia', role: 'gp', since: V,
    presentation: ['heart_rate_very_low'],
    emergency: [{ any: ['faint', 'near_faint', 'confusion', 'dizzy', 'chest_pain', 'breathless', 'breathless_severe', 'pale', 'sweaty', 'unresponsive'],
      why: 'A pulse under 40 with fainting, confusion, chest pain or breathlessness means the heart is not pumping enough blood and needs 999.', redFlag: 'Slow pulse with fainting or chest pain', action: 'call-999' }],
    urgent: [{ why: 'A pulse under 40 a minute needs a same-day assessment with an ECG.' }],
  },
  {
    id: 'toxic-chemical', name: 'Swallowed a poisonous household or garage chemical', system: 'poisoning-injury', source: 'nhs-poisoning', role: 'gp', since: V,
    presentation: ['toxic_chemical'],
    concepts: [
      { id: 'toxic_chemical', label: 'a poisonous chemical (antifreeze, bleach, weedkiller …)', patterns: [
        'anti ?freeze', 'screen ?wash', 'de ?icer', 'weed ?killer', 'methanol', 'meths', 'white spirit', 'turps', 'turpentine', 'paraffin', 'petrol', 'drain cleaner', 'bleach', 'rat poison', 'slug pellets?', 'oven cleaner', 'caustic soda', 'dishwasher (?:tablet|pod)s?', 'laundry (?:pod|capsule|tablet)s?', 'washing (?:machine )?(?:tablet|pod|capsule|liquid|powder)s?', 'liquitabs?',
      ] },
      { id: 'ingested', label: 'swallowed or drank something', patterns: ['(?:drank|drunk|swallowed|swallow|gulped|gulp|sipped|sip|ate|eaten|licked|chewed|chewing|sucking|bit into|bitten into|bite into)', 'in (?:his|her|their|my|the babys) mouth', 'mouthfuls?', 'a (?:sip|swig|gulp)'] },
    ],
    emergency: [{ all: ['ingested'], why: 'Swallowing antifreeze, screenwash, bleach, weedkiller or a similar chemical needs A&E now, even if you feel well: some poisons act hours later. Take the bottle with you.', redFlag: 'Swallowed a poisonous chemical', action: 'go-to-ae' }],
  },
  {
    id: 'testicular-pain-lay', name: 'Sudden pain "down there" in a boy or man', system: 'urological', source: 'nice-cks-scrotal', role: 'gp', since: V,
    presentation: ['pain_down_there'],
    concepts: [{ id: 'pain_down_there', label: 'pain "down there"', patterns: ['(?:pain|pains|hurts?|hurting|ache|aching|agony|sore|swollen|swelling) {ww}down there', 'down there {ww}(?:pain|hurts?|hurting|sore|swollen|agony|aching)'] }],
    emergency: [{ sex: 'male', age: { max: 40 }, any: ['sudden', 'severe', 'vomiting', 'nausea', 'abdominal_pain'],
      why: 'Sudden or bad pain in the testicles (or "down there") with tummy pain or being sick can be a twisted testicle, which needs surgery within hours.', redFlag: 'Possible testicular torsion', action: 'go-to-ae' }],
    urgent: [{ sex: 'male', why: 'New pain in the testicles or groin should be examined today.' }],
  },
  {
    id: 'retinal-detachment', name: 'A shadow or curtain over the vision', system: 'eye', source: 'nhs-detached-retina', role: 'gp', since: V,
    presentation: ['curtain_vision'],
    concepts: [{ id: 'curtain_vision', label: 'a shadow or curtain across the vision', patterns: [
      '(?:curtain|shadow|veil|blind|cloud) {ww}(?:over|across|coming down|come down|came down|came across|coming across|covering|in) {www}(?:vision|sight|eye)',
      '(?:dark|black|grey) (?:curtain|shadow|veil)',
    ] }],
    emergency: [{ why: 'A dark shadow or curtain moving across the vision can be a detached retina, which needs an eye emergency department or A&E now.', redFlag: 'Possible detached retina', action: 'go-to-ae' }],
  },
  {
    id: 'eyelid-droop-double-vision', name: 'A drooping eyelid with double vision or headache', system: 'neurological', source: 'nhs-double-vision', role: 'gp', since: V,
    presentation: ['droopy_eyelid'],
    concepts: [{ id: 'droopy_eyelid', label: 'a drooping eyelid', patterns: ['(?:eyelid|eye ?lid|lid) {ww}(?:dropped|droop\\w*|hanging down|come down|closed over|half closed)', 'droop\\w* (?:eye ?lid|eyelid|eye)', 'ptosis'] }],
    emergency: [{ any: ['visual_disturbance', 'headache', 'sudden', 'face_droop', 'one_sided_weakness', 'speech_problem'],
      why: 'A drooping eyelid with double vision or a headache can come from pressure on a nerve in the brain (for example an aneurysm) or a stroke, and needs A&E now.', redFlag: 'Drooping eyelid with double vision or headache', action: 'go-to-ae' }],
    urgent: [{ why: 'A new drooping eyelid should be examined today.' }],
  },
  {
    id: 'septic-arthritis', name: 'Hot swollen joint with a temperature', system: 'musculoskeletal', source: 'nhs-septic-arthritis', role: 'gp', since: V,
    presentation: ['hot_swollen_joint'],
    emergency: [{ any: ['fever', 'high_fever', 'rigors'],
      why: 'A hot, swollen, painful joint with a high temperature can be an infected joint (septic arthritis), which needs hospital treatment now.', redFlag: 'Possible septic arthritis', action: 'go-to-ae' }],
  },
  {
    id: 'perianal-abscess', name: 'Painful swelling by the back passage', system: 'gastrointestinal', source: 'nhs-skin-abscess', role: 'gp', since: V,
    presentation: ['perianal_swelling'],
    urgent: [{ why: 'A painful, growing swelling by the back passage, especially with a temperature, can be an abscess that needs draining today.' }],
  },
];
