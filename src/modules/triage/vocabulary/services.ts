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
      'interact\\w*', 'medication review', 'medicines? review', `(?:question|query|questions|queries) (?:about|on|regarding) {det}${MEDS}`,
      `${MEDS} (?:is |are )?(?:making me|causing|giving me|gives me|makes me|upsetting)`, 'should i stop (?:taking )?{det}\\w+',
    ],
  },
  {
    id: 'medicine_use_question',
    label: 'a question about taking a medicine',
    patterns: [
      '(?:is it|would it be) (?:ok|okay|safe|alright|fine) to (?:take|have|give|mix) {www}(?:with|while|on|and|alongside)', '(?:can|could|should) i (?:take|have|give|mix) {www}(?:with|while|on|alongside)',
      'what (?:can|could|should) (?:i|he|she|they|we) (?:take|have|give|use)', '(?:what|which|how much) {ww}(?:dose|dosage)', 'stick to paracetamol',
      // A forgotten dose is a pharmacist's question (NHS: what to do if you miss a dose) (issue 11).
      '(?:forgot|forgotten|forget|missed|skipped) (?:to take )?{det}(?:morning |evening |night ?time |usual |daily )?(?:\\w+ ){0,2}(?:tablets?|dose|doses|pills?|medication|medicine|inhaler)(?! {ww}(?:for|in) (?:\\d+|a|two|three|several|few) (?:days|weeks))',
      'should i take it (?:now|later|tomorrow)', 'take {det}(?:missed|forgotten) (?:dose|tablet|pill)',
    ],
  },
  {
    id: 'contraception',
    label: 'contraception',
    patterns: ['contracepti\\w*', '(?:the |my )?pill (?:check|review)', 'coil', 'iud', 'ius', 'implant', 'depo', 'mini pill', 'combined pill', 'hrt'],
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
    ],
  },
  {
    id: 'fit_note',
    label: 'a fit note',
    patterns: ['fit note', 'sick note', 'med ?3', 'statement of fitness', 'note for (?:work|my employer)', 'signed off (?:work|sick)'],
  },
  {
    id: 'repeat_prescription',
    label: 'a repeat prescription request',
    patterns: [
      'repeat (?:prescription|medication|meds|script)', '(?:re ?order|order|request|renew) {ww}(?:prescription|repeat|meds|medication|inhaler)s?', 'need (?:a |my )?(?:repeat|more|new|next) (?:prescription|meds|medication|inhaler|tablets)',
      '(?:run|running|ran) out of {det}(?:meds|medication|tablets|pills|inhaler)', 'prescription (?:request|renewal|not ready|ready)',
    ],
  },
  {
    id: 'test_results',
    label: 'test results',
    patterns: ['(?:if|whether|are|when) {det}(?:blood )?(?:results|tests|bloods) (?:are |have )?(?:come )?back', '(?:blood|test|tests|scan|x ?ray|smear|urine) results?', 'results (?:of|from|for) {det}(?:blood|test|tests|scan|x ?ray)', 'results (?:back|yet)', 'my results'],
  },
  {
    id: 'letter_or_form',
    label: 'a letter or form',
    patterns: [
      '(?:need|want|request|requesting|get|write|writing|sign|signed|send|complete|fill in|fill out|copy of) {det}(?:\\w+ )?(?:letters?|forms?)', 'letters? (?:for|from|to|about|confirming|saying|stating|of support)',
      'forms? (?:for|to be|signed|filled|completed)', 'paperwork', 'insurance', 'dvla', 'passport', 'certificate', 'report for', 'sign {det}(?:form|document)',
    ],
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
      'lonel\\w*', 'isolat\\w*', 'dont (?:really )?see anyone', '(?:speak|speaking|talk|talking) to (?:a soul|anyone|anybody)', 'groups? (?:round|around|near) here', 'meet (?:new )?people', '(?:get|getting) out more', 'dont (?:really )?see anyone', '(?:speak|speaking|talk|talking) to (?:a soul|anyone|anybody)', 'groups? (?:round|around|near) here', 'meet (?:new )?people', '(?:get|getting) out more', '(?:no one|nobody|noone) to talk to', 'no friends', '(?:feel|feeling|so|all) alone', 'on my own all',
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
    id: 'carer',
    label: 'caring for someone',
    patterns: ['(?:unpaid )?carer', '(?:i )?care for {det}(?:mum|dad|husband|wife|partner|son|daughter|mother|father)', 'looking after {det}(?:mum|dad|husband|wife|partner|mother|father)'],
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
    patterns: ['(?:had|have had|has had) (?:a )?(?:fall|falls)', 'fell (?:over|down|off|out|on|in|and)', 'fallen (?:over|down)', '(?:keep|keeps|kept) falling', 'falls'],
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
