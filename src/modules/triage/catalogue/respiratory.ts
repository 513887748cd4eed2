/** Breathing and chest infections. Severe breathlessness, asthma and blue lips are in rules/emergency.ts. */
import type { Complaint } from './complaint.ts';

const CHILD_DISTRESS = ['breathless_severe', 'grunting', 'blue_lips', 'drowsy', 'floppy', 'pauses_breathing', 'stridor'];

export const RESPIRATORY: Complaint[] = [
  {
    id: 'breathlessness', name: 'Breathlessness', system: 'respiratory', source: 'nhs-breathless', role: 'gp', presentation: ['breathless'],
    emergency: [{ any: ['near_faint', 'faint', 'chest_pain', 'cough_blood', 'clammy_unwell', 'sweaty', 'confusion', 'blue_lips', 'rapidly_worsening', 'grunting', 'asthma_severe', 'breathless_severe'], why: 'Breathlessness with fainting or nearly fainting, chest pain, sweating, confusion or coughing up blood can be a clot, heart attack or severe infection.', redFlag: 'Breathless with warning signs' }],
  },
  {
    id: 'croup', name: 'Croup', system: 'respiratory', source: 'nhs-croup', role: 'gp', presentation: ['croup', 'stridor'],
    concepts: [
      { id: 'at_rest', label: 'even at rest', patterns: ['(?<!(?:not|isnt|only|but|goes|settles|quiet|fine|ok) )(?:even )at rest', 'even (?:when|while|whilst) {ww}(?:still|resting|calm|lying|sitting|asleep|sleeping|settled|not upset|quiet)', 'even (?:resting|asleep|sleeping|lying (?:down|still)|sitting still)'] },
      { id: 'croup', label: 'croup (barking cough)', patterns: ['croup\\w*', 'bark\\w* {w}cough', 'cough\\w* {ww}like a (?:seal|dog|bark)', 'seal like cough'] },
      { id: 'stridor', label: 'noisy, high-pitched breathing in (stridor)', patterns: ['stridor', '(?:high pitched|harsh|rasping|squeaky|whistling|whistly|whistley|noisy|loud) {w}(?:noise|sound) {ww}(?:breath\\w*|in)', '(?:high pitched|harsh|rasping|squeaky|whistling|noisy|loud) {w}(?:noise|sound) {www}(?:resting|at rest|still|asleep|sleeping)', 'noisy breathing', '(?:noise|sound) {ww}(?:breathing|breathes|breathe) in', 'breathing {ww}noisy', 'crowing'] },
    ],
    emergency: [{ any: CHILD_DISTRESS.filter((c) => c !== 'stridor').concat(['breathless']), why: 'Croup with struggling to breathe, a blue tinge, or drowsiness needs emergency care.', redFlag: 'Croup with breathing difficulty' },
      { all: ['stridor'], anyOf: [['breathless', 'drowsy', 'pale', 'sudden']], why: 'A high-pitched noise on breathing in with breathing difficulty can mean the airway is narrowing.', redFlag: 'Stridor' },
      // NICE CKS Croup: stridor at rest (not only when upset or coughing) is moderate to severe croup; two independent sets
      // judged it 999 when told as a loud noise breathing in 'even when he's calm and sitting still' (2026.12.33).
      { since: '2026.12.33', all: ['stridor', 'at_rest'], why: 'A high-pitched noise on breathing in even when a child is resting means the airway is narrowing and needs emergency care.', redFlag: 'Stridor at rest' }],
    urgent: [{ why: 'A child with croup should be seen by a GP today; steroid medicine helps.' }],
  },
  {
    id: 'bronchiolitis', name: 'Bronchiolitis', system: 'respiratory', source: 'nhs-bronchiolitis', role: 'gp', presentation: ['bronchiolitis'],
    concepts: [
      { id: 'bronchiolitis', label: 'bronchiolitis', patterns: ['bronchiolitis', 'rsv'] },
      { id: 'pauses_breathing', label: 'pauses in breathing', patterns: ['(?:pauses|gaps|stops) (?:in |when )?(?:her |his |their )?breath\\w*', 'stops breathing', 'stopped breathing for'] },
    ],
    emergency: [{ any: CHILD_DISTRESS, why: 'A baby with bronchiolitis who is struggling to breathe, has pauses in breathing or a blue tinge needs emergency care.', redFlag: 'Bronchiolitis with breathing difficulty' },
      { alone: true, all: ['pauses_breathing'], age: { max: 1 }, why: 'Pauses in a baby\'s breathing need emergency care.', redFlag: 'Pauses in breathing' }],
    urgent: [{ why: 'A baby with bronchiolitis should be checked by a GP today if feeding less or breathing faster.' }],
  },
  {
    id: 'cough-child-breathing', name: 'Cough or cold with fast breathing in a young child', system: 'child-infection', source: 'nice-ng143', role: 'gp',
    presentation: ['cough', 'cold', 'fever', 'vomiting', 'diarrhoea'],
    concepts: [{ id: 'not_interested', label: 'not responding normally (a young child)', patterns: [
      '(?:cant|cannot) get (?:him|her|them) (?:interested|to respond|to wake)', 'not interested in anything', 'not (?:responding|reacting) (?:to|like) (?:me|us|normal)',
      '(?:no|not much) interest in (?:anything|toys|playing)', 'not (?:himself|herself) at all', 'staring (?:blankly|into space)', 'wont (?:play|smile)', 'listless',
    ] }],
    emergency: [{ age: { max: 4 }, any: ['drowsy', 'not_interested', 'floppy'], why: 'A young child who is ill and unusually drowsy or not responding normally has a red feature (NICE NG143).', redFlag: 'Ill child not responding normally' }],
    urgent: [{ age: { max: 4 }, any: ['breathless'], why: 'Fast or difficult breathing in a young child is an amber feature that needs a same-day check (NICE NG143).' }],
  },
  {
    id: 'cough-older-or-frail', name: 'Cough and fever in an older person', system: 'respiratory', source: 'nhs-chest-infection', role: 'gp', presentation: ['cough', 'chest_infection'],
    urgent: [{ age: { min: 75 }, any: ['fever', 'breathless', 'off_food', 'confusion', 'drowsy'], why: 'A cough with fever or eating less at 75 or over can be pneumonia and should be assessed today.' }],
    concepts: [{ id: 'off_food', label: 'eating or drinking less', patterns: ['(?:eating|drinking) (?:much )?less', 'off (?:her|his|their|my) food', 'not eating', 'lost (?:her|his|my) appetite', 'no appetite'] }],
  },
  {
    id: 'chest-infection', name: 'Chest infection or pneumonia', system: 'respiratory', source: 'nhs-chest-infection', role: 'gp', presentation: ['chest_infection'],
    concepts: [{ id: 'chest_infection', label: 'a chest infection', patterns: [
      'chest infection', 'bronchitis', 'pneumonia(?! (?:and \\w+ )?(?:jabs?|vaccines?|vaccinations?|injections?|boosters?))', 'cough\\w* up {ww}(?:green|yellow|brown|rusty|thick) {w}(?:phlegm|mucus|sputum|gunk|stuff)', '(?:green|yellow|brown) (?:phlegm|mucus|sputum)',
      'rattl\\w* chest', 'chest (?:is )?rattling',
    ] }],
    urgent: [{ any: ['breathless', 'chest_pain', 'fever', 'cough_blood'], why: 'A chest infection with breathlessness, chest pain or a high temperature should be assessed today (possible pneumonia).', source: 'nhs-pneumonia' },
      { age: { min: 65 }, why: 'A chest infection at 65 or over should be assessed today.' },
      { any: ['immunosuppressed', 'copd', 'heart_or_lung_condition'], why: 'A chest infection with a long-term heart or lung condition or a weak immune system should be assessed today.' }],
    routine: [{ why: 'A chest infection that is not settling should be seen by a GP.' }],
  },
  {
    id: 'copd', name: 'COPD flare-up', system: 'respiratory', source: 'nhs-copd', role: 'gp', presentation: ['copd'],
    concepts: [
      { id: 'copd', label: 'COPD', patterns: ['copd', 'emphysema', 'chronic bronchitis', 'rescue pack'] },
      // 2026.12.13: NICE CKS COPD exacerbation: more phlegm, or phlegm that has changed colour.
      { id: 'sputum_change', label: 'more phlegm or a change in its colour', patterns: ['(?:phlegm|sputum|mucus|spit) {ww}(?:turned|gone|changed|is|going|more) {w}(?:green|yellow|brown|darker|thicker)', '(?:more|extra|lots more) (?:phlegm|sputum)', '(?:green|yellow) (?:phlegm|sputum)'] },
      { id: 'heart_or_lung_condition', label: 'a long-term heart or lung condition', patterns: ['heart failure', 'heart condition', 'lung (?:condition|disease)', 'bronchiectasis', 'cystic fibrosis'] },
    ],
    urgent: [{ any: ['breathless', 'wheeze', 'chest_infection', 'fever', 'worsening', 'sputum_change'], why: 'A COPD flare-up with more breathlessness or changed phlegm should be assessed today.' }],
    routine: [{ why: 'COPD reviews and inhaler checks are arranged with the practice.' , role: 'nurse' }],
  },
  {
    id: 'whooping-cough', name: 'Whooping cough', system: 'respiratory', source: 'nhs-whooping-cough', role: 'gp', presentation: ['whooping'],
    concepts: [{ id: 'whooping', label: 'whooping cough', patterns: ['whoop\\w*', 'pertussis', 'cough\\w* fits', 'coughing (?:until|till) (?:he|she|they|i) (?:is |are |am )?sick'] }],
    emergency: [{ any: ['blue_lips', 'pauses_breathing', 'breathless_severe'], why: 'A baby or child with whooping cough who turns blue or stops breathing needs emergency care.', redFlag: 'Whooping cough with blue spells' }],
    urgent: [{ age: { max: 1 }, why: 'Whooping cough in a baby under 1 needs a same-day assessment.' }],
    routine: [{ why: 'A suspected whooping cough should be seen by a GP.' }],
  },
  {
    id: 'cough-cancer-risk', name: 'Cough with cancer risk factors', system: 'respiratory', source: 'nhs-cough', role: 'gp', presentation: ['cough'],
    routine: [{ any: ['cancer_concern', 'hoarse'], age: { min: 40 }, why: 'A cough with weight loss or a hoarse voice in an adult over 40 should be seen by a GP (NICE NG12).', source: 'nice-ng12' },
      { any: ['smoker'], age: { min: 40 }, durationDays: { min: 21 }, why: 'A cough lasting 3 weeks or more in a smoker over 40 should be seen by a GP (NICE NG12).', source: 'nice-ng12' }],
  },
  {
    id: 'sleep-apnoea', name: 'Snoring and sleep apnoea', system: 'respiratory', source: 'nhs-sleep-apnoea', role: 'gp', presentation: ['snoring'],
    concepts: [{ id: 'snoring', label: 'snoring or stopping breathing at night', patterns: ['snor\\w*', 'sleep apno?ea', 'stop breathing (?:in|at) night', 'stops breathing when (?:i|he|she) (?:sleep|sleeps)'] },
      { id: 'snoring_only', label: 'snoring with no pauses in breathing', patterns: ['(?:doesnt|does not|dont|do not|never|no) (?:stop breathing|gasp|choke|pauses? in (?:his |her |my )?breathing)(?: (?:or|and) (?:stop breathing|gasp\\w*|chok\\w*|pauses?))?',
        '(?:not|isnt|arent) (?:sleepy|tired|drowsy) (?:in|during) the day', 'anything {ww}(?:from the chemist|from the pharmacy|to stop (?:him|her|me) snoring)'], subsumes: ['apnoea_signs', 'pauses_breathing'] },
      { id: 'apnoea_signs', label: 'pauses in breathing or gasping at night, or sleepiness by day', patterns: ['sleep apno?ea', 'stops? breathing', 'stopped breathing', 'pauses? in {det}breathing', 'gasp\\w*', 'chok\\w*',
        '(?:sleepy|drowsy|nod\\w* off|falls? asleep|falling asleep) {www}(?:in|during) the day', 'daytime (?:sleepiness|tiredness)', 'falls? asleep (?:at|while) (?:work|driving|the wheel)'] }],
    routine: [{ none: ['snoring_only'], why: 'Loud snoring with pauses in breathing or daytime sleepiness is assessed by a GP.' },
      { since: '2026.12.4', any: ['apnoea_signs'], why: 'Loud snoring with pauses in breathing or daytime sleepiness is assessed by a GP.' }],
    selfCare: [{ since: '2026.12.4', all: ['snoring_only'], none: ['apnoea_signs'], source: 'nhs-snoring', role: 'pharmacist', why: 'Snoring without pauses in breathing or daytime sleepiness often eases with weight loss, less alcohol and sleeping on your side; a pharmacist can suggest aids.', advice: ['minor-pharmacy'] }],
  },
  {
    id: 'haemoptysis', name: 'Coughing up blood', system: 'respiratory', source: 'nhs-coughing-blood', role: 'gp', since: '2026.12.2', presentation: ['cough_blood'],
    emergency: [{ any: ['large_blood_amount', 'breathless', 'breathless_severe', 'chest_pain', 'pleuritic_pain', 'heart_rate_very_high', 'palpitations', 'spo2_low'],
      why: 'Coughing up more than a little blood, or blood with breathing difficulty, a fast heartbeat or chest pain, needs 999 or A&E.', redFlag: 'Coughing up blood with danger signs' }],
    routine: [{ none: ['cold', 'chest_infection'], age: { min: 40 }, why: 'Coughing up blood at 40 or over is assessed by a GP (NICE NG12), even when it has stopped.', source: 'nice-ng12' }],
  },
];
