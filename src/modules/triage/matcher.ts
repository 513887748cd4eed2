/**
 * Finds the concepts a normalised text mentions, and which of those mentions are negated.
 * Patterns are compiled once, at module load (performance target: 1 ms per assessment).
 */
import type { Concept } from './vocabulary/concept.ts';
import { aboutSomeoneElse, contextReader } from './context.ts';
import { isNegated, isNegatorWord } from './negation.ts';

/** One word inside a gap of a pattern: any word but a plain denial. */
const GAP_WORD = '(?!(?:not|no|never|without|nor|doesnt|dont|didnt|isnt|arent|wasnt|werent|hasnt|havent|hadnt|wont) )[a-z0-9]+';

const SHORTHANDS: Record<string, string> = {
  '{det}': '(?:(?:my|his|her|their|the|a|an|our|your|its|this|that|both|left|right) )?',
  // A gap of words never steps over a denial ("not", "no", "never", "doesnt" …): "red but not spreading" is not
  // a spreading redness, and the denial stays free to deny what follows it (2026.12.22).
  '{w}': `(?:${GAP_WORD} )?`,
  '{ww}': `(?:${GAP_WORD} ){0,3}`,
  '{www}': `(?:${GAP_WORD} ){0,6}`,
  '{list}': `(?:(?:${GAP_WORD}|,) ){0,5}`,
  '{near}': `(?:${GAP_WORD} ){0,10}`,
  // Up to three words, none of them a denial: "painkillers help" but not "painkillers dont help".
  '{yes}': '(?:(?!(?:no|not|dont|doesnt|didnt|isnt|arent|wont|never|havent|hasnt|cant) )[a-z0-9]+ ){0,3}',
};

export interface CompiledConcept {
  id: string;
  label: string;
  regex: RegExp;
  /**
   * Letter runs (3+) from the patterns; every match contains at least one of them, so a text
   * containing none of them cannot match. Null when a pattern has no such run (always run).
   */
  fragments: string[] | null;
  /**
   * Where each fragment can sit in a word of the text: 'whole' (the whole word), 'start' (the
   * start of a word, "vomit" in "vomiting") or 'any'. Found from the pattern source, so a
   * 3-letter fragment such as "ear" is not looked for inside "years" (1 ms target).
   */
  places: ReadonlyMap<string, FragmentPlace>;
  /** Concept ids whose mentions inside this concept's mentions are set aside (Concept.subsumes). */
  subsumes?: readonly string[];
  /** Concept.request: never read as denied. */
  request?: boolean;
  /** Concept.history: a past mention of the patient's own counts. */
  history?: boolean;
}

export type FragmentPlace = 'whole' | 'start' | 'any';

const RANK_PLACE: Record<FragmentPlace, number> = { whole: 2, start: 1, any: 0 };

/** Index of the "(" that opens the group containing position i (depth 0), or -1. */
function groupOpen(source: string, i: number): number {
  let depth = 0;
  for (let j = i - 1; j >= 0; j--) {
    if (source[j - 1] === '\\') continue;
    if (source[j] === ')') depth++;
    else if (source[j] === '(') {
      if (depth === 0) return j;
      depth--;
    }
  }
  return -1;
}

/** Index of the ")" that closes the group containing position i (depth 0), or -1. */
function groupClose(source: string, i: number): number {
  let depth = 0;
  for (let j = i; j < source.length; j++) {
    if (source[j] === '\\') { j++; continue; }
    if (source[j] === '(') depth++;
    else if (source[j] === ')') {
      if (depth === 0) return j;
      depth--;
    }
  }
  return -1;
}

/** True when nothing but a word edge can come before position i (start, space, or the start of a plain group's alternative). */
function edgeBefore(source: string, i: number): boolean {
  for (let j = i - 1; ; ) {
    if (j < 0 || source[j] === ' ') return true;
    if (source[j] === '#') { // a shorthand ends with a space or is empty
      j--;
      continue;
    }
    if (source[j] === '?' && source[j - 1] === ')') {
      // An optional group before the run ("(?:very )?drowsy"): it must end with a space, and
      // what comes before the group must be an edge too.
      const open = groupOpen(source, j - 1);
      if (open < 0 || source[j - 2] !== ' ' || (source[open + 1] === '?' && source[open + 2] !== ':')) return false;
      j = open - 1;
      continue;
    }
    if (source[j] === '|' || source[j] === ':' || source[j] === '(') {
      const open = source[j] === '(' ? j : groupOpen(source, j + 1);
      if (open < 0) return j < 0;
      // Only plain groups "(?:" and "(": a lookaround is zero-width and would need its context.
      if (source[open + 1] === '?' && source[open + 2] !== ':') return false;
      j = open - 1;
      continue;
    }
    return false;
  }
}

/** True when nothing but a word edge can come after position i (end, space, or the end of a plain group, optional or not). */
function edgeAfter(source: string, i: number): boolean {
  for (let j = i; ; ) {
    if (j >= source.length) return true;
    if (source[j] === ' ') return source[j + 1] !== '?' && source[j + 1] !== '*'; // "head ?ache": the space may be missing
    if (source[j] === '|' || source[j] === ')') {
      const close = source[j] === ')' ? j : groupClose(source, j);
      if (close < 0) return false;
      const open = groupOpen(source, close);
      if (open >= 0 && source[open + 1] === '?' && source[open + 2] !== ':') return false;
      j = close + 1;
      if (source[j] === '?') j++;
      else if (source[j] === '*' || source[j] === '+' || source[j] === '{') return false;
      continue;
    }
    return false;
  }
}

/** Where a fragment sits in a pattern: the weakest of its occurrences. */
export function fragmentPlace(pattern: string, fragment: string): FragmentPlace {
  const source = pattern.replace(/\{(?:det|w|ww|www|list|near)\}/g, '#');
  let place: FragmentPlace = 'whole';
  for (let i = source.indexOf(fragment); i >= 0; i = source.indexOf(fragment, i + 1)) {
    const start = edgeBefore(source, i);
    const here: FragmentPlace = !start ? 'any' : edgeAfter(source, i + fragment.length) ? 'whole' : 'start';
    if (RANK_PLACE[here] < RANK_PLACE[place]) place = here;
  }
  return place;
}

/** Short words nearly every message contains: a poor filter, so never chosen when better exists. */
const COMMON = new Set([
  'the', 'and', 'not', 'has', 'are', 'for', 'her', 'his', 'she', 'all', 'get', 'had', 'off', 'was', 'any', 'out', 'one', 'put', 'too', 'lot',
  'can', 'you', 'him', 'who', 'did', 'got', 'may', 'its', 'our', 'own', 'have', 'been', 'with', 'that', 'this', 'from', 'when', 'into', 'like',
]);

/** How good a set of alternative fragments is as a filter: the weakest member decides. */
function quality(set: readonly string[]): number {
  return Math.min(...set.map((f) => (COMMON.has(f) ? 1 : f.length)));
}

/** The better of two candidate fragment sets (null: no letters guaranteed). */
function better(a: string[] | null, b: string[] | null): string[] | null {
  if (!a) return b;
  if (!b) return a;
  const qa = quality(a);
  const qb = quality(b);
  return qb > qa || (qb === qa && b.length < a.length) ? b : a;
}

/**
 * Parses one regex sequence from `i` up to the closing ")" or "|" and returns the best set of
 * letter runs one of which every match must contain, and where it stopped.
 */
function requiredIn(source: string, i: number): { set: string[] | null; end: number; branches: (string[] | null)[] } {
  const branches: (string[] | null)[] = [];
  let best: string[] | null = null;
  let run = '';
  const endRun = (lastOptional: boolean) => {
    const word = lastOptional ? run.slice(0, -1) : run;
    for (const w of word.split(' ')) if (w.length >= 3) best = better(best, [w]);
    run = '';
  };
  const quantified = (j: number) => source[j] === '?' || source[j] === '*' || (source[j] === '{' && /^\{0,/.test(source.slice(j)));
  while (i < source.length) {
    const ch = source[i]!;
    if (ch === ')') break;
    if (ch === '|') {
      endRun(false);
      branches.push(best);
      best = null;
      i++;
      continue;
    }
    if (/[a-z ]/.test(ch)) {
      run += ch;
      i++;
      if (quantified(i) || source[i] === '+') {
        endRun(quantified(i));
      }
      continue;
    }
    endRun(false);
    if (ch === '(') {
      const lookaround = /^\(\?(?:[=!]|<[=!])/.test(source.slice(i));
      const inner = requiredIn(source, i + (source.startsWith('(?:', i) ? 3 : lookaround ? (source[i + 2] === '<' ? 4 : 3) : 1));
      i = inner.end + 1;
      const optional = lookaround || quantified(i);
      const all = [...inner.branches, inner.set];
      if (!optional && all.every((b) => b !== null)) best = better(best, [...new Set(all.flatMap((b) => b!))]);
      continue;
    }
    if (ch === '\\') { i += 2; continue; }
    if (ch === '[') { i = source.indexOf(']', i) + 1; continue; }
    i++;
  }
  endRun(false);
  return { set: best, end: i, branches };
}

/**
 * Letters every match of the pattern must contain: the best filter among its required words
 * ("cold" in "(?:a|the) cold"), or one of every branch of a required group ("sore" or "raw"
 * for "(?:sore|raw)"). Optional parts, lookarounds, escapes ("\\w") and shorthands never count;
 * a run followed by "?" or "*" loses its last letter ("hurts?" gives "hurt"). Empty when nothing
 * is guaranteed (the concept then always runs).
 */
export function literalFragments(pattern: string): string[] {
  const source = pattern.replace(/\{(?:det|w|ww|www|list|near)\}/g, '#');
  const top = requiredIn(source, 0);
  const all = [...top.branches, top.set];
  return all.every((b) => b !== null) ? [...new Set(all.flatMap((b) => b!))] : [];
}

export function expandShorthands(pattern: string): string {
  return pattern.replace(/\{(?:det|w|ww|www|list|near)\}/g, (s) => SHORTHANDS[s]!);
}

/** Compiles each concept into one regex, at module load. */
export function compileConcepts(concepts: readonly Concept[]): CompiledConcept[] {
  return concepts
    .filter((c) => c.patterns.length > 0)
    .map((c) => {
      const perPattern = c.patterns.map(literalFragments);
      const places = new Map<string, FragmentPlace>();
      for (const fragment of new Set(perPattern.flat())) {
        let place: FragmentPlace = 'whole';
        for (const pattern of c.patterns) {
          if (!pattern.includes(fragment)) continue;
          const here = fragmentPlace(pattern, fragment);
          if (RANK_PLACE[here] < RANK_PLACE[place]) place = here;
        }
        places.set(fragment, place);
      }
      return {
        places,
        ...(c.subsumes?.length ? { subsumes: c.subsumes } : {}),
        ...(c.request ? { request: true } : {}),
        ...(c.history ? { history: true } : {}),
        id: c.id,
        label: c.label,
        // Normalised text holds only [a-z0-9 .,], so \b marks exactly the whole-word edges.
        regex: new RegExp(`\\b(?:${c.patterns.map(expandShorthands).join('|')})\\b`, 'g'),
        fragments: perPattern.some((f) => f.length === 0) ? null : [...new Set(perPattern.flat())],
      };
    });
}

/** Index from the first three letters of a fragment to the concepts it belongs to. */
export type FragmentIndex = Map<string, { fragment: string; concept: number; place: FragmentPlace }[]>;

export function indexFragments(compiled: readonly CompiledConcept[]): FragmentIndex {
  const index: FragmentIndex = new Map();
  compiled.forEach((c, concept) => {
    for (const fragment of c.fragments ?? []) {
      const key = fragment.slice(0, 3);
      const list = index.get(key) ?? [];
      list.push({ fragment, concept, place: c.places.get(fragment) ?? 'any' });
      index.set(key, list);
    }
  });
  return index;
}

/**
 * The concepts a word could belong to: those with a fragment inside it. Cached per word
 * (bounded), since the same words recur across messages.
 */
function conceptsOfWord(token: string, index: FragmentIndex, cache: Map<string, readonly number[]>): readonly number[] {
  let hit = cache.get(token);
  if (hit === undefined) {
    const found: number[] = [];
    for (let i = 0; i + 3 <= token.length; i++) {
      for (const { fragment, concept, place } of index.get(token.slice(i, i + 3)) ?? []) {
        if (place !== 'any' && i > 0) continue;
        if (place === 'whole' && token.length !== fragment.length) continue;
        if (!found.includes(concept) && token.startsWith(fragment, i)) found.push(concept);
      }
    }
    hit = found;
    if (cache.size > 50_000) cache.clear();
    cache.set(token, hit);
  }
  return hit;
}

interface IndexState {
  words: Map<string, readonly number[]>;
  always: number[];
  /** Concepts whose patterns spell out a word (3+ letters): those a word form can bring in. */
  byPatternWord: Map<string, number[]>;
}
const STATE = new WeakMap<FragmentIndex, IndexState>();

function stateFor(compiled: readonly CompiledConcept[], index: FragmentIndex): IndexState {
  const byPatternWord = new Map<string, number[]>();
  compiled.forEach((c, n) => {
    for (const m of c.regex.source.replace(/\\[a-zA-Z]/g, ' ').matchAll(/[a-z]{3,}/g)) {
      // "boils?" spells "boil" too: a run followed by "?" or "*" may lose its last letter.
      for (const word of [m[0], m[0].slice(0, -1)]) {
        const list = byPatternWord.get(word) ?? [];
        if (!list.includes(n)) list.push(n);
        byPatternWord.set(word, list);
      }
    }
  });
  const state = { words: new Map(), always: compiled.flatMap((c, n) => (c.fragments === null ? [n] : [])), byPatternWord };
  STATE.set(index, state);
  return state;
}

/**
 * Concepts a word form can bring in: a match in the base-form text that differs from the
 * text's own needs a changed word spelled out in the pattern (a wildcard would have matched the
 * original word too), so only concepts whose patterns contain a changed word are run again.
 */
function conceptsUsingWords(words: readonly string[], compiled: readonly CompiledConcept[], index: FragmentIndex): number[] {
  const state = STATE.get(index) ?? stateFor(compiled, index);
  const out: number[] = [];
  for (const word of words) for (const n of state.byPatternWord.get(word) ?? []) if (!out.includes(n)) out.push(n);
  return out;
}

/**
 * Which concepts could match these words: those whose fragments occur inside them, plus
 * those with no fragment (always run). Checking the words is much cheaper than running every
 * regex (performance target: 1 ms per assessment at 5,000 characters).
 */
function candidateConcepts(tokens: readonly string[], compiled: readonly CompiledConcept[], index: FragmentIndex, withAlways = true): number[] {
  let state = STATE.get(index);
  if (!state) {
    state = stateFor(compiled, index);
  }
  const out = withAlways ? [...state.always] : [];
  for (const token of tokens) for (const n of conceptsOfWord(token, index, state.words)) if (!out.includes(n)) out.push(n);
  return out;
}

export interface ConceptReading {
  /** Concepts mentioned at least once without negation, as a current problem of the patient. */
  present: Set<string>;
  /** Concepts mentioned only in negated form ("no fever"). */
  negated: Set<string>;
  /** Concepts mentioned only in the past or as someone else's history ("my dad had a heart attack"). */
  past: Set<string>;
  /** Token indexes inside any mention (present, negated or past). */
  covered: Set<number>;
}

interface Mention {
  id: string;
  /** Index of the concept in the compiled list. */
  n: number;
  start: number;
  end: number;
}

function tokenIndex(text: string): Int32Array {
  const tokenAt = new Int32Array(text.length + 1);
  for (let i = 0, t = 0; i <= text.length; i++) {
    tokenAt[i] = t;
    if (text[i] === ' ') t++;
  }
  return tokenAt;
}

function findMentions(text: string, offset: number, compiled: readonly CompiledConcept[], which: readonly number[], into: Mention[], seen: Set<number>): void {
  if (which.length === 0) return;
  const tokenAt = tokenIndex(text);
  for (const n of which) {
    const concept = compiled[n]!;
    concept.regex.lastIndex = 0;
    for (let m = concept.regex.exec(text); m; m = concept.regex.exec(text)) {
      if (m[0] === '') {
        concept.regex.lastIndex++;
        continue;
      }
      const mention = { id: concept.id, n, start: offset + tokenAt[m.index]!, end: offset + tokenAt[m.index + m[0].length - 1]! + 1 };
      const key = (n * 32_768 + mention.start) * 32_768 + mention.end;
      if (!seen.has(key)) {
        seen.add(key);
        into.push(mention);
      }
    }
  }
}

/**
 * Drops every mention that lies wholly inside a mention of a concept that subsumes it
 * ("hot water bottle" holds the burn pattern "hot water"). Its words stay covered, so they are
 * recognised, not unexplained symptom words.
 */
function withoutSubsumed(mentions: readonly Mention[], compiled: readonly CompiledConcept[]): readonly Mention[] {
  const outer = mentions.filter((m) => compiled[m.n]!.subsumes !== undefined);
  if (outer.length === 0) return mentions;
  return mentions.filter((m) => !outer.some((o) => o !== m && o.start <= m.start && m.end <= o.end && compiled[o.n]!.subsumes!.includes(m.id)));
}

/**
 * Words inside a mention are not negators for other mentions ("not breathing" keeps its "not").
 * A look-alike phrase (a concept that subsumes others, such as "he doesnt stop breathing" read as
 * snoring without pauses) is not a symptom, so a negator inside it still denies what it names,
 * unless a symptom's own mention also holds that word.
 */
function negatorsOfLookAlikesUnmasked(tokens: readonly string[], mentions: readonly Mention[], compiled: readonly CompiledConcept[], covered: Set<number>): ReadonlySet<number> {
  let masked: Set<number> | undefined;
  for (const m of mentions) {
    if (compiled[m.n]!.subsumes === undefined) continue;
    for (let i = m.start; i < m.end; i++) {
      if (!isNegatorWord(tokens[i]!)) continue;
      if (mentions.some((o) => compiled[o.n]!.subsumes === undefined && o.start <= i && i < o.end)) continue;
      masked ??= new Set(covered);
      masked.delete(i);
    }
  }
  return masked ?? covered;
}

/**
 * Reads the concepts in `text`. `lemmaText`, when given, is the same tokens in base form
 * (lemma.ts); concepts are matched in both, so "swallowed" meets a pattern written "swallow".
 */
export function readConcepts(text: string, compiled: readonly CompiledConcept[], index?: FragmentIndex, lemmaText?: string): ConceptReading {
  const present = new Set<string>();
  const negated = new Set<string>();
  const past = new Set<string>();
  const covered = new Set<number>();
  if (text === '') return { present, negated, past, covered };

  const tokens = text.split(' ');
  const mentions: Mention[] = [];
  const seen = new Set<number>();
  const lemmaTokens = lemmaText !== undefined && lemmaText !== text ? lemmaText.split(' ') : undefined;
  if (!index) {
    // Reference path (tests): every concept over the whole text and its word forms.
    const all = compiled.map((_, n) => n);
    findMentions(text, 0, compiled, all, mentions, seen);
    if (lemmaTokens) findMentions(lemmaText!, 0, compiled, all, mentions, seen);
  } else {
    // No pattern crosses a sentence break ("."), so each sentence runs only the concepts its
    // own words could bring in (fragments in the place their patterns put them); a word form
    // runs again only the concepts that spell out a changed word. On a long message most
    // concepts then run on a sentence or two, not on 5,000 characters.
    for (let from = 0, i = 0; i <= tokens.length; i++) {
      if (i < tokens.length && tokens[i] !== '.') continue;
      if (i > from) {
        const words = tokens.slice(from, i);
        findMentions(words.join(' '), from, compiled, candidateConcepts(words, compiled, index), mentions, seen);
        if (lemmaTokens) {
          const lemmas = lemmaTokens.slice(from, i);
          const changed = lemmas.filter((t, k) => t !== words[k]);
          if (changed.length > 0) findMentions(lemmas.join(' '), from, compiled, conceptsUsingWords(changed, compiled, index), mentions, seen);
        }
      }
      from = i + 1;
    }
  }

  for (const mention of mentions) for (let i = mention.start; i < mention.end; i++) covered.add(i);
  const kept = withoutSubsumed(mentions, compiled);
  const masked = negatorsOfLookAlikesUnmasked(tokens, mentions, compiled, covered);

  const current = new Set<string>();
  const isPastOrOtherPerson = contextReader(tokens);
  for (const mention of kept) {
    if (!compiled[mention.n]!.request && isNegated(tokens, mention.start, mention.end, masked)) negated.add(mention.id);
    else if (isPastOrOtherPerson(mention.start, mention.end) && !(compiled[mention.n]!.history && !aboutSomeoneElse(tokens, mention.start))) past.add(mention.id);
    else current.add(mention.id);
  }
  for (const id of current) {
    present.add(id);
    negated.delete(id);
    past.delete(id);
  }
  for (const id of negated) past.delete(id);
  return { present, negated, past, covered };
}
