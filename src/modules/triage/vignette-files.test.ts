import { describe, expect, it } from 'vitest';
import { allSets, score, summarise } from '../../../bench/triage-sets.ts';

describe('vignette sets for the bench (bench/triage-vignettes)', () => {
  const sets = allSets();

  it('reads the development set and every file, each in the documented format', () => {
    expect(sets[0]!.purpose).toBe('development');
    for (const set of sets) expect(set.cases.length, set.batch).toBeGreaterThan(0);
  });

  it('never under-triages an emergency in a development set (hazard H1)', () => {
    for (const set of sets.filter((s) => s.purpose === 'development')) {
      const under = set.cases.map((c) => score(c)).filter((o) => o.c.expected.urgency === 'emergency' && o.under);
      expect(under.map((o) => `${set.batch} ${o.c.id} → ${o.r.urgency}: ${o.c.text}`)).toEqual([]);
    }
  });

  it('scores strict, lenient, under- and over-triage against the acceptable answers', () => {
    const c = {
      id: 'X', age: 40, sex: 'male' as const, text: 'chest pain since an hour ago', bodySystem: 'cardiovascular',
      expected: { urgency: 'urgent' as const, role: 'gp' as const },
      acceptable: { urgencies: ['urgent' as const], roles: ['gp' as const] },
    };
    const s = summarise([score(c)]);
    expect(s).toMatchObject({ n: 1, strict: 0, lenient: 0, under: 0, over: 1, roleOk: 0, mustBeEmergency: 0 });
  });
});
