// Calls to the public online-consultation routes. No session, no CSRF: the identity token is the credential.

export interface FieldError {
  pointer: string;
  detail: string;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldError[];
  nextStep?: { title: string; body: string };
  why?: string[];
}

export class RequestProblem extends Error {
  constructor(readonly body: ProblemBody) {
    super(body.detail || body.title);
  }
  get code(): string {
    return this.body.type.replace(/^.*\/problems\//, '');
  }
}

export type AnswerValue = string | number | boolean;
export type Answers = Record<string, AnswerValue>;

export interface FollowUpQuestion {
  id: string;
  text: string;
  kind: 'yesno' | 'choice' | 'number' | 'text';
  hint: string;
  options?: { value: string | number; label: string }[];
  min?: number;
  max?: number;
  askIf?: { id: string; equals: AnswerValue };
}

export interface Advice {
  title: string;
  body: string;
  source: string;
}

export interface Preview {
  urgency: 'emergency' | 'urgent' | 'routine' | 'self-care';
  accepted: boolean;
  nextStep: { title: string; body: string };
  why: string[];
  advice: Advice[];
  followUpQuestions: FollowUpQuestion[];
  expectedResponse: string;
  /** Urgent while no clinician of the network will see it today: call 111 now. */
  call111: { title: string; body: string } | null;
}

export interface Submitted {
  id: string;
  reference: string;
  status: string;
  urgency: Preview['urgency'];
  dueAt: string;
  expectedResponse: string;
  safetyNetting: string;
  call111: { title: string; body: string } | null;
  advice: Advice[];
}

async function post<T>(path: string, body: unknown, headers: Record<string, string> = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`/api/v1/consultations${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, application/problem+json', ...headers },
      body: JSON.stringify(body),
      credentials: 'omit',
    });
  } catch {
    throw new RequestProblem({ type: 'network', title: 'No connection', status: 0, detail: 'We could not reach the service. Check your internet connection and try again.' });
  }
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (!res.ok) {
    const p = (json && typeof json === 'object' ? json : {}) as Partial<ProblemBody>;
    throw new RequestProblem({ type: p.type ?? 'unknown', title: p.title ?? 'Something went wrong', status: res.status, detail: p.detail ?? 'Something went wrong. Please try again.', ...p } as ProblemBody);
  }
  return json as T;
}

export const requestApi = {
  identify: (body: { givenName?: string; familyName: string; dateOfBirth: string; nhsNumber?: string; postcode?: string; practiceOdsCode?: string }) =>
    post<{ token: string; expiresAt: string; practiceName: string }>('/requests/identify', body),
  preview: (body: { token: string; type: string; description: string; answers?: Answers }) => post<Preview>('/triage-preview', body),
  submit: (body: Record<string, unknown>, idempotencyKey: string) => post<Submitted>('/requests', body, { 'idempotency-key': idempotencyKey }),
};

export function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (x) => x.toString(16).padStart(2, '0')).join('');
}
