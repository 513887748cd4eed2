import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { OpeningHours } from '../network/index.ts';
import { openPeriodsOn, urgentCover } from './network-hours.ts';

// Times are written in London time and checked in UTC, so a wrong zone or a missed clock change shows.
const london = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/London' }).toJSDate();
const utc = (d: Date | null) => d?.toISOString() ?? null;

const WEEKDAY: [string, string][] = [['08:00', '18:30']];
const PRACTICE: OpeningHours = { mon: WEEKDAY, tue: WEEKDAY, wed: WEEKDAY, thu: WEEKDAY, fri: WEEKDAY, sat: [], sun: [] };
const EVENING: [string, string][] = [['18:30', '20:00']];
const HUB: OpeningHours = { mon: EVENING, tue: EVENING, wed: EVENING, thu: EVENING, fri: EVENING, sat: [['09:00', '13:00']], sun: [] };
const WITH_HUB = [PRACTICE, PRACTICE, HUB];

describe('when the network is open', () => {
  it('is the union of its sites, merged where they touch', () => {
    const periods = openPeriodsOn(DateTime.fromISO('2026-06-05', { zone: 'Europe/London' }), WITH_HUB);
    expect(periods.map((p) => `${p.opens.toFormat('HH:mm')}-${p.closes.toFormat('HH:mm')}`)).toEqual(['08:00-20:00']);
  });

  it('is closed on a bank holiday whatever the weekly hours say', () => {
    expect(openPeriodsOn(DateTime.fromISO('2026-05-25', { zone: 'Europe/London' }), WITH_HUB)).toEqual([]);
  });

  it('ignores times it cannot read', () => {
    const periods = openPeriodsOn(DateTime.fromISO('2026-06-01', { zone: 'Europe/London' }), [{ mon: [['8am', '6pm'], ['14:00', '12:00'], ['09:00', '12:00']] }]);
    expect(periods).toHaveLength(1);
  });
});

describe('urgent requests and the 111 message (Europe/London)', () => {
  it.each([
    // [when (London), sites, seen today, due (London), next opens (London), why]
    ['2026-06-05T21:00', [PRACTICE], false, '2026-06-08T10:00', '2026-06-08T08:00', 'Friday evening, practices only: Monday 10am'],
    ['2026-06-05T21:00', WITH_HUB, false, '2026-06-06T11:00', '2026-06-06T09:00', 'Friday evening with a Saturday hub: Saturday 11am'],
    ['2026-06-05T19:30', WITH_HUB, false, '2026-06-06T11:00', '2026-06-06T09:00', 'Friday 19:30, the hub closes at 20:00: too late to be seen today'],
    ['2026-06-05T18:45', WITH_HUB, true, '2026-06-05T20:00', null, 'Friday 18:45, the hub is open until 20:00: seen today'],
    ['2026-06-05T18:00', [PRACTICE], false, '2026-06-08T10:00', '2026-06-08T08:00', 'Friday 18:00, practices close at 18:30: too late today'],
    ['2026-06-06T10:00', [PRACTICE], false, '2026-06-08T10:00', '2026-06-08T08:00', 'Saturday, practices only'],
    ['2026-06-06T10:00', WITH_HUB, true, '2026-06-06T13:00', null, 'Saturday morning while the hub is open'],
    ['2026-06-06T12:30', WITH_HUB, false, '2026-06-08T10:00', '2026-06-08T08:00', 'Saturday 12:30, the hub closes at 13:00'],
    ['2026-06-07T15:00', WITH_HUB, false, '2026-06-08T10:00', '2026-06-08T08:00', 'Sunday afternoon'],
    ['2026-05-24T20:00', WITH_HUB, false, '2026-05-26T10:00', '2026-05-26T08:00', 'Sunday before the May bank holiday: Tuesday'],
    ['2026-05-25T10:00', WITH_HUB, false, '2026-05-26T10:00', '2026-05-26T08:00', 'on the bank holiday itself'],
    ['2026-12-24T20:00', [PRACTICE], false, '2026-12-29T10:00', '2026-12-29T08:00', 'Christmas Eve: Christmas, the weekend and the substitute holiday'],
    ['2026-06-08T09:00', WITH_HUB, true, '2026-06-08T20:00', null, 'Monday morning: seen today, by the last closing'],
    ['2026-06-08T06:30', [PRACTICE], true, '2026-06-08T18:30', null, 'Monday before opening: seen later today'],
    ['2026-01-09T19:00', [PRACTICE], false, '2026-01-12T10:00', '2026-01-12T08:00', 'Friday evening in winter (GMT)'],
    ['2026-03-27T20:00', [PRACTICE], false, '2026-03-30T10:00', '2026-03-30T08:00', 'across the March clock change: 10am BST'],
  ] as const)('%s: seen today %s (%s)', (when, sites, seenToday, due, opens, _why) => {
    const cover = urgentCover(london(when), [...sites]);
    expect(cover.seenToday).toBe(seenToday);
    expect(utc(cover.dueAt)).toBe(utc(london(due)));
    expect(utc(cover.nextOpensAt)).toBe(opens ? utc(london(opens)) : null);
  });

  it('uses core hours (08:00–18:30 on working days) when the network has recorded none', () => {
    expect(urgentCover(london('2026-06-05T21:00'), [{}, {}])).toEqual(urgentCover(london('2026-06-05T21:00'), [PRACTICE]));
    expect(urgentCover(london('2026-06-01T10:00'), []).seenToday).toBe(true);
  });

  it('falls back to core hours when the recorded hours never open', () => {
    const cover = urgentCover(london('2026-06-05T21:00'), [{ mon: [['09:00', '09:00']] }]);
    expect(utc(cover.dueAt)).toBe(utc(london('2026-06-08T10:00')));
  });
});
