import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileConcepts, fragmentPlace, indexFragments, literalFragments, readConcepts } from './matcher.ts';
import { baseWordsInPatterns, buildLemmatiser } from './lemma.ts';
import { buildSpellingCorrector } from './spelling.ts';
import { normaliseText, wordsInPatterns } from './text.ts';
import { VIGNETTES } from './vignettes.ts';
import { CONCEPTS } from './vocabulary/index.ts';

const compiled = compileConcepts(CONCEPTS);
const index = indexFragments(compiled);
const speller = buildSpellingCorrector(wordsInPatterns(CONCEPTS.flatMap((c) => c.patterns)));

describe('concept matcher', () => {
  it('finds the letters every match must contain', () => {
    expect(literalFragments('(?:a|the|common) cold')).toEqual(['cold']);
    expect(literalFragments('chest (?:pain|ache)')).toEqual(['chest']);
    expect(literalFragments('(?:pain|ache) in {det}chest')).toEqual(['chest']);
    expect(literalFragments('hurts?')).toEqual(['hurt']);
    expect(literalFragments('(?:sore|raw)')).toEqual(['sore', 'raw']);
    expect(literalFragments('vomit\\w*')).toEqual(['vomit']);
  });

  it('knows where a fragment sits in a word, so short fragments are not looked for inside other words', () => {
    expect(fragmentPlace('(?:pee|wee) {ww}(?:at|in the) night', 'wee')).toBe('whole');
    expect(fragmentPlace('(?:pee|wee)\\w*', 'wee')).toBe('start');
    expect(fragmentPlace('hurts?', 'hurt')).toBe('start');
    expect(fragmentPlace('(?:very )?drowsy', 'drowsy')).toBe('whole');
    expect(fragmentPlace('(?<!normal )temperature', 'temperature')).toBe('any');
    expect(fragmentPlace('(?:pre|post)natal', 'natal')).toBe('any');
  });

  it('writes every pattern as one alternative (no "|" outside a group), so the filter is exact', () => {
    for (const concept of CONCEPTS) {
      for (const pattern of concept.patterns) {
        let depth = 0;
        for (let i = 0; i < pattern.length; i++) {
          if (pattern[i] === '\\') i++;
          else if (pattern[i] === '(') depth++;
          else if (pattern[i] === ')') depth--;
          else if (pattern[i] === '|') expect(depth, `${concept.id}: ${pattern}`).toBeGreaterThan(0);
        }
      }
    }
  });

  it('reads the same concepts with and without the fragment filter', () => {
    // The sets named here only: a blind set is never read by the rule authors' tests.
    const files = ['blind-2026-12', 'blind-2027-01', 'probe-2026-12', 'tuning-2026-12'].map((name) => new URL(`../../../bench/triage-vignettes/${name}.json`, import.meta.url));
    const benchTexts = files.flatMap((file) => (JSON.parse(readFileSync(file, 'utf8')) as { cases: { text: string }[] }).cases.map((c) => c.text));
    const texts = [...VIGNETTES.map((v) => v.text), ...benchTexts, 'rigours and haemoptysis', 'hurt my back, knee hurts, chest hurt', 'weeks of years. clear ear, tired red eye'];
    const lemmatiser = buildLemmatiser(baseWordsInPatterns(CONCEPTS.flatMap((c) => c.patterns)));
    for (const raw of texts) {
      const { text } = normaliseText(raw, speller);
      const lemmaText = text.split(' ').map((t) => lemmatiser.lemma(t)).join(' ');
      const fast = readConcepts(text, compiled, index, lemmaText);
      const full = readConcepts(text, compiled, undefined, lemmaText);
      expect([[...fast.present].sort(), [...fast.negated].sort()], raw).toEqual([[...full.present].sort(), [...full.negated].sort()]);
    }
    // Runs every concept over some 1,300 texts without the filter; about 40 s on an idle 2-core
    // machine, and over 60 s when the machine is shared, so it gets its own limit.
  }, 240_000);
});
