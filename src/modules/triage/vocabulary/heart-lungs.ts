/** Chest, heart, breathing and allergy phrasings. */
import type { Concept } from './concept.ts';

/**
 * "Burning" is chest pain unless the same sentence calls it heartburn, indigestion, reflux or
 * acid (NHS heartburn: a burning feeling in the chest with acid coming up). The heart-attack
 * features for pain like indigestion (catalogue/warning-combinations.ts) still catch it with
 * sweating, sickness or breathlessness (2026.12.3). "After I eat" and "when I lie down" as well
 * as "after eating" (2026.12.22).
 */
export const BURNING = 'burning(?<!(?:heartburn|indigestion|reflux|acid)[a-z0-9 ,]{1,60}burning)(?! (?:[a-z0-9]+ ){0,10}(?:acid|reflux|heartburn|indigestion|after (?:eating|meals?|food|a meal|a big meal)|after (?:i |we )?(?:eat|ate|have eaten|had eaten|have a meal|my tea|my dinner)|when i (?:lie|lay) down|(?:lie|lay|lying) (?:down|flat)))';
const PAIN = `(?:pains?|ache|aches|aching|hurts?|hurting|tight|tightness|tightening|pressure|discomfort|heaviness|heavy|crushing|squeezing|${BURNING})`;

export const HEART_LUNG_CONCEPTS: Concept[] = [
  {
    id: 'chest_pain',
    label: 'chest pain or tightness',
    patterns: [
      `chest ${PAIN}`,
      `chest (?:feels|is|feel|felt) {w}${PAIN}`,
      `${PAIN} (?:feeling )?(?:in|across|on|around|over) {det}(?:left |right |middle of {det}|centre of {det})?chest`,
      `${PAIN} (?:in |on )?(?:the )?(?:left|right|middle|centre|one) (?:hand )?(?:side )?(?:of )?{det}chest`,
      `(?:tight|heavy|crushing|painful|sore) chest`, 'chest (?:went|has gone|suddenly (?:went|got|felt)) (?:really |very |all |a bit |so )?(?:tight|heavy)',
      'heart attack', 'angina', 'elephant {ww}on {det}chest',
      // 2026.12.12: what a relative sees rather than what the patient names (NHS heart attack: pressure, tightness or squeezing).
      '(?:holding|clutching|gripping|grabbing|rubbing) (?:at )?{det}chest', '(?:band|vice|weight|belt) (?:\\w+ )?(?:round|around|across|on|squeezing) {det}chest', '(?:tight|heavy|crushing|squeezing) (?:feeling|sensation|band) (?:in|across|on|around) {det}chest',
    ],
  },
  {
    id: 'breathless',
    label: 'breathlessness',
    patterns: [
      'breathless\\w*', 'short(?:ness)? of breath', 'out of breath', 'puffed out', '(?:more|very|really|bit|quite|so) puffed',
      '(?:difficulty|trouble|problems?|struggl\\w*) (?:with )?breathing', 'hard to breathe',
      'breathing (?:is )?(?:really |very |so |quite |dead )?(?:difficult|hard|harder|fast|faster|quick|heavy|heavily|laboured|labored|very hard|really hard)', 'breathing (?:is )?(?:a bit |a little |bit |slightly |much |really |very )?(?:quicker|faster|fast)(?: than (?:normal|usual))?',
      '(?:cant|unable to) breathe (?:properly|well)', 'not breathing properly',
      'cant get enough air', 'breathing (?:sounds|looks|seems) (?:\\w+ )?(?:fast|rapid|quick|laboured|labored)',
    ],
  },
  { id: 'chest_pressure', label: 'a pressure or heaviness', patterns: ['(?:sort of |kind of |like a |a )?(?:pressure|heaviness|tightness|weight) (?:on|in|across) {det}(?:chest|breastbone)', '(?:its|it is|feels?) (?:sort of |kind of |like )?(?:a )?(?:(?:tight )?band |vice )?(?:pressure|heavy|tight|squeez\\w*)(?! (?:sore|ulcer))'] },
  {
    id: 'breathless_severe',
    label: 'severe difficulty breathing',
    patterns: ['(?:can|could) only (?:say|speak|get out|manage|talk in) (?:a few|one or two|two or three|\\d+ or \\d+|\\d+) (?:words|word)', 'tired of breathing', '(?:cant|cannot|unable to|not able to) (?:move|get) (?:any )?air', 
      'cant (?:breathe|breath)(?! (?:properly through|through) {det}nose)', 'cant catch {det}breath', 'cant get {det}breath', 'too (?:breathless|out of breath|short of breath) to (?:talk|speak)', '(?:cant|cannot|can barely|can hardly) (?:talk|speak) (?:much |properly )?{list}(?:too )?(?:breathless|out of breath|short of breath)', // 2026.12.25
      '(?:struggling|fighting|gasping|unable) (?:to|for) (?:breathe|breath|air)', 'gasping',
      '(?:not|stopped) breathing(?! (?:properly|fast|faster|quickly|quick|hard|heavily|noisily|differently|any faster|too fast|rapidly))', '(?:cant|unable to|not able to) (?:finish|complete|say|speak in|talk in) {ww}sentences', '(?:cant|cannot|unable to) (?:say|speak|talk) (?:more than )?{ww}words', '(?:cant|cannot|unable to|not able to|struggling to) get (?:more than )?{ww}words out', '(?:only|just) (?:getting|get|gets) {ww}words out', 'too (?:breathless|out of breath) to (?:talk|speak|eat|walk|finish)',
      'chok(?:e|ed|es|ing)', 'severe(?:ly)? (?:short of breath|breathless)',
      // 2026.12.13: choking told without the word (NHS choking: cannot speak, cry, cough or breathe).
      '(?:cant|cannot|unable to) (?:speak|talk|breathe|cry) (?:or|and|nor) (?:cough|breathe|speak|cry)', '(?:cant|cannot|unable to) (?:cough|cry|speak) (?:or|and|nor) make (?:a|any) (?:sound|noise)', 'back (?:blows|slaps) (?:havent|have not|didnt|did not|arent|are not|not) work\\w*', '(?:clutching|grabbing|holding|gripping) (?:at )?{det}throat',
    ],
  },
  {
    id: 'blue_lips',
    label: 'blue or grey lips or skin',
    patterns: [
      'blue (?:lips|tongue|face)', 'blue around {det}(?:lips|mouth)',
      '(?:lips|face|tongue) (?:are |is |have |has )?(?:gone |turned |turning |going |look |looks |looking )?(?:blue|grey|gray)',
      '(?:turned|turning|gone|going) blue', 'cyano\\w+',
    ],
  },
  {
    id: 'wheeze',
    label: 'wheeze or worsening asthma',
    patterns: [
      'wheez\\w*', 'asthma (?:attack|is worse|is getting worse|getting worse|flare\\w*)', 'asthma (?:has been |is |s been |has got |got |been )?(?:really |much |a lot |so |very )?(?:worse|bad|playing up|flaring)', // 2026.12.24, 2026.12.25
      '(?:using|needing|need|taking) {det}(?:blue )?(?:inhaler|reliever|ventolin|salbutamol) (?:more|a lot|every|lots)',
    ],
  },
  {
    id: 'asthma_severe',
    label: 'reliever inhaler not helping',
    patterns: ['(?:inhaler|reliever|ventolin|salbutamol|puffer|blue one) {near}(?:done|doing|did) nothing', '(?:inhaler|reliever|ventolin|salbutamol|puffer|blue one) {near}(?:not|isnt|doesnt|hasnt|arent) (?:helping|working|touching it)', 
      '(?:inhaler|reliever|ventolin|salbutamol|puffer) (?:isnt|is not|not|doesnt|does not|has not|hasnt) (?:working|helping|help|work)',
      '(?:inhaler|reliever|ventolin|salbutamol|puffer) (?:is )?(?:not helping|no help|useless)', '(?:inhaler|reliever|ventolin|salbutamol|puffer|blue one) {www}nothing (?:is )?(?:helping|working)', // 2026.12.25
      '(?:inhaler|reliever|ventolin|salbutamol|puffer|puffs|blue one) {www}(?:not|isnt|doesnt|hasnt|arent) (?:helping|working|help|work|touching it)',
      '(?:inhaler|reliever|ventolin|salbutamol|puffer|puffs|blue one) {www}(?:barely|hardly|only just|not really|not even) (?:helping|helped|working|worked|touching it|making a difference|doing anything)',
      '(?:inhaler|puffs?|blue one) every (?:few )?(?:mins|minutes)', '(?:\\d+|ten|lots of|loads of) puffs {near}still', '(?:\\d+|ten|lots of|loads of) puffs {near}(?:no better|not (?:any )?better|not helping|not working)',
    ],
  },
  {
    id: 'palpitations',
    label: 'palpitations (heart racing)',
    patterns: [
      'palpitat\\w*', 'heart (?:is )?(?:racing|pounding|fluttering|thumping|skipping|jumping|going (?:really |very )?fast|beating (?:really |very )?fast|irregular)',
      'heart {www}(?:racing|pounding|fluttering|thumping|skipping beats|all over the place|irregular|beating (?:really |very )?fast)', 'irregular (?:heart ?beat|pulse)',
      '(?:racing|pounding|fluttering|irregular) (?:heart|heartbeat|pulse)', 'fluttering in {det}chest',
      // 2026.12.9: the beat itself described ("my heartbeat has felt irregular and fluttery").
      '(?:heart ?beat|pulse) {www}(?:irregular|fluttery|fluttering|erratic|jumpy|skipping|all over the place)',
    ],
  },
  {
    id: 'arm_jaw_pain',
    label: 'pain in the jaw or left arm',
    patterns: ['(?:jaw|arm|arms) and (?:jaw|arm|arms|shoulder|neck) (?:ache|pain|aching|discomfort|tightness)', '(?:ache|pain|aching|discomfort) in {det}(?:jaw|arm) and (?:jaw|arm|neck)', '(?:pain|ache|aching|tightness|heaviness) (?:in|down|along) {det}(?:jaw|left arm|arms)', 'jaw (?:pain|ache|aching|hurts|is aching)', 'left arm (?:pain|ache|aching|hurts|feels heavy)'],
  },
  { id: 'sweaty', label: 'sweating or clamminess', patterns: ['sweat\\w*', 'clammy', 'cold sweats?'] },
  { id: 'cough', label: 'cough', patterns: ['cough\\w*', 'chesty'] },
  {
    id: 'cough_blood',
    label: 'coughing up blood',
    patterns: ['cough\\w* (?:up )?(?:blood|bloody|red)', 'blood in {det}(?:phlegm|sputum|spit|mucus)', 'ha?emoptysis'],
  },
  {
    id: 'calf_cramp',
    label: 'cramp in the calf',
    // "a really painful cramp in my calf" is cramp, not a swollen calf (2026.12.19); a calf also swollen or red is still a possible clot.
    patterns: ['(?:(?:really |very |so )?(?:painful|bad|awful|horrible|sore|agonising) )?cramps? in {det}(?:left |right )?(?:calf|calves)', '(?:calf|calves) cramps?'],
    subsumes: ['calf_clot'],
  },
  {
    id: 'calf_clot',
    label: 'painful swollen calf (possible clot)',
    patterns: ['calf {www}(?:swollen|red and warm|warm and red|warm and swollen|hot and swollen|swollen and red)', 
      'calf (?:is |has been |has gone |feels |is now )?{w}(?:swollen|swelling|painful|pain|hurts|tender|red|hot)', 'swollen (?:calf|leg)', '(?:swollen|painful|tender|hot) {ww}calf', 'one leg {ww}swollen',
      '(?:pain|ache) in {det}(?:left |right )?calf', 'dvt', '(?:blood )?clot in {det}(?:leg|calf|lung)', 'blood clot',
    ],
  },
  {
    id: 'throat_swelling',
    label: 'swelling of the throat or tongue',
    patterns: ['throat {ww}(?:closing|closed|tightening) ?(?:up)?', 'closing up', 
      'throat (?:is |feels )?(?:closing|swelling|swollen|tight|tightening)', 'throat feels {w}(?:tight|closed)',
      '(?:swollen|swelling of|swelling in) {det}(?:throat|tongue)', 'tongue (?:is )?(?:swollen|swelling|swelled|swells)',
      'cant swallow (?:my |his |her )?(?:saliva|spit)',
    ],
  },
  {
    id: 'lip_face_swelling',
    label: 'swollen lips or face',
    patterns: ['(?:lips|lip|face|eyes) (?:are |is )?(?:swelling|swollen|swelled|puffed)', '(?:swollen|swelling of|puffy) {det}(?:lips?|face)'],
  },
  {
    id: 'allergen',
    label: 'a likely allergic trigger',
    patterns: [
      'allergic reaction', 'anaphyla\\w*', 'epi ?pen', '(?:bee|wasp|hornet) stings?', 'stung',
      '(?:ate|eaten|eating|had) {ww}(?:peanuts?|nuts?|prawns?|shellfish|sesame)', '(?:bite|mouthful|taste|piece|bit|spoonful|lick) of {www}(?:peanuts?|peanut butter|nuts?|nutella|prawns?|shellfish|sesame|hummus)', 'reaction to {det}(?:new )?(?:tablets?|medicine|medication|antibiotics?|penicillin|food)',
      'allergic to',
    ],
  },
];
