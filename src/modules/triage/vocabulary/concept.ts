/**
 * A concept is one thing a patient can describe ("chest pain"), with the phrasings that name it.
 *
 * Patterns are regular-expression sources matched against normalised text (see text.ts):
 * lower case, apostrophes dropped ("can't" → "cant"), punctuation as separate tokens, one space
 * between words. Each pattern must match whole words. Three shorthands keep them readable:
 *   {det}  an optional "my / his / her / the / a …"
 *   {w}    one optional word
 *   {ww}   up to three words (never crossing punctuation)
 *   {www}  up to six words (never crossing punctuation)
 *   {list} up to five words or commas, for lists ("hot, red and swollen")
 */
export interface Concept {
  id: string;
  /** Plain English, used in the rationale ("chest pain"). */
  label: string;
  patterns: string[];
}
