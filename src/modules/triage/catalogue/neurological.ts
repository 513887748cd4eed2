/** Headache, dizziness, memory and nerves. FAST stroke signs, seizures and meningitis are in rules/emergency.ts. */
import type { Complaint } from './complaint.ts';

export const NEUROLOGICAL: Complaint[] = [
  {
    id: 'headache', name: 'Headache', system: 'neurological', source: 'nice-cks-headache', role: 'gp', presentation: ['headache', 'tension_headache'],
    concepts: [
      { id: 'tension_headache', label: 'tension-type headache', patterns: ['tension (?:type )?head ?aches?', '(?:band|tight band|vice|pressure) {ww}(?:round|around|across) {det}(?:head|forehead)', 'stress headaches?', '(?:eases?|eased|easing|goes|went|settles?|settled|helps?|helped|better) {yes}(?:paracetamol|ibuprofen|painkillers)', '(?:paracetamol|ibuprofen|painkillers) {yes}(?:helps?|works?|eases? it|sorts? it)'] },
      { id: 'jaw_claudication', label: 'jaw pain on chewing or a tender scalp', patterns: ['jaw {ww}(?:hurts|aches|pain) {ww}(?:chew\\w*|eat\\w*)', '(?:tender|sore|painful) (?:scalp|temples?)', '(?:scalp|temple) {ww}(?:tender|sore|painful)', 'hurts to (?:brush|comb) {det}hair'] },
      { id: 'migraine_words', label: 'migraine', patterns: ['migraines?', 'aura'] },
      // With migraine_words and aura_words, a history of the same migraines for years makes the aura the usual one (usual_aura, reading.ts).
      { id: 'aura_words', label: 'a migraine aura', patterns: ['zig ?zag\\w*', 'auras?', 'flashing (?:lights|zig ?zags)', 'shimmer\\w*', 'sparkl\\w* lights', 'flashes'] },
      { id: 'longstanding_pattern', label: 'the same for years', patterns: [
        'same as (?:always|usual|ever|normal|before)', '(?:same|usual) (?:type|kind|sort)', '(?:my|one of my|the) usual', 'like (?:always|usual)', 'as (?:always|usual)',
        'since (?:i was )?(?:a )?(?:teen|teenager|kid|child|my teens|my twenties|my 20s|my thirties|my 30s|school|puberty)', '(?:had|get|got|have) them (?:for|since) (?:years|ages|\\d+ years)', 'for (?:years|\\d+ years|many years)',
      ] },
      // The aura a person has always had before their migraines is not a new visual problem (NHS migraine: see a GP urgently for a
      // first aura, or one that is different or lasts more than an hour) (2026.12.18).
      { id: 'usual_aura', label: 'the usual migraine aura', subsumes: ['visual_disturbance'], patterns: [
        '(?:zig ?zag\\w*|auras?|flashing lights|shimmering\\w*|lights) {list}(?:same as (?:always|usual|normal|ever)|as (?:always|usual)|like always|always (?:get|have|had))',
        '(?:same|usual) (?:type |kind |sort )?(?:as always |as usual |as normal |as ever )?{list}(?:zig ?zag\\w*|auras?|flashing lights)',
        '(?:my|the) usual (?:zig ?zag\\w*|auras?|flashing lights|visual (?:aura|disturbance))'] },
      { id: 'cancer_history', label: 'a history of cancer', history: true, patterns: ['(?:had|have|treated for|survivor of|previous|history of) {w}(?:cancer|tumour|leukaemia|lymphoma)', 'cancer survivor', 'in remission'] },
      { id: 'morning_headache_vomit', label: 'headache worse lying down or on waking, with vomiting', patterns: ['worse (?:in the morning|when i (?:lie|lay) down|lying down|when (?:coughing|straining))', 'wakes? (?:me|him|her) (?:up )?(?:at night|from sleep)'] },
    ],
    emergency: [
      { any: ['confusion', 'drowsy', 'seizure', 'one_sided_weakness', 'speech_problem', 'face_droop'], why: 'A headache with confusion, drowsiness, a fit, weakness or speech problems needs emergency care.', redFlag: 'Headache with neurological signs' },
      { all: ['sudden', 'severe'], why: 'A sudden, severe headache can be bleeding in the brain.', redFlag: 'Sudden severe headache', source: 'nice-cks-headache' },
      // A sandpaper rash with a strawberry tongue is scarlet fever (same day, 2026.12.18); any other rash with fever and headache stays here.
      { any: ['fever'], anyOf: [['vomiting', 'rash', 'drowsy', 'confusion', 'stiff_neck', 'photophobia']], none: ['scarlet_signs'], why: 'A headache with fever and vomiting, a rash or drowsiness can be meningitis.', redFlag: 'Headache with fever', source: 'nhs-meningitis' },
      { since: '2026.12.12', alone: true, all: ['jaw_claudication', 'visual_disturbance'], age: { min: 50 }, action: 'go-to-ae', source: 'cks-gca',
        why: 'Giant cell arteritis features (jaw pain on chewing, a tender scalp) with double or lost vision can lead to permanent blindness within hours: go to A&E now.', redFlag: 'Giant cell arteritis with vision problems' },
    ],
    urgent: [
      { all: ['jaw_claudication'], age: { min: 50 }, why: 'A new headache over 50 with jaw pain on chewing or a tender scalp can be giant cell arteritis, which can cause blindness; it needs same-day treatment.', redFlag: 'Possible giant cell arteritis', source: 'cks-gca' },
      { since: '2026.12.26', any: ['visual_disturbance', 'morning_headache_vomit', 'vomiting', 'immunosuppressed', 'cancer_history'], none: ['hangover', 'usual_aura'], why: 'A headache with vision changes, vomiting, waking from sleep or with a weak immune system needs a same-day assessment.' },
      { age: { min: 50 }, any: ['sudden', 'worsening'], why: 'A new or worsening headache over 50 should be assessed today.' },
    ],
    // "Migraines for years, the same as always" is a long history, not a headache that has lasted weeks (2026.12.18).
    routine: [{ durationDays: { min: 14 }, none: ['usual_aura'], why: 'Headaches that keep coming back or last weeks should be seen by a GP.' },
      // Since 2026.12.4 a migraine alone is not routine: infrequent migraine is self-care (NHS England OTC guidance); frequent ones are (issue 11).
      { any: ['recurrent', 'self_care_failed'], why: 'Frequent migraines, or headaches that painkillers do not help, are reviewed by a GP.', source: 'nhs-migraine' }],
    selfCare: [{ any: ['tension_headache', 'cold', 'flu_like', 'sinusitis'], why: 'A tension headache, or a headache with a cold, usually eases with rest, fluids and simple painkillers.', source: 'nhs-tension-headache', advice: ['minor-pharmacy'] },
      { durationDays: { max: 6 }, none: ['migraine_words'], why: 'Most headaches go away on their own with rest, fluids and simple painkillers; a pharmacist can advise.', advice: ['minor-pharmacy'] },
      { any: ['migraine_words'], durationDays: { max: 3 }, why: 'A migraine like your usual ones can be treated with your usual medicines; a pharmacist can advise.', source: 'nhs-migraine', advice: ['minor-pharmacy'] },
      { since: '2026.12.18', any: ['usual_aura'], why: 'A migraine like your usual ones can be treated with your usual medicines; a pharmacist can advise.', source: 'nhs-migraine', advice: ['minor-pharmacy'] }],
  },
  {
    id: 'dizziness', name: 'Dizziness and vertigo', system: 'neurological', source: 'nhs-dizziness', role: 'gp', presentation: ['dizzy'],
    emergency: [{ any: ['chest_pain', 'one_sided_weakness', 'speech_problem', 'face_droop', 'visual_disturbance', 'thunderclap'], why: 'Dizziness with chest pain, weakness, speech or vision problems can be a stroke or heart problem.', redFlag: 'Dizziness with stroke or heart signs' },
      { all: ['sudden'], any: ['hearing_loss', 'walking_difficulty'], why: 'Sudden dizziness with hearing loss or being unable to walk straight can be a stroke.', redFlag: 'Sudden vertigo with neurological signs', source: 'nhs-vertigo' }],
    urgent: [{ since: '2026.12.26', any: ['palpitations', 'breathless', 'vomiting', 'head_injury'], why: 'Dizziness with palpitations, breathlessness, fainting or vomiting should be assessed today.' },
      // Going dizzy just before a faint with a clear trigger is the faint's warning (NICE CG109); the faint rules decide (2026.12.26).
      { since: '2026.12.26', any: ['faint', 'near_faint'], none: ['faint_trigger'], why: 'Dizziness with palpitations, breathlessness, fainting or vomiting should be assessed today.' }],
    routine: [{ why: 'Dizziness or vertigo that keeps coming back should be seen by a GP.', source: 'nhs-vertigo' }],
    concepts: [{ id: 'walking_difficulty', label: 'cannot walk straight', patterns: ['(?:cant|cannot|unable to) walk (?:straight|properly|in a straight line)', 'staggering', 'falling to one side', 'walking like (?:im|i am|he is|she is) drunk'] }],
  },
  {
    id: 'leg-weakness', name: 'Weakness or numbness in both legs', system: 'neurological', source: 'nhs-999', role: 'gp', presentation: ['bilateral_leg_symptoms'],
    concepts: [{ id: 'cancer_spread', label: 'cancer that has spread to the bones or spine', patterns: ['(?:cancer|tumou?r|myeloma) {www}(?:spread|gone) (?:in)?to {det}(?:bones?|spine|back)', 'secondar(?:y|ies) (?:in|to) {det}(?:bones?|spine|back)', '(?:bone|spinal|spine) (?:secondaries|mets|metastas\\w*)', 'metasta\\w*', 'myeloma'] }],
    emergency: [{ any: ['cancer_spread'], why: 'Weakness or numbness in the legs in a person whose cancer has spread to the bones can be pressure on the spinal cord (metastatic spinal cord compression), which needs hospital care now.', redFlag: 'Possible spinal cord compression', action: 'go-to-ae', source: 'nice-ng234' },
      { any: ['sudden', 'back_pain', 'incontinence', 'urinary_retention', 'breathless', 'rapidly_worsening'], why: 'New weakness or numbness in both legs that came on suddenly, or with back pain or bladder problems, can be pressure on the spinal cord.', redFlag: 'Both legs weak or numb', action: 'go-to-ae' }],
    // Heavy, aching legs with varicose veins are the veins, not the nerves (NHS varicose veins) (2026.12.18).
    urgent: [{ none: ['varicose'], why: 'New weakness or numbness in both legs needs a same-day assessment.' }],
  },
  {
    id: 'memory', name: 'Memory problems', system: 'neurological', source: 'nhs-memory', role: 'gp', presentation: ['memory'],
    concepts: [{ id: 'memory', label: 'memory problems', patterns: ['memory (?:loss|problems?|is going|getting worse|issues)', 'forget\\w* (?:things|names|words|where)', 'forgetful', 'dementia', 'alzheimer\\w*', 'losing track'] }],
    routine: [{ why: 'Memory problems that are gradually worsening are assessed by a GP, with tests.' }],
  },
  {
    id: 'tiredness', name: 'Tiredness', system: 'general', source: 'nhs-tiredness', role: 'gp', presentation: ['tired'],
    concepts: [{ id: 'tired', label: 'tiredness', patterns: ['tired all the time', '(?:always|so|really|very|constantly) (?:tired|exhausted|fatigued|drained)', 'exhaust\\w*', 'fatigue', 'no energy', 'worn out'] }],
    // A parent who writes "we're exhausted" about a baby's crying is telling their own tiredness; a baby's is drowsiness (2026.12.26).
    routine: [{ since: '2026.12.26', age: { min: 1 }, none: ['cold', 'flu_like', 'sore_throat', 'cough', 'diarrhoea', 'vomiting', 'insomnia', 'hay_fever'], why: 'Tiredness that goes on for weeks is assessed by a GP, often with blood tests.' }],
  },
  {
    id: 'insomnia', name: 'Sleeping problems', system: 'mental-health', source: 'nhs-insomnia', role: 'gp', presentation: ['insomnia'],
    concepts: [{ id: 'insomnia', label: 'difficulty sleeping', patterns: ['insomnia', '(?:cant|cannot|unable to|struggl\\w* to|trouble|difficulty) (?:get to |get off to )?sleep\\w*', 'not sleeping', '(?:not|havent|hasnt) been sleeping', 'lying awake', 'cant (?:get|drop) off', '(?:hard|difficult|struggl\\w*|trouble|taking ages) (?:to )?(?:drop|drift|get) off', '(?:sleeping|slept|sleep) (?:really |so |very )?(?:badly|poorly|rubbish|terribly)', 'sleep (?:problems|is terrible|badly)', 'waking (?:up )?(?:at|in the) (?:night|early)', 'sleeping pills?'] }],
    // NHS insomnia: see a GP when changing sleep habits has not worked or it has lasted months (2026.12.17: was 3 weeks).
    routine: [{ durationDays: { min: 28 }, why: 'Sleeping problems lasting a month or more are reviewed by a GP.' },
      { any: ['self_care_failed'], why: 'Sleeping problems that have not improved with changes to sleep habits are reviewed by a GP.' }],
    selfCare: [{ durationDays: { max: 27 }, why: 'Short-term sleeping problems often improve with a regular routine; a pharmacist can advise.', advice: ['minor-pharmacy'] }],
  },
  {
    id: 'tremor', name: 'Tremor', system: 'neurological', source: 'nhs-tremor', role: 'gp', presentation: ['tremor'],
    concepts: [{ id: 'tremor', label: 'a tremor', patterns: ['tremor', '(?:hands?|arms?) {ww}(?:shak\\w*|trembl\\w*)', 'shaky hands', 'parkinson\\w*'] }],
    routine: [{ why: 'A new tremor is assessed by a GP.' }],
  },
  {
    id: 'pins-and-needles', name: 'Pins and needles or numbness in the hands or feet', system: 'neurological', source: 'nhs-pins-needles', role: 'gp', presentation: ['tingling'],
    concepts: [{ id: 'tingling', label: 'pins and needles or numbness', patterns: ['pins and needles', 'tingl\\w*', 'numb (?:fingers|hands?|feet|toes)', '(?:fingers|hands?|feet|toes) {ww}(?:numb|tingl\\w*)', 'carpal tunnel'] },
      { id: 'legs_weak', label: 'weak legs or arms', patterns: ['(?:legs|arms|both legs|both arms) (?:feel |are |have gone |going |gone |keep |have got |have been |are getting |got |getting |becoming )?(?:\\w+ ){0,2}(?:weak(?:er)?|like jelly|giving way)', 'weak(?:ness)? in (?:both )?{det}(?:legs|arms)'] }],
    emergency: [{ any: ['sudden'], anyOf: [['face_droop', 'speech_problem', 'one_sided_weakness']], why: 'Sudden numbness on one side with face or speech changes can be a stroke.', redFlag: 'Sudden one-sided numbness' }],
    // 2026.12.13: NHS Guillain-Barre syndrome: tingling or weakness that spreads over days needs a same-day assessment.
    // Tingling before a cold sore or a patch of skin "spreading" is the skin problem's, not spreading nerve symptoms (2026.12.27).
    urgent: [{ since: '2026.12.27', any: ['legs_weak', 'spreading'], none: ['skin_minor'], why: 'Tingling that is spreading or comes with weak legs or arms needs a same-day assessment (possible Guillain-Barre syndrome).', redFlag: 'Spreading tingling or weakness', source: 'nhs-gbs' }],
    routine: [{ role: 'physiotherapist', any: ['joint_pain', 'neck_pain'], age: { min: 16 }, why: 'Tingling in the hand from the wrist or neck is seen first by the physiotherapist.', source: 'nhs-fcp' },
      // Tingling before a band of blisters is the start of shingles (NICE CKS Shingles), which has its own rules (2026.12.26).
      { none: ['skin_minor', 'mouth_problem', 'panic', 'anxiety', 'shingles', 'blistery_band'], why: 'Pins and needles or numbness that keeps coming back is assessed by a GP.' }],
  },
];
