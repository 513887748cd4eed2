import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.ts';
import { SOURCES } from '../rules/sources.ts';
import { BODY_SYSTEMS, CATALOGUE, CATALOGUE_RULES } from './index.ts';

const KNOWN_PUBLISHERS = /^(?:https:\/\/(?:www\.nhs\.uk|cks\.nice\.org\.uk|www\.nice\.org\.uk|www\.england\.nhs\.uk|www\.resus\.org\.uk|www\.phqscreeners\.com)\/|docs\/)/;

describe('catalogue of presenting complaints', () => {
  it('gives every complaint a unique id, a body system, a role, words that identify it and at least one feature', () => {
    const ids = CATALOGUE.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of CATALOGUE) {
      expect(c.id, c.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(BODY_SYSTEMS, c.id).toContain(c.system);
      expect(c.presentation.length, c.id).toBeGreaterThan(0);
      expect([...(c.emergency ?? []), ...(c.urgent ?? []), ...(c.routine ?? []), ...(c.selfCare ?? [])].length, c.id).toBeGreaterThan(0);
    }
  });

  it('cites a known source for every complaint and every rule (NHS, NICE, NHS England, or our documented defaults)', () => {
    for (const c of CATALOGUE) expect(SOURCES[c.source], c.id).toBeDefined();
    for (const rule of RULES) {
      const source = SOURCES[rule.source];
      expect(source, rule.id).toBeDefined();
      expect(source.url, `${rule.id} cites ${source.url}`).toMatch(KNOWN_PUBLISHERS);
    }
  });

  it('compiles each feature into exactly one rule, named after its complaint and urgency, all in the engine', () => {
    const features = CATALOGUE.reduce((n, c) => n + (c.emergency?.length ?? 0) + (c.urgent?.length ?? 0) + (c.routine?.length ?? 0) + (c.selfCare?.length ?? 0), 0);
    expect(CATALOGUE_RULES.length).toBe(features);
    const inEngine = new Set(RULES.map((r) => r.id));
    for (const rule of CATALOGUE_RULES) {
      expect(inEngine.has(rule.id), rule.id).toBe(true);
      expect(rule.id, rule.id).toContain(rule.complaint!.toUpperCase());
    }
  });
});
