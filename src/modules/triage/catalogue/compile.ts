/** Turns catalogue complaints into rules the engine evaluates like any other. */
import type { Rule } from '../rules/rule.ts';
import type { Urgency } from '../types.ts';
import type { Complaint, Feature } from './complaint.ts';

const LEVELS: readonly { key: 'emergency' | 'urgent' | 'routine' | 'selfCare'; urgency: Urgency; prefix: string }[] = [
  { key: 'emergency', urgency: 'emergency', prefix: 'EM' },
  { key: 'urgent', urgency: 'urgent', prefix: 'UR' },
  { key: 'routine', urgency: 'routine', prefix: 'RT' },
  { key: 'selfCare', urgency: 'self-care', prefix: 'SC' },
];

function ruleFrom(complaint: Complaint, feature: Feature, urgency: Urgency, id: string, since: string): Rule {
  const { any, anyOf, alone, why, redFlag, action, role, advice, source, exempt, since: featureSince, ...condition } = feature;
  const groups = [...(alone ? [] : [complaint.presentation]), ...(any ? [any] : []), ...(anyOf ?? [])];
  return {
    id,
    since: featureSince ?? complaint.since ?? since,
    urgency,
    role: urgency === 'emergency' ? 'emergency-services' : urgency === 'self-care' ? 'pharmacist' : (role ?? complaint.role),
    when: { ...condition, ...(groups.length > 0 && { anyOf: groups }) },
    why,
    source: source ?? complaint.source,
    complaint: complaint.id,
    ...(redFlag && { redFlag }),
    ...(action && { action }),
    ...(advice && { advice }),
    ...(exempt && { exempt }),
  };
}

/** One rule per feature, ids EM-<COMPLAINT>, EM-<COMPLAINT>-2 …, grouped by urgency. */
export function compileCatalogue(complaints: readonly Complaint[], since: string): Rule[] {
  const rules: Rule[] = [];
  for (const level of LEVELS) {
    for (const complaint of complaints) {
      const base = `${level.prefix}-${complaint.id.toUpperCase()}`;
      (complaint[level.key] ?? []).forEach((feature, i) => {
        rules.push(ruleFrom(complaint, feature, level.urgency, i === 0 ? base : `${base}-${i + 1}`, since));
      });
    }
  }
  return rules;
}
