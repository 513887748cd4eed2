/** Mental health presentations beyond the risk rules (suicide, self-harm, psychosis) in rules/. */
import type { Complaint } from './complaint.ts';

const MH = 'mental-health-practitioner' as const;

export const MENTAL_HEALTH: Complaint[] = [
  {
    // NICE CKS Depression: in the first weeks of an antidepressant (or a dose change) new agitation, restlessness or thoughts
    // of suicide need an urgent review; the MHRA warns especially for people under 25.
    id: 'antidepressant-start', name: 'New dark thoughts or agitation after starting an antidepressant', system: 'mental-health', source: 'cks-depression-starting', role: MH, since: '2026.12.32', presentation: ['antidepressant_started'],
    concepts: [{ id: 'antidepressant_started', label: 'started or changed an antidepressant', patterns: [
      '(?:started|starting|began|begun|begin|new|changed|changing|increased|upped|raised|higher dose of) {ww}(?:antidepressants?|sertraline|fluoxetine|citalopram|escitalopram|paroxetine|venlafaxine|duloxetine|mirtazapine|amitriptyline)',
    ] },
    { id: 'agitated', label: 'agitated or restless', patterns: ['agitat\\w*', 'restless\\w*', '(?:cant|cannot|couldnt) sit still'] }],
    urgent: [{ any: ['intrusive_thoughts', 'suicidal', 'self_harm', 'agitated'], why: 'New dark thoughts, or feeling agitated and restless, in the first weeks of an antidepressant need a same-day review.', redFlag: 'Dark thoughts on a new antidepressant' }],
  },
  // NICE CKS Depression: an antidepressant taken with another medicine that raises serotonin (tramadol, a triptan, St John's
  // wort, MDMA) can cause serotonin syndrome: twitching or jerking muscles with sweating, fever, agitation or a racing heart
  // needs hospital care now (2026.12.27).
  {
    id: 'serotonin-syndrome', name: 'Serotonin syndrome', system: 'mental-health', source: 'cks-depression-serotonin', role: 'gp', since: '2026.12.27', presentation: ['serotonergic_antidepressant'],
    concepts: [
      { id: 'serotonergic_antidepressant', label: 'an SSRI or SNRI antidepressant', patterns: ['sertraline', 'fluoxetine', 'citalopram', 'escitalopram', 'paroxetine', 'venlafaxine', 'duloxetine', 'prozac', 'lustral', 'cipralex'] },
      { id: 'serotonergic_added', label: 'another medicine that raises serotonin', patterns: ['tramadol', 'sumatriptan', 'rizatriptan', 'zolmitriptan', 'triptans?', 'st johns? wort', 'mdma', 'ecstasy', 'linezolid', 'pethidine', 'fentanyl'] },
      { id: 'muscle_twitching', label: 'twitching or jerking muscles', patterns: ['twitch\\w*', 'jerk(?:s|ing|y|ed)', 'jumpy (?:legs|muscles|arms)', 'muscles? {ww}(?:spasm\\w*|stiff|rigid)', 'clonus'] },
    ],
    emergency: [{ all: ['serotonergic_added', 'muscle_twitching'], anyOf: [['sweaty', 'fever', 'high_fever', 'confusion', 'palpitations', 'heart_rate_high', 'heart_rate_very_high', 'diarrhoea', 'tremor']],
      why: 'Twitching or jerking muscles with sweating, a temperature or agitation on an antidepressant with tramadol, a triptan or St John\'s wort can be serotonin syndrome, which needs hospital care now.', redFlag: 'Possible serotonin syndrome', action: 'go-to-ae' }],
  },
  {
    id: 'lithium-toxicity', name: 'Signs of too much lithium', system: 'mental-health', source: 'nhs-lithium', role: 'gp', since: '2026.12.7', presentation: ['lithium'],
    concepts: [{ id: 'lithium', label: 'taking lithium', patterns: ['lithium', 'priadel', 'camcolit', 'liskonum'] },
      { id: 'unsteady_walk', label: 'staggering or unsteady on the feet', patterns: ['stagger\\w*', '(?:walking|walk|moving) like {ww}drunk', '(?:like|as if) (?:im|i am|hes|he is|shes|she is|i was|he was|she was) drunk', 'cant walk straight', 'unsteady on {det}feet'] }],
    emergency: [{ since: '2026.12.10', any: ['confusion', 'drowsy', 'seizure', 'unsteady_walk'], anyOf: [['diarrhoea', 'vomiting', 'tremor', 'confusion', 'drowsy', 'unsteady_walk']], action: 'go-to-ae',
      why: 'Confusion, drowsiness, fits or staggering while taking lithium, especially after sickness or diarrhoea, can be lithium poisoning: go to A&E now.', redFlag: 'Possible severe lithium toxicity' }],
    urgent: [{ any: ['diarrhoea', 'vomiting', 'tremor', 'dizzy', 'drowsy', 'confusion', 'speech_problem', 'unwell_general', 'nausea'],
      why: 'Diarrhoea, vomiting, worse shaking, unsteadiness or drowsiness while taking lithium can be too much lithium: you need a same-day check and a blood test.', redFlag: 'Possible lithium toxicity' }],
    routine: [{ why: 'Lithium blood tests and reviews are arranged with the GP.' }],
  },
  {
    id: 'panic', name: 'Panic attacks', system: 'mental-health', source: 'nhs-panic', role: MH, presentation: ['panic'],
    concepts: [{ id: 'panic', label: 'panic attacks', patterns: ['panic (?:attacks?|disorder)', 'panick\\w*', 'feel\\w* like something (?:awful|terrible|bad) (?:will|is going to) happen'] }],
    // A parent "panicking" about a baby is the parent's worry, not the baby's disorder (2026.12.7).
    routine: [{ age: { min: 5 }, why: 'Panic attacks are treatable; a mental health practitioner or NHS Talking Therapies can help.' }],
  },
  {
    id: 'eating-disorder', name: 'Eating disorder', system: 'mental-health', source: 'nhs-eating-disorders', role: 'gp', presentation: ['eating_disorder'],
    concepts: [{ id: 'eating_disorder', label: 'a possible eating disorder', patterns: ['anorexi\\w*', 'bulimi\\w*', 'eating disorder', 'binge\\w*', 'making (?:myself|herself|himself) sick', 'not eating (?:to lose weight|enough)', 'starving (?:myself|herself|himself)', 'purg\\w*'] }],
    urgent: [{ any: ['faint', 'near_faint', 'chest_pain', 'palpitations', 'confusion'], why: 'An eating disorder with fainting, palpitations or chest pain needs a same-day assessment.' }],
    routine: [{ why: 'A possible eating disorder is assessed by a GP, who refers to the eating disorder service.' }],
  },
  {
    id: 'alcohol-drugs', name: 'Alcohol or drug problems', system: 'mental-health', source: 'nhs-alcohol', role: 'gp', presentation: ['substance_use'],
    concepts: [
      { id: 'substance_use', label: 'alcohol or drug use', patterns: ['(?:drink|drinking|drank) (?:about |around )?(?:\\d+|two|three|four|a) (?:bottles?|litres?) of (?:wine|vodka|spirits|cider|whisky|gin)', '(?:bottles?|cans?|pints) (?:of \\w+ )?(?:a|per|every) day', 'drink\\w* too much(?! (?:coffee|tea|caffeine|cola|coke|fizzy|energy|water|squash|juice))', 'alcoholi\\w*', 'alcohol (?:problem|dependen\\w*|addiction|withdrawal)', '(?:cut|cutting) down (?:on )?(?:drinking|alcohol)', 'stop drinking', 'drug (?:problem|use|addiction)', 'addict\\w*', 'cocaine', 'heroin', 'cannabis', 'detox'] },
      { id: 'stopped_drinking', label: 'stopped drinking heavily', patterns: [
        // 2026.12.13: "a bottle of vodka a day for months, I stopped 2 days ago".
        '(?:vodka|wine|beer|lager|cider|spirits|whisky|gin|alcohol|booze|drinking) (?:[a-z0-9]+ |, ){0,8}(?:i |he |she |they )?(?:have |has |had |just )?(?:stopped|quit|gave up|cut out)(?! (?:smoking|vaping|the pill|taking))','(?:stopped|stopping|quit|quitting|gave up|given up|cut out) (?:the )?(?:drinking|drink|booze|alcohol)', '(?:drink|drinks|drinking|drank) {www}(?:vodka|wine|beer|lager|cider|spirits|whisky|gin|cans|bottles?) {www}(?:and|but) (?:i |he |she |they )?(?:have |has |just )?(?:stopped|quit|gave up|given up) (?:yesterday|today|last night|on \\w+|\\d+ days? ago|a day ago|this morning)'] },
      { id: 'withdrawal_danger', label: 'dangerous withdrawal signs', patterns: ['(?:feel|feels|feeling|felt) like (?:bugs|insects|ants|spiders|things) (?:are )?(?:crawling )?(?:on|all over|under|over) (?:me|him|her|my skin|his skin|her skin)', '(?:stopped|stopping|quit|gave up|cut out) (?:drinking|the drink|the booze|alcohol) {list}(?:shak\\w*|sweat\\w*|tremor\\w*|bugs|crawling|seeing things)', '(?:bugs|insects|ants) (?:are )?(?:crawling )?(?:on|under|over) {det}skin', '(?:shaking|shakes|sweating|seeing things|hallucinat\\w*|fits?) {www}(?:since|after) (?:i |he |she )?(?:stopped|stopping|cut)', 'the shakes', 'delirium tremens', 'dts'] },
    ],
    emergency: [{ any: ['seizure', 'confusion', 'psychosis'], why: 'Fits, confusion or seeing things after stopping alcohol can be dangerous withdrawal and needs emergency care.', redFlag: 'Alcohol withdrawal with fits or confusion' }],
    urgent: [{ any: ['withdrawal_danger', 'vomiting_blood', 'jaundice'], why: 'Withdrawal shakes or sweats after stopping drinking need a same-day assessment; stopping suddenly can be dangerous.' },
      { since: '2026.12.8', alone: true, all: ['stopped_drinking'], any: ['tremor', 'sweaty', 'anxiety', 'insomnia', 'rigors', 'vomiting'], why: 'Shaking, sweating, anxiety or sleeplessness after suddenly stopping heavy drinking are withdrawal signs that need a same-day assessment.', source: 'nhs-alcohol' }],
    routine: [{ why: 'Help to cut down alcohol or drugs starts with a GP, who can refer to local services.' }],
  },
  {
    id: 'postnatal-mental-health', name: 'Mental health after having a baby', system: 'mental-health', source: 'nhs-postnatal-depression', role: MH, presentation: ['postnatal'],
    concepts: [
      { id: 'intrusive_thoughts', label: 'frightening or intrusive thoughts', patterns: ['(?:frightening|scary|horrible|awful|terrible|dark|intrusive|weird|strange) thoughts', 'thoughts? (?:about|of) {www}(?:happening to|harm\\w*|hurt\\w*|dying|die) {www}(?:baby|babies)', '(?:cant|cannot) stop thinking {www}(?:baby|harm|hurt)',
        // "scary pictures in my head of something happening to her" (2026.12.32).
        '(?:frightening|scary|horrible|awful|terrible|dark|intrusive) (?:pictures|images|ideas) (?:in|inside|going through) {det}(?:head|mind)'] },
      { id: 'not_eating_adult', label: 'not eating', patterns: ['(?:not|isnt|hasnt been|stopped|barely|hardly) eat\\w*(?! (?:meat|dairy|gluten|sugar))'] },
      // history: a birth months ago is the context of what is happening now, not a past event to set aside (2026.12.23).
      { id: 'postnatal', label: 'after having a baby', history: true, patterns: ['post ?natal', 'post ?partum', 'since (?:having|i had) (?:the |my |our )?baby', 'after (?:having|giving birth|the birth)', 'baby blues', 'new mum', '(?:had|has had|gave birth to) (?:our|the|a|her|my) baby', 'gave birth', '(?:baby|birth) {ww}(?:days|weeks) ago',
        // 2026.12.12: the baby's age up to a year, as mothers write it (NICE CG192 covers the first year after birth).
        '(?:baby|little one) (?:is|s) (?:only |just )?(?:\\d|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:months?|weeks?)(?! pregnant)'] },
      { id: 'bad_mother_thoughts', label: 'feeling a bad or useless mother', patterns: ['(?:terrible|bad|useless|awful|rubbish|hopeless|horrible|failure as a|not a good|not good enough as a|worst) (?:mum|mother|mom|parent)', '(?:baby|he|she|they) (?:would be|is|are|d be) better off without (?:me|her)', '(?:baby|he|she|they) (?:would be|d be) better off with (?:someone|somebody|anyone) else'] },
      { id: 'wont_seek_help', label: 'not asking for help', patterns: ['(?:wont|will not|doesnt want to|refuses to) (?:ask for|get|seek) (?:any )?help', '(?:wont|will not|refuses to) see (?:a|the|anyone)'] },
    ],
    // 2026.12.12: thoughts of being better off dead, without a plan, after a birth need the perinatal mental health team the same day
    // (NICE CG192; the MBRRACE red flags ask for urgent senior assessment). A plan or intent is an emergency by EM-SUICIDE-PLAN.
    emergency: [{ any: ['psychosis', 'confusion', 'harm_to_others'], why: 'Confusion, strange beliefs or thoughts of harm after having a baby can be postpartum psychosis, a psychiatric emergency.', redFlag: 'Possible postpartum psychosis', action: 'mental-health-crisis' }],
    urgent: [{ since: '2026.12.12', age: { min: 12 }, any: ['suicidal'], why: 'Thoughts that others would be better off without you after having a baby need a same-day assessment by the mental health team.', redFlag: 'Suicidal thoughts after a birth' },
      { since: '2026.12.7', sex: 'female', age: { min: 12 }, any: ['intrusive_thoughts', 'not_eating_adult', 'wont_seek_help'], why: 'Frightening thoughts, not eating or not coping after having a baby need a same-day assessment by the mental health team (NICE CG192).' },
      // NICE CG192 / NHS "Postnatal depression": low mood with sleeplessness even when the baby sleeps, or feeling a useless mother,
      // are severe symptoms to assess as soon as possible, not at a routine appointment (2026.12.23).
      { since: '2026.12.23', age: { min: 12 }, all: ['low_mood'], any: ['bad_mother_thoughts', 'little_sleep'], why: 'Low mood after having a baby with hardly any sleep, or feeling you are a bad mother, needs a same-day assessment by the mental health team.' }],
    // NICE CG192 / NHS "Postnatal depression": low mood with sleeplessness even when the baby sleeps, or feeling a useless
    // mother, are severe symptoms that need assessment as soon as possible, not a routine appointment (2026.12.23).
    routine: [{ age: { min: 12 }, any: ['low_mood', 'anxiety', 'insomnia', 'tired'], why: 'Low mood or anxiety after having a baby is common and treatable; a mental health practitioner will help.' }],
  },
  {
    id: 'neurodevelopmental', name: 'ADHD or autism assessment', system: 'mental-health', source: 'nhs-adhd', role: 'gp', presentation: ['neurodevelopmental'],
    concepts: [{ id: 'neurodevelopmental', label: 'ADHD or autism', patterns: ['adhd', 'add', 'autis\\w*', 'asd', 'aspergers?', 'dyslexi\\w*', 'tourette\\w*'] }],
    routine: [{ why: 'An ADHD or autism assessment starts with a GP referral.' }],
  },
  {
    id: 'stress', name: 'Stress, grief and work pressure', system: 'mental-health', source: 'nhs-stress', role: MH, presentation: ['work_stress'],
    concepts: [{ id: 'work_stress', label: 'stress', patterns: ['stress (?:at|from|with) work', 'work (?:stress|pressure)', 'stressed out', 'burn ?out', 'cant switch off'] }],
    routine: [{ why: 'Stress that affects daily life is helped by a mental health practitioner or NHS Talking Therapies.' }],
  },
];
