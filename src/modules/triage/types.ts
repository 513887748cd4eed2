/** Shared types of the triage engine. Wire schemas live in schema.ts. */

export const URGENCIES = ['emergency', 'urgent', 'routine', 'self-care'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const ROLES = [
  'gp',
  'nurse',
  'pharmacist',
  'physiotherapist',
  'paramedic',
  'mental-health-practitioner',
  'social-prescriber',
  'admin',
  'emergency-services',
] as const;
export type Role = (typeof ROLES)[number];

export type Sex = 'female' | 'male';

/** Follow-up answers. Keys are the `id`s of the questions in questions.ts. */
export type Answers = Record<string, string | number | boolean | undefined>;

export interface TriageInput {
  age: number;
  sex: Sex;
  pregnant?: boolean;
  text: string;
  answers?: Answers;
}

export interface RedFlag {
  /** The id of the rule that raised it. */
  id: string;
  label: string;
  source: string;
}

export interface Advice {
  title: string;
  body: string;
  source: string;
}

/** What the patient should do now, shown before anything else. */
export interface NextStep {
  title: string;
  body: string;
}

export interface TriageResult {
  urgency: Urgency;
  role: Role;
  redFlags: RedFlag[];
  matchedRules: string[];
  rationale: string;
  rulesVersion: string;
  nextStep: NextStep;
  advice: Advice[];
  /** Things a clinician should know about how the text was read, e.g. 'no-recognised-symptoms'. */
  warnings: string[];
}

/** A guideline a rule is written from. */
export interface GuidelineSource {
  name: string;
  url: string;
}
