/** Poisoning, overdose and injuries. Head injury, heavy bleeding and chemical eye injury are in rules/emergency.ts. */
import type { Complaint } from './complaint.ts';

export const POISONING_INJURY: Complaint[] = [
  {
    id: 'double-dose', name: 'A medicine taken twice by mistake', system: 'poisoning-injury', source: 'nhs-pharmacy-advice', role: 'gp', since: '2026.12.8', presentation: ['double_dose'],
    concepts: [{ id: 'double_dose', label: 'a dose taken twice by mistake', patterns: ['(?:took|taken|take|had|given|gave) (?!(?:\\w+ )?(?:thrush|cystitis|it|this|that|a uti|an infection|infections|the same)\\b){www}(?:twice|two doses|double (?:the )?dose|an extra (?:dose|one|tablet))', 'double dos\\w*', 'twice by (?:mistake|accident)', '(?:by mistake|by accident|accidentally) {www}(?:twice|extra|double)'] }],
    urgent: [{ why: 'A medicine taken twice by mistake may need advice today from NHS 111, a pharmacist or the GP on whether anything needs doing.' }],
  },
  {
    id: 'overdose-by-number', name: 'Overdose described by the number of tablets', system: 'poisoning-injury', source: 'nhs-poisoning', role: 'gp', presentation: ['many_tablets'],
    emergency: [{ why: 'Taking more tablets than the safe dose can cause serious harm even when the person feels well at first (paracetamol in particular); go to A&E now.', redFlag: 'Overdose (number of tablets)', action: 'go-to-ae', source: 'nice-ng225' }],
  },
  {
    id: 'child-poisoning', name: 'A child who swallowed medicine or a chemical', system: 'poisoning-injury', source: 'nhs-poisoning', role: 'gp', presentation: ['swallowed_substance'],
    concepts: [{ id: 'swallowed_substance', label: 'swallowed medicine, a chemical or a poisonous thing', patterns: [
      '(?:swallow\\w*|ate|eaten|eating|drank|drunk|drinking|chewed|chewing|sucked|licked|got into|bit|bitten|bit into|bitten into|bit through|mouthed|put in (?:his|her|their) mouth) (?:(?!between |with |after |and |when )[a-z0-9]+ ){0,6}(?:tablets?|pills?|medicines?|medication|capsules?|paracetamol|calpol|ibuprofen|vitamins?|iron|bleach|cleaner|cleaning|washing (?:up )?(?:liquid|tablets?|pods?|capsules?)|dishwasher|detergent|chemicals?|poison\\w*|berries|mushrooms?|toadstools?|e ?liquid|vape|antifreeze|weed ?killer|white spirit|perfume|nail varnish)',
      '(?:tablets?|pills?|medicine|bottle|packet|pack) {list}(?:missing|gone|empty|open)', 'poison\\w*',
      // "found the bottle of my iron tablets and we think she's eaten maybe 8 or 10" (2026.12.37).
      '(?:tablets?|pills?|medicines?|capsules?|vitamins?|gummies) {near}(?:eaten|ate|swallowed|chewed) (?:maybe |about |around |perhaps |up to |at least )?(?:\\d+|a few|some|several|one|two|three|four|five|six|seven|eight|nine|ten|a handful|a couple)',
      // "found her with my blood pressure tablets, the pot was open" (2026.12.18).
      '(?:pot|tub|box|blister pack|lid) {www}(?:missing|gone|empty|open|opened|off)',
      // "found him with an open bottle of my iron tablets" (2026.12.22).
      '(?:open|opened|empty|half empty|chewed) (?:bottle|packet|pack|pot|tub|box|blister pack|strip|tube) of {det}(?:\\w+ ){0,2}(?:tablets|pills|medicines?|medication|capsules|vitamins|gummies|sweets)', 'found (?:him|her|them|{det}\\w+) {ww}with {det}(?:\\w+ ){0,3}(?:tablets|pills|medicines?|medication|capsules)',
    ] }],
    emergency: [{ age: { max: 11 }, why: 'A child who may have swallowed medicine, a chemical or a poisonous plant needs A&E now, even if they seem well; take the packet with you.', redFlag: 'Possible poisoning in a child', action: 'go-to-ae' },
      { any: ['drowsy', 'unresponsive', 'seizure', 'breathless', 'confusion', 'vomiting', 'self_harm', 'suicidal'], why: 'Swallowing a poisonous substance with drowsiness, breathing problems, fits or vomiting needs emergency care.', redFlag: 'Poisoning with symptoms' }],
    urgent: [{ age: { max: 15 }, why: 'If you may have swallowed something harmful, a clinician should advise today; call 111 if you have no symptoms, 999 if you do.' }],
  },
  {
    id: 'carbon-monoxide', name: 'Carbon monoxide poisoning', system: 'poisoning-injury', source: 'nhs-co', role: 'gp', presentation: ['carbon_monoxide', 'fuel_appliance'],
    concepts: [{ id: 'fuel_appliance', label: 'a gas, oil or coal appliance, or fumes', patterns: ['gas (?:fire|heater|boiler|cooker|appliance|leak)', '(?:old|faulty|new|ancient) boiler', 'boiler {ww}(?:faulty|broken|playing up|making|ancient|very old|old|never been serviced|not been serviced)', 'carbon monoxide', '(?:co|carbon monoxide) (?:alarm|detector)', '(?:generator|barbecue|bbq|log burner|wood burner|paraffin heater|stove) (?:indoors|inside|in the (?:house|tent|caravan|garage|kitchen))', 'fumes',
        // NHS "Carbon monoxide poisoning": a yellow or orange flame where it should be blue, a smell of gas (2026.12.40).
        '(?:boiler|cooker|hob|gas fire|fire) (?:flame|flames|pilot light) {ww}(?:yellow|orange)', '(?:yellow|orange|lazy) (?:flame|flames|pilot light)', '(?:smelt|smelled|smell|smelling|can smell) gas'] },
      { id: 'carbon_monoxide', label: 'possible carbon monoxide', patterns: ['carbon monoxide', 'co alarm', '(?:boiler|gas fire|heater|fumes|generator|barbecue) {www}(?:headache|headaches|dizzy|sick|everyone|all of us)', '(?:everyone|all of us|whole family) {www}(?:headache|headaches|dizzy|sick|feel ill)',
        // NHS "Carbon monoxide poisoning": symptoms shared by the household that ease away from home (2026.12.36).
        '(?:headaches?|dizz\\w*|sick|nause\\w*) {near}(?:better|ease|eases|gone|go away|goes away) (?:when|once|if) (?:we|were|i|im|they|theyre|we re) (?:are |re |am |get |go )?(?:out|outside|away|out of the house|at work|at school|on holiday)'] }],
    emergency: [{ all: ['carbon_monoxide'], why: 'Possible carbon monoxide poisoning: get into fresh air and go to A&E now.', redFlag: 'Possible carbon monoxide poisoning', action: 'go-to-ae' },
      // A gas, oil or solid-fuel appliance named apart from the symptoms (another sentence) counts too (2026.12.8).
      { since: '2026.12.8', all: ['fuel_appliance'], any: ['faint', 'unresponsive', 'confusion', 'seizure', 'breathless_severe', 'chest_pain', 'drowsy'],
        why: 'Headaches, sickness or dizziness in a home with a gas, oil or solid-fuel appliance, with fainting, confusion or drowsiness, can be carbon monoxide poisoning: get everyone into fresh air and call 999.', redFlag: 'Possible carbon monoxide poisoning' }],
    urgent: [{ since: '2026.12.8', all: ['fuel_appliance'], any: ['headache', 'dizzy', 'nausea', 'vomiting', 'tired', 'breathless'],
      why: 'Headaches, dizziness or sickness around a gas, oil or solid-fuel appliance can be carbon monoxide: open windows, leave the room and get assessed today.', redFlag: 'Possible carbon monoxide exposure' }],
  },
  {
    id: 'environmental', name: 'Heatstroke, hypothermia, electric shock or near-drowning', system: 'poisoning-injury', source: 'nhs-heatstroke', role: 'gp', presentation: ['environmental'],
    concepts: [
      { id: 'environmental', label: 'heat, cold, electric shock or water', patterns: ['heat ?stroke', 'heat exhaustion', 'sun ?stroke',
        // Heat told as the weather (2026.12.27); a body temperature in degrees is not weather, so degrees count only with a time or place.
        // Hot weather alone is not heat illness (heat rash and puffy ankles come with it): exposure for hours is.
        '(?:in|out in) (?:the|this) (?:heat|sun|midday sun) (?:all day|for hours|all afternoon|all morning)', '(?:all day|for hours|all afternoon|all morning) in (?:the )?(?:heat|sun|\\d\\d degrees)', '(?:really|very|so|boiling|baking|scorching|roasting) hot {near}(?:out|outside|in the garden|in the sun) {ww}(?:all day|for hours|all afternoon|all morning)', 'degrees (?:all week|all day|outside|out there|in the shade)', 'hypothermi\\w*', 'heating (?:was |is |has been |had been )?(?:off|broken|not on|not working)', 'no heating', '(?<!like (?:an? )?)electric shock(?! (?:feel\\w*|sensations?|like|pains?|zaps?))', 'electrocuted', '(?:grabbed|touched|held|caught|hit) {det}live (?:cable|wire|socket)', 'near drown\\w*', 'nearly drowned', 'pulled (?:him|her|them) out of {det}(?:water|pool|sea|river)', 'struck by lightning', '(?:was|been|got|were) (?:\\w+ )?(?:pulled|dragged|fished) out of {det}(?:water|pool|sea|river|lake|bath|canal)'] },
      { id: 'not_sweating', label: 'hot but not sweating', patterns: ['(?:not|stopped) sweating', 'hot (?:and|but) dry'] },
      { id: 'environmental_serious', label: 'electric shock, drowning or lightning', patterns: ['(?<!like (?:an? )?)electric shock(?! (?:feel\\w*|sensations?|like|pains?|zaps?))', 'electrocuted', '(?:grabbed|touched|held|caught|hit) {det}live (?:cable|wire|socket)', '(?:shock|zapped) (?:off|from) {det}(?:live )?(?:cable|wire|socket|mains)', 'drown\\w*', 'pulled (?:him|her|them) out of', 'lightning', '(?:was|been|got|were) (?:\\w+ )?(?:pulled|dragged|fished) out of {det}(?:water|pool|sea|river|lake|bath|canal)', '(?:went|gone|going|was|been) under (?:the )?water', 'after going under'] },
    ],
    emergency: [{ any: ['environmental_serious', 'confusion', 'drowsy', 'unresponsive', 'seizure', 'breathless', 'not_sweating'], why: 'An electric shock, near-drowning, or heatstroke or hypothermia with confusion or drowsiness needs emergency care.', redFlag: 'Heatstroke, hypothermia, shock or drowning' }],
    urgent: [{ why: 'Heat exhaustion or getting very cold should be checked today if not better within 30 minutes of cooling or warming.' }],
  },
  {
    id: 'snake-bite', name: 'Snake bite or severe sting', system: 'poisoning-injury', source: 'nhs-snake-bite', role: 'gp', presentation: ['snake_bite'],
    concepts: [{ id: 'snake_bite', label: 'a snake bite', patterns: ['snake ?bite', 'bitten by {det}(?:snake|adder|viper)', '(?:bitten|bit) {www}by {det}(?:snake|adder|viper)', '(?:snake|adder|viper) {ww}(?:bit|bitten|has bitten)', 'adder', 'jelly ?fish', 'weever fish'] }],
    emergency: [{ why: 'A snake bite needs A&E now; keep still and keep the bitten part below the heart.', redFlag: 'Snake bite', action: 'go-to-ae' }],
  },
  {
    id: 'needlestick', name: 'Needlestick injury', system: 'poisoning-injury', source: 'nhs-needlestick', role: 'gp', presentation: ['needlestick'],
    concepts: [{ id: 'needlestick', label: 'a needlestick injury', patterns: ['needle ?stick', '(?:pricked|stabbed|jabbed|stuck) {ww}(?:by|with|on) {det}(?:used )?(?:needle|syringe)', 'used needle'] }],
    emergency: [{ why: 'A needlestick injury from a used needle needs assessment at A&E now; treatment to prevent HIV works best within hours.', redFlag: 'Needlestick injury', action: 'go-to-ae' }],
  },
  {
    id: 'chest-or-abdominal-injury', name: 'Serious injury', system: 'poisoning-injury', source: 'nhs-999', role: 'gp', presentation: ['major_trauma'],
    concepts: [{ id: 'major_trauma', label: 'a serious injury', patterns: ['(?<!\\b(?:like|as if|as though) (?:i|he|she|ive|i ve|i have|hes|shes|weve) (?:\\w+ )?(?:been )?)(?:hit|knocked (?:down|over)) by {det}(?:car|van|bus|lorry|vehicle|bike)', '(?:car|motorbike|motorcycle|road) (?:crash|accident|collision)', 'fell (?:off|from) {det}(?:roof|ladder|scaffold|balcony|height|horse)', '(?:fell|fallen|falling) (?:out of|from) {det}(?:\\w+ ){0,3}(?:window|balcony)', 'stabbed', '(?:been|was|got|get|getting|being|he was|she was) shot', 'shot (?:in|at|by|with)', 'gunshot', 'crushed'] }],
    // 'just beer and shots' is a drink, not a gunshot wound (2026.12.41).
    // An injury of days ago that is healing is no longer one for 999 (2026.12.39: a bruised rib a week after a fall from a
    // ladder, getting better each day, had been sent to 999); a recent one, or an old one that is not getting better, still is.
    emergency: [
      { durationDays: { max: 2 }, why: 'A serious injury (road accident, fall from a height, stabbing or crush) needs emergency assessment, even if the person feels all right.', redFlag: 'Serious injury', action: 'call-999' },
      { since: '2026.12.39', none: ['improving'], why: 'A serious injury (road accident, fall from a height, stabbing or crush) needs emergency assessment, even if the person feels all right.', redFlag: 'Serious injury', action: 'call-999' },
    ],
    urgent: [{ since: '2026.12.39', any: ['worsening', 'breathless', 'severe', 'cough_blood', 'vomiting_blood', 'blood_in_urine', 'faint', 'confusion'], why: 'Pain that is getting worse, or new symptoms, days after a serious injury need an assessment today.' }],
    routine: [{ since: '2026.12.39', why: 'An injury from a serious accident some days ago that is getting better is checked by a GP if it is slow to heal.' }],
  },
  {
    id: 'paracetamol-excess', name: 'Too much paracetamol (two products, or more than the daily dose)', system: 'poisoning-injury', source: 'nhs-paracetamol', role: 'pharmacist', since: '2026.12.2', presentation: ['paracetamol_double'],
    emergency: [{ none: ['medicine_use_question', 'medication_question'], action: 'go-to-ae',
      why: 'Taking more paracetamol than the daily dose, for example two products that both contain it, can damage the liver even when you feel well: go to A&E now.', redFlag: 'Possible paracetamol overdose' }],
    urgent: [{ role: 'pharmacist', why: 'Two medicines that both contain paracetamol can add up to too much: a pharmacist or 111 should check the doses today.' }],
    // A question before taking them ("can I take co-codamol with paracetamol?") is answered by a pharmacist today (urgent feature).
  },
  {
    id: 'recreational-drugs', name: 'Unwell after recreational drugs', system: 'poisoning-injury', source: 'nhs-poisoning', role: 'gp', since: '2026.12.9', presentation: ['street_drugs'],
    concepts: [{ id: 'street_drugs', label: 'recreational drugs taken', patterns: [
      'mdma', 'ecstasy', 'cocaine', 'ketamine', 'legal highs?', 'laughing gas', 'nitrous oxide', 'spice',
      '(?:took|taken|take|had|dropped|swallowed|did|done|necked|popped) {www}(?:pills?|tablets?|something|stuff|drugs|powder) {www}(?:at|from|in) {det}(?:party|festival|club|rave|gig|someone|mate|friend|stranger)',
      '(?:took|taken|had|dropped|swallowed|necked|popped) {www}(?:pills?|tablets?|something|stuff) {ww}(?:someone|somebody|a mate|a friend|a stranger) (?:had|gave|handed|sold)',
      '(?:took|taken|done|did|on) (?:some )?(?:drugs|speed|pills at)',
    ] }],
    emergency: [{ any: ['confusion', 'seizure', 'drowsy', 'unresponsive', 'chest_pain', 'faint', 'breathless_severe', 'high_fever', 'heart_rate_very_high'],
      why: 'After recreational drugs, overheating, confusion, a fit, chest pain, fainting or drowsiness can be life-threatening: call 999 and say what was taken.', redFlag: 'Unwell after recreational drugs', action: 'call-999' }],
    urgent: [{ any: ['palpitations', 'fever', 'vomiting', 'sweaty', 'heart_rate_high', 'breathless', 'headache'],
      why: 'Feeling unwell after recreational drugs should be assessed today; call 999 if they overheat, become confused or drowsy, or have chest pain.', redFlag: 'Unwell after recreational drugs' }],
  },
];
