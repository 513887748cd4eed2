import { describe, expect, it } from 'vitest';
import { dayNumber, EVER_AFTER, EVER_BEFORE, SummaryColumns, type ColumnQuery, type SummaryValues } from './cohort-columns.ts';

const PRACTICE_A = '00000000-0000-7000-8000-00000000000a';
const PRACTICE_B = '00000000-0000-7000-8000-00000000000b';

const person = (o: Partial<SummaryValues> = {}): SummaryValues => ({
  practiceId: PRACTICE_A, born: dayNumber('1950-06-01'), reviewed: null, sex: 'female', efiCategory: 'mild', imdDecile: 3, registerMask: 1, dueMask: 0, multimorbidity: 1, ...o,
});

const everyone: ColumnQuery = {
  practiceOk: () => true, sexOk: new Uint8Array(5).fill(1), efiOk: new Uint8Array(5).fill(1), imdOk: new Uint8Array(11).fill(1),
  registersOk: new Uint8Array(0x10000).fill(1), dueOk: new Uint8Array(0x10000).fill(1),
  bornAfter: EVER_BEFORE, bornAtMost: EVER_AFTER, reviewedBefore: EVER_AFTER, multimorbidityMin: 0,
  // Age bands as of 2026-11-30: born after 2008-11-30 is under 18, and so on.
  bandBornAfter: ['2008-11-30', '1986-11-30', '1961-11-30', '1951-11-30', '1941-11-30'].map(dayNumber),
};

describe('summary columns', () => {
  it('counts the total and each breakdown in one pass, an age band\'s birthday on its older side', () => {
    const c = new SummaryColumns();
    c.add(person());
    c.add(person({ practiceId: PRACTICE_B, sex: 'male', efiCategory: null, imdDecile: null, born: dayNumber('2008-11-30') }));
    c.add(person({ sex: 'nonsense', born: dayNumber('2008-12-01') }));
    const t = c.count(everyone);
    expect(t.total).toBe(3);
    expect(t.byPractice).toEqual(new Map([[PRACTICE_A, 2], [PRACTICE_B, 1]]));
    expect([...t.sex]).toEqual([1, 1, 0, 0, 1]);
    expect([...t.efi]).toEqual([1, 0, 2, 0, 0]);
    expect(t.imd[0]).toBe(1);
    expect(t.imd[3]).toBe(2);
    // Born 2008-11-30: 18 on the day; born a day later: 17; born 1950: 76.
    expect([...t.band]).toEqual([1, 1, 0, 0, 1, 0]);
    expect(c.count({ ...everyone, sexOk: Uint8Array.of(0, 1, 0, 0, 0) }).total).toBe(1);
    expect(c.count({ ...everyone, practiceOk: (id) => id === PRACTICE_A, bornAtMost: dayNumber('2000-01-01') }).total).toBe(1);
  });

  it('applies a change as the row it was and the row it is; equal rows cancel; any equal row may go', () => {
    const c = new SummaryColumns();
    for (let i = 0; i < 5; i++) c.add(person());
    c.add(person({ registerMask: 3, multimorbidity: 2 }));
    expect(c.apply([{ sign: -1, values: person() }, { sign: 1, values: person({ dueMask: 1 }) }, { sign: -1, values: person({ imdDecile: 9 }) }, { sign: 1, values: person({ imdDecile: 9 }) }])).toBe(true);
    expect(c.size).toBe(6);
    expect(c.count({ ...everyone, dueOk: Uint8Array.from({ length: 0x10000 }, (_, m) => (m ? 1 : 0)) }).total).toBe(1);
    // Two removed at once, one of them the last row.
    expect(c.apply([{ sign: -1, values: person({ registerMask: 3, multimorbidity: 2 }) }, { sign: -1, values: person() }])).toBe(true);
    expect(c.size).toBe(4);
    expect(c.count({ ...everyone, multimorbidityMin: 2 }).total).toBe(0);
  });

  it('refuses, changing nothing, a removal of a row it does not hold', () => {
    const c = new SummaryColumns();
    c.add(person());
    c.add(person({ sex: 'male' }));
    expect(c.apply([{ sign: -1, values: person() }, { sign: -1, values: person({ practiceId: PRACTICE_B }) }])).toBe(false);
    expect(c.size).toBe(2);
    expect(c.count(everyone).total).toBe(2);
  });
});
