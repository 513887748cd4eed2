// Calls to the public online-consultation routes, through the one web client: no session, no CSRF
// (credentials omitted); the identity token is the credential. Wire types come from the OpenAPI document.
import { apiRequest, Problem, type BodyOf, type ResponseOf } from '../api/client.ts';

export { Problem as RequestProblem };

export type AnswerValue = string | number | boolean;
export type Answers = Record<string, AnswerValue>;

export type Preview = ResponseOf<'/api/v1/consultations/triage-preview', 'post'>;
export type FollowUpQuestion = Preview['followUpQuestions'][number];
export type Advice = Preview['advice'][number];
export type Submitted = ResponseOf<'/api/v1/consultations/requests', 'post'>;
export type Submission = BodyOf<'/api/v1/consultations/requests'>;

const post = <T>(path: string, body: unknown, headers: Record<string, string> = {}) =>
  apiRequest<T>(`/consultations${path}`, { method: 'POST', body, headers, credentials: 'omit' });

export type Identified = ResponseOf<'/api/v1/consultations/requests/identify', 'post'>;

export const requestApi = {
  identify: (body: BodyOf<'/api/v1/consultations/requests/identify'>) => post<Identified>('/requests/identify', body),
  preview: (body: BodyOf<'/api/v1/consultations/triage-preview'>) => post<Preview>('/triage-preview', body),
  submit: (body: Submission, idempotencyKey: string) => post<Submitted>('/requests', body, { 'idempotency-key': idempotencyKey }),
};

export { newIdempotencyKey as newKey } from '../api/client.ts';
