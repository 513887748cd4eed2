/**
 * Lay wording: how people say an emergency feature without its clinical name. Added in
 * 2026.12.2 (issue 11) from the plain-English wording of the NHS website's "call 999 / go to
 * A&E / urgent advice" sections (and NICE NG143, NG51, NG232 lay descriptions), plus the
 * common lay synonyms and word orders a carer uses: "brought up a cupful of blood", "black
 * runny poo", "cant feel the paper when I wipe", "out cold for a few seconds".
 *
 * Each entry adds patterns to a concept defined elsewhere, so every rule that uses the concept
 * gains the wording at once; a pattern is written for a class of descriptions (a body part ×
 * a change, a symptom × an amount), never for one message. New concepts needed by the
 * catalogue's features (amount of blood, a weapon, a pause in breathing …) are at the end.
 *
 * How to add wording: docs/triage.md, "Adding a feature or its lay wording".
 */
import type { Concept } from './concept.ts';
import { BURNING } from './heart-lungs.ts';
import { MEDICINE } from './medicines.ts';

/** A body word that is not a blood test, blood pressure or blood sugar. */
const BLOOD = 'blood(?! (?:tests?|pressure|sugars?|results?|count|forms?|works?|donor|group|type|thinners?))';
const VOMIT_VERB = '(?:vomit\\w*|puk\\w*|spew\\w*|retch\\w*|chuck\\w* up|throw\\w* up|threw up|(?:been|being|was|were|is|got|am|im|keeps? being) sick|brought up|bring\\w* up|heav\\w* up)';
const POO = '(?:poo|poos|pooh|poop|stools?|motions?|bowel movements?|diarrh\\w*|number twos?)';
const LOWER_BODY = '(?:bum|bottom|backside|buttocks?|bum cheeks|genitals|groin|privates|private parts|saddle|back passage|anus|vagina|penis|crotch|front bottom|inner thighs?)';
const SWELL = '(?:swollen|swelled|swelling|swell|puffed|puffy|puffing up|puffing|blown|ballooning|ballooned)';
const LARGE_COUNT = '(?:1[2-9]|[2-9]\\d|\\d{3}|twelve|fifteen|twenty|thirty|forty|fifty|a hundred)';
const MINUTES_5_PLUS = '(?:[5-9]|[1-9]\\d|five|six|seven|eight|nine|ten|fifteen|twenty|thirty) (?:min\\w*|mins)';

/** Extra patterns for concepts defined in vocabulary/ and catalogue/, by concept id. */
export const LAY_PATTERNS: Readonly<Record<string, readonly string[]>> = {
  // NHS "Vomiting blood": bright red, dark red, brown or black, or like coffee grounds.
  vomiting_blood: [
    `${VOMIT_VERB} {www}${BLOOD}`, `${BLOOD} {ww}(?:in|into) {det}(?:vomit|sick|bowl|bucket)`, 'bloody (?:vomit|sick)',
    `${VOMIT_VERB} {www}(?:coffee|black bits|dark brown bits)`, 'coffee (?:grounds|granules)', '(?:vomit|sick) {ww}(?:red|bloody|black|brown)',
    `${VOMIT_VERB} (?:up )?(?:about |around |nearly |maybe )?(?:a |an )?(?:cupful|cup|mugful|mouthful|bowlful|lot|load|pint) of {ww}${BLOOD}`,
  ],
  // NHS "Blood in poo" / NICE CG141: black, sticky, tar-like poo.
  melaena: [`(?:black|jet black|tarry|tar like|dark black) {ww}${POO}`, `${POO} {www}(?:black|like tar|tar like|tarry)`],
  // NHS "Bowel obstruction": unable to poo or fart, swollen tummy, being sick.
  no_bowel_movement: [
    '(?:havent|hasnt|hadnt|not|didnt|cant|cannot|unable to|not been able to) (?:had|done|been able to (?:have|do|pass)|have|do|pass\\w*) (?:a |any )?(?:poo|bowel movement|number two|wind)',
    '(?:or|nor|and not|and no) (?:even )?(?:passed|pass|passing|broken|break|broke) wind', '(?:not|havent|hasnt|cant|cannot|unable to) {w}(?:passed|pass|passing|broke|broken|break) wind',
    '(?:not|havent|hasnt|hadnt) (?:farted|trumped|pooed|been for a poo)',
    // "not been able to poo or even pass wind", "havent been able to go for a poo" (2026.12.39).
    '(?:not|never|havent|hasnt|hadnt|couldnt) been able to (?:even )?(?:poo|go for a poo|go for a number two|fart|pass wind|open {det}bowels)',
    '(?:not|hasnt|havent|hadnt|hasnt been able to) (?:opened|open|moved) {det}bowels', `${VOMIT_VERB} {www}(?:smells? (?:like|of) (?:poo|faeces|sewage)|faecal)`,
  ],
  swollen_tummy: ['(?:tummy|stomach|belly|abdomen) {ww}(?:blown up|like a balloon|swollen|distended|bloated and hard|massive and hard|(?:hard|tight|swollen) like a drum)', 'blown up like a balloon'],
  green_vomit: [`${VOMIT_VERB} {www}green`, 'green {w}(?:sick|vomit|liquid|stuff|bile)',
    // "sick a few times and the last two were bright green" (2026.12.22).
    `(?:were|was|is|are|has been|have been|came up|come up) (?:all )?(?:bright |dark |luminous |yellowy |yellowish )?green(?<=${VOMIT_VERB}[a-z0-9 ,]{1,90})`],
  // NHS "Febrile seizures" / "Epilepsy": a fit described by what it looks like (2026.12.22).
  seizure: ['eyes (?:were |are |have |had |kept |keep )?(?:rolled|rolling|roll|rolls) (?:back|up)', '(?:jerking|twitching|convulsing|fitting) all over', '(?:arms and legs|whole body|her body|his body|their body) (?:were |was |is |are |went |started |kept )?(?:jerking|twitching|stiff and jerking)'],
  // Tummy pain named by where it is.
  abdominal_pain: [
    // 2026.12.22: the side first, then "low down" ("bad pain on my left side low down").
    '(?:pain|ache|cramps?|stabbing|sharp) (?:on|in|down) {det}(?:left|right|one) (?:hand )?side,? (?:really |quite |very )?low down',
    '(?:pain|ache|cramps?|hurts?|hurting|stabbing|sore|tender\\w*) {ww}(?:in|on|at|across|around) {det}(?:top|bottom|middle|lower part|upper part|centre|center|right side|left side|sides?|lower half) of {det}(?:tummy|stomach|belly|abdomen)',
    '(?:pain|ache|cramps?|stabbing|sharp) {ww}(?:low|lower) (?:down )?(?:on|in) {det}(?:right|left) (?:side|hand side)', '(?:pain|ache|cramps?) {ww}low (?:down )?in {det}(?:tummy|stomach|belly)',
    '(?:tummy|stomach|belly) {www}(?:crampy|cramping)', '(?:pain|ache|hurts?) in {det}(?:tummy|stomach|belly|abdomen|tum)',
  ],
  // "Worst pain I've ever had" (NHS: sudden, severe pain).
  severe: [
    'worst {ww}(?:ive|i have|hes|he has|shes|she has|theyve|they have|weve) (?:ever )?(?:had|felt|known|seen)', '(?:awful|dreadful|horrible|horrific|unreal|crippling) (?:pain|ache|cramps?|headache)',
    'pain {ww}(?:is )?(?:awful|dreadful|horrible|horrific|unbearable|crippling)', 'doubled (?:up|over)', '(?:in|with) (?:absolute |total )?agony',
  ],
  // NHS "Stomach ulcer" / "Appendicitis": hard tummy, pain on moving or breathing, lying still.
  // 2026.12.22: new loss of bowel or bladder control said as an accident; numbness felt on wiping (NICE CKS Sciatica).
  incontinence: ['(?:had|having|have had|had an?|an?) (?:little )?accidents? (?:with|in) {det}(?:bowels?|bladder|pants|knickers|underwear|trousers)'],
  // Losing balance by walking into things (NICE NG128: balance lost suddenly).
  unsteady_walk: ['(?:bumping|walking|banging|crashing) into (?:things|walls|doors|furniture|door frames)', '(?:losing|lost|lose) {det}balance', '(?:keeps?|keep) (?:falling|veering|leaning|drifting) to (?:one|the left|the right|the) side'],
  peritonism: [
    '(?:lying|lie|lay|keeping|keep|staying|stay) (?:dead |really |very |completely |perfectly )?still', '(?:hurts?|pain\\w*|agony) {ww}(?:to|when i|if i|when he|if he|when she|if she) (?:even )?(?:breathe|move|cough|walk)',
    '(?:tummy|stomach|belly|abdomen) {ww}(?:is |has gone |went |feels )?(?:rigid|hard as|like a board|solid|rock hard|really hard|hard)',
    '(?:bad|worse|unbearable|agony|excruciating|awful|killing) (?:if|when) (?:i|he|she|they) (?:cough|move|walk|breathe|laugh|sneeze)',
  ],
  back_pain: ['(?:pain|ache|aching) in {det}(?:tummy|stomach|belly) and {det}(?:lower |upper )?back', '(?:tummy|stomach|belly) and {det}(?:lower |upper )?back'],
  // NICE NG217 / NHS "Epilepsy": a fit lasting 5 minutes or more, or one after another.
  seizure_red: [
    `(?:for|over|about|nearly|almost|at least|past|longer than|more than|going on|gone on|lasted|lasting|been) {w}${MINUTES_5_PLUS}`,
    '(?:fit\\w*|seiz\\w*|convuls\\w*|jerking|shaking) {near}(?:not|isnt|wont|hasnt|doesnt|didnt) (?:stop\\w*|come round|coming round|woken|wake\\w*)',
    '(?:not|hasnt|didnt|isnt) (?:come|coming|came) (?:round|around|to) (?:between|in between)', '(?:one|fit|seizure) after (?:another|the other)', 'another (?:fit|seizure) (?:before|without)',
  ],
  // NICE NG232 / NHS "Head injury": a knock, bang or blow to the head.
  head_injury: [
    '(?:knock|bang|bump|blow|hit|kick|whack|smack|thump|crack|knee|elbow|punch|clash) (?:to|on|in) {det}(?:head|skull|temple)',
    '(?:fell|fall|fallen|slipped|tripped|came off) {www}(?:hit|banged|bumped|smacked|cracked|landed on) {det}head', 'head (?:knock|bump|bang|clash|first)',
    '(?:swelling|lump|bump|egg|bruise|graze) {www}(?:side|back|front|top) of {det}head',
  ],
  // NHS "Cauda equina syndrome": numb around the bottom or genitals, cannot feel the toilet paper.
  saddle_numbness: [
    'numb\\w* {ww}(?:when|as) (?:i |she |he |they )?wipe', // 2026.12.22
    `(?:numb\\w*|tingl\\w*|no feeling|cant feel (?:anything|a thing|much|\\w+)|pins and needles|dead|strange feeling|funny feeling) {www}(?:down there|down below|between {det}legs|inner thighs?|(?:in|around|of|on) {det}${LOWER_BODY})`,
    `${LOWER_BODY} {ww}(?:is |are |feels? |has gone |gone )?(?:numb|dead|tingly)`,
    '(?:cant|cannot|couldnt|can hardly|can barely) feel {det}(?:toilet )?(?:paper|tissue) {www}wip\\w*', '(?:cant|cannot|couldnt|can hardly|can barely) feel (?:it |anything )?when (?:i |he |she )?wip\\w*',
    'wip\\w* {www}(?:feels? (?:numb|different|strange|odd)|cant feel|no feeling)',
  ],
  bilateral_leg_symptoms: [
    '(?:both|my|his|her) legs (?:feel|are|have|keep|went|gone|feeling) {w}(?:odd|funny|strange|weird|wobbly|like jelly|heavy|dead|numb|weak|tingly)',
    '(?:pain|sciatica|tingl\\w*|numb\\w*|weak\\w*|pins and needles) {ww}(?:down|in|into) both legs',
  ],
  // NHS "Urinary retention": cannot pee at all.
  urinary_retention: [
    '(?:cant|cannot|unable to|not able to|not been able to|havent been able to|hasnt been able to|couldnt) (?:even )?(?:pass|do|have|get out) {det}(?:any |a )?(?:water|wee|pee|urine)',
    '(?:not|havent|hasnt|hadnt) (?:passed|done|had) (?:any )?(?:water|a wee|a pee|urine)', '(?:no|nothing|hardly anything) (?:wee|pee|urine|water) ?(?:coming|comes|came) out',
  ],
  // NHS "Ectopic pregnancy": pain in the tip of the shoulder, worse lying down.
  shoulder_tip: ['shoulders? {www}(?:when|if|while) (?:i |she )?(?:lie|lying|lay) (?:down|flat)', '(?:pain|ache|hurts?) {ww}(?:in|at|on) {det}(?:left |right )?shoulder {www}(?:lie|lying|lay) (?:down|flat)'],
  // NHS "Post-partum haemorrhage" / "Cuts": soaking a pad in an hour, big clots, spurting blood.
  heavy_bleeding: [
    '(?:chang\\w*|go\\w* through|using|filling|soak\\w*|need\\w* a new|fill\\w*) {det}(?:a )?(?:pad|pads|towel|towels|tampon|tampons|maternity pads?) (?:every|each|in (?:under )?(?:an|one|half an)) (?:hour|half hour|\\d+ min\\w*)',
    '(?:big|large|huge|massive|golf ball|plum|fist) (?:sized )?(?:blood )?clots', 'spurt\\w*', `pump\\w* (?:out )?${BLOOD}`, `${BLOOD} {ww}(?:pouring|gushing|pumping|spurting|everywhere)`,
    `(?:pouring|gushing|pumping|spurting) (?:with |out )?${BLOOD}`, '(?:still |keeps? )(?:soaking|bleeding) (?:through|thru)', '(?:wont|will not|cant get it to|cannot get it to) stop bleeding',
    '(?:bleeding|blood) {ww}(?:wont|isnt|hasnt|wasnt) (?:stop\\w*|slow\\w*)',
  ],
  // NHS "Postnatal" pages: a birth in the last weeks.
  postnatal: [
    '(?:had|gave birth to|delivered|birth to) {det}(?:baby|son|daughter|twins|little one|boy|girl)(?: (?:girl|boy))? {ww}(?:ago|last week|yesterday|this week)',
    '(?:\\d+|one|two|three|four|five|six|a few|couple of) (?:days?|weeks?) (?:after|since) (?:giving birth|the birth|having {det}baby|delivery|my c section|a c section)',
  ],
  // NHS "Psychosis": hearing or seeing things, believing people are against them.
  psychosis: [
    'convinced {www}(?:poison\\w*|watching|spying|following|after (?:me|him|her|them)|out to get|plotting|trying to (?:kill|hurt|harm)|tapping|listening|controlling|pumping)',
    '(?:hearing|hears|can hear|heard) (?:voices|things)', '(?:voices|god|the devil) {ww}(?:telling|saying|talking)', '(?:thinks|believes|says|saying) {www}(?:is evil|are evil|possessed|the devil|not (?:ours|his|hers|mine|real))',
    '(?:seeing|sees) things (?:that )?(?:arent|are not|nobody else)',
    // 2026.12.22: "shouting at people who aren't there" (NHS "Psychosis": hallucinations as a relative sees them).
    '(?:shouting|talking|screaming|arguing|chatting|whispering|swearing) (?:at|to|with) (?:people|someone|somebody|things|voices|faces) (?:who|that|which) (?:arent|are not|werent|isnt|is not|nobody else) (?:there|real|can see)',
    'seeing (?:spiders|insects|bugs|rats|mice|snakes|animals|faces|people) (?:on|in|crawling|all over|that)',
    '(?:tv|television|radio|phone|computer) {www}(?:sending|talking to|speaking to|messages to|controlling) (?:her|him|me|them)', 'cameras? in {det}(?:walls?|house|flat|room|ceiling)',
  ],
  // NHS mental health crisis: a danger to others (a weapon, threats).
  harm_to_others: [
    // 2026.12.22: "threatened our neighbour with a knife", "went for him with a hammer".
    '(?:threaten\\w*|went for|gone for|goes for|attacked|chased|chasing|came at|coming at) {ww}with (?:a |the |his |her )?(?:kitchen )?(?:knife|knives|blade|machete|weapon|gun|axe|hammer|bat)',
    '(?:carrying|carries|carried|waving|grabbed|picked up|keeps|sleeping with) {det}(?:a )?(?:kitchen )?(?:knife|knives|blade|machete|weapon|gun|hammer|bat)',
    '(?:threaten\\w*|going|wants|says he will|says she will) to (?:hurt|kill|stab|attack|harm)', '(?:scared|afraid|frightened|worried) (?:to leave|of leaving) {www}alone with',
  ],
  // NHS "Burns and scalds": scalds from hot drinks, water or fat.
  // "worse after wine or hot drinks" names a trigger, not a scald (2026.12.39).
  burn_injury: ['(?<!(?:after|or|and|like|with|drinking|avoid|avoiding) )(?:boiling|just boiled|freshly boiled|hot|scalding) (?:water|tea|coffee|kettle|oil|fat|soup|drink|cup|pan|bath|milk)', '(?:pulled|knocked|tipped|spilt|spilled|dropped|poured|splashed) {www}(?:tea|coffee|cuppa|hot drink|hot chocolate|soup|hot water|boiling water|noodles|kettle)'],
  // NHS "Heatstroke": in the heat too long.
  environmental: ['(?:in|out in) {det}(?:sun|heat|hot sun|heatwave|hot weather) (?:all day|for hours|too long|for ages)', '(?:running|ran|run|marathon|race|working|worked|training|walking|hiking|cycling|playing|exercis\\w*) {www}in {det}(?:heat|hot sun|hot weather|blazing sun|scorching sun)(?! of)', 'heat ?wave', '(?:very|really|so|ice|icy|freezing|stone) cold to (?:the )?touch', '(?:skin|hands|body|she|he) {ww}(?:is |feels |was )?(?:ice|icy|freezing|stone) cold', 'shock (?:off|from) {det}(?:live )?(?:wire|socket|cable|mains|plug|fence|appliance)', 'live wire', '(?:went|gone|go|slipped|was|been) under (?!(?:the |a |some )?(?:cold|cool|running|tap)\\b){ww}(?:water|pool|bath|sea|river|lake|waves)', '(?:swallowed|breathed in|inhaled|coughed up) {ww}(?:pool |bath |sea |river )?water'],
  confusion: ['(?<!(?:everyone|everybody|people|they|others|folk|we|you|us|all) )mumbl\\w*(?! (?:in {det}sleep|under))', '(?:not|isnt|wasnt|cant|stopped) (?:answering|responding|talking) (?:me |us |to me |to us )?(?:properly|normally|sensibly|right)', '(?:isnt|wasnt|not|stopped) making (?:any )?sense', 'talking (?:rubbish|nonsense|gibberish|jibberish|utter rubbish)', '(?:doesnt|didnt|does not|did not) (?:know|recognise|recognize) (?:where (?:he|she|i|they|we) (?:is|was|am|are|were)|who (?:i|he|she|you|they|we) (?:am|is|are|was|were)|what day)', 'making no sense', 'away with the fairies'],
  // NHS "Epiglottitis": drooling, leaning forward, muffled voice.
  drooling: ['dribbl\\w* {www}(?:cant|cannot|wont|unable to) swallow', '(?:cant|cannot|wont|unable to) swallow {www}dribbl\\w*', '(?:cant|cannot|unable to|struggling to|can hardly|can barely) (?:even )?swallow {det}(?:own )?(?:saliva|spit|spittle)', '(?:sitting|sits|leaning|leans|sat) {ww}forward (?:to breathe|and (?:wont|cant) lie)', '(?:leaning|leans|sitting|sat) forward {ww}(?:dribbl|drool)\\w*', '(?:dribbl|drool)\\w* {ww}(?:wont|cant|cannot|will not) lie (?:down|flat|back)'],
  muffled_voice: ['muffled'],
  // NICE NG143 / NHS "Bronchiolitis": skin sucking in between the ribs, taking half the usual feeds.
  grunting: [
    '(?:suck\\w*|pull\\w*|draw\\w*|cav\\w*|sink\\w*) in {www}(?:ribs|chest|tummy|neck|throat|breath)', '(?:skin|bit|dip|hollow) {www}(?:neck|throat|ribs|collarbones?|chest) {ww}(?:pulls|pulling|sucks|sucking|sinks|sinking|goes|going|caves|caving) in', '(?:between|under|below) {det}ribs {ww}(?:suck\\w*|pull\\w*|sink\\w*|going in|caving)',
  ],
  // NHS "Bronchiolitis": pauses in breathing.
  pauses_breathing: ['(?:stop|stopped|stops|stopping|forget\\w*|forgot) (?:to )?breath\\w*(?! (?:through|in {det}sleep|at night|when (?:i |he |she )?(?:sleep|snore)))'],
  not_feeding: ['(?:less than|under|about|only|barely) half {det}(?:her |his |their )?(?:normal |usual )?(?:feeds?|milk|bottles?|amount)'],
  // NICE NG51 / NHS "Sepsis": shivering uncontrollably, mottled or blue skin.
  rigors: ['teeth (?:are |were |keep )?(?:chatter\\w*|rattl\\w*)', '(?:shaking|shivering) (?:so|really|very) (?:hard|much|badly|violently)', 'cant stop (?:shaking|shivering)'],
  mottled: ['(?:blue|purple|grey|gray|pale|white) (?:and |or )?(?:blotchy|mottled|patchy)'],
  // NHS "Shortness of breath" / "COPD": too breathless to speak, blue lips.
  breathless_severe: [
    '(?:cant|cannot|unable to|struggling to|hard to|too (?:breathless|out of breath) to) (?:even )?(?:speak|talk|finish|say|get) {ww}(?:a )?(?:sentence|sentences|words?|full sentence)',
    '(?:cant|cannot) (?:even )?(?:speak|talk)(?: properly)? (?:for|because of) {det}(?:breath|breathing|breathlessness)',
  ],
  blue_lips: ['(?:blue|bluish|grey|gray|purple) (?:round|around|about) {det}(?:lips|mouth)', '(?:lips|lip|tongue|fingertips|mouth) {www}(?:blue|bluish|blueish|grey|gray|purple)(?! (?:lipstick|paint|ink|ice|sweets?|drink|lolly))', 'blue (?:tinge|tint) to'],
  breathless: ['(?:hard|difficult|struggling|struggle|difficulty|trouble) to (?:\\w+ (?:and|or) )?(?:breathe|breath)', 'getting hard to breathe', '(?:hard|difficult|struggling|struggle|cant|trouble) (?:to )?(?:take|get|taking|getting) {det}(?:deep |full |proper |big )?breaths?'],
  // NHS "Angioedema" / "Anaphylaxis": a swollen tongue or throat.
  throat_swelling: [`tongue {www}(?:${SWELL}|huge|massive|twice (?:the|its) size)`, 'swollen tongue', `(?:lips|mouth|face) and tongue {ww}${SWELL}`],
  lip_face_swelling: [`(?:tongue|lips?|mouth|face|eyes?)(?: and (?:tongue|lips?|mouth|face|eyes?))? (?:have |has |are |is |had )?(?:gone |got |become )?(?:all )?${SWELL}`],
  // NHS "Coughing up blood".
  cough_blood: [`cough\\w* (?:up )?{www}${BLOOD}`, `${BLOOD} {ww}when (?:i |he |she )?cough\\w*`, `(?:spat|spitting|spit) (?:out |up )?{ww}${BLOOD}`],
  // Chest pain named by where it is (NICE CG95).
  chest_pain: [`(?:pain|ache|aching|tightness|pressure|heaviness|discomfort|stabbing|${BURNING}|crushing) {ww}(?:in|on|across|at|around|through) {det}(?:right |left |middle |centre |center )?(?:side )?(?:of )?{det}chest`],
  // NHS "Food stuck in throat" / "Swallowed objects".
  cant_swallow: ['(?:cant|cannot|unable to) (?:even )?(?:swallow|get {det}(?:food|drink|water) down)', '(?:cant|cannot|couldnt|unable to) get (?:him|her|them|me) to (?:swallow|drink|take|sip)', '(?:wont|isnt|not|is not|cant) swallow\\w*(?! (?:tablets|pills|capsules))'],
  // NHS "Stroke" (FAST): speech not right, one hand or arm clumsy or weak.
  speech_problem: [
    '(?:speech|talking|words) {ww}(?:is |are |has |have |went |sounds? |sounded |came out |coming out )?(?:gone )?(?:a bit |bit |all |really )?(?:funny|strange|odd|weird|wrong|not right|muddled|garbled|jumbled|mixed up|thick|drunk)',
    '(?:cant|cannot|struggling to|trouble|difficulty) (?:get|getting|find|finding) {det}words (?:out)?',
    '(?:talk|talking|speak|speaking|words|speech|trying to talk) {www}(?:gibberish|jibberish|nonsense|slurred|jumbled|garbled)', 'calling (?!(?:it|them|him|her|me|us|you|this|that) )(?:the |a |his |her )?\\w+ (?:a|the) \\w+',
  ],
  one_sided_weakness: [
    '(?:right|left) (?:hand|arm|leg|foot|side|side of {det}(?:body|face)) {ww}(?:is |feels |has gone |went |gone |keeps going )?(?:a bit |really |very |all )?(?:clumsy|weak|heavy|useless|dead|floppy|not working|wont work|wont do what)',
  ],
  // NICE NG151: on treatment for a blood cancer or cancer.
  immunosuppressed: [
    '(?:on|having|getting|receiving|under(?:going)?|in) (?:treatment|chemo\\w*|therapy|radiotherapy) (?:for|at) {det}(?:leuka?emia|cancer|lymphoma|tumou?r|myeloma|childrens hospital|cancer (?:centre|ward))',
  ],
  // NHS "Dehydration": not drunk anything, not peed all day.
  no_urine: ['(?:not|hasnt|havent|hadnt) (?:passed|done|had) (?:any )?(?:water|urine|a wee|a pee) (?:since|all day|for)', '(?:only|just) (?:weed|peed|had (?:a|one) wee|been for (?:a|one) wee|had a pee|passed urine) (?:once|one time)', '(?:only|just) (?:one|1) wet nappy', 'only (?:taking|had|drinking|drunk|having) (?:a few|a couple of|tiny|little|small) sips', '(?:only )?(?:one|1) wet (?:nappies|nappy|pull ?ups?) (?:today|all day|since)'],
  // Two wet nappies in a day is less urine (amber, a same-day check), not none (2026.12.22).
  reduced_urine: ['(?:only )?(?:two|2) wet (?:nappies|nappy|pull ?ups?) (?:today|all day|since)'],
  // NICE NG225 / NHS "Overdose": how people describe taking too many, without the word.
  overdose: [
    `(?:took|take|taken|taking|swallowed|swallow|had|necked|downed|eaten|ate) {ww}(?:all|the rest) (?:of )?{det}(?:\\w+ )?${MEDICINE}`,
    `(?:took|take|taken|swallowed|swallow|had|necked|downed) {www}(?:a |an |one |two |three |whole |full |entire )?(?:strips?|blister packs?|packets?|packs?|boxes|box|bottles?|tubs?) of {www}${MEDICINE}`,
    `(?:took|take|taken|swallowed|swallow|necked|downed) {www}${LARGE_COUNT} {ww}${MEDICINE}`, `${LARGE_COUNT} {w}${MEDICINE} {www}(?:gone|missing|in total|altogether|at once|in one go)`,
    '(?:empty|emptied) {det}(?:tablet |pill |medicine )?(?:packets|packs|boxes|bottles|blister packs|strips|foils)', `${MEDICINE} {ww}(?:packets|boxes|bottles|strips) (?:are |were )?(?:all )?empty`,
    '(?:empty|emptied) {det}(?:tablet |pill |medicine )?(?:box|packet|pack|bottle|strip|tub|blister pack) of {ww}(?:pills|tablets|tabs|meds|medication|medicines|capsules|painkillers|antidepressants|paracetamol|ibuprofen|aspirin|co ?codamol|codeine|tramadol|sertraline|citalopram|fluoxetine|amitriptyline|diazepam)',
  ],
  // Staggered overdose (NHS "Paracetamol"): more than the daily dose over a day or two.
  // NICE NG225: a plan or intent, said of oneself or reported by a relative.
  suicidal: [
    '(?:everyone|everybody|we|the family|they|people|the kids) (?:would|will|d) be better off without (?:me|him|her|them)', 'better off without (?:him|her|them)',
    '(?:going|gonna|about|wants?|wanting|planning|plans|threaten\\w*|threatening|says (?:she|he|they) (?:is|are|will)) to (?:jump off|jump in front of|throw (?:him|her|my|them)sel\\w*|hang (?:him|her|my|them)sel\\w*|kill (?:him|her|my|them)sel\\w*|end (?:it|(?:his|her|my|their) (?:own )?life))',
    '(?:going|gonna|about|threatening|threatened|says (?:hes|shes|he is|she is)) to jump\\b', 'tonights the night', '(?:ive|i have|i) (?:now )?decided {ww}(?:tonight|today|this weekend|its time|to go through with it|to do it)', '(?:calm|peaceful|at peace) now {ww}(?:ive|i have|i) decided', '(?:message|text|note|letter)s? {www}(?:goodbye|saying (?:hes|shes|im) sorry|sorry for everything)', 'nobody (?:will|can|would|is going to) stop (?:me|him|her)', '(?:worked out|figured out|know|decided|planned) (?:how|where|when) (?:i|ill|im going to|he|hell|she|shell) (?:do|end|kill|go)',
  ],
  // Preparations a relative notices (NICE NG225): giving things away, saying goodbye, a stash of tablets.
  suicide_plan: [
    '(?:gave|given|giving) {ww}(?:jewellery|jewelry|belongings|possessions|things|stuff|savings|rings?|watch) away', '(?:gave|given|giving) away {det}(?:jewellery|jewelry|belongings|possessions|things|stuff)',
    '(?:saying|said|says|texted|messaged|sent) {ww}goodbye (?:to|messages)',
    '(?:gone|went|going) out with {det}rope', '(?:top of|edge of|on the edge of|on top of) {det}(?:multi ?storey|car park|roof|cliff|bridge|building|tower|block of flats)', 'the car and the garage', 'exhaust (?:pipe|fumes)', 'how (?:ill|i will|i would|id|hell|shell|he will|she will) do it',
    `(?:stash|stockpile|hoard|supply|collection|bag) of {det}(?:\\w+ )?${MEDICINE}`, `(?:hid|hidden|hiding|found) {www}${MEDICINE} {ww}(?:drawer|bag|wardrobe|under)`],

  drowsy: ['(?:very|really|unusually|so|extremely|quite|more|much more) (?:dozy|out of it|zonked)', 'barely (?:talking|responding|conscious|awake|speaking)', '(?:keeps|keep|kept|keeps on) (?:wanting|trying|going) to (?:sleep|go to sleep|nod off|drop off)', '(?:cant|struggling to) (?:keep|stay) (?:awake|his eyes open|her eyes open|my eyes open|their eyes open)'],
  // NHS "Broken hip": the leg looks shorter or the foot turns outwards.
  fracture_signs: ['(?:leg|foot) {ww}(?:looks |is |seems |has gone )?(?:shorter|shortened)', '(?:foot|leg|knee) {ww}(?:is |has )?(?:turned|rolled|pointing|sticking|twisted) out\\w*', '(?:funny|odd|weird|strange|wrong) shape', 'out of place'],
  injury_event: ['(?:slipped|tripped|fell|fallen|stumbled|went flying) (?:on|over|down|off|in)', '(?:went over on|twisted|rolled|turned|jarred|landed (?:badly |awkwardly )?on) (?:it|{det}(?:left |right )?(?:ankle|wrist|knee|foot|arm|leg|hand|shoulder|elbow))', '(?:playing|during|at) (?:football|rugby|netball|hockey|basketball|training|the gym|a match|cricket|tennis|squash)', '(?:fell|fallen|falling|came|come|coming) off {det}(?:\\w+ )?(?:scooter|skateboard|bike|horse|swing|slide|climbing frame|wall|trampoline|ladder|roof|chair|bed)', '(?:fell|fallen|falling|landed|came down) (?:on|onto) {det}(?:outstretched )?(?:hand|wrist|arm|knee|shoulder|elbow|hip|back|side|head|neck)', 'skateboard\\w*', '(?:fell|fallen|came) (?:about |around |nearly )?(?:\\d+|a few|two|three|several) (?:metres|meters|feet|ft|m|stairs|steps) (?:off|from|down)'],
  // NHS "Labour": waters breaking, said with a word between.
  waters_broken: ['waters? (?:have |has )?(?:just |now |already )?(?:broken|broke|gone|went|burst|started leaking)'],
  reduced_fetal_movements: ['(?:baby|babys|bump|bumps) {ww}(?:moving|kicking|moved|kicked) (?:much |a lot |far |a bit )?less', '(?:baby|babys|bump|she|he) {ww}(?:not|hasnt|havent|hadnt|isnt|wasnt|didnt|dont|doesnt) (?:really )?(?:moved|moving|move|kicked|kicking|kick) (?:much|as much|very much|a lot|at all|as usual|like (?:normal|usual))', '(?:dont|doesnt|didnt) think {det}(?:baby|babys|she|he) {ww}(?:moved|moving|kicked|kicking) (?:much|as much|very much|a lot|at all|as usual)', '(?:not|havent|hasnt|dont|didnt|cant|no) {www}(?:felt|feel|feeling|noticed) {det}(?:baby|babys|her|him|them|any) {ww}(?:move|moving|moved|kick|kicking|kicks|movements?)', '(?:babys|baby is|baby has been) {ww}(?:quieter|quiet|still|not moving)'],
  // NHS "Type 1 diabetes": "she's type 1".
  diabetes: ['(?:im|am|is|hes|shes|theyre|are|being) (?:a )?type (?:1|one|2|two)\\b', 't1d', 'insulin pump'],
  // NHS "Low blood sugar": a reading under 4 mmol/L.
  hypo: ['(?:sugar|sugars|glucose|bm|reading|level) {ww}(?:was |is |of |at |down to |came up |reads |showed )?(?:[0-3]p\\d|[1-3])\\b(?! (?:days|weeks|hours|times|years))'],

  blood_in_it: ['(?:blood|bloody) (?:mixed )?(?:in|through) with (?:it|them)', 'blood mixed (?:in|through)'],
  diarrhoea: ['(?:going|been|on the toilet|to the toilet|opening (?:my|his|her) bowels) {ww}(?:[4-9]|1\\d|four|five|six|seven|eight|ten|twenty) times (?:a|per|in a|in the) day', '(?:crohns|colitis) {w}(?:flare|flaring|is flaring|bad)', 'flare {w}of {det}(?:crohns|colitis)'],
  hot_swollen_joint: ['(?:joint|knee|ankle|elbow|wrist|toe|hip) (?:(?:[a-z0-9]+|,) ){0,8}(?:swollen|swelled|swelling) (?:(?:[a-z0-9]+|,) ){0,8}(?:warm|hot)\\b'],
  cellulitis: ['(?:spreading|spread|creeping) (?:onto|up|down|across|into|over|to) {det}(?:cheek|face|neck|arm|leg|chest|hand|foot|thigh|shin|ear|jaw|calf|ankle)'],
  low_mood: ['tearful', '(?:dont|do not|didnt|cant) feel happy', '(?:a|such a) (?:bad|terrible|useless|rubbish|awful|failure of a) (?:mum|mother|dad|father|parent)'],
  self_care_failed: ['despite {www}(?:cream|creams|emollients?|tablets|treatment|medicines?|inhalers?|antibiotics|steroid\\w*|drops|spray)'],

  // NHS "Carbon monoxide poisoning": several people in one home unwell, better away from it.
  carbon_monoxide: ['(?:we|they|kids|family|us|both) all (?:have|had|got|get|feel|felt|keep getting) {ww}(?:headaches?|sick|dizzy|nause\\w*)', '(?:me and|and) (?:the|my) (?:kids|children|family|husband|wife|partner) (?:have |had )?all (?:had|got|have|felt|been getting) {ww}(?:headaches?|sick|dizzy|nause\\w*)', 'better (?:when|once|if|after) (?:we|i|they|he|she) (?:go|get|are|leave|went) (?:out|outside|away|the house)'],
  // NHS "Alcohol withdrawal": said as stopping, with what is seen or felt.
  substance_use: ['(?:stopped|stopping|quit|gave up|give up|cut out|off) (?:the )?(?:drinking|drink|booze|alcohol)'],
  fall: ['found {ww}on {det}(?:\\w+ )?(?:floor|ground)'],

  // NHS "Eye injuries": household and building chemicals, said by name.
  chemical_eye: ['(?:bleach|drain cleaner|oven cleaner|chemical\\w*|acid|alkali|cement|lime|ammonia|caustic|detergent|washing (?:tablet|capsule|pod)|liquitab|hair dye|weed ?killer|disinfectant) {www}(?:in|into|on) {det}(?:left |right )?eyes?', '(?:hit|splashed|sprayed|squirted|got|caught) {www}(?:eye|eyes) {ww}(?:with|by)? ?{det}(?:bleach|drain cleaner|oven cleaner|chemical\\w*|acid|cement|lime|ammonia|caustic|detergent|hair dye|weed ?killer|disinfectant)'],
  unresponsive: ['(?:wont|doesnt|didnt|isnt|not|wouldnt) respond\\w* (?:to|when)', 'slumped', 'not responding'],
  environmental_serious: ['shock (?:off|from) {det}(?:live )?(?:wire|socket|cable|mains|plug|fence|appliance)', 'live wire', 'electrocut\\w*'],
  sudden_vision_loss: ['(?:couldnt|cant|cannot|could not) see (?:anything )?(?:on|to|out of) {det}(?:right|left) (?:side|half)', '(?:lost|losing) (?:the )?(?:right|left) (?:side|half) of {det}(?:vision|sight)'],
  face_droop: ['(?:gone|going|went|is|looks) (?:all )?lopsided', '(?:face|mouth|smile|lip|eye|side of (?:his|her|my) (?:face|mouth)) {ww}(?:drooping|droopy|hanging|sagging|dropped)', 'mouth {ww}hanging'],
  urinary_symptoms: ['(?:stinging|burning|pain|sore|hurts) {ww}(?:passing|pass|when passing|when i pass) water', 'going every (?:half hour|hour|few minutes|10 minutes|\\d+ minutes)'],

  burn_serious: ['(?:burnt|burned|scalded|singed) {det}(?:face|eyebrows|eyelashes|lips|mouth|throat|genitals|private parts)', '(?:eyebrows|eyelashes|nose hair|nose hairs) {ww}(?:gone|singed|burnt|burned)', '(?:voice|throat) {ww}(?:hoarse|scorched|tight|croaky|burning)', 'hoarse'],
  rash: ['skin {ww}(?:peeling|coming) off', 'peeling (?:off )?in sheets'],
  mouth_eye_sores: ['(?:mouth|eyes|lips|genitals) {www}(?:sores|ulcers|blisters)'],
  reliever_overuse: ['(?:blue|reliever|ventolin|salbutamol) (?:inhaler|pump|puffer)? ?{www}every (?:4|four) hours'],

  jaw_claudication: ['(?:jaw|chewing|chew) {www}(?:tired|ache\\w*|aching|pain\\w*|hurts?|sore)', '(?:tired|aching|sore|painful) jaw {ww}(?:chew\\w*|eating)'],
  // NHS "Broken wrist": a fall on an outstretched hand with pain at the base of the thumb.
  loss_of_use: ['(?:fell|fallen|falling|landed|came down) (?:on|onto) {det}outstretched (?:hand|arm|wrist)', '(?:dip|hollow|base) (?:at|of) (?:the )?(?:base of )?{det}thumb'],
};

/** Concepts first needed by the 2026.12.2 catalogue features. */
export const LAY_CONCEPTS: readonly Concept[] = [
  // 2026.12.22: concepts for the emergency criteria added from the tuning sets' must-be-emergency misses.
  { id: 'double_vision', label: 'double vision', patterns: ['double vision', 'seeing (?:things )?double', '(?:things|everything|vision|eyesight|sight) {w}(?:keeps? |kept )?(?:going|gone|went|goes|looks?|looking) double'] },
  // NICE NG232: signs of a fracture at the base of the skull.
  { id: 'skull_base_signs', label: 'clear fluid from the nose or ears, or bruising behind the ear', patterns: [
    'clear (?:watery )?(?:fluid|liquid|water|stuff|drip\\w*) {www}(?:from|out of|coming out of|running from|dripping from|leaking from) {det}(?:nose|ears?)',
    '(?:nose|ears?) {ww}(?:running|dripping|leaking|pouring) {ww}clear (?:fluid|liquid|water|stuff)', 'bruis\\w* behind {det}(?:left |right )?ears?', 'panda eyes', 'black eyes on both sides',
  ] },
  // NICE NG51: a new change in behaviour or mental state, as a relative says it of an older person.
  { id: 'not_themselves', label: 'not themselves', patterns: [
    'not (?:herself|himself|themselves|themself|myself|my usual self|her usual self|his usual self|with it)', '(?:isnt|is not|wasnt|not) (?:acting )?(?:like )?(?:her|his|their) (?:normal|usual) self', 'away with the fairies',
  ] },
  { id: 'sleepy_more', label: 'sleeping much more than usual', patterns: ['sleep(?:ing|s)? (?:much |a lot |far )?more', '(?:so|very|really|really very) sleepy', 'sleepy (?:all|most of) (?:the|of the) (?:day|time)', 'sleeping (?:all|most of) (?:the )?day'] },
  // NHS "Panic disorder": an attack of pounding heart and feeling unable to breathe peaks within minutes and passes; said to
  // have passed, the breathing difficulty is not happening now (2026.12.26).
  { id: 'attack_passed', label: 'an attack that has passed', patterns: [
    '(?:passes|passed|goes|went|settles|settled|stops|stopped|calms down|calmed down|wears off|wore off) {www}(?:after|within|in) (?:about |around |roughly )?(?:\\d+|a few|a couple of|five|ten|fifteen|twenty|half an hour)(?: (?:mins?|minutes))?',
    '(?:lasts?|lasted|lasting) (?:for )?(?:about |around |roughly )?(?:\\d+|a few|five|ten|fifteen|twenty) (?:mins?|minutes) (?:and )?(?:then )?(?:it )?(?:goes|passes|stops|went|passed|stopped|settles)',
    '(?:then|and then) (?:it )?(?:passes|passed|goes away|went away|goes|went|settles|settled|stops|stopped)(?! (?:worse|up))', 'fine now', '(?:ok|okay|alright|normal|back to normal) now',
    // "I keep getting attacks where I can't breathe": attacks that come and go, told between them.
    '(?:keep|keeps|kept) (?:getting|having) (?:these |sudden |panic |\\w+ )?(?:attacks|episodes|turns)',
  ] },
  // Chest tightness the person ties to worry or stress ("my chest feels tight when I'm stressed"), as in generalised anxiety.
  { id: 'stress_linked', label: 'brought on by stress or worry', patterns: [
    '(?:when|whenever|if|as soon as) (?:i |im |i am |i get |i feel |he |she )?(?:am |is |gets |get |feel |feels )?(?:stressed|anxious|worried|nervous|panicky|wound up|on edge|worrying|panicking)',
    '(?:with|from|because of|due to) (?:the |my |all the )?(?:stress|worry|worrying|anxiety|nerves)', '(?:stress|anxiety|worry|nerves) (?:makes|gives|brings on)',
  ] },
  // NICE CG95: the pattern of stable angina, brought on by exertion and relieved by rest.
  { id: 'exertional_only', label: 'only on exertion, gone with rest', patterns: [
    '(?:goes|went|eases|eased|settles|settled|stops|stopped|wears off|wore off|disappears|passes|gone) (?:off |away )?{www}(?:when|if|once|after|as soon as) (?:i |he |she |they )?(?:stop|stopped|rest|rested|sit down|sat down|slow down|slowed down|have a rest|had a rest|stand still|standing still|stood still)',
    '(?:only|just) (?:ever )?(?:when|if|on|while) (?:i |he |she |they )?(?:walk|walking|exercise|exercising|exert|climb|climbing|go up|going up|hurry|rush|run|running|do anything)',
    '(?:goes|went|eases|eased|settles|settled|stops|stopped|wears off|wore off|disappears|passes|gone) (?:off |away )?{www}(?:of |with |after )(?:rest|resting|a rest|stopping|sitting down|standing still)', '(?:goes|went|goes off|eases|settles|stops|wears off|passes) {www}(?:rest|a rest|standing still|stopping|resting|sitting down)',
    'never (?:happens |comes on |get it |gets it |had it )?(?:at|when at|while at|when i am at|when im at|when resting|when sitting) ?(?:rest)?', '(?:not|never|no pain|none) (?:there )?(?:at|when at|while at) rest',
  ] },
  { id: 'more_often', label: 'coming more often', patterns: ['(?:more|much more) (?:often|frequent\\w*)', '(?:happening|coming on|getting it|having it) more', 'less and less (?:walking|exercise|effort)'] },
  { id: 'rest_pain', label: 'pain at rest', patterns: ['(?:now |also |even |started |starting |comes? |coming |came )(?:at|when at|while at|when i am at|when im at) rest', '(?:now |also |even )(?:when|while) (?:sitting|resting|lying) (?:still|down)?'] },
  // NHS "Psychosis" and urgent mental health help: voices that tell the person to harm themselves or someone else.
  // 'voices are telling me I need to hurt my kids' (2026.12.41).
  { id: 'command_voices', label: 'voices telling them to harm', patterns: ['voices? {www}(?:telling|tells|tell|told|saying|says|said|want|wants) {w}(?:to )?(?:hurt|kill|harm|jump|cut|stab|end|do something to)', 'voices? {www}(?:telling|tells|tell|told|saying|says|said) {www}(?:need|needs|have|has|got|must|should|ought) to (?:hurt|kill|harm|jump|cut|stab|end|do something to)'] },
  // NHS "Drink spiking".
  { id: 'drink_spiked', label: 'a drink that may have been spiked', patterns: ['spiked', 'spiking', 'put something in {det}drink', 'slipped something (?:in|into) {det}drink'] },
  // NICE NG41: a dangerous mechanism (a fall from a height, off a ladder or roof, down the stairs).
  { id: 'fall_from_height', label: 'a fall from a height', patterns: ['(?:fell|fallen|falling|came) {ww}(?:off|from|down) {det}(?:\\w+ )?(?:ladder|roof|scaffold\\w*|balcony|wall|stairs|flight of stairs|horse|tree|loft)', '(?:\\d+|two|three|four|five|several) (?:metres|meters|feet|ft|m) (?:off|from|down|onto)'] },
  // NHS "Sudden hearing loss": hearing gone in one ear over hours or days.
  // NICE CKS "Giant cell arteritis": a new temple headache over 50 with jaw pain on chewing or a tender scalp.
  { id: 'temple_pain', label: 'pain or tenderness at the temple', patterns: ['temples?', '(?:scalp|head) {ww}(?:tender|sore|hurts?) (?:to touch|when (?:i )?(?:brush|comb|touch))'] },
  { id: 'foggy', label: 'feeling foggy or dazed', patterns: ['(?:foggy|fuzzy|dazed|spaced out|woozy|not quite with it)'] },
  // NHS "Urinary catheters": a catheter that has stopped draining needs the district nurse or urgent care the same day.
  { id: 'catheter_blocked', label: 'a catheter that is not draining', patterns: ['catheter {www}(?:not|isnt|hasnt|stopped|blocked|no) {w}(?:drain\\w*|draining|working|anything)', '(?:nothing|no urine|no wee) {www}(?:catheter|bag)', 'catheter {ww}blocked',
    // "the bag has had nothing in it since this morning", "leaking round the catheter" (2026.12.20).
    'bag {www}(?:nothing in it|empty|not filling|no urine|no wee)', '(?:leaking|leaks|bypassing) (?:round|around) {det}catheter', '(?:hasnt|has not|havent|have not|stopped) (?:drained|draining)'] },
  { id: 'skin_tear', label: 'a skin tear', patterns: ['(?:tore|torn|tear|ripped) {det}(?:a )?(?:flap of )?skin', 'skin (?:tear|flap)', 'flap of skin', 'skin {ww}(?:peeled|torn|ripped|folded|pulled) back', 'like a flap'] },
  { id: 'pressure_sore', label: 'a pressure sore', patterns: ['pressure (?:sore|ulcer|area|damage)', 'bed ?sores?', '(?:red|purple|broken) {ww}(?:patch|area|skin) on {det}(?:bottom|heel|heels|hip|back|sacrum|tailbone)'] },
  { id: 'not_eating', label: 'not eating or drinking', patterns: ['(?:not|hardly|barely|stopped) (?:eating|drinking(?! (?:loads|lots|a lot|much more|more than|excessively|all the time)))', 'off (?:his|her|their) food', 'staying in bed'] },
  // NHS "Asthma attacks": the reliever needed more often than every 4 hours, or not helping.
  { id: 'reliever_overuse', label: 'the reliever inhaler needed very often', patterns: [
    '(?:blue|reliever|ventolin|salbutamol) (?:inhaler|pump|puffer)? ?{www}(?:[4-9]|1\\d|four|five|six|seven|eight|ten|twelve|lots of|loads of|several|so many) (?:or (?:\\d+|\\w+) )?times (?:a|per|every|in a|in the) (?:day|night)',
    '(?:blue|reliever|ventolin|salbutamol) (?:inhaler|pump|puffer)? ?{www}every (?:hour|half hour|[1-3] hours|couple of hours|two hours|few hours)',
    '(?:blue|reliever|ventolin|salbutamol) (?:inhaler|pump|puffer)? ?{ww}(?:isnt|is not|not|doesnt|wasnt|hasnt) (?:really )?(?:helping|working|lasting|touching it)',
  ] },
  // NHS "Help after rape and sexual assault".
  { id: 'sexual_assault', label: 'a sexual assault', patterns: ['sexual\\w* assault\\w*', '(?:was|been|got|i was|she was|he was) raped', 'rape', '(?:forced|made) (?:me|her|him) (?:to )?(?:have sex|do sexual)', 'spiked {www}(?:woke|sex|clothes)'] },
  // NICE CG185 (mania): elation, little need for sleep, racing ideas, reckless spending.
  { id: 'elated_energy', label: 'feeling unusually high or full of energy', patterns: ['(?:feel|feeling|felt) (?:absolutely |totally |really )?(?:amazing|invincible|on top of the world|unstoppable|high as a kite|euphoric)', '(?:loads|lots|so many|full) of (?:ideas|energy|plans)', 'racing thoughts', 'thoughts (?:are )?racing', 'grandios\\w*', 'mania', 'manic',
    // 2026.12.13: grandiose beliefs as a relative reports them (NICE CG185).
    '(?:thinks|believes|convinced|says|saying) (?:that )?(?:he|she|they|i|hes|shes|theyre|im|hell|shell)(?: is| s| are| am| will| ll)? (?:going to be |gonna be |be |going to become |become )?(?:famous|a genius|a millionaire|rich|god|the chosen one|chosen|special powers|a prophet|prime minister|the prime minister|president|the president|king|the king)'] },
  { id: 'off_legs', label: 'suddenly unable to walk or get up', patterns: ['off (?:his|her|their|my) (?:legs|feet)', '(?:cant|cannot|wont|unable to) (?:get|stand) up (?:out of|from) {det}(?:chair|bed|armchair)'] },
  { id: 'little_sleep', label: 'hardly sleeping without feeling tired', patterns: ['(?:barely|hardly|not) (?:slept|sleeping)', '(?:barely|hardly) (?:had any|any|got any) sleep', '(?:hasnt|hadnt|havent|has not|have not) slept (?:for |in )?(?:\\d+|two|three|four|five|six|several|a few|days|nights)', '(?:only|maybe|just) {w}(?:[1-3]|one|two|three)(?: (?:or|to) (?:[1-4]|two|three|four))? hours? (?:sleep|a night)', '(?:dont|doesnt) (?:need|want) (?:any )?sleep'] },
  { id: 'pressured_behaviour', label: 'talking fast or spending recklessly', patterns: ['talking (?:too |so |really |very )?fast', '(?:spent|spending|spends) {www}(?:\\d{3,}|thousands|a fortune|loads|all (?:his|her|my|our) (?:money|savings))', 'cant (?:stop|slow) {det}(?:talking|thoughts)', '(?:wont|doesnt) stop talking', '(?:talking|talks|talked) non ?stop'] },
  // Someone who cannot say they are in pain shows it by a change in behaviour (NICE NG11) (2026.12.18).
  { id: 'cannot_tell', label: 'cannot say what is wrong (non-verbal)', patterns: ['non ?verbal', '(?:doesnt|does not|wont|unable to) (?:speak|talk|communicate|tell us|say)(?! to)', '(?:cant|cannot) (?:speak|talk|communicate|tell us|say)(?! (?:to|much|properly|in sentences|for|because|without|in full))'] },
  { id: 'behaviour_change', label: 'a change in behaviour', patterns: ['(?:isnt|is not|not) like (?:him|her|them)(?:self|selves)?', '(?:hitting|banging|slapping|hit|bang|slap) {det}(?:own )?(?:side of {det})?(?:head|face|ears?|jaw|tummy|stomach)', '(?:refusing|refuses|refused|wont take|not taking) {det}(?:food|meals|drinks|to eat|to drink)', '(?:more|very|unusually) (?:agitated|distressed|withdrawn)', 'self ?injur\\w*'] },
  // A person out of touch with danger: ran into traffic (NHS urgent mental health help: a life at risk is 999) (2026.12.18).
  { id: 'reckless_danger', label: 'ran into danger', patterns: ['(?:ran|run|running|walked|walking|stepped|stepping|wandered|wandering) (?:out )?(?:into|in front of|across) {det}(?:road|traffic|cars?|bus|lorry|busy road)'] },
  // NHS "Warfarin": bleeding that needs a same-day check.
  { id: 'anticoagulant_bleeding', label: 'unexplained bruising or bleeding', patterns: ['bruis\\w* {www}(?:cant explain|unexplained|for no reason|appearing|all over|everywhere)', 'unexplained bruis\\w*', 'gums? (?:bleed|bleeding|bled)', 'bleeding gums', 'nosebleeds? {www}(?:keeps?|keep coming|again|on and off|back)', '(?:blood in|bloody|red|pink) {det}(?:urine|wee|pee)'] },
  // Staggered overdose (NHS "Paracetamol"): more tablets over a day or two than the daily dose.
  { id: 'count_in_total', label: 'many tablets in total', patterns: [`${LARGE_COUNT} {w}(?:${MEDICINE} )?(?:in total|altogether|in (?:a|one|the) day|in 24 hours)`] },
  { id: 'medicine_taken', label: 'a medicine taken', patterns: [`(?:took|take|taken|taking|swallowed|had|having) {www}${MEDICINE}`] },
  { id: 'large_blood_amount', label: 'a large amount of blood', patterns: [
    `(?:a lot|lots|loads|a load|a cup|a cupful|cupful|cups|a mug|mugful|a mouthful|mouthfuls|a big amount|large amount|a large amount|quite a lot|a fair bit|a good amount|a pool|pools) {w}(?:of )?(?:bright red |fresh |dark red |dark )?${BLOOD}`,
    '(?:cupful|mugful|cup full|mouthful|bowlful)s?', 'more than a (?:few )?(?:teaspoons?|spoonfuls?|spoons?|streaks?)', 'not (?:just )?(?:streaks|specks|spots|flecks)',
  ] },
  { id: 'aneurysm', label: 'a known aortic aneurysm', patterns: [
    'aneurysm', 'aaa', 'triple a', '(?:swelling|bulge|bulging|ballooning|widening|weak spot|stretch\\w*) {www}(?:blood vessel|artery|aorta)', '(?:blood vessel|artery|aorta) {www}(?:swelling|bulge|bulging|ballooning|widening|swollen|enlarged|stretched)',
  ] },
  { id: 'knocked_out', label: 'knocked out or lost consciousness', patterns: [
    'knocked (?:out|unconscious|spark out)', '(?:was|went|been|is|were) (?:out|out cold|spark out|unconscious) (?:for|cold)', 'out cold', 'out for (?:a few|a couple of|\\d+|a|one|two|several) (?:seconds|secs|second|minutes?|mins?)',
    'lost consciousness', '(?:didnt|did not|wasnt) respond\\w* for',
  ] },
  { id: 'memory_loss_event', label: 'cannot remember what happened', patterns: [
    '(?:cant|cannot|doesnt|dont|didnt|does not|do not|couldnt) (?:remember|recall) {www}(?:happened|match|game|accident|fall|it|anything|hitting|before|after|how|getting)',
    'no memory of', 'memory loss', 'lost (?:his|her|my|their) memory', '(?:keeps|keep) asking the same (?:questions?|thing)',
  ] },
  { id: 'bladder_difficulty', label: 'new difficulty passing or controlling urine', patterns: [
    '(?:struggl\\w*|trouble|difficulty|hard|hardly able|taking ages) (?:to )?(?:start|starting|pass|passing|get|getting) {det}(?:a )?(?:wee|pee|urine|water|stream) (?:going|started)?',
    '(?:cant|cannot) tell (?:when|if) {det}bladder',
  ] },
  { id: 'pain_relief_failed', label: 'painkillers not helping', patterns: [
    '(?:painkillers?|paracetamol|ibuprofen|co ?codamol|codeine|tablets|medication|meds|morphine|oramorph) {ww}(?:do|does|did|doing|done|have done|has done) (?:absolutely |literally )?nothing',
    '(?:painkillers?|paracetamol|ibuprofen|co ?codamol|codeine|tablets|medication|meds|morphine|oramorph) {ww}(?:barely|hardly|not even) (?:touch\\w*|help\\w*|work\\w*)',
    '(?:painkillers?|paracetamol|ibuprofen|co ?codamol|codeine|tablets|medication|meds|morphine|oramorph) {ww}(?:arent|not|dont|doesnt|isnt|havent|hasnt|didnt) (?:even |really |actually )?(?:touching|touch|helping|help|working|work|doing anything|done anything|making (?:a|any) difference)',
  ] },
  { id: 'purple_rash', label: 'purple or bruise-like spots', patterns: [
    '(?:purple|purply|purplish|dark red|deep red|red purple|plum) {ww}(?:marks|spots|blotches|patches|rash|dots|pin ?pricks?|specks)',
    // 2026.12.14: the glass test failing is the non-blanching rash (NHS meningitis). 'little red spots and blisters' on the hands, feet
    // and mouth is hand, foot and mouth disease, not pinprick bleeding (2026.12.41).
    '(?:rash|spots|marks|blotches) {www}(?:doesnt|does not|dont|do not|didnt|did not|wont|will not|not) (?:fade|go away|disappear|blanch)\\w* (?:when|under|with|if) {ww}(?:glass|press\\w*|roll\\w*)', 'bruise ?like (?:marks|spots|rash|patches|blotches)',
    '(?:marks|spots|rash|blotches) {ww}like (?:bruises|bruising|a bruise|pin ?pricks|little bruises)', '(?:tiny|little|small|pin ?prick) (?:red|purple) (?:dots|spots|pin ?pricks?|specks)(?! (?:and|with|that turn into|turning into) (?:\\w+ )?(?:blisters|bumps|white heads|yellow heads|pus))', 'petechia\\w*', 'purpura',
  ] },
  { id: 'tight_swollen_limb', label: 'a tight, swollen limb after an injury', patterns: [
    '(?:calf|leg|shin|arm|forearm|thigh|foot|hand) {ww}(?:is |feels |has gone |gone )?(?:really |very |so )?(?:tight|tense|hard) {list}(?:swollen|swelling)',
    '(?:swollen|swelling) {list}(?:tight|tense|rock hard)', '(?:calf|leg|shin|arm|forearm|thigh) {ww}(?:really |very |so )?(?:tight|tense) (?:and|with)',
  ] },
  { id: 'chest_wall_strain', label: 'chest pain from a strained muscle (worse on pressing or twisting)', patterns: [
    '(?:twist\\w*|turn\\w*|move|moving) or (?:press|push|prod|poke)\\w* (?:on )?(?:it|the spot|one spot|that spot|there|the area)',
    '(?:when|if) (?:i |you )?(?:press|push|prod|poke)\\w* (?:on )?(?:it|the spot|one spot|that spot|there|the area)', '(?:pulled|strained|tweaked) (?:a )?(?:chest )?muscle', 'feels like a (?:pulled|strained) muscle',
  ] },
  { id: 'sickle_cell', label: 'sickle cell disease', patterns: ['sickle ?cell', 'sickle crisis', 'pain crisis', 'sickler'] },
  { id: 'food_stuck', label: 'food or an object stuck in the throat', patterns: [
    '(?:bone|food|meat|chicken|fish ?bone|something|coin|piece of \\w+|bit of \\w+|steak|bread) {www}(?:stuck|lodged|caught) in {det}(?:throat|gullet|food pipe|chest|oesophagus)',
    '(?:stuck|lodged|caught) in {det}(?:throat|gullet|food pipe|oesophagus)',
  ] },
  { id: 'pleuritic_pain', label: 'pain on breathing in', patterns: ['(?:pain|hurts?|sharp|catch\\w*|stabbing|stab) {www}(?:when|if|as|every time) (?:i |he |she )?(?:breathe|breath|take a (?:deep )?breath|breathing)'] },
  { id: 'long_travel', label: 'a long journey recently', patterns: ['long (?:haul )?(?:flight|journey|drive|coach trip|car journey|trip)', '(?:flight|flew|flying) (?:back )?from', '(?:\\d+|ten|twelve) hour (?:flight|journey|drive)'] },
  { id: 'clot_risk', label: 'a risk factor for a blood clot', patterns: [
    '(?:combined |contraceptive )?pill', 'hrt', 'hormone replacement', '(?:recent |had an |had my |after )?(?:operation|surgery)(?! (?:years|in 19|in 20))', 'plaster cast', '(?:in|on) (?:a )?cast', 'immobil\\w*', 'bed ?bound',
  ] },
  { id: 'paracetamol_double', label: 'two medicines that both contain paracetamol', patterns: [
    '(?:co ?codamol|co ?dydramol|cold and flu|lemsip|beechams|night nurse|solpadeine|migraleve|day nurse) {www}(?:and|with|plus|as well as|on top of|in between) {www}paracetamol',
    'paracetamol {www}(?:and|with|plus|as well as|on top of|in between) {www}(?:co ?codamol|co ?dydramol|lemsip|beechams|night nurse|solpadeine|cold and flu|day nurse)',
  ] },
];
