import { describe, expect, it } from 'vitest';
import { formatNhsNumber, isValidNhsNumber, nhsCheckDigit, normaliseNhsNumber } from './nhs-number.ts';
import { isValidPostcode, normalisePostcode } from './postcode.ts';

describe('NHS number', () => {
  it('accepts a valid check digit with or without spaces and refuses a wrong one', () => {
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(isValidNhsNumber('943 476 5919')).toBe(true);
    expect(isValidNhsNumber('9434765918')).toBe(false);
    expect(isValidNhsNumber('943476591')).toBe(false);
  });
  it('has no check digit when the remainder gives 10', () => {
    // 6 × 2 = 12; 12 mod 11 = 1; 11 - 1 = 10: no NHS number starts 000000006.
    expect(nhsCheckDigit('000000006')).toBeNull();
    expect(nhsCheckDigit('943476591')).toBe(9);
  });
  it('formats for display and normalises what people type', () => {
    expect(formatNhsNumber('9434765919')).toBe('943 476 5919');
    expect(formatNhsNumber('94347')).toBe('94347');
    expect(normaliseNhsNumber('943-476 5919')).toBe('9434765919');
  });
});

describe('postcode', () => {
  it('accepts the UK shapes, with or without the space, in any case', () => {
    for (const p of ['LS1 4AP', 'ls14ap', 'SW1A 1AA', 'M1 1AE', 'B33 8TH', 'CR2 6XH', ' DN55 1PT ']) expect(isValidPostcode(p), p).toBe(true);
    for (const p of ['LS1', '14AP', 'LS1 4A', 'LSS1 4AP1', '']) expect(isValidPostcode(p), p).toBe(false);
  });
  it('normalises to upper case with one space', () => {
    expect(normalisePostcode('ls14ap')).toBe('LS1 4AP');
    expect(normalisePostcode(' sw1a  1aa')).toBe('SW1A 1AA');
  });
});
