import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv.ts';

describe('CSV', () => {
  it('neutralises cells a spreadsheet would run as formulas, and quotes what needs quoting', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(['+1', '-2+3', '@SUM(A1)'].map(csvCell)).toEqual(["'+1", "'-2+3", "'@SUM(A1)"]);
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell(null)).toBe('');
    expect(toCsv([{ header: 'name', value: (r: { n: string }) => r.n }], [{ n: 'Ann' }])).toBe('name\r\nAnn\r\n');
  });
});
