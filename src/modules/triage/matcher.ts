/**
 * Finds the concepts a normalised text mentions, and which of those mentions are negated.
 * Patterns are compiled once, at module load (performance target: 1 ms per assessment).
 */
import type { Concept } from './vocabulary/concept.ts';
import { isPastOrOtherPerson } from './context.ts';
import { isNegated } from './negation.ts';

const SHORTHANDS: Record<string, string> = {
  '{det}': '(?:(?:my|his|her|their|the|a|an|our|your|its|this|that|both|left|right) )?',
  '{w}': '(?:[a-z0-9]+ )?',
  '{ww}': '(?:[a-z0-9]+ ){0,3}',
  '{www}': '(?:[a-z0-9]+ ){0,6}',
  '{list}': '(?:(?:[a-z0-9]+|,) ){0,5}',
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
  const source = pattern.replace(/\{(?:det|w|ww|www|list)\}/g, '#');
  const top = requiredIn(source, 0);
  const all = [...top.branches, top.set];
  return all.every((b) => b !== null) ? [...new Set(all.flatMap((b) => b!))] : [];
}

export function expandShorthands(pattern: string): string {
  return pattern.replace(/\{(?:det|w|ww|www|list)\}/g, (s) => SHORTHANDS[s]!);
}

/** Compiles each concept into one regex, at module load. */
export function compileConcepts(concepts: readonly Concept[]): CompiledConcept[] {
  return concepts
    .filter((c) => c.patterns.length > 0)
    .map((c) => {
      const perPattern = c.patterns.map(literalFragments);
      return {
        id: c.id,
        label: c.label,
        // Normalised text holds only [a-z0-9 .,], so \b marks exactly the whole-word edges.
        regex: new RegExp(`\\b(?:${c.patterns.map(expandShorthands).join('|')})\\b`, 'g'),
        fragments: perPattern.some((f) => f.length === 0) ? null : [...new Set(perPattern.flat())],
      };
    });
}

/** Index from the first three letters of a fragment to the concepts it belongs to. */
export type FragmentIndex = Map<string, { fragment: string; concept: number }[]>;

export function indexFragments(compiled: readonly CompiledConcept[]): FragmentIndex {
  const index: FragmentIndex = new Map();
  compiled.forEach((c, concept) => {
    for (const fragment of c.fragments ?? []) {
      const key = fragment.slice(0, 3);
      const list = index.get(key) ?? [];
      list.push({ fragment, concept });
      index.set(key, list);
    }
  });
  return index;
}

/**
 * Which concepts could match this text: those whose fragments occur inside its words. Scanning
 * the few hundred distinct words once is much cheaper than running every regex over a long
 * text (performance target: 1 ms per assessment at 5,000 characters).
 */
function candidateConcepts(tokens: readonly string[], compiled: readonly CompiledConcept[], index: FragmentIndex): boolean[] {
  const candidate = compiled.map((c) => c.fragments === null);
  for (const token of new Set(tokens)) {
    for (let i = 0; i + 3 <= token.length; i++) {
      for (const { fragment, concept } of index.get(token.slice(i, i + 3)) ?? []) {
        if (!candidate[concept] && token.startsWith(fragment, i)) candidate[concept] = true;
      }
    }
  }
  return candidate;
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

function findMentions(text: string, compiled: readonly CompiledConcept[], candidate: readonly boolean[], into: Mention[], seen: Set<number>): void {
  const tokenAt = tokenIndex(text);
  for (const [n, concept] of compiled.entries()) {
    if (!candidate[n]) continue;
    concept.regex.lastIndex = 0;
    for (let m = concept.regex.exec(text); m; m = concept.regex.exec(text)) {
      if (m[0] === '') {
        concept.regex.lastIndex++;
        continue;
      }
      const mention = { id: concept.id, start: tokenAt[m.index]!, end: tokenAt[m.index + m[0].length - 1]! + 1 };
      const key = (n * 8192 + mention.start) * 8192 + mention.end;
      if (!seen.has(key)) {
        seen.add(key);
        into.push(mention);
      }
    }
  }
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
  const candidate = index ? candidateConcepts(tokens, compiled, index) : compiled.map(() => true);
  const mentions: Mention[] = [];
  const seen = new Set<number>();
  findMentions(text, compiled, candidate, mentions, seen);
  if (lemmaText !== undefined && lemmaText !== text) {
    // Only concepts that a changed word could bring in need the second pass.
    const lemmaTokens = lemmaText.split(' ');
    const changed = lemmaTokens.filter((t, i) => t !== tokens[i]);
    const byLemma = index ? candidateConcepts(changed, compiled, index).map((c, n) => c && compiled[n]!.fragments !== null) : candidate;
    findMentions(lemmaText, compiled, byLemma, mentions, seen);
  }

  for (const mention of mentions) for (let i = mention.start; i < mention.end; i++) covered.add(i);

  const current = new Set<string>();
  for (const mention of mentions) {
    if (isNegated(tokens, mention.start, mention.end, covered)) negated.add(mention.id);
    else if (isPastOrOtherPerson(tokens, mention.start, mention.end)) past.add(mention.id);
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
