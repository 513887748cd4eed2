// The form's state and rules, without React: what has been answered, what to ask next, and how to
// check each answer. One question per page (NHS service manual); the triage engine chooses follow-ups.
import type { Answers, FollowUpQuestion, Preview } from './api.ts';
import { isValidNhsNumber } from '../../../src/platform/nhs-number.ts';
import { isValidPostcode } from '../../../src/platform/postcode.ts';

export type Step =
  | 'start' | 'who' | 'proxy' | 'name' | 'dob' | 'id' | 'type' | 'admin-kind' | 'description' | 'question'
  | 'urgent' | 'self-care' | 'check' | 'emergency' | 'confirmation' | 'not-sent';

export interface Place {
  step: Step;
  questionId?: string;
}

export interface Draft {
  who?: 'patient' | 'proxy';
  proxyName: string;
  proxyRelationship: string;
  givenName: string;
  familyName: string;
  dob: { day: string; month: string; year: string };
  idKind?: 'nhs' | 'postcode';
  nhsNumber: string;
  postcode: string;
  token?: string;
  practiceName?: string;
  type?: 'medical' | 'admin' | 'advice';
  adminKind?: string;
  description: string;
  answers: Answers;
  skipped: string[];
  preview?: Preview;
}

export const emptyDraft = (): Draft => ({
  proxyName: '', proxyRelationship: '', givenName: '', familyName: '', dob: { day: '', month: '', year: '' },
  nhsNumber: '', postcode: '', description: '', answers: {}, skipped: [],
});

export const ADMIN_KINDS: { value: string; label: string; hint?: string }[] = [
  { value: 'fit-note', label: 'A fit note (sick note)' },
  { value: 'repeat-prescription', label: 'A repeat prescription', hint: 'For medicine you already take regularly' },
  { value: 'test-results', label: 'Test results' },
  { value: 'letter-form', label: 'A letter or form from the practice' },
  { value: 'referral-update', label: 'An update on a referral' },
  { value: 'registration-details', label: 'Changing your name, address or phone number' },
];

export const TYPE_LABELS: Record<NonNullable<Draft['type']>, string> = {
  medical: 'A health problem',
  admin: 'Something admin, like a fit note or prescription',
  advice: 'Advice from a health professional',
};

export interface FieldProblem {
  field: string;
  message: string;
}


/** "1984-07-09", or a problem in the words the NHS date pattern uses. */
export function checkDateOfBirth(dob: Draft['dob'], today = new Date()): { iso?: string; problem?: string } {
  const { day, month, year } = dob;
  if (!day && !month && !year) return { problem: 'Enter your date of birth' };
  if (!day) return { problem: 'Date of birth must include a day' };
  if (!month) return { problem: 'Date of birth must include a month' };
  if (!year) return { problem: 'Date of birth must include a year' };
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return { problem: 'Date of birth must be a real date, like 27 3 1984' };
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = new Date(iso + 'T00:00:00Z');
  if (Number.isNaN(date.getTime()) || !date.toISOString().startsWith(iso)) return { problem: 'Date of birth must be a real date, like 27 3 1984' };
  if (date > today) return { problem: 'Date of birth must be in the past' };
  if (Number(year) < 1890) return { problem: 'Date of birth must be after 1890' };
  return { iso };
}

/** The problems with the answer on a page, each naming the field it belongs to. */
export function checkPage(step: Step, d: Draft, question?: FollowUpQuestion): FieldProblem[] {
  const p: FieldProblem[] = [];
  switch (step) {
    case 'who':
      if (!d.who) p.push({ field: 'who', message: 'Select who the request is for' });
      break;
    case 'proxy':
      if (!d.proxyName.trim()) p.push({ field: 'proxyName', message: 'Enter your full name' });
      if (!d.proxyRelationship.trim()) p.push({ field: 'proxyRelationship', message: 'Enter how you know them, for example parent or carer' });
      break;
    case 'name':
      if (!d.givenName.trim()) p.push({ field: 'givenName', message: 'Enter the first name' });
      if (!d.familyName.trim()) p.push({ field: 'familyName', message: 'Enter the last name' });
      break;
    case 'dob': {
      const { problem } = checkDateOfBirth(d.dob);
      if (problem) p.push({ field: 'dob-day', message: problem });
      break;
    }
    case 'id':
      if (!d.idKind) p.push({ field: 'idKind', message: 'Select whether you know the NHS number' });
      else if (d.idKind === 'nhs' && !isValidNhsNumber(d.nhsNumber)) p.push({ field: 'nhsNumber', message: d.nhsNumber.trim() ? 'Enter a valid NHS number, like 485 777 3456' : 'Enter the NHS number' });
      else if (d.idKind === 'postcode' && !isValidPostcode(d.postcode)) p.push({ field: 'postcode', message: d.postcode.trim() ? 'Enter a real postcode, like LS1 4AP' : 'Enter the postcode' });
      break;
    case 'type':
      if (!d.type) p.push({ field: 'type', message: 'Select what you need help with' });
      break;
    case 'admin-kind':
      if (!d.adminKind) p.push({ field: 'adminKind', message: 'Select what you need' });
      break;
    case 'description':
      if (!d.description.trim()) p.push({ field: 'description', message: 'Tell us what you need help with' });
      else if (d.description.length > 5000) p.push({ field: 'description', message: 'Your description must be 5,000 characters or fewer' });
      break;
    case 'question': {
      if (!question) break;
      const v = d.answers[question.id];
      if (question.kind === 'yesno' && v === undefined) p.push({ field: question.id, message: 'Select yes or no' });
      if (question.kind === 'choice' && v === undefined) p.push({ field: question.id, message: 'Select an answer' });
      if (question.kind === 'number' && v !== undefined) {
        const n = Number(v);
        if (!Number.isFinite(n)) p.push({ field: question.id, message: 'Enter a number' });
        else if ((question.min !== undefined && n < question.min) || (question.max !== undefined && n > question.max)) {
          p.push({ field: question.id, message: `Enter a number between ${question.min ?? 0} and ${question.max}` });
        }
      }
      if (question.kind === 'number' && v === undefined && !optional(question)) p.push({ field: question.id, message: 'Enter a number' });
      break;
    }
  }
  return p;
}

/** Questions the engine marks as optional say so in their hint ("Leave this blank…"); free text is always optional. */
export function optional(q: FollowUpQuestion): boolean {
  return q.kind === 'text' || /leave this blank/i.test(q.hint);
}

/** The next follow-up question to show: the engine's order, skipping those skipped or not applicable. */
export function nextQuestion(d: Draft): FollowUpQuestion | undefined {
  if (!d.preview || d.type === 'admin') return undefined;
  return d.preview.followUpQuestions.find((q) => !d.skipped.includes(q.id) && d.answers[q.id] === undefined && (!q.askIf || d.answers[q.askIf.id] === q.askIf.equals));
}

/** Where to go once every follow-up question is answered. */
export function afterQuestions(d: Draft): Step {
  if (d.preview?.urgency === 'urgent') return 'urgent';
  if (d.preview?.urgency === 'self-care') return 'self-care';
  return 'check';
}

/** Every question asked (for the check-your-answers page), in the order asked. */
export function askedQuestions(d: Draft, all: FollowUpQuestion[]): FollowUpQuestion[] {
  return all.filter((q) => d.answers[q.id] !== undefined);
}

export function answerText(q: FollowUpQuestion, v: Answers[string] | undefined): string {
  if (v === undefined || v === '') return 'Not answered';
  if (q.kind === 'yesno') return v === true ? 'Yes' : 'No';
  if (q.kind === 'choice') return q.options?.find((o) => String(o.value) === String(v))?.label ?? String(v);
  return String(v);
}

/** Answers as the server wants them: numbers typed into number questions become numbers. */
export function answersForServer(d: Draft, asked: FollowUpQuestion[]): Answers {
  const kinds = new Map(asked.map((q) => [q.id, q.kind]));
  const out: Answers = {};
  for (const [k, v] of Object.entries(d.answers)) {
    out[k] = kinds.get(k) === 'number' && typeof v === 'string' && Number.isFinite(Number(v)) ? Number(v) : v;
  }
  return out;
}
