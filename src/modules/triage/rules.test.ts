import { describe, expect, it } from 'vitest';
import { ADVICE } from './advice.ts';
import { BODY_SYSTEM_QUESTIONS } from './questions.ts';
import { ROLE_MODIFIERS, RULES, RULES_FINGERPRINT, RULES_VERSION } from './rules/index.ts';
import { SOURCES } from './rules/sources.ts';
import { CONCEPTS, DERIVED_CONCEPTS } from './vocabulary/index.ts';
import { expandShorthands } from './matcher.ts';
import { fingerprintRules } from './rules/fingerprint.ts';

const conceptIds = new Set([...CONCEPTS, ...DERIVED_CONCEPTS].map((c) => c.id));
const conditionConcepts = (rule: (typeof RULES)[number]) => [...(rule.when.all ?? []), ...(rule.when.anyOf ?? []).flat(), ...(rule.when.atLeast?.of ?? []), ...(rule.when.none ?? [])];

describe('rule set integrity (hazard H8: rules changed without review)', () => {
  it('matches the reviewed fingerprint; change RULES_VERSION and RULES_FINGERPRINT together after clinical review', () => {
    expect(fingerprintRules(), `rules changed: bump RULES_VERSION (now ${RULES_VERSION}) and set RULES_FINGERPRINT`).toBe(RULES_FINGERPRINT);
  });

  it('has a version of the form YYYY.MM.N and no rule newer than it', () => {
    expect(RULES_VERSION).toMatch(/^\d{4}\.\d{1,2}\.\d+$/);
    const rank = (v: string) => v.split('.').map(Number).reduce((a, n) => a * 1000 + n, 0);
    for (const rule of RULES) expect(rank(rule.since), rule.id).toBeLessThanOrEqual(rank(RULES_VERSION));
  });

  it('gives every rule a unique id, a known source, a reason and known advice', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^(EM|UR|RT|SC)-[A-Z0-9-]+$/);
      expect(SOURCES[rule.source], rule.id).toBeDefined();
      expect(rule.why.length, rule.id).toBeGreaterThan(20);
      for (const id of rule.advice ?? []) expect(ADVICE[id], `${rule.id} advice ${id}`).toBeDefined();
    }
  });

  it('names the urgency in the id prefix and sends every emergency to emergency services', () => {
    const prefix = { emergency: 'EM-', urgent: 'UR-', routine: 'RT-', 'self-care': 'SC-' } as const;
    for (const rule of RULES) {
      expect(rule.id.startsWith(prefix[rule.urgency]), rule.id).toBe(true);
      if (rule.urgency === 'emergency') expect(rule.role, rule.id).toBe('emergency-services');
      if (rule.urgency === 'self-care') expect(rule.role, rule.id).toBe('pharmacist');
    }
  });

  it('lists rules from the most to the least urgent, so ties go to the most specific', () => {
    const rank = { emergency: 3, urgent: 2, routine: 1, 'self-care': 0 };
    for (let i = 1; i < RULES.length; i++) expect(rank[RULES[i]!.urgency]).toBeLessThanOrEqual(rank[RULES[i - 1]!.urgency]);
  });

  it('refers only to concepts the vocabulary defines, and every rule needs at least one concept', () => {
    for (const rule of RULES) {
      const used = conditionConcepts(rule);
      expect(used.length, rule.id).toBeGreaterThan(0);
      for (const id of used) expect(conceptIds.has(id), `${rule.id} uses unknown concept ${id}`).toBe(true);
    }
    for (const modifier of ROLE_MODIFIERS) for (const id of modifier.whenAny) expect(conceptIds.has(id)).toBe(true);
    for (const { askWhen, question } of BODY_SYSTEM_QUESTIONS) {
      for (const id of [...askWhen, question.addsConcept ?? askWhen[0]!]) expect(conceptIds.has(id), question.id).toBe(true);
    }
  });

  it('has concept ids that are unique and patterns that compile', () => {
    const ids = CONCEPTS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const concept of CONCEPTS) for (const p of concept.patterns) expect(() => new RegExp(expandShorthands(p))).not.toThrow();
  });
});
