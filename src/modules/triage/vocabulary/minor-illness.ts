/** Minor illness a pharmacist or self-care can handle (NICE CKS, NHS Pharmacy First). */
import type { Concept } from './concept.ts';

export const MINOR_ILLNESS_CONCEPTS: Concept[] = [
  {
    id: 'cold',
    label: 'a cold',
    patterns: [
      '(?:a|the|common|head|bad|heavy|stinking|streaming|horrible|chesty) cold(?! (?:sweats?|clammy|hands|feet|skin|and clammy))', 'runny nose', 'blocked nose',
      'stuffy nose', 'snott\\w*', 'sneez\\w*', 'congest\\w*', 'sniffles', 'sniffly', 'snuffl\\w*', 'bunged up nose',
    ],
  },
  { id: 'flu_like', label: 'flu-like illness', patterns: ['flu ?like', 'flu', 'influenza', 'aches and pains', 'achy', 'aching all over', '(?:aching|aches|ache|achy) (?:everywhere|all over)'] },
  {
    id: 'sore_throat',
    label: 'a sore throat',
    patterns: ['sore throat', 'throat (?:is |feels )?(?:so |really |very |quite )?(?:sore|hurts|painful|pain|raw|scratchy)', 'tonsillitis', '(?:pain(?:ful)?|hurts?|agony|sore) (?:when (?:i |he |she )?|to )swallow\\w*', 'strep throat'],
  },
  { id: 'hay_fever', label: 'hay fever', patterns: ['hay ?fever', 'pollen', 'itchy (?:watery )?eyes', 'allergic rhinitis', 'seasonal allerg\\w*'], subsumes: ['fever'] },
  // "the non drowsy ones": a kind of medicine, not a drowsy patient (2026.12.17).
  { id: 'non_drowsy', label: 'a non-drowsy medicine', patterns: ['non ?drowsy', '(?:make|makes|made|making) (?:me|him|her) (?:too |so |very |a bit )?drowsy', '(?:doesnt|dont|wont|does not|do not|will not) make (?:you|me|him|her) (?:too |so |very )?(?:drowsy|sleepy)'], subsumes: ['drowsy'] },
  { id: 'earache', label: 'earache', patterns: ['ear ?ache', 'ear (?:pain|infection|hurts|is sore)', 'ears? (?:has been |have been |is |are |keeps? )?(?:really |so |very )?(?:hurting|painful|sore|aching|throbbing)', '(?:pain|ache) in {det}(?:left |right )?ears?', '(?:pulling|tugging|rubbing) (?:at )?{det}ears?', 'otitis'] },
  { id: 'sinusitis', label: 'sinusitis', patterns: ['sinus\\w*', 'blocked sinuses', 'facial pain',
    // NHS sinusitis in lay words: pain over the cheeks, worse bending forward (2026.12.17).
    '(?:pain|ache|aching|pressure|tender\\w*|throbbing) {ww}(?:in|over|across|around|under) {det}(?:cheeks?|cheekbones?)', '(?:cheeks?|cheekbones?) {ww}(?:hurt\\w*|ache|aching|tender|throb\\w*)',
    '(?:worse|hurts|pain\\w*|throbs) {ww}(?:when|if) (?:i )?(?:bend|lean)\\w* (?:down|over|forward)'] },
  { id: 'sticky_eye', label: 'sticky eye (conjunctivitis)',     patterns: ['sticky eyes?', 'conjunctivitis', 'pink eyes?', 'eyes? {ww}(?:sticky|crusty|gunky|gooey|gluey|pink|glued)', 'eyelashes {ww}stuck', 'gluey', 'glued (?:shut|together)',
    'sticky (?:stuff|gunk|goo|discharge|yellow stuff)', '(?:gunk|goo|gunge|yellow stuff|green stuff|yellow crust|crusty bits) {www}(?:eyes?|eyelashes|lashes)', 'eyes? {www}(?:yellow|green|thick|sticky) (?:gunk|goo|gunge|discharge|pus|stuff)', 'eyes? {ww}stuck (?:together|shut)'] },
  { id: 'hives', label: 'hives or itchy rash', patterns: ['hives', 'urticaria', 'nettle rash', 'itchy (?:red )?(?:lumps|welts|bumps|rash)', 'welts',
    'itchy {list}(?:raised|blotchy|bumpy|lumpy|red) {ww}(?:patches|blotches|bumps|lumps|rash|marks)', '(?:raised|blotchy|bumpy) {ww}(?:itchy )?(?:patches|blotches|welts|lumps)', '(?:patches|blotches|bumps|rash) {www}come and go'] },
  { id: 'insect_bite', label: 'an insect bite or sting', patterns: ['(?:insect|mosquito|horse ?fly|spider|bug|midge|flea|gnat|tick) bites?', 'bitten by {det}(?:insects?|mosquito(?:e)?s?|horse ?fl(?:y|ies)|spiders?|midges?|fleas?|gnats?|bugs?|bed ?bugs?)', '(?:midge|mosquito|flea|bug) (?:bites|bitten)',
    // NHS England OTC guidance (insect bites and stings): the lay ways of saying it (issue 11).
    '(?:bee|wasp|hornet|jellyfish|nettle) ?stings?', 'stung {ww}(?:by )?{det}(?:bee|wasp|hornet|jellyfish|nettles?|something|insect)', '(?:bee|wasp|hornet|jellyfish) {ww}stung', 'stung (?:on|in) {det}(?:\\w+ )?(?:hand|arm|leg|foot|finger|neck|face|ankle|back|thumb)',
    '(?:bitten|bit) (?:by|from) (?:something|bugs?|insects?)', 'something {ww}(?:bit|bitten|stung) (?:me|him|her|them)', 'got bitten (?:on|in) {det}(?:\\w+ )?(?:arm|leg|ankle|hand|neck|back|foot|face)',
    'bites? (?:on|all over) {det}(?:arm|arms|leg|legs|ankle|ankles|back|neck|hand|feet|foot)', '(?<=(?:round|around|near|at) the )(?:sting|bite)',
  ] },
  { id: 'infected_bite', label: 'an infected insect bite', patterns: ['infected (?:insect )?bite', 'bite {ww}(?:infected|spreading|red and hot)'] },
  { id: 'impetigo', label: 'impetigo', patterns: ['impetigo', '(?:crusty|golden|honey) {ww}(?:sores|crusts|scabs|patch|patches|blisters)',
    // "sores round his nose and mouth that have gone crusty and yellowy, like cornflakes" (NHS impetigo) (2026.12.18).
    '(?:sores|spots|scabs|patches|blisters) {www}(?:nose|mouth|lips|chin) {www}(?:crust\\w*|yellow\\w*|golden|honey)', 'cornflakes'] },
  { id: 'shingles', label: 'shingles', patterns: ['shingles', 'herpes zoster'] },
  {
    id: 'minor_self_care',
    label: 'a minor problem pharmacists treat',
    patterns: [
      'travel sickness', 'sea ?sick\\w*', 'car ?sick\\w*', '(?:travel|ferry|boat|coach|plane|air) ?sick\\w*', 'sick on (?:ferries|ferry|boats?|coaches|planes|flights)', 'motion sickness', '(?:sick|vomits?|throws? up) {ww}in the car', '(?:sick|vomits?|throws? up) on (?:long )?(?:car |coach |bus )?journeys', 'eyes? (?:feel |are |feeling )?{w}(?:dry|gritty)', 'hangover', 'splinter', 'bruis\\w*', 'dry eyes', 'chapped lips', 'minor cut', 'graze',
    ],
  },
];

/**
 * Words used in another sense (issue 11: harmless problems sent to a GP or to 999 by a
 * look-alike). Each concept names an everyday phrase and the symptom concepts it explains when
 * their pattern matched inside it (Concept.subsumes): a hot-water bottle for period pain is not
 * a scald, "eating and drinking loads" is a parent's reassurance, not a child's thirst, and "my
 * head is banging" is a headache, not a bang to the head. Only the mention inside the phrase is
 * set aside, so "burnt my hand on a hot water bottle" or "drinking loads and weeing all the time"
 * still count.
 */
export const LOOK_ALIKE_CONCEPTS: Concept[] = [
  {
    id: 'comfort_heat',
    label: 'a hot-water bottle, heat pad or warm bath used for comfort',
    patterns: ['(?:hot ?water|hotwater|hottie) bottles?', 'heat (?:pads?|packs?|patch|patches|wraps?)', '(?:warm|hot) (?:baths?|showers?|soaks?)'],
    subsumes: ['burn_injury'],
  },
  {
    id: 'otherwise_well',
    label: 'reassurance that the person is otherwise well',
    patterns: [
      '(?:eating|feeding|eats|feeds) (?:and|&) drinking (?:\\w+ )?(?:loads|lots|well|fine|normally|ok|okay|plenty|as normal|as usual|like normal)',
      // Only where the clause ends: "drinking loads and up at night to wee" is thirst.
      'drinking (?:well|fine|normally|ok|okay)(?= [.,]|$)',
      // ... and "drinking loads, up peeing at night" is thirst too (2026.12.9).
      'drinking (?:loads|lots|plenty)(?= [.,]|$)(?![^.]*(?:pee|wee|urin|toilet|thirst|wetting))',
      '(?:normally|usually|generally|otherwise|very|pretty|quite|really|perfectly|reasonably) (?:fit|healthy)(?: and (?:well|healthy|active))?', 'fit and (?:well|healthy|active)', 'keep(?:ing)? fit',
      '(?:breathing|breathes|breath) (?:is |looks |seems |sounds )?(?:fine|normal|normally|easily|ok|okay|easy|well|good)', 'breathing (?:without|with no) (?:any )?(?:problems?|trouble|difficulty)',
      '(?:temperature|temp) (?:is |was |has been |seems |feels )?(?:normal|fine|ok|okay|down|back to normal)',
    ],
    subsumes: ['thirst_polyuria', 'seizure', 'fever'],
  },
  {
    id: 'vaccinations_up_to_date',
    label: 'vaccinations up to date',
    patterns: ['(?:tetanus|jabs?|vaccinations?|vaccines?|immunisations?|boosters?) {ww}(?:all )?(?:up to date|in date|done)'],
    subsumes: ['nurse_task'],
  },
  {
    id: 'distress_about_problem',
    label: 'a problem that is getting the person down',
    // "It's getting me down" about a skin or period problem is distress about it, which that
    // problem's own guidance weighs, not a mood disorder (issue 11).
    patterns: ['(?:its|it is|this is|they are|theyre|it has been|which is|thats|that is|spots|acne|flushes|itch|itching|snoring) (?:really |all |a bit |quite )?getting (?:me|her|him|them) down'],
    subsumes: ['low_mood'],
  },
  {
    id: 'not_coping_at_home',
    label: 'not coping at home without being ill',
    patterns: ['(?:not|isnt|arent) (?:unwell|ill|poorly|sick|low|depressed)(?: in (?:himself|herself|themselves))?(?: ,)? (?:just|only|but) not coping', '(?:fine|well) in (?:himself|herself|themselves)(?: ,)? (?:just|only|but) not coping'],
    subsumes: ['low_mood'],
  },
  {
    id: 'drinks_a_lot_of',
    label: 'drinking a lot of coffee, tea or alcohol',
    patterns: ['drink\\w* (?:loads|lots|a lot|too much|plenty|gallons|buckets) of (?:coffee|tea|alcohol|wine|beer|lager|cola|coke|energy drinks|caffeine|booze|fizzy drinks?|pop)'],
    subsumes: ['thirst_polyuria'],
  },
];
