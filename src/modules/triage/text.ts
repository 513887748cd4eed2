/**
 * Turns a patient's free text into the normalised form the vocabulary is written for:
 * lower case, no accents or apostrophes, sentence and clause breaks kept as "." and ","
 * tokens, one space between tokens, misspellings repaired. Markup is not interpreted: "<b>"
 * becomes the word "b", so script or HTML in the text is only ever read as words.
 */
import { CONTRACTIONS, NEAR_INABILITY, type SpellingCorrector } from './spelling.ts';

/** Longer text is cut here; the API already limits it to 5,000 characters. */
export const MAX_TEXT_LENGTH = 20_000;

export interface NormalisedText {
  /** Tokens joined by single spaces. */
  text: string;
  truncated: boolean;
}

const CONTRACTION_PATTERN = new RegExp(`\\b(?:${Object.keys(CONTRACTIONS).join('|')})\\b`, 'g');

export function normaliseText(raw: string, speller: SpellingCorrector): NormalisedText {
  const truncated = raw.length > MAX_TEXT_LENGTH;
  let text = (truncated ? raw.slice(0, MAX_TEXT_LENGTH) : raw)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`']/g, '')
    .replace(/(\d)[.,](\d)/g, '$1p$2') // 38.5 stays one token
    .replace(/[.!?;:\n\r]+/g, ' . ')
    .replace(/[,()[\]{}]+/g, ' , ')
    .replace(/[^a-z0-9., ]+/g, ' ');
  const tokens = text.split(/\s+/).filter(Boolean).map((t) => (t === '.' || t === ',' ? t : speller.correct(t)));
  text = tokens.join(' ').replace(CONTRACTION_PATTERN, (pair) => CONTRACTIONS[pair] ?? pair).replace(NEAR_INABILITY, 'cant');
  return { text, truncated };
}

/**
 * Whole words (not stems) in the vocabulary's patterns, for the spelling corrector. A letter
 * run followed by "\w" is a stem ("vomit\w*") and is left out, so "wheel" is never
 * "corrected" towards the stem "wheez".
 */
/** Letter runs followed by "\\w" in the patterns ("vomit" in vomit\\w*): stems whose words are understood. */
export function stemsInPatterns(patterns: Iterable<string>): string[] {
  const stems: string[] = [];
  for (const pattern of patterns) for (const match of pattern.matchAll(/(?<![a-z\\])([a-z]{4,})\\w/g)) stems.push(match[1]!);
  return stems;
}

export function wordsInPatterns(patterns: Iterable<string>): string[] {
  const words: string[] = [];
  for (const pattern of patterns) {
    for (const match of pattern.matchAll(/(?<![a-z\\])[a-z]{4,}(?![a-z\\])/g)) words.push(match[0]);
  }
  return words;
}
