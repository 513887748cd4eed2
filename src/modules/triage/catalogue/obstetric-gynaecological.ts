/** Pregnancy, periods, breasts and sexual health. Ectopic, pre-eclampsia and reduced movements are in rules/. */
import type { Complaint } from './complaint.ts';

const MATERNITY = 'call-maternity-unit' as const;

export const OBSTETRIC_GYNAECOLOGICAL: Complaint[] = [
  {
    id: 'pregnancy-later', name: 'Bleeding, pain, fluid or fever later in pregnancy', system: 'obstetric-gynaecological', source: 'nhs-pregnancy-bleeding', role: 'gp', presentation: ['pregnant'],
    concepts: [
      { id: 'waters_broken', label: 'waters breaking or contractions', patterns: ['gush of {w}(?:fluid|water|liquid)', '(?:water|fluid|liquid) {ww}(?:down|running down|trickling down|dripping down) {det}legs?', '(?:leaking|trickling|trickle of) {w}(?:fluid|water|liquid)', 'waters? (?:have |has )?(?:broken|broke|gone|breaking|went)', '(?:leaking|gush of|trickle of) (?:fluid|water|liquid)', 'contractions?', '(?:gone|going|think {ww}) into labou?r', 'labou?r pains?', '(?:tightenings?|tightening|pains?|cramps?) (?:are )?(?:coming )?every \\d+ (?:to \\d+ )?min\\w*', 'tightenings? {ww}(?:getting|coming) (?:stronger|closer|more often)'] },
      { id: 'itching_pregnancy', label: 'itching (hands and feet)', patterns: ['itch\\w*'] },
    ],
    emergency: [
      { alone: true, pregnancy: 'pregnant', gestationWeeks: { min: 20 }, all: ['gestation_known'], any: ['bleeding', 'heavy_bleeding'], why: 'Bleeding in the second half of pregnancy needs the maternity unit now.', redFlag: 'Bleeding later in pregnancy', action: MATERNITY },
      { alone: true, pregnancy: 'pregnant', any: ['waters_broken'], why: 'Waters breaking or contractions: call the maternity unit now, especially before 37 weeks.', redFlag: 'Waters broken or labour', action: MATERNITY, source: 'nhs-labour' },
      { alone: true, pregnancy: 'pregnant', gestationWeeks: { min: 20 }, all: ['gestation_known'], any: ['abdo_severe', 'severe'], anyOf: [['abdominal_pain', 'abdo_severe', 'back_pain']], why: 'Severe tummy pain later in pregnancy needs the maternity unit now.', redFlag: 'Severe pain in pregnancy', action: MATERNITY },
      { alone: true, pregnancy: 'pregnant', all: ['fever'], anyOf: [['rigors', 'confusion', 'breathless', 'mottled', 'abdominal_pain']], why: 'A fever in pregnancy with shivering, breathlessness or tummy pain can be sepsis.', redFlag: 'Fever in pregnancy with warning signs', source: 'nice-ng51' },
    ],
    urgent: [
      // Itching explained by piles, thrush, threadworms or a bite is that problem's, not obstetric cholestasis (2026.12.28).
      { since: '2026.12.28', alone: true, pregnancy: 'pregnant', all: ['itching_pregnancy'], gestationWeeks: { min: 20 }, none: ['piles', 'vaginal_symptoms', 'threadworms', 'insect_bite'], why: 'Itching later in pregnancy, especially of the hands and feet, needs a blood test within a day for obstetric cholestasis.', source: 'nhs-cholestasis' },
      { alone: true, pregnancy: 'pregnant', any: ['fever', 'breathless', 'calf_clot', 'faint'], why: 'A fever, breathlessness, fainting or a painful leg in pregnancy needs a same-day assessment.' },
      // Vomiting in the first 16 weeks is morning sickness unless it stops fluids staying down (the morning-sickness complaint);
      // from 16 weeks, or when the weeks are not given, it is assessed the same day (NHS "Vomiting and morning sickness") (2026.12.22).
      { since: '2026.12.22', alone: true, pregnancy: 'pregnant', all: ['vomiting'], gestationWeeks: { min: 16 }, source: 'nhs-morning-sickness', why: 'Vomiting later in pregnancy needs a same-day assessment.' },
    ],
  },
  {
    id: 'morning-sickness', name: 'Nausea and vomiting in pregnancy', system: 'obstetric-gynaecological', source: 'nhs-morning-sickness', role: 'gp', presentation: ['morning_sickness'],
    concepts: [{ id: 'morning_sickness', label: 'morning sickness', patterns: ['morning sickness', 'hyperemesis', '(?:feel|feeling|been|being) sick {www}(?:pregnan\\w*|morning|mornings)', 'nause\\w* {www}(?:pregnan\\w*|mornings?)', '(?:sick|nauseous|queasy) (?:most|every|in the|some|first thing in the) mornings?',
      // "9 weeks pregnant and feeling sick most of the day": sickness said soon after the pregnancy (2026.12.24).
      '(?:feel|feeling|felt|been|being) (?:sick|nauseous|queasy)(?<=pregnan[a-z0-9 ,]{0,100})'] }],
    urgent: [{ any: ['cant_keep_fluids', 'no_urine', 'vomiting_blood', 'dizzy', 'faint', 'near_faint'], why: 'Being unable to keep fluids down in pregnancy, passing little urine or feeling faint needs same-day treatment (hyperemesis).', redFlag: 'Possible hyperemesis' }],
    // 2026.12.13: self-care only when a pregnancy is declared or possible; sickness every morning otherwise has other causes.
    selfCare: [{ pregnancy: 'possible', why: 'Morning sickness usually improves by 16 to 20 weeks; small frequent meals and ginger help, and a pharmacist can advise.', advice: ['minor-pharmacy'], exempt: ['AL-PREGNANCY'] }],
  },
  {
    id: 'postpartum', name: 'Problems after giving birth', system: 'obstetric-gynaecological', source: 'nhs-pregnancy-bleeding', role: 'gp', presentation: ['postnatal'],
    // The mother's problems: a baby's age in a parent's message is not a birth the patient gave (2026.12.25).
    emergency: [{ sex: 'female', age: { min: 12 }, any: ['heavy_bleeding', 'large_clots', 'breathless', 'chest_pain', 'calf_clot', 'confusion', 'rigors'], why: 'Heavy bleeding, large clots, breathlessness, chest pain or a painful leg after giving birth needs emergency care.', redFlag: 'Postnatal emergency' },
      // NHS "Postpartum haemorrhage": bleeding after the birth with feeling faint, dizzy or a racing heart is blood loss
      // the body is struggling with, in the first weeks as much as the first day (2026.12.32).
      { since: '2026.12.32', sex: 'female', age: { min: 12 }, all: ['bleeding'], any: ['dizzy', 'faint', 'near_faint', 'palpitations', 'pale'], source: 'nhs-postpartum-haemorrhage',
        why: 'Bleeding after giving birth with feeling faint, dizzy or a racing heart can be a haemorrhage and needs 999.', redFlag: 'Possible postpartum haemorrhage' }],
    // NICE NG194 (postnatal care): perineal stitches that are more painful, smell, discharge or come apart may be infected or
    // breaking down and are checked the same day (2026.12.27).
    concepts: [{ id: 'large_clots', label: 'large blood clots', patterns: ['clots? {ww}(?:the )?size of {det}(?:plums?|golf ?balls?|lemons?|eggs?|fists?|50p|oranges?|satsumas?|tennis balls?|palm)', '(?:big|large|huge|massive|enormous) (?:blood )?clots'] },
      { id: 'perineal_wound_problem', label: 'stitches after the birth painful, smelly or coming apart', patterns: [
      '(?:stitches|tear|episiotomy|cut) {www}(?:more painful|more sore|smelly|smell\\w*|red|gaping|gaped|opened|open|coming apart|came apart|pus|oozing|weeping|discharge)',
      '(?:smelly|smelling|offensive|foul) (?:discharge|smell)',
    ] }],
    urgent: [{ since: '2026.12.27', sex: 'female', age: { min: 12 }, any: ['fever', 'bleeding', 'wound_infected', 'abdominal_pain', 'headache', 'perineal_wound_problem'], why: 'A fever, bleeding, wound problem or headache after giving birth needs a same-day assessment.' }],
  },
  {
    // NHS "Toxic shock syndrome": a high temperature with a rash like sunburn, faintness, vomiting or diarrhoea in someone
    // using a tampon or menstrual cup is an emergency (2026.12.35).
    id: 'toxic-shock', name: 'Toxic shock syndrome', system: 'obstetric-gynaecological', source: 'nhs-toxic-shock', role: 'gp', since: '2026.12.35', presentation: ['tampon_use'],
    concepts: [{ id: 'tampon_use', label: 'using tampons or a menstrual cup', patterns: ['tampons?', 'menstrual cup', 'toxic shock'] }],
    emergency: [{ any: ['fever', 'high_fever'], anyOf: [['rash', 'sunburn', 'faint', 'near_faint', 'dizzy', 'vomiting', 'diarrhoea', 'confusion', 'breathless']], action: 'call-999',
      why: 'A high temperature with a rash like sunburn, feeling faint, vomiting or diarrhoea while using a tampon can be toxic shock syndrome: call 999.', redFlag: 'Possible toxic shock syndrome' }],
  },
  {
    id: 'period-pain', name: 'Period pain', system: 'obstetric-gynaecological', source: 'nhs-period-pain', role: 'gp', presentation: ['period_pain'],
    concepts: [{ id: 'period_pain', label: 'period pain', patterns: ['period pains?', 'painful periods?', '(?:cramps?|pain) {www}(?:period|periods)', 'period cramps?', 'dysmenorrho?ea',
      '(?:cramps?|pains?|ache|aches) {near}(?:first|1st|start of|before|during|on) {www}(?:period|periods|time of the month)'], subsumes: ['abdominal_pain'] },
      { id: 'misses_daily_life', label: 'missing school or work because of it', patterns: ['(?:missing|missed|misses|miss|off) (?:a day |days |a day or two |time )?(?:of |off )?(?:school|work|college|uni|lessons)', '(?:stops?|stopping|stopped) (?:me|her) (?:going|getting) (?:to )?(?:school|work|college)'] }],
    routine: [{ any: ['period_problem', 'pain_during_sex', 'fever', 'vaginal_symptoms'], why: 'Period pain with heavy or irregular bleeding, pain during sex or discharge should be seen by a GP (possible endometriosis or infection).' },
      // NHS period pain: see a GP if it stops you doing everyday things despite painkillers (2026.12.19).
      { since: '2026.12.19', any: ['misses_daily_life', 'self_care_failed'], why: 'Period pain that keeps you off school or work, or that painkillers do not help, should be seen by a GP (possible endometriosis).' }],
    selfCare: [{ why: 'Period pain usually eases with ibuprofen or naproxen from a pharmacy, heat and exercise; see a GP if it stops you doing everyday things despite these.', advice: ['minor-pharmacy'], exempt: ['AL-SEVERE'] }],
  },
  {
    id: 'heavy-periods', name: 'Heavy or painful periods', system: 'obstetric-gynaecological', source: 'nhs-heavy-periods', role: 'gp', presentation: ['period_problem'],
    concepts: [{ id: 'pad_hourly', label: 'changing a pad or tampon every hour or two', patterns: ['(?:changing|change|soaking|going through|filling) (?:a |my )?(?:\\w+ )?(?:pads?|tampons?|towels?)(?: and (?:a |my )?(?:\\w+ )?(?:pads?|tampons?))? (?:\\w+ )?every (?:hour|1 hour|half hour|30 min\\w*|hour or two|1 to 2 hours|one to two hours|2 hours|two hours)'] },
      { id: 'period_problem', label: 'heavy, painful or irregular periods', patterns: [
      'heavy periods?', 'periods? (?:are |have been |is |have gone )?(?:very |really |so )?(?:heavy|irregular|all over the place)', 'period (?:[a-z0-9,]+ ){0,8}(?:its|it is|is) (?:extremely|very|really|so) heavy', 'flooding', 'irregular periods?', 'endometriosis', 'pcos', 'polycystic',
      'bleeding between periods', 'bleed\\w* after sex',
    ] }],
    // 2026.12.14: NHS heavy periods: changing a pad or tampon every 1 to 2 hours, or feeling light-headed, needs an urgent appointment.
    urgent: [{ any: ['heavy_bleeding', 'faint', 'near_faint', 'dizzy'], why: 'Very heavy bleeding or feeling faint with a period should be assessed today.' },
      { since: '2026.12.14', all: ['pad_hourly'], durationDays: { max: 30 }, why: 'Changing a pad or tampon every hour or two with this period should be assessed today.' }],
    routine: [{ why: 'Heavy, irregular or painful periods, or bleeding between periods or after sex, are assessed by a GP.' }],
  },
  {
    id: 'postmenopausal-bleeding', name: 'Bleeding after the menopause', system: 'obstetric-gynaecological', source: 'nhs-pmb', role: 'gp', presentation: ['pmb'],
    concepts: [{ id: 'pmb', label: 'bleeding after the menopause', patterns: [
      'post ?menopausal bleed\\w*', '(?:bleed\\w*|spotting) {www}(?:after|since) {det}(?:menopause|change)', '(?:menopause|periods stopped|stopped {det}periods|no periods) {www}(?:bleed\\w*|spotting)', '(?:bleed\\w*|spotting) {www}(?:stopped|finished) {det}periods',
    ] }],
    routine: [{ sex: 'female', why: 'Bleeding after the menopause must be seen by a GP soon, for a suspected cancer referral (NICE NG12).', redFlag: 'Post-menopausal bleeding', source: 'nice-ng12' }],
  },
  {
    id: 'menopause', name: 'Menopause symptoms', system: 'obstetric-gynaecological', source: 'nhs-menopause', role: 'gp', presentation: ['menopause'],
    concepts: [{ id: 'menopause', label: 'menopause symptoms', patterns: ['menopaus\\w*', 'peri ?menopaus\\w*', 'hot flush\\w*', 'hot flash\\w*', 'the change'] }],
    routine: [{ why: 'Menopause symptoms and HRT are discussed with a GP.', source: 'nhs-hrt' }],
  },
  {
    id: 'vaginal-symptoms', name: 'Vaginal discharge and itching', system: 'obstetric-gynaecological', source: 'nhs-thrush', role: 'pharmacist', presentation: ['vaginal_symptoms'],
    concepts: [{ id: 'vaginal_symptoms', label: 'vaginal discharge or itching', patterns: ['thrush', '(?:vaginal|white|thick|cottage cheese|fishy|smelly|grey|green|yellow) discharge', 'discharge {ww}(?:smells|fishy|itchy)', 'itch\\w* {ww}(?:down there|vagina|vulva|private)', '(?:vagina|vulva|down there) {ww}itch\\w*', 'bacterial vaginosis', 'bv'] }],
    routine: [{ any: ['self_care_failed', 'recurrent', 'sti', 'abdominal_pain', 'bleeding', 'fever'], role: 'gp', why: 'Discharge with pain, bleeding or a possible infection, or thrush that keeps coming back, is assessed by a GP.' },
      { age: { max: 15 }, role: 'gp', why: 'Vaginal symptoms in a girl under 16 are assessed by a GP.' },
      { age: { min: 61 }, role: 'gp', why: 'Vaginal symptoms over 60 are assessed by a GP.' }],
    selfCare: [{ why: 'Thrush and bacterial vaginosis can be treated with medicines from a pharmacy.', advice: ['minor-pharmacy'] }],
  },
  {
    id: 'pelvic-infection', name: 'Pelvic inflammatory disease', system: 'obstetric-gynaecological', source: 'nhs-pid', role: 'gp', presentation: ['vaginal_symptoms', 'sti'],
    urgent: [{ sex: 'female', all: ['abdominal_pain'], any: ['fever', 'pain_during_sex', 'bleeding'], why: 'Pelvic pain with discharge and fever can be pelvic inflammatory disease, which needs same-day treatment.' }],
    concepts: [{ id: 'pain_during_sex', label: 'pain during sex', patterns: ['(?:pain|painful|hurts?) {ww}(?:during|after|when having) sex', 'painful sex'] }],
  },
  {
    id: 'breast', name: 'Breast lump, pain or infection', system: 'obstetric-gynaecological', source: 'nhs-breast-pain', role: 'gp', presentation: ['breast_problem'],
    concepts: [
      { id: 'breast_problem', label: 'a breast problem', patterns: ['breasts?', 'nipples?', 'mastitis', 'boob\\w*'] },
      { id: 'nipple_change', label: 'a change to the nipple', patterns: ['nipple {ww}(?:discharge|bleed\\w*|turned in|inverted|changed)', '(?:discharge|blood) from {det}nipple', 'dimpl\\w*', 'orange peel'] },
      // 2026.12.12: breast pain that comes with periods, and sore nipples while breastfeeding, are self-care (NHS breast pain; breastfeeding problems).
      { id: 'breast_cyclical', label: 'breast pain with periods', patterns: ['(?:before|around|with|during) {det}(?:period|periods|time of the month)', 'every month', 'cyclical'] },
      { id: 'breastfeeding', label: 'breastfeeding', patterns: ['breast ?feed\\w*', 'breast ?fed', 'latch\\w*'] },
      { id: 'sore_nipples_feeding', label: 'sore nipples from breastfeeding', patterns: ['(?:sore|cracked|painful|tender|bleeding) nipples?', 'nipples? (?:are |is |feel |get )?(?:\\w+ )?(?:sore|cracked|painful|tender)'] },
      { id: 'breast_red_hot', label: 'a red, hot breast', patterns: ['(?:hot|red|warm) {list}(?:painful |tender |hard )?(?:wedge|lump|patch|area|segment) {ww}(?:on|in) {det}(?:left |right )?(?:breast|boob)', 'mastitis', '(?:breast|boob)s? (?:(?!not |arent |isnt |never )\\w+ ){0,2}(?:red|hot|warm|swollen|hard and red)', '(?:red|hot|warm) {ww}(?:breast|boob)'] },
    ],
    urgent: [{ any: ['breast_red_hot'], anyOf: [['fever', 'flu_like', 'rigors', 'worsening', 'severe']], why: 'A red, painful breast with a fever or flu-like feeling needs same-day treatment for mastitis.', source: 'nhs-mastitis' }],
    routine: [{ any: ['cancer_concern', 'nipple_change'], why: 'A breast lump or a change to the nipple should be seen by a GP soon (NICE NG12).', redFlag: 'Breast lump', source: 'nice-ng12' },
      { none: ['breast_cyclical', 'sore_nipples_feeding'], why: 'Breast pain or a breast problem is assessed by a GP.' }],
    selfCare: [{ since: '2026.12.12', any: ['breast_cyclical'], none: ['cancer_concern', 'nipple_change', 'breast_red_hot'], age: { max: 49 }, why: 'Breast pain that comes and goes with periods is common and harmless; a well-fitting bra and paracetamol or ibuprofen help.', advice: ['minor-pharmacy'] },
      { since: '2026.12.12', any: ['sore_nipples_feeding'], all: ['breastfeeding'], none: ['cancer_concern', 'nipple_change', 'breast_red_hot', 'fever'], source: 'nhs-breastfeeding-problems',
        why: 'Sore or cracked nipples in the first weeks of breastfeeding usually come from the latch; your midwife, health visitor or a breastfeeding supporter can help, and nipple cream from a pharmacy soothes.', advice: ['minor-pharmacy'] }],
  },
  {
    id: 'fertility-pregnancy-planning', name: 'Fertility, pregnancy planning and booking', system: 'obstetric-gynaecological', source: 'nhs-fertility', role: 'gp', presentation: ['fertility'],
    concepts: [{ id: 'fertility', label: 'fertility or planning a pregnancy', patterns: ['(?:trying|want|wanting) (?:to get pregnant|for a baby|to conceive)', 'fertility', 'infertil\\w*', 'ivf', 'cant get pregnant', 'book {ww}midwife', 'booking appointment', 'positive pregnancy test {www}(?:what|next|book)'] }],
    routine: [{ why: 'Fertility questions and booking in a new pregnancy start with the practice.' }],
  },
  {
    id: 'ovarian-cyst', name: 'Known ovarian cyst', system: 'obstetric-gynaecological', source: 'nhs-ovarian-cyst', role: 'gp', since: '2026.12.9', presentation: ['ovarian_cyst'],
    concepts: [{ id: 'ovarian_cyst', label: 'an ovarian cyst', history: true, patterns: ['ovarian cysts?', 'cysts? on {det}(?:left |right )?(?:ovary|ovaries)', 'ovary cysts?'] }],
    emergency: [{ sex: 'female', any: ['sudden', 'severe', 'severity_high', 'vomiting', 'faint', 'near_faint', 'fever', 'high_fever'],
      why: 'Sudden, severe pain in the lower tummy with a known ovarian cyst, especially with being sick or faint, can be a cyst that has burst or twisted the ovary: go to A&E now.', redFlag: 'Sudden severe pain with an ovarian cyst', action: 'go-to-ae' }],
    routine: [{ why: 'Symptoms from a known ovarian cyst are reviewed by a GP, who may arrange a scan.' }],
  },
];
