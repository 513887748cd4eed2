/** Heart and circulation. Adult chest pain, palpitations and clots are in rules/emergency.ts and rules/urgent.ts. */
import type { Complaint } from './complaint.ts';

export const CARDIOVASCULAR: Complaint[] = [
  {
    id: 'chest-pain-resolved', name: 'Chest pain days ago, now gone', system: 'cardiovascular', source: 'nice-cg95', role: 'gp', presentation: ['chest_pain'],
    urgent: [{ all: ['episode_resolved_days_ago'], age: { min: 16 }, why: 'Chest pain that happened more than a day ago and has not come back needs a same-day assessment with an ECG (NICE CG95), not an ambulance.', redFlag: 'Recent chest pain, now settled' }],
  },
  {
    // NHS "Heart failure" / NICE NG106: breathlessness that stops someone lying flat with pink, frothy phlegm is fluid on the
    // lungs (acute pulmonary oedema): call 999 (2026.12.37).
    id: 'pulmonary-oedema', name: 'Fluid on the lungs (acute heart failure)', system: 'cardiovascular', source: 'nice-ng106', role: 'gp', since: '2026.12.37', presentation: ['frothy_sputum'],
    concepts: [{ id: 'frothy_sputum', label: 'coughing up pink, frothy phlegm', patterns: ['(?:pink|frothy) (?:and )?(?:frothy|pink) (?:stuff|sputum|phlegm|spit|mucus|foam)', '(?:cough\\w*|bringing|bring) up {ww}(?:pink|frothy) {ww}(?:stuff|sputum|phlegm|spit|mucus|foam)'] }],
    emergency: [{ any: ['breathless', 'breathless_severe', 'orthopnoea', 'heart_or_lung_condition', 'cough'], action: 'call-999',
      why: 'Breathlessness with pink, frothy phlegm can be fluid on the lungs from the heart failing: call 999.', redFlag: 'Possible acute heart failure' }],
  },
  {
    id: 'limb-ischaemia', name: 'Cold, white, painful limb (blocked artery)', system: 'cardiovascular', source: 'nhs-pad', role: 'gp', presentation: ['cold_white_limb'],
    concepts: [{ id: 'raynauds', label: "fingers or toes changing colour in the cold (Raynaud's)", patterns: ['raynaud\\w*', '(?:white|pale) then (?:blue|purple|red)', '(?:blue|purple) then red', '(?:change|changes|changing|go|goes|turn|turns) (?:colour|color)s? {www}(?:cold|winter)'] },
      { id: 'cold_white_limb', label: 'a cold, pale, numb or painful limb', patterns: [
      '(?:leg|foot|arm|hand|toes|fingers) {www}(?:gone |went |turned |is |are )?(?:cold|white|pale|blue|mottled) {list}(?:cold|white|pale|numb|blue|painful)',
      // 2026.12.23: "my leg suddenly went really painful … now it's cold and pale and my foot looks white".
      '(?:leg|foot|arm|hand) {www}(?:painful|agony|hurting|pain) {www}(?:cold|white|pale|blue|mottled|grey)', '(?<!skin (?:on|of|between) (?:my |his |her |the )?)(?:foot|hand|leg|arm) {w}(?:looks?|looking|has gone|gone|went|turned|turning) (?:white|pale|blue|grey|mottled|waxy)', 'cold (?:and )?(?:white|pale|blue|numb) (?:leg|foot|arm|hand|toes)',
      // "My leg went suddenly very painful about 2 hours ago, now it's cold, white" (2026.12.28).
      '(?:leg|foot|arm|hand) {www}(?:painful|agony|pain) [a-z0-9 ,]{0,40}(?:cold|freezing) {list}(?:white|pale|blue|mottled|grey|numb)',
      // 2026.12.11: the colour and the cold a few words apart ("leg went suddenly painful and cold , foot is white and mottled").
      '(?:leg|foot|feet|arm|hand|toes|fingers) {www}(?:painful and cold|cold and painful|cold and (?:white|pale|blue|mottled|numb))', '(?:foot|feet|toes|hand|fingers) (?:is |are |has gone |have gone |looks |look )?(?:white|pale|blue) and (?:mottled|cold|numb)',
      // 2026.12.14: "went suddenly very painful, white and cold".
      'suddenly (?:[a-z,]+ ){0,4}(?:white|pale|blue) and (?:cold|numb)',
    ] }],
    // NHS "Raynaud's": fingers or toes that turn white, then blue, then red in the cold and recover are Raynaud's, not a blocked
    // artery; a GP sees it (2026.12.30).
    emergency: [{ since: '2026.12.30', none: ['raynauds'], why: 'A limb that has suddenly gone cold, pale, numb or painful may have lost its blood supply and needs emergency surgery.', redFlag: 'Acute limb ischaemia' }],
    routine: [{ since: '2026.12.30', alone: true, all: ['raynauds'], source: 'nhs-raynauds', why: "Fingers or toes that change colour in the cold can be Raynaud's; a GP checks for a cause and can help if it is severe." }],
  },
  {
    id: 'heart-attack-atypical', name: 'Heart attack without chest pain (diabetes, older people, women)', system: 'cardiovascular',
    source: 'nhs-heart-attack', role: 'gp', presentation: ['arm_jaw_pain', 'arm_heavy', 'chest_discomfort_vague', 'interscapular_pain'],
    concepts: [
      { id: 'arm_heavy', label: 'a heavy or aching arm', patterns: ['(?:left |right )?arm (?:feels |is |has gone |went )?{w}(?:heavy|achy|aching|dead)', 'heavy (?:left |right )?arm', '(?:ache|aching|pain) (?:in|down) {det}(?:left |right )?arm'] },
      { id: 'chest_discomfort_vague', label: 'a strange feeling in the chest', patterns: ['(?:weird|strange|funny|odd|uncomfortable) (?:feeling|sensation) in {det}chest', 'chest (?:feels|felt) (?:weird|strange|funny|odd|uncomfortable)', 'indigestion (?:that|which) (?:wont|will not|doesnt) go'] },
      { id: 'interscapular_pain', label: 'pain between the shoulder blades', patterns: ['between {det}shoulder ?blades', '(?:pain|ache|tightness) {ww}(?:in|across) {det}upper back'] },
      { id: 'clammy_unwell', label: 'sweating and feeling awful', patterns: ['sweat\\w* (?:buckets|profusely|like mad|a lot|pouring)', '(?:cold|clammy) and (?:sweaty|grey|pale)', 'feel\\w* (?:awful|terrible|dreadful|like death|really unwell|very unwell|really ill|very ill)'] },
    ],
    emergency: [
      { any: ['sweaty', 'clammy_unwell', 'nausea', 'breathless', 'near_faint', 'faint', 'dizzy'], age: { min: 30 },
        why: 'Arm or jaw pain, or a strange feeling in the chest, with sweating, sickness or breathlessness can be a heart attack even without chest pain, especially with diabetes or in older people.',
        redFlag: 'Possible heart attack without chest pain' },
      { alone: true, all: ['diabetes', 'clammy_unwell'], any: ['nausea', 'breathless', 'near_faint', 'arm_jaw_pain', 'arm_heavy', 'heartburn'], age: { min: 30 },
        why: 'In a person with diabetes, sweating and feeling awful with sickness, breathlessness or indigestion can be a heart attack without chest pain.',
        redFlag: 'Possible silent heart attack (diabetes)' },
    ],
    urgent: [{ age: { min: 30 }, why: 'New arm, jaw or chest discomfort in an adult should be assessed today.' }],
  },
  {
    id: 'aortic-emergency', name: 'Aortic dissection or leaking aneurysm', system: 'cardiovascular', source: 'nhs-aortic-dissection', role: 'gp',
    presentation: ['tearing_pain', 'aneurysm'],
    concepts: [{ id: 'tearing_pain', label: 'tearing or ripping pain', patterns: ['tearing', 'ripping', 'like something (?:tore|ripped|tearing)'] }],
    emergency: [{ any: ['chest_pain', 'back_pain', 'abdominal_pain', 'severe', 'sudden'], why: 'A sudden tearing pain in the chest, back or tummy can be a tear in the main artery (aortic dissection or aneurysm).', redFlag: 'Tearing pain (aortic)' },
      { since: '2026.12.2', alone: true, all: ['abdominal_pain', 'back_pain'], anyOf: [['faint', 'near_faint', 'pale', 'sweaty', 'unresponsive', 'dizzy', 'mottled']], age: { min: 50 }, source: 'nhs-aaa',
        why: 'Tummy and back pain with fainting, dizziness, pallor or sweating at 50 or over can be a leaking aortic aneurysm, which needs 999.', redFlag: 'Possible leaking aortic aneurysm' }],
  },
  {
    id: 'tia', name: 'Transient ischaemic attack (mini-stroke)', system: 'neurological', source: 'nhs-tia', role: 'gp',
    presentation: ['tia_words', 'transient_one_side'],
    concepts: [
      { id: 'tia_words', label: 'a mini-stroke', patterns: ['tia', 'mini ?stroke', 'transient isch\\w*'] },
      { id: 'transient_one_side', label: 'one-sided weakness or numbness that went away', patterns: [
        '(?:arm|leg|hand|face|side)s? {www}(?:went|gone|go|going|was|were|felt|feel|goes) {w}(?:weak|numb|dead|heavy|tingly|floppy) {www}(?:for|lasted) {ww}(?:minutes?|mins?|seconds|an hour|half an hour)',
        '(?:on|down) (?:the|my|his|her) (?:left|right)(?: side)? (?:went|gone|was|were|felt) {w}(?:weak|numb|dead|heavy)',
        '(?:arm|leg|face|hand) and (?:arm|leg|face|hand) on (?:the|my|his|her) (?:left|right) {ww}(?:weak|numb|dead|heavy)',
        '(?:back to normal|went away|gone now|passed|recovered) {www}(?:weak|numb|slurred|speech|words)', '(?:weak|numb|slurred|speech|words) {www}(?:back to normal|went away|gone now|passed off|recovered)',
      ] },
    ],
    emergency: [{ why: 'Stroke symptoms that come and go can be a mini-stroke (TIA), which needs assessment now because a full stroke may follow.', redFlag: 'Possible TIA', action: 'call-999' }],
  },
  {
    id: 'high-blood-pressure', name: 'High blood pressure', system: 'cardiovascular', source: 'nice-ng136', role: 'nurse',
    presentation: ['high_bp', 'bp_very_high'],
    concepts: [{ id: 'high_bp', label: 'high blood pressure', patterns: ['(?:blood pressure|bp) {ww}(?:high|raised|up|too high|sky high)', 'high (?:blood pressure|bp)', 'hypertension', 'blood pressure (?:reading|readings|machine|monitor)'] }],
    emergency: [{ all: ['bp_very_high'], any: ['chest_pain', 'breathless', 'confusion', 'visual_disturbance', 'one_sided_weakness', 'speech_problem'], why: 'A very high blood pressure with chest pain, breathlessness, confusion, vision or speech problems needs emergency care.', redFlag: 'Very high blood pressure with symptoms' }],
    urgent: [{ all: ['bp_very_high'], role: 'gp', why: 'A blood pressure of 180/120 or more needs a same-day assessment (NICE NG136).', source: 'nice-ng136' }],
    routine: [{ why: 'A raised blood pressure reading is rechecked at a nurse appointment.' }],
  },
  {
    id: 'swollen-ankles', name: 'Swollen ankles, feet or legs (oedema)', system: 'cardiovascular', source: 'nhs-swollen-ankles', role: 'gp',
    presentation: ['oedema'],
    concepts: [{ id: 'oedema', label: 'swollen ankles or legs', patterns: ['(?:swollen|puffy|fat|swelling (?:in|of)) {det}(?:ankles|feet|both legs|legs)', '(?:ankles|feet|legs) (?:are |have been |keep |have )?(?:gone )?(?:swollen|swelling|puffy|swelled)', 'o?edema', 'fluid (?:retention|on {det}(?:legs|ankles))', '(?:ankles|feet|legs) (?:are |look |have gone |went )?(?:like )?(?:balloons|elephants?|tree trunks|footballs)'] }],
    urgent: [{ any: ['breathless', 'chest_pain'], why: 'Swollen legs with breathlessness can be heart failure and should be assessed today.' }],
    routine: [{ why: 'Swollen ankles or legs that do not settle should be seen by a GP.' }],
  },
  {
    id: 'heart-failure-worse', name: 'Heart failure getting worse (fluid building up)', system: 'cardiovascular', source: 'nhs-heart-failure', role: 'gp', since: '2026.12.12',
    presentation: ['heart_failure'],
    concepts: [
      { id: 'heart_failure', label: 'heart failure', history: true, patterns: ['heart failure', 'cardiac failure', '(?:weak|failing|enlarged) heart', '(?:heart|cardiac) (?:isnt|is not|not) pumping (?:properly|well)'] },
      { id: 'weight_gain_fast', label: 'weight going up quickly', patterns: ['(?:weight|weighed|weighing) {ww}(?:gone up|went up|increased|risen|jumped|up) (?:by )?{w}(?:\\d+|a|one|two|three|four|five)(?: and a half)? ?(?:kilos?|kgs?|pounds|lbs?|stone) (?:in|over) {ww}(?:days?|week|\\d+ days)', '(?:put on|gained) {w}(?:\\d+|a|one|two|three|four|five)(?: and a half)? ?(?:kilos?|kgs?|pounds|lbs?) (?:in|over) {ww}(?:days?|week)'] },
      { id: 'orthopnoea', label: 'breathless lying flat', patterns: ['(?:an )?(?:extra|more|another|two|three|\\d) pillows?', '(?:cant|cannot|unable to) (?:lie|lay|sleep) flat', '(?:sleep|sleeping|slept) (?:sitting|propped) up', 'wak\\w* up {ww}(?:gasping|breathless|fighting for breath)'] },
    ],
    urgent: [{ any: ['oedema', 'weight_gain_fast', 'orthopnoea', 'breathless', 'worsening'], why: 'With heart failure, weight going up by 2 kg or more in a few days, more swollen ankles or needing more pillows to breathe at night means fluid is building up: the treatment needs changing today.', redFlag: 'Heart failure worsening (fluid)', source: 'nice-ng106' }],
    routine: [{ why: 'Questions about heart failure and its medicines go to a GP.' }],
  },
  {
    id: 'varicose-veins', name: 'Varicose veins', system: 'cardiovascular', source: 'nhs-varicose-veins', role: 'gp',
    presentation: ['varicose'],
    concepts: [{ id: 'varicose', label: 'varicose veins', patterns: ['varicose', 'bulging veins?', 'veins? {ww}(?:bulging|lumpy|twisted)'] }],
    routine: [{ why: 'Varicose veins that ache, itch or change the skin are assessed by a GP.' }],
  },
  {
    // 2026.12.18: home blood pressure machines and watches flag an irregular rhythm; in someone who feels well that is a pulse
    // check and an ECG at the practice (NICE NG196 atrial fibrillation: detection), not a same-day problem.
    id: 'device-irregular-pulse', name: 'An irregular heartbeat flagged by a home device', system: 'cardiovascular', source: 'nice-ng196', role: 'gp', since: '2026.12.18',
    presentation: ['device_irregular_pulse'],
    concepts: [{ id: 'device_irregular_pulse', label: 'an irregular heartbeat flagged by a machine or watch', subsumes: ['palpitations'], patterns: [
      '(?:machine|monitor|watch|smart ?watch|fitbit|app|cuff) {www}(?:irregular|afib|atrial fibrillation)(?: heart ?beat| rhythm| pulse)?',
      '(?:irregular heart ?beat|irregular rhythm|irregular pulse|afib) (?:sign|symbol|icon|warning|alert|notification|reading)',
    ] }],
    urgent: [{ any: ['chest_pain', 'breathless', 'faint', 'near_faint', 'dizzy', 'palpitations'], why: 'An irregular heartbeat with chest pain, breathlessness, dizziness or fainting should be assessed today.' }],
    routine: [{ why: 'An irregular heartbeat flagged by a home machine or watch in someone who feels well is checked at the practice with a pulse check and an ECG (possible atrial fibrillation).' }],
  },
];
