import { describe, expect, it } from 'vitest';
import { assess } from './engine.ts';
import { ROLES, URGENCIES } from './types.ts';
import { VIGNETTES } from './vignettes.ts';

const results = VIGNETTES.map((v) => ({ v, r: assess(v) }));

describe('development vignettes', () => {
  it('has at least 120 vignettes covering every urgency and every role', () => {
    expect(VIGNETTES.length).toBeGreaterThanOrEqual(120);
    expect(new Set(VIGNETTES.map((v) => v.id)).size).toBe(VIGNETTES.length);
    for (const u of URGENCIES) expect(VIGNETTES.some((v) => v.expected.urgency === u), u).toBe(true);
    for (const role of ROLES) expect(VIGNETTES.some((v) => v.expected.role === role), role).toBe(true);
  });

  it('never under-triages an emergency (hazard H1)', () => {
    const missed = results.filter(({ v, r }) => v.expected.urgency === 'emergency' && r.urgency !== 'emergency');
    expect(missed.map(({ v, r }) => `${v.id} → ${r.urgency}: ${v.text}`)).toEqual([]);
  });

  it('gets urgency right in at least 90% of vignettes', () => {
    const correct = results.filter(({ v, r }) => r.urgency === v.expected.urgency).length;
    expect(correct / results.length).toBeGreaterThanOrEqual(0.9);
  });

  it('routes to the expected role in at least 90% of vignettes (hazard H4)', () => {
    const correct = results.filter(({ v, r }) => r.role === v.expected.role).length;
    expect(correct / results.length).toBeGreaterThanOrEqual(0.9);
  });
});
