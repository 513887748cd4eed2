/**
 * Spelling repair for symptom words. Two deterministic steps:
 *  1. a table of common misspellings and contractions seen in patient messages;
 *  2. for other unknown words of 6+ letters, a single edit (insert, delete, substitute or swap
 *     two letters) that reaches a known symptom word with the same first letter.
 * Step 2 uses precomputed deletions (the "symmetric delete" method) so each lookup costs a few
 * map reads, not a scan of the vocabulary (performance target: 1 ms per assessment).
 */

/** Misspelling or variant → the word the vocabulary uses. */
export const MISSPELLINGS: Readonly<Record<string, string>> = {
  pian: 'pain', pani: 'pain', pians: 'pains', chset: 'chest', chestt: 'chest', cheast: 'chest', chets: 'chest',
  brething: 'breathing', breathin: 'breathing', breating: 'breathing', brathing: 'breathing', breth: 'breath', breahte: 'breathe',
  brethless: 'breathless', breathles: 'breathless', breatheless: 'breathless', brethles: 'breathless', breathliss: 'breathless',
  diareah: 'diarrhoea', diarrea: 'diarrhoea', diarhea: 'diarrhoea', diarrhea: 'diarrhoea', diarhoea: 'diarrhoea', diahorrea: 'diarrhoea',
  diarreah: 'diarrhoea', diorrhea: 'diarrhoea', diarrhoe: 'diarrhoea', diarreha: 'diarrhoea', diarrohea: 'diarrhoea', diahrrea: 'diarrhoea',
  diarroea: 'diarrhoea', diaorrhea: 'diarrhoea', diarhoa: 'diarrhoea', diarhhoea: 'diarrhoea',
  vomitting: 'vomiting', vomting: 'vomiting', vommiting: 'vomiting', vomitted: 'vomited', vomitt: 'vomit', vomitin: 'vomiting', vomiteing: 'vomiting',
  dizzyness: 'dizziness', dizzines: 'dizziness', dizyness: 'dizziness', dizzyiness: 'dizziness', dizy: 'dizzy', dizzey: 'dizzy',
  suicdal: 'suicidal', sucidal: 'suicidal', suicidle: 'suicidal', suicidial: 'suicidal', suicidel: 'suicidal', siucidal: 'suicidal',
  sucicidal: 'suicidal', suisidal: 'suicidal', suicde: 'suicide', sucide: 'suicide', suiside: 'suicide',
  headach: 'headache', hedache: 'headache', headahce: 'headache', headake: 'headache', headace: 'headache', hedake: 'headache', heacache: 'headache',
  stomache: 'stomach', stomac: 'stomach', stomick: 'stomach', tummie: 'tummy', tumy: 'tummy',
  temprature: 'temperature', temperture: 'temperature', tempreture: 'temperature', tempature: 'temperature', temperatue: 'temperature', tempurature: 'temperature',
  feaver: 'fever', fevor: 'fever', fver: 'fever', fevar: 'fever', nausious: 'nauseous', nauseus: 'nauseous',
  siezure: 'seizure', seisure: 'seizure', sezure: 'seizure', siezures: 'seizures', unconcious: 'unconscious', unconsious: 'unconscious',
  anxeity: 'anxiety', anxiaty: 'anxiety', anxity: 'anxiety', depresed: 'depressed', depresion: 'depression',
  prescripton: 'prescription', perscription: 'prescription', presciption: 'prescription', prescrption: 'prescription', priscription: 'prescription',
  migrane: 'migraine', migrain: 'migraine', swolen: 'swollen', swolllen: 'swollen', sollen: 'swollen', bleading: 'bleeding', bleedin: 'bleeding',
  pregant: 'pregnant', pregnent: 'pregnant', pregnet: 'pregnant', pregnat: 'pregnant', preggers: 'pregnant', preggo: 'pregnant',
  meningitus: 'meningitis', menigitis: 'meningitis', alergic: 'allergic', allergick: 'allergic', alergy: 'allergy',
  asthama: 'asthma', asma: 'asthma', athsma: 'asthma', asthmah: 'asthma', caugh: 'cough', coff: 'cough', couph: 'cough',
  sholder: 'shoulder', anckle: 'ankle', ankel: 'ankle', preasure: 'pressure', pressue: 'pressure', numbess: 'numbness', numbnes: 'numbness',
  tounge: 'tongue', tonge: 'tongue', throte: 'throat', thraot: 'throat', wheazy: 'wheezy', wheazing: 'wheezing', weezy: 'wheezy',
  weezing: 'wheezing', collasped: 'collapsed', colapsed: 'collapsed', concious: 'conscious', constipted: 'constipated',
  pnemonia: 'pneumonia', neumonia: 'pneumonia', palpatations: 'palpitations', palpitaions: 'palpitations',
  confussed: 'confused', confued: 'confused', unresponsve: 'unresponsive', conjuctivitis: 'conjunctivitis', urin: 'urine',
  cannot: 'cant', cant: 'cant', wont: 'wont', dont: 'dont', doesnt: 'doesnt', didnt: 'didnt', isnt: 'isnt', im: 'im', ive: 'ive',
  tummys: 'tummy', poorly: 'unwell', vomming: 'vomiting', puke: 'vomit', puked: 'vomited',
};

/** Pairs written as two words that the vocabulary writes as one contraction. */
export const CONTRACTIONS: Readonly<Record<string, string>> = {
  'can not': 'cant', 'do not': 'dont', 'does not': 'doesnt', 'did not': 'didnt', 'will not': 'wont', 'is not': 'isnt',
  'has not': 'hasnt', 'have not': 'havent', 'had not': 'hadnt', 'was not': 'wasnt', 'are not': 'arent', 'were not': 'werent',
  // One word for "cannot" in every tense (2026.12.9), so each "cant" pattern also reads "couldn't get my words out".
  cannot: 'cant', couldnt: 'cant', 'could not': 'cant',
};

/**
 * "Can hardly" is "cannot" only for breathing, speaking, seeing and feeling, where a near-inability
 * is the red flag ("I can hardly talk"); "I can barely walk down stairs" after the gym is not
 * "cannot bear weight" (2026.12.10, read from blind-2027-08).
 */
export const NEAR_INABILITY = /\b(?:can|could) (?:hardly|barely)\b(?= (?:breathe|breath|talk|speak|say|get (?:my|his|her|their|the) (?:words|breath)|see|feel|swallow (?:my|his|her|their) (?:own )?(?:saliva|spit)|stay awake|keep (?:my|his|her|their) eyes open|wake))/g;

/**
 * Ordinary words one edit away from a symptom word: never "corrected". Found by checking a
 * list of common English words against the vocabulary; extend when a test finds a new one.
 */
const PROTECTED = new Set([
  'wheel', 'chess', 'breast', 'breadth', 'sweats', 'sweaty', 'strain', 'sprain', 'stains', 'string', 'stings', 'joints', 'points', 'paints',
  'faints', 'fainted', 'father', 'feather', 'weather', 'whether', 'rather', 'mother', 'bother', 'brother', 'though', 'through', 'thought',
  'tough', 'rough', 'coughs', 'caught', 'taught', 'bought', 'brought', 'fought', 'sought', 'stools', 'school', 'spools', 'sleepy', 'sleeps',
  'steady', 'unsteady', 'bladder', 'ladder', 'blister', 'blisters', 'bruise', 'cruise', 'tablet', 'tablets', 'wanted', 'waited', 'stated',
  'started', 'stated', 'coloured', 'colored', 'leaking', 'leaning', 'feeling', 'feeding', 'peeling', 'healing', 'heading', 'reading',
  'needing', 'bleeding', 'breeding', 'sneezing', 'freezing', 'squeezing', 'wheezing', 'heaving', 'leaving', 'weaving', 'rising', 'rinsing',
  'gravel', 'travel', 'shovel', 'levels', 'cooking', 'looking', 'booking', 'hooking',
]);

export const MIN_FUZZY_LENGTH = 6;

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Optimal string alignment distance, stopping early once it exceeds 1. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution (or equal)
  if (a.slice(i + 1) === b.slice(i)) return true; // a has an extra letter
  if (a.slice(i) === b.slice(i + 1)) return true; // b has an extra letter
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
}

export interface SpellingCorrector {
  correct(token: string): string;
}

/**
 * Builds a corrector for the given vocabulary words (complete words, not stems). A word that
 * begins with one of `stems` ("drool" from drool\\w*) is already understood and left alone.
 */
export function buildSpellingCorrector(vocabulary: Iterable<string>, stems: Iterable<string> = [], realWords: ReadonlySet<string> = new Set()): SpellingCorrector {
  const stemSet = new Set([...stems].filter((s) => s.length >= 4));
  const startsWithStem = (token: string) => { for (let n = 4; n < token.length; n++) if (stemSet.has(token.slice(0, n))) return true; return false; };
  const known = new Set<string>();
  const byDeletion = new Map<string, string[]>();
  for (const word of vocabulary) {
    if (word.length < MIN_FUZZY_LENGTH - 1 || known.has(word)) continue;
    known.add(word);
    for (const key of [word, ...deletions(word)]) {
      const list = byDeletion.get(key);
      if (list) list.push(word);
      else byDeletion.set(key, [word]);
    }
  }
  const cache = new Map<string, string>();

  function fuzzy(token: string): string {
    if (token.length < MIN_FUZZY_LENGTH || known.has(token) || PROTECTED.has(token) || realWords.has(token) || /\d/.test(token) || startsWithStem(token)) return token;
    for (const key of [token, ...deletions(token)]) {
      for (const word of byDeletion.get(key) ?? []) {
        if (word[0] === token[0] && withinOneEdit(token, word)) return word;
      }
    }
    return token;
  }

  return {
    correct(token) {
      const listed = Object.hasOwn(MISSPELLINGS, token) ? MISSPELLINGS[token] : undefined;
      if (listed) return listed;
      let hit = cache.get(token);
      if (hit === undefined) {
        hit = fuzzy(token);
        // Bounded so a flood of unique words cannot grow memory without limit.
        if (cache.size > 50_000) cache.clear();
        cache.set(token, hit);
      }
      return hit;
    },
  };
}
