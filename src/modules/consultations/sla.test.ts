import { describe, expect, it } from 'vitest';
import { describeDue, dueAtFor } from './sla.ts';

const at = (iso: string) => new Date(iso);

describe('SLA due times (Europe/London)', () => {
  it.each([
    // [urgency, submitted (UTC), due (UTC), why]
    ['urgent', '2026-06-01T09:00:00Z', '2026-06-01T17:30:00Z', 'Monday in BST: 18:30 London the same day'],
    ['urgent', '2026-01-12T09:00:00Z', '2026-01-12T18:30:00Z', 'Monday in GMT: 18:30 London the same day'],
    ['urgent', '2026-06-01T18:00:00Z', '2026-06-02T09:00:00Z', 'after 18:30: 10:00 the next working day (two hours after opening)'],
    ['urgent', '2026-06-01T17:00:00Z', '2026-06-02T09:00:00Z', '18:00, less than an hour before closing: the next working day'],
    ['urgent', '2026-06-06T10:00:00Z', '2026-06-08T09:00:00Z', 'Saturday: 10:00 on Monday'],
    ['routine', '2026-06-01T09:00:00Z', '2026-06-03T17:30:00Z', 'Monday: Wednesday 18:30'],
    ['routine', '2026-06-05T09:00:00Z', '2026-06-09T17:30:00Z', 'Friday: Tuesday 18:30'],
    ['routine', '2026-06-05T19:00:00Z', '2026-06-10T17:30:00Z', 'Friday evening counts from Monday: Wednesday'],
    ['routine', '2026-05-22T09:00:00Z', '2026-05-27T17:30:00Z', 'Friday before the May bank holiday: Wednesday'],
    ['self-care', '2026-03-27T12:00:00Z', '2026-03-31T17:30:00Z', 'across the March clock change: 18:30 BST'],
    ['routine', '2026-10-23T12:00:00Z', '2026-10-27T18:30:00Z', 'across the October clock change: 18:30 GMT'],
  ] as const)('%s submitted %s is due %s (%s)', (urgency, submitted, due, _why) => {
    expect(dueAtFor(urgency, at(submitted)).toISOString()).toBe(at(due).toISOString());
  });

  it('gives admin requests for the admin team three working days', () => {
    expect(dueAtFor('routine', at('2026-06-01T09:00:00Z'), [], 'admin').toISOString()).toBe('2026-06-04T17:30:00.000Z');
    expect(dueAtFor('routine', at('2026-06-05T09:00:00Z'), [], 'admin').toISOString()).toBe('2026-06-10T17:30:00.000Z');
    expect(dueAtFor('routine', at('2026-06-01T09:00:00Z'), [], 'gp').toISOString()).toBe('2026-06-03T17:30:00.000Z');
  });

  it('says when in plain words', () => {
    expect(describeDue(at('2026-06-01T17:30:00Z'), at('2026-06-01T09:00:00Z'))).toBe('by 6:30pm today');
    expect(describeDue(at('2026-06-02T11:00:00Z'), at('2026-06-01T19:00:00Z'))).toBe('by 12pm tomorrow (Tuesday 2 June)');
    expect(describeDue(at('2026-06-03T17:30:00Z'), at('2026-06-01T09:00:00Z'))).toBe('by 6:30pm on Wednesday 3 June');
  });
});
