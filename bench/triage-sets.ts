/**
 * Vignette sets for the triage bench: the development set in vignettes.ts and every file in
 * bench/triage-vignettes/ (format in its README.md), with the measures each set is scored on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assess } from '../src/modules/triage/index.ts';
import { ROLES, URGENCIES, type Role, type Sex, type TriageInput, type TriageResult, type Urgency } from '../src/modules/triage/types.ts';
import { VIGNETTES } from '../src/modules/triage/vignettes.ts';

export const VIGNETTE_DIR = new URL('./triage-vignettes/', import.meta.url).pathname;

export interface BenchCase {
  id: string;
  age: number;
  ageMonths?: number;
  sex: Sex;
  pregnant?: boolean;
  writer?: string;
  text: string;
  answers?: TriageInput['answers'];
  expected: { urgency: Urgency; role: Role };
  acceptable: { urgencies: Urgency[]; roles: Role[] };
  bodySystem: string;
  condition?: string;
}

export interface VignetteSet {
  batch: string;
  purpose: 'development' | 'tuning' | 'blind';
  file: string;
  cases: BenchCase[];
}

const RANK: Record<Urgency, number> = { emergency: 3, urgent: 2, routine: 1, 'self-care': 0 };

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Reads and validates one vignette file; throws naming the file and case on a format error. */
export function readVignetteFile(path: string): VignetteSet {
  const json = JSON.parse(readFileSync(path, 'utf8')) as Partial<VignetteSet> & { cases?: Partial<BenchCase>[] };
  check(typeof json.batch === 'string', `${path}: batch missing`);
  check(json.purpose === 'development' || json.purpose === 'tuning' || json.purpose === 'blind', `${path}: purpose must be development, tuning or blind`);
  check(Array.isArray(json.cases) && json.cases.length > 0, `${path}: no cases`);
  const seen = new Set<string>();
  for (const c of json.cases) {
    const where = `${path} case ${c.id}`;
    check(typeof c.id === 'string' && !seen.has(c.id), `${where}: id missing or repeated`);
    seen.add(c.id);
    check(typeof c.text === 'string' && Number.isInteger(c.age), `${where}: text or age missing`);
    check(c.sex === 'female' || c.sex === 'male', `${where}: sex`);
    check(!!c.expected && URGENCIES.includes(c.expected.urgency) && ROLES.includes(c.expected.role), `${where}: expected`);
    check(!!c.acceptable && c.acceptable.urgencies.includes(c.expected.urgency) && c.acceptable.roles.includes(c.expected.role), `${where}: acceptable must include expected`);
  }
  return { batch: json.batch, purpose: json.purpose, file: path, cases: json.cases as BenchCase[] };
}

/** The development set from vignettes.ts, in the file format (acceptable = expected). */
export function developmentSet(): VignetteSet {
  return {
    batch: 'development (vignettes.ts)',
    purpose: 'development',
    file: 'src/modules/triage/vignettes.ts',
    cases: VIGNETTES.map((v) => ({
      id: v.id, age: v.age, sex: v.sex, text: v.text, expected: v.expected,
      acceptable: { urgencies: [v.expected.urgency], roles: [v.expected.role] },
      bodySystem: 'unspecified',
      ...(v.pregnant !== undefined && { pregnant: v.pregnant }),
      ...(v.answers && { answers: v.answers }),
    })),
  };
}

/** The development set followed by every file in bench/triage-vignettes/, by file name. */
export function allSets(dir = VIGNETTE_DIR): VignetteSet[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  return [developmentSet(), ...files.map((f) => readVignetteFile(join(dir, f)))];
}

export function inputOf(c: BenchCase): TriageInput {
  const answers = { ...(c.answers ?? {}), ...(c.age === 0 && c.ageMonths !== undefined && { ageMonths: c.ageMonths }) };
  return { age: c.age, sex: c.sex, text: c.text, ...(c.pregnant && { pregnant: true }), ...(Object.keys(answers).length > 0 && { answers }) };
}

export interface Outcome {
  c: BenchCase;
  r: TriageResult;
  strict: boolean;
  lenient: boolean;
  under: boolean;
  over: boolean;
  roleOk: boolean;
  mustBeEmergency: boolean;
}

export function score(c: BenchCase, r: TriageResult = assess(inputOf(c))): Outcome {
  const ranks = c.acceptable.urgencies.map((u) => RANK[u]);
  const got = RANK[r.urgency];
  return {
    c, r,
    strict: r.urgency === c.expected.urgency,
    lenient: c.acceptable.urgencies.includes(r.urgency),
    under: got < Math.min(...ranks),
    over: got > Math.max(...ranks),
    roleOk: c.acceptable.roles.includes(r.role),
    mustBeEmergency: c.acceptable.urgencies.every((u) => u === 'emergency'),
  };
}

export interface Summary {
  n: number;
  strict: number;
  lenient: number;
  under: number;
  over: number;
  roleOk: number;
  mustBeEmergency: number;
  mustBeEmergencyCaught: number;
  emergencyForSelfCare: number;
}

export function summarise(outcomes: readonly Outcome[]): Summary {
  const count = (f: (o: Outcome) => boolean) => outcomes.filter(f).length;
  return {
    n: outcomes.length,
    strict: count((o) => o.strict),
    lenient: count((o) => o.lenient),
    under: count((o) => o.under),
    over: count((o) => o.over),
    roleOk: count((o) => o.roleOk),
    mustBeEmergency: count((o) => o.mustBeEmergency),
    mustBeEmergencyCaught: count((o) => o.mustBeEmergency && o.r.urgency === 'emergency'),
    emergencyForSelfCare: count((o) => o.c.expected.urgency === 'self-care' && o.r.urgency === 'emergency'),
  };
}
