/**
 * Requests that belong to a non-GP role: medicines questions, nurse tasks, admin, social needs
 * and home visits. Getting these right is what frees GP time (architecture.md: "the right help
 * first time").
 */
import type { Concept } from './concept.ts';

const MEDS = '(?:medication|medicines?|meds|tablets?|pills?|prescription|repeat|inhaler|statin|antidepressants?|dose)';

export const SERVICE_CONCEPTS: Concept[] = [
  {
    id: 'medication_question',
    label: 'a question about medicines',
    patterns: [
      'side ?effects?', '(?:what|which|right|correct|maximum|max|how much|how many|safe) {ww}(?:dose|dosage|doses)', 'dos(?:e|age) (?:of|for)',
      '(?:missed|forgot|forgotten) {ww}(?:dose|tablets?|pills?|medication|meds|statin|inhaler)',
      '(?:can|could|should) i (?:take|have|stop|drink|mix) {ww}(?:with|while|on|and|alongside)', 'is it (?:ok|okay|safe|alright) to (?:take|have|stop|mix|drink)',
      'interact\\w*', 'medication review', 'medicines? review',
      // Anchored on the medicine word and looking back, so common verbs do not start a match everywhere (speed).
      '(?:tablets|medication|medicines|meds|pills|prescriptions|them)(?<=(?:go|going|look|looking) (?:through|over) (?:[a-z]+ ){0,2}(?:tablets|medication|medicines|meds|pills|prescriptions|them))', '(?:tablets|medication|medicines|meds)(?<=(?:review|check) (?:[a-z]+ ){0,2}(?:tablets|medication|medicines|meds))',
      '(?:confus\\w*|mixed up|muddled) (?:about|by|with|over|as to) {ww}(?:tablets?|pills?|medication|medicines?|meds|doses?|inhalers?|which ones?|what to take|when to take)', `(?:question|query|questions|queries) (?:about|on|regarding) {det}${MEDS}`,
      `${MEDS} (?:is |are )?(?:making me|causing|giving me|gives me|makes me|upsetting)`, 'should i stop (?:taking )?{det}\\w+',
    ],
    // Puzzled by one's medicines is not new confusion (issue 11).
    subsumes: ['confusion'],
  },
  {
    id: 'medicine_use_question',
    label: 'a question about taking a medicine',
    patterns: [
      '(?:is it|would it be) (?:ok|okay|safe|alright|fine) to (?:take|have|give|mix|drink) {www}(?:with|while|on|and|alongside)', '(?:is|would) (?:that|this|it) (?:be )?(?:ok|okay|safe|alright|fine) (?:with|on|alongside) {det}(?:\\w+ ){0,3}(?:tablets|pills|medication|medicines|meds)', '(?:can|could|should) i (?:take|have|give|mix) {www}(?:with|while|on|alongside)', '(?:can|could|should) (?:i|he|she|they|we) (?:also )?(?:take|have|give) {www}(?:on top|as well|at the same time|together)',
      'what (?:can|could|should) (?:i|he|she|they|we) (?:take|have|give|use)',
      // "Not sure if I can take it at the same time as my other tablets or with food" (2026.12.26).
      '(?:take|have) (?:it|them|this|these|the \\w+) (?:at the same time as|with (?:food|meals|milk|my other|other)|on an empty stomach|before (?:food|meals|bed)|after (?:food|meals))', '(?:what|which|how much) {ww}(?:dose|dosage)', 'stick to paracetamol',
      // A forgotten dose is a pharmacist's question (NHS: what to do if you miss a dose) (issue 11).
      '(?:forgot|forgotten|forget|missed|skipped) (?:to take )?{det}(?:morning |evening |night ?time |usual |daily )?(?:\\w+ ){0,2}(?:tablets?|dose|doses|pills?|medication|medicine|inhaler)(?! {ww}(?:for|in) (?:\\d+|a|two|three|several|few) (?:days|weeks))',
      'should i take it (?:now|later|tomorrow)', 'take {det}(?:missed|forgotten) (?:dose|tablet|pill)',
    ],
  },
  {
    id: 'contraception',
    label: 'contraception',
    patterns: ['contracepti\\w*', '(?:the |my )?pill (?:check|review)', 'coil', 'iud', 'ius', 'implant', 'depo', 'mini pill', 'combined pill', 'hrt',
      // "I keep forgetting my pill so I want to switch to the injection" (2026.12.20).
      '(?:switch|change|move|swap|go)\\w* {ww}(?:to|onto) {det}(?:contraceptive )?(?:injection|jab|implant|patch|ring)'],
  },
  {
    id: 'dressing',
    label: 'a wound dressing or stitches',
    patterns: ['dressings?', 'wound (?:check|care|review)', 'stitches (?:out|removed|removal|taken out)', 'stitches {www}(?:taken out|removed|out)', '(?:remove|removing|take out|taking out) {det}stitches', 'stitches {www}(?:taken out|removed|out)', '(?:remove|removing|take out|taking out) {det}stitches', 'sutures?', 'staples (?:out|removed|removal)', '(?:change|changing) {det}(?:bandage|dressing)', 'leg ulcer'],
  },
  {
    id: 'nurse_task',
    label: 'a nurse appointment (check, test or vaccine)',
    patterns: ['(?:had|have|got) (?:\\d+ |some |a few |two |three |four |five |six )?(?:stitches|sutures|staples) (?:put )?in', '(?:stitches|sutures|staples|clips) {www}(?:out|removed|taken out|removal|come out)', '(?:remove|removing|removal of|take out|taking out|get out) {det}(?:stitches|sutures|staples|clips)', 
      'blood pressure (?:check|reading|review|test)', '(?:diabetes|diabetic|asthma|copd) {ww}(?:review|check|checkup|annual|yearly)', '(?:yearly|annual) (?:diabetes |diabetic |asthma )?(?:check|review)', '(?:diabetes|diabetic|asthma|copd) {ww}(?:review|check|checkup|annual|yearly)', '(?:yearly|annual) (?:diabetes |diabetic |asthma )?(?:check|review)', '(?:check|checked|checking) {det}blood pressure', 'bp (?:check|review)', 'smear', 'cervical screening',
      'vaccin\\w*', 'jabs?', 'immunis\\w*', 'b12 (?:injection|jab)', 'blood tests? (?:booked|appointment|needed|due|form)', '(?:need|book|due) {ww}blood tests?',
      '(?:diabetes|asthma|copd) (?:review|check)', 'travel (?:jabs?|vaccines?|vaccinations?)', 'ear syringing', 'health check',
      // Issue 11: a reading from the pharmacy to recheck, an INR test, a named vaccine (the illness named is the vaccine, not the illness).
      'blood pressure(?! (?:tablets?|pills?|medication|meds|medicines?)) {www}(?:checked|check|checking|rechecked|recheck\\w*|taken|monitor\\w*)', 'blood pressure(?<=(?:took|taken|take|checked|measured|did|done) (?:my |his |her |their |the )?blood pressure)(?! (?:tablets?|pills?|medication|meds|medicines?))', 'inr', 'warfarin (?:clinic|check|test|blood test)', '(?:long term condition|ltc|annual|yearly) (?:review|check)',
      '(?:shingles|pneumonia|pneumococcal|flu|covid|rsv|whooping cough|hpv|mmr|measles|meningitis|men ?b|tetanus|hepatitis \\w|hep \\w|chickenpox|polio|typhoid|yellow fever|rotavirus) (?:jabs?|vaccines?|vaccinations?|boosters?|immunisations?|injections?)',
      '(?:the )?(?:shingles|pneumonia|pneumococcal|flu|covid|rsv|whooping cough|hpv|mmr|meningitis|tetanus) one(?<=(?:jabs?|vaccines?|vaccinations?|boosters?) [a-z0-9 ]{1,60})',
    ],
    subsumes: ['shingles', 'infection', 'chest_infection', 'flu_like', 'chickenpox', 'lockjaw'],
    request: true,
  },
  {
    id: 'fit_note',
    label: 'a fit note',
    patterns: ['fit note', 'sick note', 'med ?3', '(?:doctors|gp|drs) note', 'note from {det}(?:doctor|gp)', 'statement of fitness', 'note for (?:work|my employer)', 'signed off (?:work|sick)'],
  },
  {
    id: 'repeat_prescription',
    label: 'a repeat prescription request',
    patterns: [
      // "can I have my repeat of amlodipine" (2026.12.22).
      'repeat (?:prescription|medication|meds|script)', '(?:my|the|a|next) repeats? (?:of|for)', '(?:re ?order|order|request|renew) {ww}(?:prescription|repeat|meds|medication|inhaler)s?', 'need (?:a |my )?(?:repeat|more|new|next) (?:prescription|meds|medication|inhaler|tablets)',
      '(?:run|running|ran) out of {det}(?:meds|medication|tablets|pills|inhaler)', 'prescription (?:request|renewal|not ready|ready)',
      // Issue 11: the ways people ask for their usual medicines (admin, not a GP).
      '(?:re ?order|order|request|renew) {det}(?:usual|regular|normal|monthly|repeat) {www}(?:tablets|pills|meds|medication|inhalers?|eye drops|drops|creams?|patches)',
      '(?:short|low) (?:of|on) {det}(?:\\w+ ){0,3}(?:meds|medication|tablets|pills|inhalers?|eye drops|drops|creams?|patches)',
      'prescription {ww}(?:renew\\w*|re ?authori[sz]\\w*|re ?issu\\w*|sorting|sorted)', '(?:send|sent|sending) {det}(?:new |updated |latest )?(?:list|prescription|medication list|meds list|medicines list) (?:over )?to {det}(?:pharmacy|chemist)', 'dosette',
    ],
    request: true,
  },
  {
    id: 'test_results',
    label: 'test results',
    patterns: ['(?:if|whether|are|when) {det}(?:blood )?(?:results|tests|bloods) (?:are |have )?(?:come )?back', '(?:blood|test|tests|scan|x ?ray|smear|urine) results?', 'results (?:of|from|for) {det}(?:blood|test|tests|scan|x ?ray)', 'results (?:back|yet)', 'my results', '(?:has|have|is|are) (?:the |my )?results? (?:come|came|got) (?:through|back|in)', // 2026.12.25
      
      '(?:know|tell me|give me|get|chase|chasing|check on|find out|hear|ring me with|text me) {det}(?:blood |test )?results'],
    request: true,
  },
  {
    id: 'letter_or_form',
    label: 'a letter or form',
    patterns: [
      '(?:need|want|request|requesting|get|write|writing|sign|signed|send|complete|fill in|fill out|copy of) {det}(?:\\w+ )?(?:letters?|forms?)', // "The school sent a letter about nits" is not a request for a letter (2026.12.14).
      'letters? (?:for|to|confirming|saying|stating|of support)', 'letters? from {det}(?:hospital|consultant|specialist|clinic|surgery|gp|doctor|dvla|council|benefits|dwp)',
      'forms? (?:for|to be|signed|filled|completed)', 'paperwork', 'insurance', 'dvla', 'passport', 'certificate', 'report for', 'sign {det}(?:form|document)',
      'medical report', '(?:copy|copies) of {det}(?:discharge )?(?:letter|summary|notes)',
    ],
  },
  {
    // Issue 11: seeing one's own record is an admin request (NHS App, subject access).
    id: 'records_access',
    label: 'access to medical records',
    patterns: [
      'records', '(?:medical|gp|hospital) notes', 'subject access', 'nhs app',
      '(?:vaccination|immunisation|vaccine|jabs?) (?:history|record|records|card)', '(?:history|record|list) of {det}(?:vaccinations|immunisations|jabs|vaccines)',
    ],
    subsumes: ['nurse_task'],
    request: true,
  },
  {
    id: 'referral_update',
    label: 'a referral or hospital appointment update',
    patterns: ['referral', 'been referred', 'waiting list', 'hospital appointment', '(?:chase|chasing|update on) {ww}(?:referral|appointment)'],
  },
  {
    id: 'registration',
    label: 'registration or contact details',
    patterns: [
      'change (?:of )?{det}(?:address|name|phone number|number|details|email)', '(?:changed|updating|update) {det}(?:address|name|phone number|number|details|email)',
      '(?:moved|moving) house {ww}(?:need|want|how do|can i|to) {www}(?:register|address|details|change)', 'new address', 'register(?:ing)? (?:with|at|as)', 'registration', 'new patient',
    ],
  },
  {
    id: 'appointment_admin',
    label: 'changing an appointment',
    patterns: ['cancel {det}appointment', 'rebook', 're ?schedule', 'change {det}appointment'],
  },
  {
    id: 'lonely',
    label: 'loneliness or isolation',
    patterns: [
      // "I hardly see anyone", "any groups or anything" (2026.12.22).
      'lonel\\w*', 'isolat\\w*', 'dont (?:really )?see anyone', '(?:hardly|barely|never|rarely) (?:see|speak to|talk to) (?:anyone|anybody|a soul|people)', '(?:any|some|local) (?:groups|clubs|activities) {ww}(?:i could|to join|to go to|or anything|near me|nearby)', '(?:speak|speaking|talk|talking) to (?:a soul|anyone|anybody)', 'groups? (?:round|around|near) here', 'meet (?:new )?people', '(?:get|getting) out more', 'dont (?:really )?see anyone', '(?:speak|speaking|talk|talking) to (?:a soul|anyone|anybody)', 'groups? (?:round|around|near) here', 'meet (?:new )?people', '(?:get|getting) out more', '(?:no one|nobody|noone) to talk to', 'no friends', '(?:feel|feeling|so|all) alone', 'on my own all',
      'bereave\\w*', 'grie(?:f|ving)', '(?:husband|wife|partner|mum|dad|son|daughter|mother|father) (?:has )?(?:died|passed away)',
    ],
  },
  {
    id: 'housing',
    label: 'a housing problem',
    patterns: ['housing', 'homeless\\w*', 'behind (?:on|with) {det}(?:rent|bills|council tax|mortgage|payments)', 'council tax', 'behind (?:on|with) {det}(?:rent|bills|council tax|mortgage|payments)', 'council tax', 'evict\\w*', 'landlord', 'damp', 'mould', 'sofa surfing', 'nowhere to live', 'rent arrears', 'council house'],
  },
  {
    id: 'money',
    label: 'money, debt or benefits',
    patterns: [
      'debts?', 'money (?:worries|problems|troubles|issues)', 'cant afford', 'food ?banks?', 'benefits?', 'universal credit', 'pip (?:claim|assessment|form)',
      'financial\\w*', 'cost of living', 'arrears', 'bills',
    ],
  },
  {
    id: 'paid_carer',
    label: 'a paid carer writing for a client',
    patterns: ['(?:paid|agency|professional|home|support) carers?', 'carers? (?:with|from|for) (?:an? |the )?(?:agency|company|care company|care agency)', 'care (?:worker|assistant|agency|company|home staff)', 'support worker'],
    subsumes: ['carer'],
  },
  {
    id: 'carer',
    label: 'caring for someone',
    patterns: ['(?:unpaid )?carer', '(?:i )?care for {det}(?:mum|dad|husband|wife|partner|son|daughter|mother|father)', '(?:looking|look|looks|looked) after {det}(?:mum|dad|husband|wife|partner|mother|father|son|daughter|brother|sister|nan|gran|grandad|grandma) (?:who|with|since|full ?time)', '(?:care|caring) (?:full ?time )?for {det}(?:\\w+ )?(?:mum|dad|husband|wife|partner|son|daughter|mother|father|child|children|brother|sister)'],
  },
  {
    // Issue 11: getting about without illness (stopped driving, no transport, stuck at home) is social prescribing.
    id: 'transport_isolation',
    label: 'no way to get out and about',
    patterns: ['community transport', 'transport (?:scheme|schemes|service|to|for)', 'stopped driving', 'cant drive (?:any ?more|now)', 'lost {det}(?:driving )?licen[cs]e',
      '(?:stuck|trapped) (?:at home|indoors|in the house|in)', '(?:cant|cannot|unable to) get (?:to|out to) {det}(?:shops|church|club|friends|shopping|town|the shops)', 'groups? near (?:me|us|here)'],
  },
  {
    id: 'wellbeing_activity',
    label: 'wanting to get active or connect',
    patterns: ['get (?:more )?active', 'walking groups?', 'exercise (?:groups?|class\\w*)', 'social activit\\w*', 'volunteer\\w*', 'gardening group', 'community group', 'social prescrib\\w*', 'link worker'],
  },
  {
    id: 'housebound',
    label: 'housebound or needing a home visit',
    patterns: [
      'house ?bound', 'home visits?', 'bed ?bound', 'visit (?:me|him|her|them|mum|dad) at home', '(?:cant|cannot|unable to) (?:get|come|leave) (?:to|out of|into) {det}(?:surgery|practice|house|home)',
      '(?:cant|cannot|unable to) leave (?:the |my )?(?:house|home|bed)', '(?:cant|cannot) get out(?: of {det}(?:house|home|bed))?',
    ],
  },
  {
    id: 'fall',
    label: 'a fall',
    patterns: ['(?:had|have had|has had) (?:a )?(?:fall|falls)', 'fell (?:over|down|off|out|on|in|and)', 'fallen (?:over|down)', '(?:keep|keeps|kept) falling(?! asleep)', 'falls(?! asleep| off to sleep)'],
  },
  {
    id: 'glands_with_infection',
    label: 'swollen glands with a cold or sore throat',
    // Lumps in the neck while a child has a cold are swollen glands (NHS swollen glands: they go down within 2 weeks) (2026.12.19).
    patterns: ['(?:lumps?|glands?|nodes?|bumps?) {www}(?:neck|throat|jaw|ears?) {www}(?:while|with|since|during|after) {www}(?:cold|virus|sore throat|tonsillitis|ear infection|chest infection|flu)'],
    subsumes: ['cancer_concern'],
  },
  {
    id: 'swelling_after_knock',
    label: 'a bump coming up after a knock',
    // "there's a lump coming up" after a bang is a bruise swelling, not a lump to check for cancer (2026.12.17).
    patterns: ['(?:lump|bump|egg) {w}(?:is |has )?(?:coming|come|came|gone|going|went) up'],
    subsumes: ['cancer_concern'],
  },
  {
    id: 'vaccination_status',
    label: 'already vaccinated',
    // "I'm fully vaccinated": a fact about the patient, not a request for a jab (2026.12.17).
    patterns: ['(?:fully|double|triple|already|been) (?:vaccinated|jabbed|boosted|immunised)', '(?<!(?:havent|hasnt|not|never) )(?:had|have had) (?:all )?{det}(?:flu |covid |covid and flu |flu and covid )?(?:jabs?|vaccines?|vaccinations?|boosters?)(?! (?:yesterday|today|this|last|on|earlier|a|\\d|in|yet))(?= |$)'],
    subsumes: ['nurse_task'],
  },
  {
    // Weight loss on its own words, beside cancer_concern (which reads it too): rules that set explained lumps aside
    // must still see unexplained weight loss (rules/explained.ts, 2026.12.32).
    id: 'weight_loss',
    label: 'weight loss',
    patterns: ['(?:lost|losing) {ww}(?:weight|stone|kg|kilos|pounds)(?! on purpose)', 'weight loss', 'clothes {ww}(?:loose|falling off)'],
  },
  {
    id: 'cancer_concern',
    label: 'a possible cancer symptom',
    patterns: [
      '(?:lost|losing) {ww}(?:weight|stone|kg|kilos|pounds)(?! on purpose)', 'weight loss', 'clothes {ww}(?:loose|falling off)', '(?<!(?:itchy|itchy red|red itchy|bite|bites|insect|midge|mosquito) )lumps?(?! (?:on|at|near|by|in) (?:the )?(?:edge of )?{det}(?:eye ?lid|lid)| like (?:a|an) (?:spot|pimple|bite|boil))',
      'moles? {ww}(?:changed|changing|bleeding|getting bigger|growing|itchy)', 'new moles?',
    ],
  },
];
