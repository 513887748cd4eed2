import { describe, expect, it } from 'vitest';
import { compileConcepts, indexFragments, literalFragments, readConcepts } from './matcher.ts';
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
    const texts = [...VIGNETTES.map((v) => v.text), 'rigours and haemoptysis', 'hurt my back, knee hurts, chest hurt'];
    for (const raw of texts) {
      const { text } = normaliseText(raw, speller);
      const fast = readConcepts(text, compiled, index);
      const full = readConcepts(text, compiled);
      expect([[...fast.present].sort(), [...fast.negated].sort()], raw).toEqual([[...full.present].sort(), [...full.negated].sort()]);
    }
  });
});
