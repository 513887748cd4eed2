import { describe, expect, it } from 'vitest';
import { crossing, type Reading } from './evaluate.ts';
import { thresholdById } from './thresholds.ts';

// Each rule against a table of cases, on 30 November 2026.

const TODAY = '2026-11-30';
const bp = (on: string, sys: number, dia: number): Reading[] => [{ kind: 'bp-systolic', on, value: sys }, { kind: 'bp-diastolic', on, value: dia }];
const one = (kind: string, on: string, value: number): Reading => ({ kind, on, value });
const t = (id: string) => thresholdById.get(id)!;

describe('home blood pressure average (NICE NG136: 135/85 over 7 days)', () => {
  const week = [...bp('2026-11-25', 130, 80), ...bp('2026-11-27', 134, 84), ...bp('2026-11-28', 136, 86)];
  it.each([
    ['under the limit on both numbers', bp(TODAY, 134, 84), null],
    ['systolic average at the limit', bp(TODAY, 140, 80), 'average 135/83 over 4 readings'],
    ['diastolic average alone over the limit', bp(TODAY, 120, 95), 'average 130/86 over 4 readings'],
  ])('%s', (_, fresh, expected) => {
    const hit = crossing(t('home-bp-average'), 135, 85, fresh, [...week, ...fresh], TODAY);
    expect(hit?.detail.slice(0, expected?.length ?? 0) ?? null).toBe(expected);
  });
  it('needs four readings in the window, and ignores those older than 7 days', () => {
    const old = [...bp('2026-11-20', 180, 100), ...bp('2026-11-21', 180, 100)];
    expect(crossing(t('home-bp-average'), 135, 85, bp(TODAY, 150, 95), [...old, ...bp('2026-11-29', 150, 95), ...bp(TODAY, 150, 95)], TODAY)).toBeNull();
  });
  it('uses a patient\'s own figure (80 and over: 145/85)', () => {
    expect(crossing(t('home-bp-average'), 145, 85, bp(TODAY, 140, 80), [...week, ...bp(TODAY, 140, 80)], TODAY)).toBeNull();
  });
});

describe('single readings', () => {
  it.each([
    ['home-bp-severe', bp(TODAY, 182, 100), 180, 120, true],
    ['home-bp-severe', bp(TODAY, 170, 121), 180, 120, true],
    ['home-bp-severe', bp(TODAY, 179, 119), 180, 120, false],
    ['spo2-low', [one('spo2', TODAY, 91)], 92, null, true],
    ['spo2-low', [one('spo2', TODAY, 92)], 92, null, false],
    ['glucose-low', [one('blood-glucose', TODAY, 3.9)], 4, null, true],
    ['peak-flow-low', [one('peak-flow', TODAY, 240)], 250, null, true],
  ] as const)('%s: %j', (id, fresh, limit, diastolic, crossed) => {
    expect(crossing(t(id), limit, diastolic, [...fresh], [...fresh], TODAY) !== null).toBe(crossed);
  });
  it('looks only at the readings just sent, not at last week\'s', () => {
    expect(crossing(t('spo2-low'), 92, null, [one('spo2', TODAY, 96)], [one('spo2', '2026-11-28', 88), one('spo2', TODAY, 96)], TODAY)).toBeNull();
  });
});

describe('weight gain in heart failure (2 kg in 3 days)', () => {
  it.each([
    [[one('weight', '2026-11-27', 80), one('weight', TODAY, 82.1)], true],
    [[one('weight', '2026-11-27', 80), one('weight', TODAY, 81.9)], false],
    [[one('weight', '2026-11-20', 78), one('weight', TODAY, 81)], false],
  ])('%j', (recent, crossed) => {
    expect(crossing(t('weight-gain'), 2, null, [recent[recent.length - 1]], recent, TODAY) !== null).toBe(crossed);
  });
});
