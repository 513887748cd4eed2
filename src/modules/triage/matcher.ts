/**
 * Finds the concepts a normalised text mentions, and which of those mentions are negated.
 * Patterns are compiled once, at module load (performance target: 1 ms per assessment).
 */
import type { Concept } from './vocabulary/concept.ts';
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

/**
 * Letters every match of the pattern must contain: its longest word outside any group ("cold"
 * in "(?:a|the) cold"). When it has none, every letter run in it, since a match must then
 * contain one of the group's branches. A run followed by "?" or "*" loses its last letter
 * ("hurts?" gives "hurt"); escapes ("\w") and shorthands are not letters.
 */
export function literalFragments(pattern: string): string[] {
  const source = pattern.replace(/\{(?:det|w|ww|www|list)\}/g, ' ').replace(/\\[a-zA-Z]/g, ' ');
  const all: string[] = [];
  let required = '';
  let depth = 0;
  for (let i = 0; i < source.length; ) {
    const ch = source[i]!;
    if (ch === '\\') { i += 2; continue; }
    if (ch === '(') { depth++; i++; continue; }
    if (ch === ')') { depth--; i++; continue; }
    const run = /^[a-z]+/.exec(source.slice(i))?.[0];
    if (!run) { i++; continue; }
    const next = source[i + run.length];
    const word = next === '?' || next === '*' ? run.slice(0, -1) : run;
    if (word.length >= 3) {
      all.push(word);
      if (depth === 0 && word.length > required.length) required = word;
    }
    i += run.length;
  }
  return required ? [required] : all;
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
  /** Concepts mentioned at least once without negation. */
  present: Set<string>;
  /** Concepts mentioned only in negated form ("no fever"). */
  negated: Set<string>;
}

interface Mention {
  id: string;
  start: number;
  end: number;
}

export function readConcepts(text: string, compiled: readonly CompiledConcept[], index?: FragmentIndex): ConceptReading {
  const present = new Set<string>();
  const negated = new Set<string>();
  if (text === '') return { present, negated };

  const tokens = text.split(' ');
  const tokenAt = new Int32Array(text.length + 1);
  for (let i = 0, t = 0; i <= text.length; i++) {
    tokenAt[i] = t;
    if (text[i] === ' ') t++;
  }

  const candidate = index ? candidateConcepts(tokens, compiled, index) : compiled.map(() => true);
  const mentions: Mention[] = [];
  for (const [n, concept] of compiled.entries()) {
    if (!candidate[n]) continue;
    concept.regex.lastIndex = 0;
    for (let m = concept.regex.exec(text); m; m = concept.regex.exec(text)) {
      if (m[0] === '') {
        concept.regex.lastIndex++;
        continue;
      }
      mentions.push({ id: concept.id, start: tokenAt[m.index]!, end: tokenAt[m.index + m[0].length - 1]! + 1 });
    }
  }

  const masked = new Set<number>();
  for (const mention of mentions) for (let i = mention.start; i < mention.end; i++) masked.add(i);

  for (const mention of mentions) {
    if (isNegated(tokens, mention.start, mention.end, masked)) {
      if (!present.has(mention.id)) negated.add(mention.id);
    } else {
      present.add(mention.id);
      negated.delete(mention.id);
    }
  }
  return { present, negated };
}
