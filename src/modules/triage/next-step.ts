/** The words the patient and the clinician see: the next step and the rationale. */
import type { Reading } from './reading.ts';
import type { Rule } from './rules/rule.ts';
import { SOURCES } from './rules/sources.ts';
import type { NextStep, Role, Urgency } from './types.ts';
import { CONCEPTS, DERIVED_CONCEPTS } from './vocabulary/index.ts';

const ROLE_NAMES: Record<Role, string> = {
  gp: 'a GP',
  nurse: 'a practice nurse',
  pharmacist: 'a pharmacist',
  physiotherapist: 'a physiotherapist',
  paramedic: 'a paramedic, who can visit you at home',
  'mental-health-practitioner': 'a mental health practitioner',
  'social-prescriber': 'a social prescribing link worker',
  admin: 'our admin team',
  'emergency-services': 'emergency services',
};

const URGENCY_WORDS: Record<Urgency, string> = {
  emergency: 'Emergency',
  urgent: 'Urgent (same day)',
  routine: 'Routine',
  'self-care': 'Self-care',
};

const WORSE = 'If it gets worse before we contact you, call 111, or 999 in an emergency.';

export function composeNextStep(winner: Rule, urgency: Urgency, role: Role): NextStep {
  if (urgency === 'emergency') {
    switch (winner.action) {
      case 'go-to-ae':
        return { title: 'Go to A&E now', body: `${winner.why} If you cannot get there safely, call 999.` };
      case 'call-maternity-unit':
        return { title: 'Call your maternity unit now', body: `${winner.why} If you cannot reach them, call 999 or go to A&E.` };
      case 'mental-health-crisis':
        return { title: 'Call 999 or go to A&E now', body: `${winner.why} You can also call 111 and choose the mental health option, or Samaritans on 116 123.` };
      default:
        return { title: 'Call 999 now', body: `${winner.why} Do not wait for a reply from the practice.` };
    }
  }
  if (urgency === 'urgent' && role === 'pharmacist') {
    return { title: 'Go to a pharmacy today', body: `${winner.why} ${WORSE}` };
  }
  if (urgency === 'urgent') {
    return { title: `${capitalise(ROLE_NAMES[role])} will contact you today`, body: `${winner.why} ${WORSE}` };
  }
  if (urgency === 'routine') {
    return { title: `We will arrange for you to see ${ROLE_NAMES[role]}`, body: `${winner.why} If it gets worse or you are worried, call 111, or 999 in an emergency.` };
  }
  return { title: 'You can look after this at home', body: `${winner.why} A pharmacist can help without an appointment. If it gets worse or does not improve, contact us or call 111.` };
}

const LABELS = new Map([...CONCEPTS, ...DERIVED_CONCEPTS].map((c) => [c.id, c.label]));

function listOf(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** One short paragraph a clinician can read: the decision, why, its source and what was set aside. */
export function composeRationale(winner: Rule, urgency: Urgency, role: Role, otherRedFlags: string[], reading: Reading, roleNote?: string, raisedFrom?: Rule): string {
  const source = SOURCES[winner.source].name;
  const why = winner.why.replace(/\.$/, '');
  const parts = [`${URGENCY_WORDS[urgency]}, ${ROLE_NAMES[role]}: ${why} (${raisedFrom ? 'general alarm features' : `rule ${winner.id}`}; ${source}).`];
  if (raisedFrom) parts.push(`Raised from ${URGENCY_WORDS[raisedFrom.urgency].toLowerCase()} (rule ${raisedFrom.id}: ${raisedFrom.why.replace(/\.$/, '')}).`);
  if (roleNote) parts.push(roleNote);
  if (otherRedFlags.length > 0) parts.push(`Other red flags noted: ${listOf(otherRedFlags)}.`);
  const denied = [...reading.negated].map((id) => LABELS.get(id) ?? id);
  if (denied.length > 0) parts.push(`Not counted because the text says they are absent: ${listOf(denied)}.`);
  const past = [...reading.past].map((id) => LABELS.get(id) ?? id);
  if (past.length > 0) parts.push(`Not counted because the text puts them in the past or in someone else: ${listOf(past)}.`);
  return parts.join(' ');
}
