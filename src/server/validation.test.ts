import { describe, expect, it } from 'vitest';
import { EVERY_ERROR_UP_TO, valuesUpTo } from './validation.ts';

describe('valuesUpTo', () => {
  it('counts the value of every key, every item and every scalar once', () => {
    expect(valuesUpTo('x', 10)).toBe(1);
    expect(valuesUpTo({ a: 1, b: [1, 2, { c: null }] }, 10)).toBe(7);
  });

  it('stops as soon as the input holds more than the limit, however large it is', () => {
    expect(valuesUpTo(Array.from({ length: 1_000_000 }, () => 1), EVERY_ERROR_UP_TO)).toBe(EVERY_ERROR_UP_TO + 1);
    expect(valuesUpTo({ a: { b: { c: Array.from({ length: 300 }, () => ({})) } } }, EVERY_ERROR_UP_TO)).toBe(EVERY_ERROR_UP_TO + 1);
  });
});
