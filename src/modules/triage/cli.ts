/**
 * `commons triage --age 45 --sex male [--pregnant] "text"`: prints the assessment as JSON.
 * Parses arguments and calls the engine, as the HTTP route does; no logic of its own.
 */
import { assess } from './engine.ts';
import type { Sex } from './types.ts';

const USAGE = 'Usage: commons triage --age <0-130> --sex <female|male> [--pregnant] "what the patient described"';

type Parsed = { ok: true; age: number; sex: Sex; pregnant: boolean; text: string } | { ok: false; error: string };

export function parseTriageArgs(argv: readonly string[]): Parsed {
  let age: number | undefined;
  let sex: Sex | undefined;
  let pregnant = false;
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--age' || arg.startsWith('--age=')) {
      const value = arg.includes('=') ? arg.slice(6) : argv[++i];
      if (value === undefined || !/^\d{1,3}$/.test(value) || Number(value) > 130) return { ok: false, error: `--age must be a whole number from 0 to 130, got ${JSON.stringify(value ?? '')}.` };
      age = Number(value);
    } else if (arg === '--sex' || arg.startsWith('--sex=')) {
      const value = arg.includes('=') ? arg.slice(6) : argv[++i];
      if (value !== 'female' && value !== 'male') return { ok: false, error: `--sex must be female or male, got ${JSON.stringify(value ?? '')}.` };
      sex = value;
    } else if (arg === '--pregnant') {
      pregnant = true;
    } else if (arg.startsWith('--')) {
      return { ok: false, error: `Unknown option ${arg}.` };
    } else {
      words.push(arg);
    }
  }
  if (age === undefined) return { ok: false, error: '--age is required.' };
  if (sex === undefined) return { ok: false, error: '--sex is required.' };
  if (pregnant && sex !== 'female') return { ok: false, error: '--pregnant only applies with --sex female.' };
  const text = words.join(' ');
  if (text.length > 5000) return { ok: false, error: 'The text must be 5,000 characters or fewer.' };
  return { ok: true, age, sex, pregnant, text };
}

/** Runs the command; returns the process exit code (0 success, 2 bad arguments). */
export function runTriageCommand(argv: string[], out: (s: string) => void = console.log, err: (s: string) => void = console.error): number {
  const parsed = parseTriageArgs(argv);
  if (!parsed.ok) {
    err(`${parsed.error}\n${USAGE}`);
    return 2;
  }
  const { age, sex, pregnant, text } = parsed;
  out(JSON.stringify(assess({ age, sex, text, ...(pregnant && { pregnant }) }), null, 2));
  return 0;
}
