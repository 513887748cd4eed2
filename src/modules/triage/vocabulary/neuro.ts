/** Brain, head, eyes and consciousness phrasings. */
import type { Concept } from './concept.ts';

export const NEURO_CONCEPTS: Concept[] = [
  // NHS "Bell's palsy": the whole side of the face is weak, forehead and eyelid included, so the eye will not close and the
  // brow will not lift; a stroke usually spares the forehead (2026.12.26).
  { id: 'bells_palsy_signs', label: "the whole side of the face weak, eye and forehead included (Bell's palsy)", patterns: [
    'bells? palsy', "bell s palsy", '(?:cant|cannot|unable to|wont|doesnt|not able to) (?:fully |properly )?(?:close|shut|blink) {det}(?:left |right )?eye(?:lid)?',
    '(?:forehead|brow|eyebrow) {ww}(?:doesnt|does not|wont|will not|cant|cannot|not) (?:\\w+ )?(?:move|wrinkle|lift|raise|go up)', '(?:cant|cannot) (?:raise|lift|wrinkle|move) {det}(?:left |right )?(?:forehead|eyebrow|brow)',
  ] },
  {
    id: 'face_droop',
    label: 'face drooping on one side',
    patterns: [
      '(?:face|mouth|smile|lip) (?:has |is |have )?(?:drooping|droopy|drooped|dropped|fallen|sagging|lopsided|gone lopsided|twisted)',
      '(?:drooping|droopy|lopsided|dropped) (?:face|mouth|smile)', '(?:side|half) of {det}face (?:wont|will not|doesnt|does not|cant|cannot) move', 'smile (?:is |has gone |looks )?(?:wonky|crooked|lopsided)', '(?:wonky|crooked) smile', '(?:one side|side) of {det}(?:face|mouth) (?:has |is )?(?:dropped|drooping|fallen|numb|weak)',
      'cant smile (?:properly|evenly)', 'face (?:feels |is |has gone |went |gone )?(?:numb|tingly|weird and numb)',
    ],
  },
  {
    id: 'one_sided_weakness',
    label: 'sudden weakness or numbness in an arm or one side',
    patterns: [
      '(?:weak|numb|weakness|numbness|paralys\\w*) (?:on|down|in) one side', 'one side of {det}body',
      // "couldn't hold his cup in his left hand and kept dropping it" (NHS stroke: arm weakness, told by a carer, 2026.12.37).
      '(?:couldnt|cant|cannot|unable to|could not|wasnt able to) (?:hold|grip|lift|pick up) {www}(?:in|with) (?:his|her|my|their) (?:left|right) (?:hand|arm)', '(?:keeps?|kept) dropping {www}(?:from|with|in|out of) (?:his|her|my|their) (?:left|right) (?:hand|arm)',
      'sudden(?:ly)? {ww}(?:weak|numb|weakness|numbness|heaviness) (?:in|of|down) {det}(?:left |right )?(?:arm|leg|hand|face|side)',
      'sudden(?:ly)? {ww}(?:cant|cannot|unable to) (?:lift|raise|move|use|feel) {det}(?:left |right )?(?:arm|hand|leg)',
      '(?:cant|unable to) (?:lift|raise|move) (?:both|either|{det}(?:left |right )?)arms?(?! (?:above|to|up to|over|high|past|properly because))',
      '(?:left|right) (?:arm|hand|leg) (?:has )?(?:gone |is |went )?(?:weak|numb|dead|limp|floppy|useless)',
      '(?:arm|hand) (?:has )?(?:gone|went|is) (?:suddenly )?(?:weak|numb|dead|limp|floppy|useless)',
      // 2026.12.11: an arm and leg together on one side, however described ("feel like they are not mine").
      '(?:left|right) (?:arm and leg|leg and arm|hand and leg|arm and face|face and arm) {www}(?:heavy|numb|weak|dead|not mine|not (?:my|part of)|useless|floppy|clumsy)',
      // 2026.12.9: loss said as a noun ("lost the feeling in my right arm").
      '(?:lost|lose|losing|loss of) (?:all )?(?:the )?(?:feeling|sensation|strength|power|use) (?:in|of) {det}(?:left |right )?(?:arm|hand|leg|face|side)',
    ],
  },
  {
    id: 'speech_problem',
    label: 'slurred or muddled speech',
    patterns: [
      'slurr\\w*', '(?:speech|talking|voice) (?:is |has |went |goes |going |was )?(?:gone )?(?:slurred|garbled|jumbled|muddled|strange|funny|weird)',
      '(?:cant|unable to) (?:get|find) (?:the |my |his |her )?words', '(?:cant|unable to) (?:speak|talk) properly',
      'words (?:are )?(?:coming|come|came) out (?:wrong|jumbled|muddled|funny)', 'talking (?:gibberish|nonsense)',
    ],
  },
  {
    id: 'sudden_vision_loss',
    label: 'sudden loss of vision',
    patterns: [
      'sudden(?:ly)? {ww}(?:lost|lose|loss of|cant see|blind)', '(?:lost|losing|loss of) (?:all |most of |half )?(?:the |my |his |her )?(?:sight|vision)', '(?:eye|sight|vision) {ww}(?:went|gone|going|turned) (?:dark|black)', '(?:everything|it) (?:went|gone|turned) (?:dark|black) in {det}(?:left |right )?eye', '(?:went|gone|turned|go|goes|going) {w}(?:dark|black|blank) in {det}(?:left |right )?eye', 'like a (?:light|switch) (?:switched|turned|going) off',
      '(?:gone|went|going) blind', 'cant see (?:anything )?(?:out of|from|with) {det}(?:left |right )?eye', 'curtain (?:over|across|coming down)',
      // "the vision in my right eye just went, like a blind came down" (2026.12.19).
      '(?:vision|sight) {ww}(?:just )?(?:went|gone|disappeared|vanished)(?! (?:gradually|slowly|steadily|blurry|blurred|fuzzy|funny|a bit|washed|faded|misty|cloudy|hazy|dim|dim|dull|cloudy|misty|hazy|grey|gray|blotchy|patchy|weird|strange|wavy|darker|lighter))', 'like a (?:blind|curtain|shadow|veil|shutter) (?:came|coming|come|has come|was pulled|pulled) (?:down|across|over|up)',
      // "the vision in my right eye has gone, like a black blind" (2026.12.21).
      '(?:vision|sight) (?:in|of|from|out of) {det}(?:left |right )?eye {w}(?:has |have |had )?(?:gone|went|disappeared|vanished)(?! (?:blurry|blurred|fuzzy|funny|a bit|washed|faded|dim|dull|cloudy|misty|hazy|grey|gray|blotchy|patchy|weird|strange|wavy|darker|lighter))', 'like a (?:black |dark |grey )(?:blind|curtain|shadow|veil|shutter)',
    ],
  },
  {
    id: 'visual_disturbance',
    label: 'blurred vision or flashing lights',
    patterns: [
      'blurr\\w* (?:vision|sight|eyes?)', '(?:vision|sight|eyes?) (?:is |are |has |have )?(?:gone )?(?:blurr\\w*|funny|strange|flashing|fuzzy)',
      'flashing lights', 'flashes', 'seeing (?:spots|flashes|stars|double|lights|zig ?zags)', 'double vision', 'floaters',
      'spots in front of {det}eyes', 'zig ?zags?', '(?:things|everything|vision|eyesight|sight) (?:keeps? |kept )?(?:going|gone|went|goes|looks?|looking) double',
    ],
  },
  {
    id: 'headache',
    label: 'headache',
    patterns: [
      'head ?aches?', 'hedache', 'migraines?', '(?:pain|ache|pounding|throbbing|pressure) (?:in|on) {det}head',
      'head (?:hurts|is pounding|is throbbing|pain|is killing me)', '(?:pounding|throbbing|splitting|sore) head',
      // "my head's banging" is a headache; the head-injury pattern "bang … head" inside it is set aside (issue 11).
      'heads? (?:is |was |keeps |has been |feels )?(?:banging|bang|thumping|thump|pounding|pound)(?! (?:on|against|into|off|it))', 'banging (?:head ?ache|head)(?! (?:on|against|into|off))',
    ],
    subsumes: ['head_injury'],
  },
  {
    id: 'thunderclap',
    label: 'sudden severe ("worst ever") headache',
    patterns: [
      'worst {ww}headache', 'worst {ww}pain {ww}(?:in )?{det}head',
      '(?:sudden|suddenly|thunderclap|explosive|instant) {ww}(?:headache|pain in {det}head)',
      'headache (?:(?!and |with |or )\\w+ ){0,3}came on {w}(?:suddenly|in seconds|instantly|out of nowhere|like a thunderclap)',
      'like (?:being|been|i was|i had been|getting) (?:hit|kicked|struck|smashed) {ww}head',
    ],
  },
  {
    id: 'stiff_neck',
    label: 'stiff neck',
    patterns: ['(?:cant|cannot|unable to|wont|doesnt want to) (?:bend|move|turn|lower) {det}neck', '(?<!\\b(?:can|could|able to|managed to|can still) (?:put|get|touch|bring|bend) (?:my|his|her|their) )chin (?:on|to|onto|down to) {det}chest', 'stiff neck', 'neck (?:is |feels )?(?:stiff|stiffness)', '(?:cant|unable to) (?:bend|touch|put) {det}(?:head|chin) {ww}(?:chest|forward|down)'],
  },
  {
    id: 'photophobia',
    label: 'light hurting the eyes',
    patterns: ['(?:wants?|wanted|asking for|asked for|keeps? asking for) {det}(?:lights?|curtains?) (?:off|out|closed|shut|turned off)', '(?:hiding|hides|hid) from {det}(?:light|lights)', 
      '(?:light|lights|bright lights?|daylight|sunlight) {w}(?:hurts?|hurting|is painful|bothers?|is bothering|too bright)', '(?:light|lights|bright lights?|daylight|sunlight) (?:really |so |very )?(?:hurts?|hurting)',
      '(?:dislikes?|cant stand|cant bear|cant look at|sensitive to|sensitivity to|avoiding) {ww}(?:light|lights)', 'photophobi\\w*',
    ],
  },
  {
    id: 'confusion',
    label: 'new confusion',
    patterns: [
      'confus\\w*', 'disorientat\\w*', 'delirium', 'delirious', 'muddled(?! (?:speech|words))', 'not making (?:any )?sense',
      'doesnt know where (?:she|he|they|i) (?:is|are|am)', '(?:doesnt|didnt|does not|did not|cant|couldnt) (?:know|remember|tell (?:me|us)) (?:what|which) (?:year|day|month|time) it is', '(?:thought|thinks) (?:i|im|i was|i am|we were|we are) (?:his|her|their) \\w+', '(?:doesnt|didnt|does not|did not) (?:recognise|recognize|know) (?:me|us|his own|her own|their own)', 'not with it', 'not (?:herself|himself|themselves|myself) {ww}(?:confus\\w*|muddled|strange|odd)',
    ],
  },
  {
    id: 'unresponsive',
    label: 'collapsed or unresponsive',
    patterns: [
      'unconscious', 'unresponsive', 'not respond\\w*(?! to (?:the |my |his |her )?(?:antibiotics?|treatment|medications?|medicines?|tablets|cream|inhaler))', '(?:wont|cant|hard to|difficult to|unable to) (?:wake|rouse)',
      // "(a headache that) doesn't wake me" is not someone who will not wake (2026.12.40).
      // "I can't keep her awake" after tablets: reduced consciousness (NHS Poisoning: call 999 if they are hard to wake) (2026.12.32).
      '(?:cant|cannot|couldnt|can hardly|can barely|struggling to|hard to) keep {det}(?:him|her|them|me|baby|child|mum|dad|son|daughter)? ?awake',
      '(?:wont|doesnt|not|isnt) wak(?:e|ing)(?! (?:me|us)\\b) (?:up )?(?:properly)?', 'collaps\\w*', 'lifeless', '(?:only|just) (?:respond\\w*|react\\w*|opens? {det}eyes|wakes?) (?:to|if|when) {www}(?:squeez\\w*|shak\\w*|pinch\\w*|shout\\w*|pain|rub\\w*|touch\\w*)', '(?:wont|doesnt|wouldnt|will not|does not) open {det}eyes (?:to|when|even|for)', 'responds? only to (?:pain|voice|touch|shouting)',
    ],
  },
  {
    id: 'seizure',
    label: 'seizure (fit)',
    // "Book a fitting" for a coil is an appointment, not a fit (2026.12.30).
    patterns: ['seizures?', 'seizing', '(?<!(?:a|coil|implant|the|book|for|cap) )fitting(?! (?:appointment|of)\\b)', '(?<!(?:book|booked|booking|arrange|coil|implant) )(?:having|had|has|have|a|first|another|ever) (?:a )?fits?(?! note)(?![a-z])', 'convuls\\w*'],
  },
  {
    id: 'seizure_red',
    label: 'a first or prolonged seizure',
    patterns: [
      '(?:first|1st) (?:ever )?(?:fit|seizure|convulsion)', '(?:more|longer) than (?:5|five|ten|10) min\\w*',
      // 2026.12.13: one fit after another without coming round, or the rescue medicine not working (NICE NG217: status epilepticus).
      'another (?:one|fit|seizure) {ww}(?:straight )?after', '(?:without|not|never|didnt|hasnt|doesnt) (?:\\w+ )?(?:waking|woken|waking up|coming round|come round|coming to|come to|regaining) {www}(?:in between|between)', '(?:fits?|seizures?) (?:back to back|one after (?:another|the other))', 'rescue (?:med\\w*|medicine|midazolam|buccal|remedy) {ww}(?:hasnt|didnt|not|has not|did not|isnt|wasnt) work\\w*',
      '(?:over|lasted|lasting|for) (?:5|five|6|six|7|ten|10|15) min\\w*', '(?:fits?|seizures?|fitting) {ww}(?:wont|doesnt|not) stop\\w*',
      '(?:one|fit) after another', 'keeps? (?:fitting|having fits|having seizures)',
    ],
  },
  { id: 'epilepsy', label: 'known epilepsy', patterns: ['epilep\\w*'] },
  {
    id: 'faint',
    label: 'fainting or passing out',
    patterns: ['faint\\w*', 'passed out', 'pass out', 'passing out', 'blacked out', 'black out', 'keeled over', 'light ?headed and fell'],
  },
  // NICE CG109: an uncomplicated faint has the "3 Ps": posture (standing a long time, getting up fast), a provoking factor
  // (a needle, a blood test, the sight of blood, pain, heat) and a warning (going hot, sweaty, sick, grey or fuzzy first) (2026.12.26).
  { id: 'faint_trigger', label: 'a clear trigger for a faint (standing long, heat, a needle, pain)', patterns: [
    '(?:standing|stood|been stood|been standing) {ww}(?:for )?(?:ages|hours|a long time|too long|all day|so long)', '(?:stood|stand|standing|got|get|getting) up (?:too |very |really )?(?:quickly|fast|suddenly)',
    '(?:blood (?:test|tests|taken|sample|being taken)|having (?:my |his |her )?bloods|needles?|injections?|jabs?|vaccination|sight of blood|seeing blood)',
    '(?:really|so|boiling|very|too|roasting) hot', '(?:in|from) the heat', 'hot (?:shower|bath|room|day|weather|church|assembly|hall)', 'heatwave',
    '(?:went|felt|feeling|go|goes|going) (?:all )?(?:hot|clammy|sweaty|grey|pale|sick|woozy|funny) (?:first|before|beforehand)', '(?:vision|eyes|sight) (?:went|goes|going) (?:fuzzy|blurry|dark|black|grey|white)', 'felt it coming',
  ] },
  { id: 'faint_on_exertion', label: 'fainting during exercise', patterns: [
    '(?:passed out|fainted|collapsed|blacked out|keeled over) (?:while |when |during |at |in )?(?:i was |he was |she was )?(?:playing|running|exercis\\w*|football|five a side|sports?|training|the gym|swimming|cycling|a run|a match)',
    '(?:while|when|during) (?:i was |he was |she was )?(?:playing|running|exercising|training|swimming|cycling) {www}(?:passed out|fainted|collapsed|blacked out)',
  ] },
  { id: 'no_warning', label: 'no warning before', patterns: ['(?:no|without (?:any )?) warning', 'out of (?:the )?(?:blue|nowhere)', 'just (?:dropped|went down|collapsed)'] },
  { id: 'dizzy', label: 'dizziness', patterns: ['dizz\\w*', 'light ?headed\\w*', 'vertigo', '(?:room|head|everything|world) (?:is |keeps |starts |started |goes )?spin(?:s|ning)', 'spinning (?:feeling|sensation)', 'woozy', 'unsteady'] },
  {
    id: 'head_injury',
    label: 'a head injury',
    patterns: ['(?:hit|banged|bumped|knocked|bashed|smacked|cracked) {det}forehead', '(?:bump|lump|egg|swelling) on {det}(?:head|forehead)', 
      '(?:hit|banged|bumped|knocked|bashed|smacked|cracked) {det}head', '(?:hit|banged|bumped|knocked|bashed|smacked|cracked) {www}(?:of|on) {det}head', '(?:hit|banged|bumped) (?:his|her|my|their) head',
      'head injur\\w*', 'concuss\\w*', 'fell (?:and|onto|on) {ww}head', 'knocked out',
    ],
  },
  {
    id: 'anticoagulant',
    label: 'taking a blood thinner',
    patterns: ['warfarin', 'apixaban', 'rivaroxaban', 'edoxaban', 'dabigatran', 'blood thinners?', 'anticoagula\\w*', 'eliquis', 'xarelto'],
  },
  // NICE CKS Anticoagulation (oral): an INR of 5 or more on warfarin, even without bleeding, needs doses withheld and
  // changed the same day (2026.12.40).
  {
    id: 'inr_high',
    label: 'an INR of 5 or more',
    patterns: ['(?:inr|warfarin (?:blood )?(?:test|level|reading|check)s?) (?:\\w+ ){0,4}(?:is|was|of|at|came back|reading|result|level|went up to|up to) (?:at |as |of )?(?:[5-9]|1[0-9])(?:p[0-9]+)?\\b(?! (?:weeks?|days?|months?|times|pm|am)\\b)'],
  },
  {
    id: 'drowsy',
    label: 'unusually drowsy',
    patterns: ['(?:more|much more|a lot more|increasingly) (?:sleepy|drowsy|lethargic)', '(?:drowsier|sleepier) than (?:usual|normal|before)', 'drowsier', '(?:have|had|having|has) to wake (?:him|her|them|the baby|baby) (?:up )?(?:for|to) (?:feeds|feed|feeding|his feeds|her feeds)', '(?:hard|difficult) to wake', '(?:very |really |unusually |so |extremely |quite )(?:drowsy|sleepy|lethargic)', 'drowsy', 'lethargic', 'hard to keep awake', 'nodding off', '(?:keeps?|keeping) (?:falling asleep|dozing off|nodding off)', '(?:cant|cannot|wont) stay awake'],
  },
  {
    id: 'chemical_eye',
    label: 'chemical in the eye',
    patterns: ['(?:bleach|chemical|chemicals|acid|alkali|oven cleaner|cement|lime) {ww}(?:in|into) {det}(?:left |right )?eyes?',
      // "the spray went in my eye" while cleaning (NHS eye injuries: chemicals in the eye, rinse and go to A&E) (2026.12.17).
      '(?:oven spray|cleaning spray|cleaner|cleaning product|detergent|plaster|dishwasher tablet|liquid tab\\w*|drain unblocker|descaler) {www}(?:in|into) {det}(?:left |right )?eyes?',
      'cleaning {www}(?:spray|stuff|product|liquid) {www}(?:in|into) {det}(?:left |right )?eyes?'],
  },
  {
    id: 'red_eye_painful',
    label: 'painful red eye',
    patterns: ['(?:painful|sore) red eyes?', 'red (?:and )?(?:painful|sore) eyes?', 'eyes? (?:is |are )?{w}(?:very|really) painful', 'eyes? {www}(?:sore|painful) and red', 'eyes? {www}red and (?:sore|painful)'],
  },
];
