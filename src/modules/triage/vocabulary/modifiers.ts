/** Words that change how serious another symptom is: onset, severity, course, who is affected. */
import type { Concept } from './concept.ts';

export const MODIFIER_CONCEPTS: Concept[] = [
  { id: 'sudden', label: 'sudden onset', patterns: ['sudden(?:ly)?', 'all of a sudden', 'out of (?:the )?nowhere', 'came on (?:fast|quickly|instantly|in seconds)', 'thunderclap', 'without warning'] },
  {
    id: 'severe',
    label: 'severe',
    patterns: [
      'severe(?:ly)?', 'agony', 'agonising', 'agonizing', 'excruciating', 'unbearable', 'terrible', 'horrendous', 'really bad', 'very bad', 'extreme(?:ly)?', 'intense',
      'worst (?:pain|ever)', '(?:crazy|really|very|so|super|extremely|incredibly) strong (?:\\w+ ){0,2}(?:pains?|cramps?|ache)', '(?:cant|cannot) bear (?:it|the pain)', 'screaming (?:in|with) pain', '(?:9|10|ten|nine) out of (?:10|ten)',
    ],
  },
  // "Hay fever is killing me", "my back is killing me": a figure of speech for how bad it is (2026.12.17).
  { id: 'killing_me_figure', label: 'a problem "killing me"', patterns: ['(?:is|are|its|been|keeps|was|thats|whats) killing me'], subsumes: ['suicidal'] },
  // "seizure free for 14 months": the absence of fits, for a form or a review (2026.12.21).
  { id: 'seizure_free', label: 'free of seizures', patterns: ['(?:seizure|fit|fits|seizures) ?free', '(?:no|not had a) (?:seizure|fit)s? (?:for|in) (?:\\d+|a|one|two|three|six|twelve|eighteen|over a) (?:months?|years?)'], subsumes: ['seizure', 'seizure_red'] },
  // "It looks terrible": how something looks to the patient, not how severe it is (2026.12.16).
  { id: 'looks_bad', label: 'looks bad to the patient', patterns: ['(?:looks?|looking) (?:absolutely |really |so |quite )?(?:terrible|horrendous|awful|horrible|dreadful|really bad|very bad)'], subsumes: ['severe'] },
  { id: 'worsening', label: 'getting worse', patterns: ['(?:getting|got|is getting|becoming|gone|going|keeps getting|get|gets) worse', 'worsening', 'worse and worse', 'deteriorat\\w*', 'not getting better', 'no better'] },
  // "getting better each day", "on the mend" (2026.12.39: a healing injury of a week ago is not one for 999).
  { id: 'improving', label: 'getting better', patterns: ['(?<!(?:not|isnt|arent|never|hasnt|havent|no) )(?:getting|got|is getting|feels?|feeling|seems?) (?:a (?:bit|little|lot) |much |slowly |gradually )?better (?:each|every) (?:day|week)', '(?<!(?:not|isnt|arent|never|hasnt|havent|no) )(?:getting|slowly getting|gradually getting) better', 'improving (?:each|every|day by day|slowly|gradually|steadily)', 'healing (?:well|up|nicely)', 'on the mend', 'less (?:sore|painful) (?:each|every) day'] },
  {
    id: 'rapidly_worsening',
    label: 'getting worse quickly',
    patterns: [
      '(?:getting|got|gone|going|gets|become|becoming) (?:much |a lot |really |very )?worse (?:very |really )?(?:quickly|fast|rapidly|by the hour|over the last few hours|in the last few hours|overnight)',
      '(?:rapidly|quickly|fast) (?:getting worse|worsening|deteriorat\\w*|spreading)', 'worse by the hour', 'suddenly (?:got |gotten |getting |become )?(?:much |a lot )?worse',
      'spreading (?:fast|quickly|rapidly)',
      // Weakness that grows by the hour (NHS Guillain-Barre syndrome: 'can develop quickly over a few hours'; 2026.12.39).
      'weaker (?:and weaker )?(?:by the hour|hour by hour|every hour|quickly|fast|rapidly)', '(?:worse|weaker) hour by hour',
    ],
  },
  {
    id: 'spreading',
    label: 'spreading',
    patterns: ['spread(?!sheet)\\w*', '(?:getting|got) bigger', 'red (?:line|streak)s?', '(?:tracking|going|moving|creeping) up {det}(?:arm|leg)'],
  },
  {
    id: 'near_faint',
    label: 'nearly fainting',
    patterns: [
      '(?:nearly|almost|about to|going to|gonna|like i (?:was|am) going to|like im going to) (?:faint|pass out|black out|collapse|keel over)',
      'near(?:ly)? faint\\w*', 'feel\\w* faint', 'faintness', '(?:legs|knees) (?:gave|give|giving) way', 'went (?:all )?(?:grey|gray|white) and {ww}(?:dizzy|wobbly)',
    ],
  },
  {
    id: 'immunosuppressed',
    label: 'a weakened immune system (chemotherapy, transplant, immunosuppressants)',
    patterns: [
      'chemo\\w*', 'chemotherapy', 'immuno ?suppress\\w*', '(?:weak|weakened|low|poor) immune system', 'neutropeni\\w*', '(?:kidney|liver|heart|lung|organ) transplant',
      'no spleen', 'spleen (?:removed|taken out)', 'methotrexate', 'on (?:high dose |long term )?steroids', 'biologics?', 'low white (?:cell|blood cell) count',
      'having treatment for (?:cancer|leukaemia|lymphoma)',
    ],
  },
  { id: 'diabetes', label: 'diabetes', patterns: ['diabet\\w*', 'type (?:1|2|one|two) diabet\\w*', 'on insulin', 'insulin', 'metformin', 'sugars?(?= (?:are|is|have been) (?:high|low|all over))'] },
  // NHS condition pages: "see a GP if it keeps coming back" (2026.12.8).
  {
    id: 'keeps_coming_back',
    label: 'keeps coming back',
    patterns: [
      '(?:third|fourth|fifth|sixth|3rd|4th|5th|6th) (?:time|one|episode|infection|bout) (?:this|in|since)', '(?:keeps?|kept) (?:coming back|recurring|returning)',
      '(?:\\d+|three|four|five|six|several) (?:times|bouts|episodes) (?:this|in the (?:last|past)) (?:year|months?|\\d+ months)',
    ],
  },
  {
    id: 'self_care_failed',
    label: 'self-care or pharmacy treatment has not worked',
    patterns: [
      '(?:havent|hasnt|didnt|dont|doesnt|not|never) (?:really )?(?:worked|helped|work|help|working|helping|cleared (?:it|up)|made (?:any )?difference)',
      'tried (?:everything|all sorts|loads|lots)', '(?:need|needs|needing|want|wants) {w}(?:a )?stronger (?:cream|medicine|tablets?|treatment|painkillers?|steroid)', '(?:barely|hardly|dont really|doesnt really|do not really) (?:help|helps|touch it|work|works)',
      // "the gel from the chemist for 3 months" (2026.12.18).
      'from (?:the )?(?:chemist|pharmacy|pharmacist|boots|supermarket) for (?:\\d+|a few|two|three|four|six|several|many) (?:weeks|months)', '(?:not|isnt|hasnt|wont) (?:going|gone|shifting|shifted|budging|touching it|touched it) (?:with|by|after|despite)', 'nothing (?:works|helps|has (?:worked|helped)|seems to help)', '(?:no|not) (?:any )?better (?:after|with|despite)',
      'still (?:there|not better|the same) after', 'keeps? coming back', '(?:again and again|over and over)',
      // "tried every cream from the chemist for months", "used pharmacy acne creams for 4 months" (2026.12.32).
      'tried (?:every|all (?:the|of the)?) ?(?:creams?|washes|gels?|treatments?|products?|things?)', '(?:pharmacy|chemist|over the counter) (?:\\w+ ){0,2}(?:creams?|treatments?|products?|gels?|washes) for (?:\\d+|a few|two|three|four|six|several|many) (?:weeks|months)',
    ],
  },
  { id: 'mild', label: 'mild', patterns: ['mild(?:ly)?', 'slight(?:ly)?', 'a (?:little|bit of|touch of) (?:pain|cramp\\w*|discomfort|spotting)', 'niggl\\w*', 'period (?:type|like) (?:pain|cramps?)'] },
  { id: 'days_ago', label: 'a few days ago', patterns: ['(?:\\d+|two|three|four|five|six|seven|few|couple of) days ago', 'last week', 'on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)', '(?:at|over) the weekend'] },
  { id: 'nothing_since', label: 'nothing since', patterns: ['(?:nothing|none|no (?:pain|more|further)|not had (?:it|any|one|anything)|been fine|felt fine|fine) since', 'not (?:come|happened) back', 'hasnt (?:come|happened) back'] },
  { id: 'smoker', label: 'a smoker', patterns: ['smok(?:e|es|er|ers|ing|ed)', 'cigarettes?', 'roll ups'] },
  { id: 'high_fever_words', label: 'a very high temperature', patterns: ['(?:very|really|extremely|dangerously) high (?:temp|temperature|fever)', 'burning up(?! (?:\\w+ )?(?:my|his|her|the|into|through|in) (?:\\w+ )?(?:chest|throat|gullet|oesophagus|breastbone|sternum|ribs|tummy|stomach|neck|back|leg|arm))', 'roasting hot'] },
];
