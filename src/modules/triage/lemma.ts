/**
 * Word forms: maps an inflected word to the form the vocabulary uses ("swallowed",
 * "swallowing", "swallows" → "swallow"; "fell" → "fall"; "feet" → "foot"), so a pattern
 * written once matches every form. The matcher runs each concept over the text and over its
 * lemma form, which has the same tokens, so negation and spans line up.
 *
 * Hand-written on purpose: wink-nlp with its English model lemmatises well but took about
 * 0.6 ms for a 50-word message on our machines (the whole assessment must stay under 1 ms),
 * and compromise about 30 ms; see docs/triage.md. Here a word only changes when a candidate
 * base form is a word the vocabulary uses, so the lemma text never invents words.
 */

/** Irregular forms patients use for symptoms and events. */
const IRREGULAR: Readonly<Record<string, string>> = {
  fell: 'fall', fallen: 'fall', took: 'take', taken: 'take', threw: 'throw', thrown: 'throw', swollen: 'swell', swelled: 'swell',
  ate: 'eat', eaten: 'eat', drank: 'drink', drunk: 'drink', bit: 'bite', bitten: 'bite', stung: 'sting', broke: 'break', broken: 'break',
  woke: 'wake', woken: 'wake', felt: 'feel', lost: 'lose', got: 'get', gotten: 'get', came: 'come', ran: 'run', bled: 'bleed', caught: 'catch',
  kept: 'keep', slept: 'sleep', brought: 'bring', began: 'begin', begun: 'begin', shook: 'shake', shaken: 'shake', froze: 'freeze', frozen: 'freeze',
  struck: 'strike', stuck: 'stick', tore: 'tear', torn: 'tear', swam: 'swim', spat: 'spit', sank: 'sink', sunk: 'sink', stood: 'stand', trod: 'tread',
  feet: 'foot', teeth: 'tooth', children: 'child', knives: 'knife', lives: 'life', men: 'man', women: 'woman', mice: 'mouse', geese: 'goose',
  worse: 'worse', better: 'better', blacked: 'black', passed: 'pass', hurt: 'hurt', cut: 'cut', hit: 'hit', burnt: 'burn', spilt: 'spill',
  // Words that end in -ly but are not an adverb of their stem: a "tickly cough" is not a tick (2026.12.33).
  tickly: 'tickly', early: 'early', belly: 'belly', jelly: 'jelly', holly: 'holly',
};

function candidates(word: string): string[] {
  const out: string[] = [];
  const push = (w: string) => { if (w.length >= 3) out.push(w); };
  if (word.endsWith('ies')) push(`${word.slice(0, -3)}y`);
  if (word.endsWith('ied')) push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) push(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) push(word.slice(0, -1));
  for (const suffix of ['ed', 'ing']) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    push(stem);
    push(`${stem}e`);
    if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) push(stem.slice(0, -1)); // stopped → stop
  }
  if (word.endsWith('d')) push(word.slice(0, -1)); // choked → choke
  if (word.endsWith('ly')) push(word.slice(0, -2)); // suddenly → sudden
  return out;
}

export interface Lemmatiser {
  lemma(token: string): string;
}

/** Builds a lemmatiser whose base forms are the given vocabulary words. */
export function buildLemmatiser(vocabulary: Iterable<string>): Lemmatiser {
  const known = new Set(vocabulary);
  const cache = new Map<string, string>();
  return {
    lemma(token) {
      if (token.length < 4 || /[^a-z]/.test(token)) return token;
      let hit = cache.get(token);
      if (hit === undefined) {
        const irregular = Object.hasOwn(IRREGULAR, token) ? IRREGULAR[token] : undefined;
        hit = irregular !== undefined ? irregular : (candidates(token).find((c) => known.has(c) && c !== token) ?? token);
        if (cache.size > 50_000) cache.clear();
        cache.set(token, hit);
      }
      return hit;
    },
  };
}

/** Every letter run of 3+ letters in the patterns: the base forms lemmas may map to. */
export function baseWordsInPatterns(patterns: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const pattern of patterns) {
    const source = pattern.replace(/\\[a-zA-Z]/g, ' ');
    for (const m of source.matchAll(/[a-z]{3,}/g)) words.add(m[0]);
  }
  return words;
}
