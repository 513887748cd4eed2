import { describe, expect, it } from 'vitest';
import { expandTemplate, isReleasedToNetwork, londonDay, type TemplateForExpansion } from './slot-generation.ts';

const base: TemplateForExpansion = {
  weekday: 1, start_time: '08:30', end_time: '10:30', slot_minutes: 15, channels: ['own-practice'], network_share: 0, embargo_hours: null, valid_from: '2026-01-01', valid_to: null,
};

describe('expandTemplate', () => {
  it('starts a Monday clinic at 08:30 London time either side of the March clock change', () => {
    // 2026-03-29 is the last Sunday of March: BST starts.
    const slots = expandTemplate(base, '2026-03-23', '2026-03-30');
    expect(slots.map((s) => s.startAt.toISOString()).filter((_, i) => i % 8 === 0)).toEqual(['2026-03-23T08:30:00.000Z', '2026-03-30T07:30:00.000Z']);
    expect(slots).toHaveLength(16);
  });

  it('starts at 08:30 London time either side of the October clock change', () => {
    // 2026-10-25 is the last Sunday of October: GMT resumes.
    const slots = expandTemplate(base, '2026-10-19', '2026-10-26');
    expect(slots[0].startAt.toISOString()).toBe('2026-10-19T07:30:00.000Z');
    expect(slots[8].startAt.toISOString()).toBe('2026-10-26T08:30:00.000Z');
  });

  it('handles a Sunday session on the night the clocks change', () => {
    const sunday = { ...base, weekday: 7, start_time: '00:30', end_time: '03:30', slot_minutes: 60 };
    const slots = expandTemplate(sunday, '2026-03-29', '2026-03-29');
    // 01:00-02:00 local does not exist that night; luxon moves it forward, so no slot is invented twice.
    const starts = slots.map((s) => s.startAt.getTime());
    expect(new Set(starts).size).toBe(starts.length);
  });

  it('skips bank holidays and leave', () => {
    const slots = expandTemplate(base, '2026-05-01', '2026-05-31', [londonDay('2026-05-04'), londonDay('2026-05-25')]);
    expect(new Set(slots.map((s) => s.startAt.toISOString().slice(0, 10)))).toEqual(new Set(['2026-05-11', '2026-05-18']));
  });

  it('releases the network share evenly and sets the embargo', () => {
    const slots = expandTemplate({ ...base, network_share: 25, embargo_hours: 48 }, '2026-06-01', '2026-06-01');
    expect(slots.filter((s) => s.channels.includes('network'))).toHaveLength(2);
    expect(slots[0].opensAt.getTime()).toBe(slots[0].startAt.getTime() - 48 * 3600_000);
  });

  it('respects valid_from and valid_to', () => {
    expect(expandTemplate({ ...base, valid_from: '2026-06-08', valid_to: '2026-06-15' }, '2026-06-01', '2026-06-30')).toHaveLength(16);
  });

  it('spreads released slots', () => {
    expect([...Array(10).keys()].filter((i) => isReleasedToNetwork(i, 30))).toEqual([3, 6, 9]);
  });
});
