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
 *   {near} up to ten words
 *   {yes}  up to three words, none of them a denial ("painkillers help", not "painkillers dont help")
 */
export interface Concept {
  id: string;
  /** Plain English, used in the rationale ("chest pain"). */
  label: string;
  patterns: string[];
  /**
   * Concepts this one explains when their mention lies inside one of its own: a word used in
   * another sense ("hot water bottle" is not a burn, "my head is banging" is not a head injury,
   * "eating and drinking loads" is not a child's thirst). Only a mention wholly inside is set
   * aside; the same concept mentioned elsewhere in the text still counts.
   */
  subsumes?: string[];
  /**
   * A request or an appointment, not a symptom: a negator before it does not deny it ("he hasn't
   * had his yearly diabetes check" asks for one).
   */
  request?: boolean;
  /**
   * A risk factor in the patient's own history ("I had prostate cancer 5 years ago"): a mention in
   * the past still counts, because the past is what it names; one about someone else ("my dad had
   * cancer") does not (2026.12.7, NICE NG234 red flags for spinal metastases).
   */
  history?: boolean;
}
