/** Abdomen, bowel, urine, genital and pregnancy phrasings. */
import type { Concept } from './concept.ts';

const TUMMY = '(?:stomach|tummy|belly|abdomen|abdominal|abdo|tum|pelvis|pelvic|groin|womb)';
const ACHE = '(?:pains?|ache|aches|aching|hurts|hurting|cramps?|cramping|agony)';

/** "Nobody at home is pregnant": a statement about the household, not a pregnancy (2026.12.22). */
const NOBODY = '(?<!(?:nobody|no one|noone|none of us)(?: [a-z]+){0,4} (?:is|are|was|were) )';

export const ABDOMEN_URINE_CONCEPTS: Concept[] = [
  {
    id: 'abdominal_pain',
    label: 'abdominal pain',
    patterns: [
      `(?:lower |upper )?${TUMMY} ${ACHE}`, `${TUMMY} (?:is |feels |has been )?(?:very |really |so |quite )?(?:tender|sore)`, `${ACHE} in {det}(?:lower )?back and {det}${TUMMY}`, `${ACHE} (?:in|on) {det}(?:lower |upper |bottom |top )?(?:left|right) (?:hand )?(?:side |part )?of {det}${TUMMY}`, '(?:stomach|tummy|belly) ?ache', `${ACHE} {ww}(?:in|on|across|around) {det}(?:lower |upper |left |right )?(?:side of {det})?${TUMMY}`,
      `${ACHE} low (?:down )?in {det}${TUMMY}`, // "Sharp pain low on the left", "one sided pain low down"; not when the sentence is about the back (2026.12.12).
      `(?<!back[a-z0-9 ,]{0,60})(?:sharp |stabbing |dull |niggly )?${ACHE} low (?:down )?(?:on|in) {det}(?:left|right|one side)`, `(?:one sided|one side) ${ACHE} low down`, '(?:period like|period type) (?:pain|cramps?)', 'pain in {det}(?:left |right )?side',
    ],
  },
  {
    id: 'abdo_severe',
    label: 'severe abdominal pain',
    patterns: [
      `(?:severe|terrible|agonising|agonizing|excruciating|unbearable|worst|awful|horrendous) {ww}${TUMMY} {w}(?:pain|ache)`,
      'doubled (?:over|up)', `${TUMMY} {ww}(?:agony|excruciating|unbearable)`, `agony {ww}${TUMMY}`,
    ],
  },
  {
    id: 'vomiting',
    label: 'vomiting',
    patterns: ['vomit\\w*', 'vommit\\w*', '(?:being|been|was|keeps being) sick', 'throw\\w* up', 'threw up', 'puk\\w*', 'projectile'],
  },
  { id: 'nausea', label: 'feeling sick', patterns: ['nause\\w*', 'feel\\w* sick', 'queasy'] },
  {
    id: 'cant_keep_fluids',
    label: 'unable to keep fluids down',
    patterns: [
      // "keeps bringing back even small sips" (2026.12.20).
      '(?:bring\\w*|throw\\w*|sick\\w*) (?:back|up) (?:even )?(?:small |little |tiny )?sips',
      '(?:cant|cannot|couldnt|unable to|not able to|not been able to|hasnt been able to|havent been able to|struggling to) keep {ww}(?:anything|fluids?|water|drinks?|liquids?|food|it) down', '(?:not|havent|hasnt|hadnt) (?:kept|keeping) {ww}(?:anything|fluids?|water|drinks?|food) down', '(?:not|havent|hasnt|hadnt|cant|cannot|couldnt) (?:kept|keeping|keep) down {ww}(?:anything|any|fluids?|water|drinks?|food)', '(?:not|havent|hasnt|hadnt) (?:kept|keeping) {ww}(?:anything|fluids?|water|drinks?|food) down', '(?:vomit\\w*|sick|throw\\w* up|bring\\w* up) {ww}(?:everything|every drink|all fluids|anything i drink)',
    ],
  },
  {
    id: 'diarrhoea',
    label: 'diarrhoea',
    patterns: ['diarrh\\w*', 'loose (?:runny |watery )?(?:stools?|poos?|bowels?|nappies)', '(?:runny|watery) (?:stools?|poos?|nappies)', 'the runs', 'the squits', '(?:stomach|tummy) bug', 'gastroenteritis', 'food poisoning', 'upset (?:stomach|tummy)'],
  },
  {
    id: 'blood_in_stool',
    label: 'blood in the stool',
    patterns: [
      'blood {ww}(?:in|on) {det}(?:stools?|poos?|poop|toilet paper|bowel movements?|underwear|nappy)', 'blood mixed (?:in|into|with|through)', '(?:diarrh\\w*|runs|poo|poos|stools?) (?:[a-z0-9]+ |, ){0,8}(?:there is |theres |with |has |had |some |and )?blood (?:and (?:mucus|slime) )?in (?:it|them)', '(?:diarrh\\w*|runs) (?:[a-z0-9]+ ){0,10}with (?:some )?blood(?: and (?:mucus|slime))?', '(?:dark|black|red) blood {ww}(?:mixed )?(?:in|with|through) (?:it|them|my poo|the poo)', 'bloody (?:diarrh\\w*|stools?|poos?)',
      'rectal bleed\\w*', 'bleeding from {det}(?:bottom|back passage|rectum|anus|bum)', '(?:passed|passing|pass|lost|losing) {www}blood {ww}(?:from|out of) {det}(?:bottom|back passage|rectum|anus|bum|behind)',
    ],
  },
  {
    id: 'melaena',
    label: 'black, tarry stool',
    patterns: ['black (?:tarry |sticky |tar like )?(?:stools?|poos?|poop)', '(?:stools?|poos?) {ww}(?:black|like tar|tarry)', 'mela?ena'],
  },
  {
    id: 'vomiting_blood',
    label: 'vomiting blood',
    patterns: [
      '(?:vomit\\w*|sick|throwing up|threw up|bringing up|brought up) {ww}blood', 'blood in {det}(?:vomit|sick)', 'coffee grounds?', 'ha?ematemesis',
    ],
  },
  { id: 'jaundice', label: 'yellow skin or eyes', patterns: ['(?:looks?|looking) (?:quite |very |a bit |really |slightly |more )?(?:yellow|yellowish) (?:on|in|around) {det}(?:face|chest|skin|body|eyes|tummy)', '(?:he|she|baby|they|skin|eyes|face|i|hes|shes|im|theyre) (?:has |have |is |are |s )?(?:gone|going|turned|turning|looks?|looking|become|becoming) (?:quite |very |a bit |really |more |slightly )?(?:yellow|yellowish)', '(?:yellow|yellowish) (?:skin|eyes|whites)', '(?:skin|eyes) {ww}(?:yellow|yellowish)(?! (?:gunk|goo|discharge|pus|crust\\w*|stuff|sticky|mucus|snot|bits|sleep))', 'jaundic\\w*'] },
  { id: 'constipation', label: 'constipation', patterns: ['constipat\\w*', 'not (?:had|been able to have) a poo', 'cant poo', 'hard poos?', 'poo (?:only )?every \\w+ (?:or \\w+ )?days', '(?:have|having) to strain', 'not been for a poo',
    '(?:havent|hasnt|not) (?:been for|had|done|managed) a poo (?:for|in) (?:\\d+|a few|two|three|four|five|six|several|a couple of) days', '(?:hard|difficult|struggling) to (?:go|poo)', 'bunged up(?! nose)',
    // "now I can't go, last poo was 4 days ago and it's hard" (2026.12.19).
    '(?:cant|cannot|havent been able to|not been able to|unable to) go (?:properly|to the toilet|for a poo)?(?= |$)', 'last poo (?:was )?(?:\\d+|two|three|four|five|six|a few|several) days ago'] },
  // Heartburn told by what brings it on and what settles it: after a big meal, a curry or drink, and eased by an antacid
  // (NHS "Heartburn and acid reflux"). With both, a burning chest that comes and goes is heartburn_explained (reading.ts).
  { id: 'meal_trigger', label: 'after a big or rich meal', patterns: ['after {ww}(?:big|heavy|large|spicy|rich|fatty|late) (?:meals?|dinners?|curry|curries|takeaways?|food)', 'after {ww}(?:a )?(?:curry|curries|takeaway|kebab|pizza|few (?:beers|drinks|pints)|eating|meals?)', 'when i (?:lie|lay) down after (?:eating|meals?|food)'] },
  { id: 'acid_taste', label: 'a sour or acid taste', patterns: ['(?:sour|acid|acidy|acidic|bitter) (?:taste|tasting)', 'tastes? {ww}(?:sour|acid|acidy|acidic|bitter)', '(?:acid|sick) {ww}(?:coming|comes|came) up', 'reflux'] },
  { id: 'now_and_then', label: 'comes and goes', patterns: ['now and (?:then|again)', 'from time to time', 'every so often', 'on and off', 'comes and goes', '(?:happens|get it|gets it|had it) (?:sometimes|occasionally|every now)'] },
  { id: 'antacid_relief', label: 'eased by an antacid', patterns: ['(?:goes|went|settles?|settled|eases?|eased|better|helps?|helped|sorted|gone) {www}(?:gaviscon|rennies?|antacids?|peptac|omeprazole|lansoprazole|milk of magnesia)', '(?:gaviscon|rennies?|antacids?|peptac|omeprazole|lansoprazole) {ww}(?:helps?|helped|works?|worked|sorts? it|settles? it|gets rid of it|takes it away|shifts it)'] },
  { id: 'heartburn', label: 'heartburn or indigestion', patterns: ['burning (?:feeling |sensation )?(?:in|behind|at|up) {det}(?:chest|throat|breastbone)(?<=(?:heartburn|indigestion|reflux|acid)[a-z0-9 ,]{1,80})', 'burning (?:feeling |sensation )?(?:in|behind|at|up) {det}(?:chest|throat|breastbone)(?= (?:[a-z0-9]+ ){0,10}(?:acid|reflux|heartburn|indigestion|sour taste|rennie|gaviscon|antacid|after (?:eating|meals?|food|a meal|a big meal|(?:big|large|heavy|spicy|fatty|rich) (?:meals?|food))|after (?:i |we )?(?:eat|ate|have eaten|had eaten|have a meal|my tea|my dinner)|after (?:big |large |heavy |spicy |late |rich )?(?:dinners?|teas|curry|curries|takeaways?)|when i (?:lie|lay) down|(?:lie|lay|lying) (?:down|flat)))', 'acid (?:is )?(?:coming|comes|came|keeps coming|rising|repeating) up', 'acid (?:taste|tastes)', 'heartburn', 'indigestion', '(?:acid )?reflux', 'acid in {det}throat', 'dyspepsia', 'sour taste {www}(?:after|with) {ww}(?:meals?|eating|food|beers?|wine|drinks?)'] },
  // A tummy "hard as a board" that cannot be touched is peritonitis until shown otherwise (NHS peritonitis / acute abdomen) (2026.12.19).
  { id: 'rigid_abdomen', label: 'a rigid tummy that cannot be touched', patterns: ['hard as a board', '(?:tummy|stomach|belly|abdomen) {www}(?:hard as a rock|rigid|rock hard|board ?like)', '(?:wont|will not|doesnt|does not) let (?:us|me|anyone|them) (?:touch|near|feel) {det}(?:tummy|stomach|belly)'] },
  {
    id: 'urinary_symptoms',
    label: 'urinary symptoms',
    patterns: ['(?:cries|crying|screams|screaming|winces|complains) {ww}(?:when|while|as) (?:she|he|they|i) (?:wees|pees|wee|pee|does a wee|passes urine|has a wee|has a pee|goes for a wee)',
      '(?:wee|pee|urine) {ww}(?:smells|smelly|smelling) {w}(?:awful|horrible|disgusting|revolting|really bad)', '(?:wee|pee|urine) {ww}(?:smells|smelly|smelling) {w}(?:strong|stronger|funny|bad|foul|fishy)', 
      '(?:burning|stinging|pain|hurts|painful|burns|stings|burned|burnt|stung|hurt) {ww}(?:when|while|after|on) (?:i |he |she )?(?:pee\\w*|wee\\w*|urinat\\w*|passing urine|go to the toilet)',
      '(?:burning|stinging|pain|hurts|painful|burns|stings) {ww}(?:when|while|after) (?:i |he |she )?(?:spend a penny|pass water|spends a penny)',
      '(?:peeing|weeing|urinating|pee|wee|urine) {ww}(?:burns|stings|hurts|a lot|more often|often|frequently|all the time)',
      'cystitis', 'uti', 'urine infection', '(?:stinging|burning|pain|hurts) when (?:i |he |she )?(?:wee|pee)', '(?:stinging|burning|pain|hurts) when (?:i |he |she )?(?:wee|pee)', 'water infection', 'bladder infection', 'dysuria',
      '(?:need|needing|have|having) to (?:go|pee|wee) {ww}(?:all the time|a lot|constantly|often|every)', '(?:cloudy|smelly) (?:urine|wee|pee)',
    ],
    // Burning when passing urine is a urine symptom, not a burn to the skin (2026.12.19).
    subsumes: ['burn_injury'],
  },
  {
    id: 'urinary_retention',
    label: 'unable to pass urine',
    patterns: ['(?:cant|unable to|cannot|not able to|hasnt been able to|havent been able to|not been able to) (?:pee|wee|pass urine|pass water|urinate|empty {det}bladder)', 'urinary retention', 'retention',
      // "only managed a dribble since this morning" with a full bladder (NHS urinary retention, 2026.12.33).
      '(?:only|just) (?:managed|passed|done|been able to do) (?:a )?(?:dribble|few drops|trickle)', '(?:only|just) {ww}(?:dribbl\\w*|drops?) {www}(?:since|all day|for hours|this morning)'],
  },
  { id: 'loin_pain', label: 'pain in the side or kidney area', patterns: ['(?:loin|kidney|flank)s?', 'pain in {det}(?:left |right )?side', 'side pain'] },
  { id: 'blood_in_urine', label: 'blood in the urine', patterns: ['blood in {det}(?:urine|wee|pee)', '(?:urine|wee|pee) {ww}(?:red|pink|bloody)', 'ha?ematuria'] },
  {
    id: 'bleeding',
    label: 'bleeding',
    // "Scratching till they bleed" is skin, not a bleed (2026.12.12).
    patterns: ['(?<!\\b(?:scratch\\w*|till|until|pick\\w*) (?:\\w+ ){0,2})bleed\\w*', 'spotting', 'losing blood', 'blood loss', 'passing clots', 'clots',
      // 2026.12.12: "a bit of blood when I wiped", "blood on my pad".
      'blood (?:when (?:i |she )?wip\\w*|on {det}(?:pad|pads|knickers|pants|underwear|sanitary towel))'],
  },
  {
    id: 'heavy_bleeding',
    label: 'heavy bleeding that will not stop',
    patterns: ['still bleeding {www}(?:after|despite|through)', 'bleeding {ww}through {det}(?:towels?|bandages?|dressings?|clothes|tea towels?|pads?)', 'bleeding (?:quite )?a lot', 
      'heav(?:y|ily) bleed\\w*', 'bleed\\w* heavily', '(?:soaking|soaked|soaks) (?:through )?{ww}(?:pads?|towels?|bandages?|clothes)', 'bleeding {ww}(?:much |a lot |really |very |far )heavier', '(?:clots?|lumps) {ww}(?:bigger|larger) than', '(?:passing|passed|pass) {ww}(?:big|large|huge|massive) clots', 'lots of blood',
      '(?:wont|doesnt|cant|not|will not|does not) stop(?:ping)? bleeding', 'bleeding (?:wont|doesnt|will not|does not|is not|isnt|not) stop\\w*',
      'pouring (?:with )?blood', '(?:bleed\\w*|nose ?bleeds?|cut|wound) {www}(?:wont|doesnt|will not|does not|isnt|not|cant) stop\\w*', 'gushing blood', 'blood (?:is )?(?:pouring|gushing|spurting)',
      // "pressing a towel on it for 15 mins and it's still pouring through" (2026.12.19).
      '(?:still |keeps? )(?:pouring|gushing|spurting|soaking)(?: through| out)?',
      // "a gush of bright red blood … it's soaked my pants and trousers"; "bleeding for 15 minutes even with a towel pressed on" (2026.12.34).
      // NHS "Heavy periods": soaking through a pad or tampon every hour or two is heavy; blood running down the legs too (2026.12.37).
      '(?:going|gone|getting|got|went) through {ww}(?:pads?|tampons?|towels?)(?: and {ww}(?:pads?|tampons?|towels?))? (?:every|an|each|in an|in half an) (?:half hour|hour|30 min\\w*|\\d+ min\\w*)', 'blood (?:all |is |was )?(?:down|running down|pouring down|dripping down) {det}legs?', 'flooding (?:since|all (?:day|morning|night))',
      'gush\\w* of {ww}blood', '(?:blood|bleed\\w*) {near}(?:soaked|soaking|soaks) {ww}(?:pants|knickers|trousers|jeans|clothes|towels?)', '(?:bleeding|bled) {www}(?:even with|despite|through) {det}(?:towel|tea towel|pressure|pressing|bandage|cloth|dressing)',
    ],
  },
  {
    id: 'testicular_pain',
    label: 'testicular pain',
    patterns: ['(?:pain|ache|agony) in {det}(?:privates|private parts|groin and (?:balls|testicles))', 
      '(?:testic\\w*|testes|testis|balls?|scrotum|scrotal|nuts) {ww}(?:pain|pains|hurts?|hurting|ache|aching|swollen|swelling|agony|tender)', 'in one of {det}(?:testicles|balls)', '(?:agony|pain|pains|painful|hurts?|hurting|aching|swollen|swelling|tender) {near}(?:testic\\w*|testes|testis|scrotum|(?:left|right|one) (?:ball|nut)(?! of))', '(?:testic\\w*|testes|testis|scrotum) {near}(?:agony|pain|pains|painful|hurts?|hurting|aching|swollen|swelling|tender)',
      '(?:pain|ache|agony|swelling) (?:in|of) {det}(?:left |right )?(?:testic\\w*|balls?|scrotum|testes|testis)',
    ],
  },
  {
    id: 'pregnant',
    label: 'pregnancy',
    patterns: [`${NOBODY}pregnan\\w*(?! test)`, `${NOBODY}pregnant`, 'expecting a baby', '\\d+ weeks gestation', 'my midwife', 'antenatal'],
  },
  {
    id: 'possible_pregnancy',
    label: 'a missed period or positive pregnancy test',
    patterns: [
      '(?:missed|late|skipped|no) (?:a |my |her )?periods?', '(?:havent|not) had {det}period', 'period (?:is |was )?{ww}(?:late|overdue)',
      'positive (?:pregnancy )?test', '(?:could|might|may) be pregnant', 'think (?:i|she) (?:is|am|im|might be) pregnant',
    ],
  },
  { id: 'shoulder_tip', label: 'shoulder-tip pain', patterns: ['shoulder ?tip', 'tip of {det}(?:left |right )?shoulder'] },
  {
    id: 'reduced_fetal_movements',
    label: "baby moving less",
    patterns: ['(?:barely|hardly) (?:felt|feel|feeling) {ww}(?:anything|him|her|baby|the baby|any movements?|movement|kicks?|kicking)',
      // "baby normally really wriggly … I haven't felt anything all day" (NHS: contact the maternity unit straight away, 2026.12.35).
      '(?:not|havent|hasnt|didnt|havnt) (?:felt|feel) (?:anything|a thing|any movements?|any kicks?|him|her|the baby|baby)(?: move| kick| at all)? {ww}(?:all day|today|since (?:this morning|yesterday|lunch\\w*|last night)|for (?:hours|\\d+ hours|a day)|this evening|tonight)', '(?:not|havent|hasnt|didnt) (?:felt|feel) {ww}(?:him|her|baby|the baby|any movements?|any kicks?) (?:move|kick|moving|kicking)', '(?:baby|bump|he|she) {ww}(?:moving|kicking) (?:much |a lot |far )?less', '(?:quieter|less active|not as active|not as kicky|less kicky|not moving as much) (?:than (?:usual|normal))?', 
      '(?:baby|babys|bump) {ww}(?:not|isnt|hasnt|stopped|less|fewer|reduced|slower|quieter|hardly|barely) {ww}(?:mov\\w*|kick\\w*)',
      '(?:reduced|fewer|less|no|change in|slower) (?:fetal |foetal |baby )?(?:movements|kicks|kicking)', '(?:dont|do not) think {det}baby (?:has|s|is|have) (?:moved|moving|kicked|been moving)', '(?:not|havent|hasnt) felt {det}baby (?:move|kick)',
    ],
  },
  {
    id: 'swelling_face_hands',
    label: 'swelling of the face, hands or feet',
    patterns: ['(?:swollen|swelling|puffy) (?:of )?{det}(?:face|hands|fingers|feet|ankles)', '(?:face|hands|fingers|feet|ankles)(?: and (?:face|hands|fingers|feet|ankles))? {ww}(?:swollen|swelling|puffy)'],
  },
  { id: 'chickenpox', label: 'chickenpox', patterns: ['chicken ?pox', 'varicella'] },
  {
    id: 'emergency_contraception',
    label: 'need for emergency contraception',
    patterns: ['morning after pill', 'emergency contracepti\\w*', 'condom (?:split|broke|came off|burst)', 'unprotected sex', 'sex {www}(?:without|with no) (?:a )?(?:condom|protection|contraception)', 'too late for the (?:morning after )?pill', 'missed (?:\\w+ )?pills?(?! dose)'],
  },
];
