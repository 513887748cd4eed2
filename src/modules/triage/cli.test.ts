import { describe, expect, it } from 'vitest';
import { runTriageCommand } from './cli.ts';

function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runTriageCommand(argv, (s) => out.push(s), (s) => err.push(s));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('commons triage', () => {
  it('prints the assessment as JSON', () => {
    const { code, out } = run(['--age', '45', '--sex', 'male', 'chest pain']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ urgency: 'emergency', role: 'emergency-services' });
  });

  it('accepts --pregnant and --age=N forms', () => {
    const { code, out } = run(['--age=30', '--sex=female', '--pregnant', 'bleeding']);
    expect(code).toBe(0);
    expect(JSON.parse(out).urgency).toBe('urgent');
  });

  it.each([
    [['--sex', 'male', 'cough'], /--age is required/],
    [['--age', '200', '--sex', 'male', 'cough'], /--age must be a whole number from 0 to 130/],
    [['--age', 'old', '--sex', 'male', 'cough'], /--age must be/],
    [['--age', '40', '--sex', 'other', 'cough'], /--sex must be female or male/],
    [['--age', '40', 'cough'], /--sex is required/],
    [['--age', '40', '--sex', 'male', '--pregnant', 'cough'], /--pregnant only applies/],
    [['--age', '40', '--sex', 'male', '--verbose', 'cough'], /Unknown option --verbose/],
  ])('rejects %j with a clear message and exit code 2', (argv, message) => {
    const { code, err, out } = run(argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err).toMatch(/Usage: commons triage/);
    expect(out).toBe('');
  });
});

