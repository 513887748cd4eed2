/** Fever, infection, sepsis, meningitis and the NICE NG143 features in young children. */
import type { Concept } from './concept.ts';

export const INFECTION_CHILD_CONCEPTS: Concept[] = [
  {
    id: 'fever',
    label: 'fever',
    patterns: [
      'fever\\w*', 'feaver', '(?<!normal )temperature(?! (?:is |was )?(?:normal|fine|ok|okay|down))', 'temp(?! (?:is |was )?(?:normal|fine|ok|okay|down))',
      'temps', 'high temp',
      // 2026.12.12: "moaning, very hot, not eating": a person described as very hot, not the weather or a room.
      '(?<!(?:its|it is|it was|its been|it has been|weather|room|house|car|water|bath) (?:\\w+ )?)(?:very|really|burning|boiling|roasting) hot(?! (?:weather|day|days|room|bath|shower|water|drink|tea|food|sun|summer|flush\\w*|flash\\w*|and bothered|car|house|in here|outside|lately|recently|this week|at the moment))', '(?<!\\b(?:red|sore|swollen|tender|itchy|burnt|sunburnt) (?:\\w+ ){0,2})hot to (?:the )?touch', '(?:feels?|felt|feeling) (?:very |really |so |quite )?hot(?! (?:flush\\w*|flash\\w*|and cold|water|weather|room))', '(?:hes|shes|he is|she is|theyre|they are) (?:very|really|so|boiling|roasting) hot(?! (?:and bothered|water|weather|room|outside|in here|day))', 'burning up(?! (?:\\w+ )?(?:my|his|her|the|into|through|in) (?:\\w+ )?(?:chest|throat|gullet|oesophagus|back|leg|arm))', '(?:burning|boiling) hot', '(?:burning|boiling) hot', '(?<!(?:joint|toe|knee|ankle|elbow|wrist|hip|finger|skin|leg|arm|foot|area|bite|patch|lump|breast|cheeks?|face|eye) (?:is |was |went |gone |has gone |came up |looks |feels |and )?)red hot', 'pyrexi\\w*', 'hot and cold', 'the shivers',
    ],
  },
  {
    id: 'rigors',
    label: 'uncontrollable shivering',
    patterns: [
      'rigou?rs', '(?:uncontrollabl\\w*|extreme\\w*|violent\\w*|cant stop) shak\\w*', '(?:uncontrollabl\\w*|extreme\\w*|violent\\w*|cant stop) shiver\\w*',
      'shiver\\w* (?:uncontrollabl\\w*|violently|non ?stop)', 'shaking uncontrollabl\\w*', 'teeth (?:are )?chattering',
    ],
  },
  {
    id: 'infection',
    label: 'an infection',
    patterns: [
      'infect\\w*', 'uti', 'cellulitis', 'pneumonia(?! (?:and \\w+ )?(?:jabs?|vaccines?|vaccinations?|injections?|boosters?))', 'covid', 'flu', 'influenza', 'antibiotics?', 'abscess',
    ],
  },
  { id: 'sepsis_word', label: 'worry about sepsis', patterns: ['sepsis', 'septic(?! tank)', 'blood poisoning'] },
  {
    id: 'feels_like_dying',
    label: 'feeling they might die',
    patterns: [
      '(?:feel|feels|feeling|felt) like {ww}(?:going to|gonna|about to) die', '(?:im|i am) (?:going to|gonna|about to) die',
      '(?:never|worst (?:i|ive)) (?:felt|been|ever felt) (?:this|so) (?:ill|unwell|bad)', 'sense of (?:impending )?doom',
    ],
  },
  {
    id: 'mottled',
    label: 'mottled, ashen or very pale skin',
    patterns: [
      'mottl\\w*', 'blotchy (?:and )?(?:blue|purple|grey|gray)', 'ashen', '(?:skin|he|she|they) {ww}(?:grey|gray|ashen|deathly pale)',
      'looks? (?:grey|gray|deathly pale)', '(?:skin )?(?:looks )?mottled (?:and )?blotchy', 'skin (?:looks |is )?(?:blotchy|mottled)',
    ],
  },
  { id: 'pale', label: 'pale skin', patterns: ['pale', 'pallor', 'white as a sheet'] },
  // NICE NG143 red and NG51 high risk: no response to social cues, appears ill (2026.12.7); 'not really
  // responding to me' as well as 'not responding to me' (2026.12.38).
  {
    id: 'no_social_response',
    label: 'not responding to people as usual',
    patterns: [
      'not (?:really |properly )?(?:talking|responding|reacting|interested|interacting) (?:to|in|with) (?:us|me|anyone|anybody|anything|people)', '(?:wont|doesnt|isnt|wouldnt) (?:really |properly )?(?:talk|respond|react|interact) (?:to|with) (?:us|me|anyone|anybody)',
      'just (?:lying|lies|laying|lay) (?:there|on {det}(?:sofa|settee|couch|bed|floor)|in (?:bed|his cot|her cot))', 'staring (?:blankly|into space)', 'glassy eyed', 'not (?:smiling|playing) (?:at all|any more|anymore)',
    ],
  },
  {
    id: 'non_blanching_rash',
    label: 'a rash that does not fade under a glass',
    patterns: [
      '(?:rash|spots) {ww}(?:doesnt|does not|wont|didnt|did not|isnt|not|dont|do not) (?:fade|go away|disappear|blanch)\\w*',
      '(?:they|it|rash|spots|marks|dots) (?:still )?(?:dont|doesnt|do not|does not|didnt|did not|wont|will not) (?:fade|go away|disappear|blanch)\\w*', '(?:purple|purpley|dark red|purple red|red purple|reddish purple) {w}(?:spots|rash|blotches|marks|dots|pin ?pricks?)',
      'non ?blanch\\w*', '(?:purple|dark red) (?:spots|rash|blotches|marks|bruises|pin ?pricks?)', 'pin ?prick (?:rash|spots)',
      '(?:rash|spots) {ww}(?:still )?(?:visible|see|seen|showing|there) {ww}(?:glass|tumbler)', 'purpur\\w*', 'petechia\\w*',
    ],
  },
  { id: 'rash', label: 'a rash', patterns: ['rash\\w*', 'spotty', 'blotch\\w*'] },
  {
    id: 'floppy',
    label: 'floppy or limp child',
    patterns: ['floppy(?! (?:arm|hand|leg))', 'limp (?:baby|child|body|and)', '(?:baby|child|son|daughter|he|she) (?:is |has gone |went )?(?:limp|very floppy)', 'like a rag ?doll', 'no muscle tone'],
  },
  {
    id: 'high_pitched_cry',
    label: 'weak, high-pitched or continuous cry',
    patterns: ['(?:high pitched|weak|continuous|constant|strange) (?:cry|crying|scream\\w*|whimper\\w*)', '(?:crying|screaming) (?:non ?stop|continuously|constantly)'],
  },
  {
    id: 'grunting',
    label: 'grunting or chest drawing in',
    patterns: [
      'grunt\\w*', '(?:sucking|pulling|drawing|caving) in {ww}(?:ribs|chest|tummy|neck)', '(?:skin|ribs|chest|neck|throat) {ww}(?:sucking|pulling|drawing|caving) in', '(?:sucking|pulling) in (?:at|under|between|above) {det}(?:neck|ribs|throat|collar ?bones?)',
      'nostrils (?:are )?flaring', 'flaring nostrils', 'breathing (?:very |really )?(?:fast|quickly) (?:and|with) {ww}(?:ribs|grunt\\w*)',
    ],
  },
  {
    id: 'bulging_fontanelle',
    label: 'bulging soft spot (fontanelle)',
    patterns: ['bulging (?:soft spot|fontanel\\w*)', '(?:soft spot|fontanel\\w*) {www}(?:bulging|bulges|bulged|raised|swollen|sticking out)'],
  },
  {
    id: 'not_feeding',
    label: 'not feeding or drinking',
    patterns: [
      '(?:not|wont|isnt|wasnt|stopped|refus\\w*|refuses to|barely|hardly) (?:feeding|feed|taking (?:any )?(?:milk|feeds?|bottles?|fluids)|drinking(?! (?:loads|lots|a lot|much more|more than|excessively|all the time))|drink anything|drink {ww}(?:at all|anything|fluids|water|milk)|eating (?:or|and) drinking)',
      '(?:poor|off (?:his |her |their )?) ?(?:feeding|feeds|milk)', '(?:less|not as|not very|not) interested in (?:his |her |their )?(?:feeds|feeding|milk|bottles?|food)', 'not drinking much', 'hardly drinking', '(?:drinking|feeding|taking) (?:a lot |much )?less(?: than (?:normal|usual))?(?! alcohol)',
    ],
  },
  {
    id: 'reduced_urine',
    label: 'passing less urine or fewer wet nappies',
    patterns: ['only (?:had |done |passed |been )?(?:\\d+|one|two|three) wet nappies', '(?:\\d+|one|two|three) wet nappies {ww}(?:instead of|rather than|when (?:she|he) usually)', 'only (?:weed|peed|had a wee|been for a wee|passed urine|passed water) once', '(?:fewer|less|hardly any|not many|not as many) wet nappies', '(?:peeing|weeing|passing urine) less', '(?:peeing|weeing|passing urine) (?:very |hardly |so )?little', 'less (?:urine|wee|pee)',
      // "today she's only had one wee" (2026.12.20).
      '(?:only|just) (?:had |done |been for |passed )?(?:one|1|a single) (?:wee|pee)', '(?:only|just) (?:had |done )?(?:two|2) (?:wees|pees)', 'only (?:weed|peed|been for a wee|had a wee|passed urine) (?:twice|two times|2 times)'],
  },
  {
    id: 'no_urine',
    label: 'no urine for many hours',
    patterns: [
      'no wet nappies', 'dry nappies?', '(?:hasnt|has not|havent|have not|hadnt|not) (?:had|done|produced|filled) (?:a |any )?wet nappy',
      '(?:not|hasnt|havent|hadnt|not been able to) (?:passed|pass|peed|pee|weed|wee|urinated|been for a wee|had a wee|passing) ?(?:urine|water|any urine|a wee|much urine)?',
      'no (?:urine|wee|pee)(?! infection)', 'not passing (?:much )?(?:urine|water)',
    ],
  },
  { id: 'fever_5_days', label: 'fever for five days or more', patterns: ['(?:fever|temperature|temp) (?:for|of|lasting) (?:5|five|6|six|7|seven) days', '(?:5|five|6|six|7|seven) days of (?:fever|temperature)'] },
];
