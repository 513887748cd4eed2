import { api } from '../../api/client.ts';

// Wire shapes of /api/v1/consultations (src/modules/consultations/schema.ts). Plain interfaces: no server code in the bundle.

export type Urgency = 'emergency' | 'urgent' | 'routine' | 'self-care';
export type Status = 'new' | 'in-progress' | 'awaiting-patient' | 'closed';
export type ConsultationType = 'medical' | 'admin' | 'advice';
export type ActionType = 'reply' | 'admin-done' | 'book' | 'reassign' | 'close' | 'signpost' | 'refer-social-prescribing';
export type AnswerValue = string | number | boolean;

export interface QueueItem {
  id: string; reference: string; type: ConsultationType; adminKind: string | null; urgency: Urgency; assignedRole: string;
  assignedPracticeId: string; assignedPracticeName: string; status: Status; channel: string; submittedBy: string;
  submittedAt: string; dueAt: string; overdue: boolean; minutesLeft: number;
  claimedBy: { staffId: string; name: string } | null; claimedAt: string | null;
  patient: { id: string; name: string; age: number; nhsNumber: string; practiceName: string };
  summary: string; redFlags: string[]; phq9Score: number | null; gad7Score: number | null;
}

export interface HistoryEvent {
  id: string; type: string; at: string; by: { staffId: string; name: string } | null; byPatient: boolean;
  fromStatus: string | null; toStatus: string | null; note: string | null; detail: Record<string, unknown>;
}

export interface Consultation extends QueueItem {
  description: string;
  answers: Record<string, AnswerValue>;
  answerLabels: Record<string, string>;
  proxyName: string | null; proxyRelationship: string | null;
  phq9: { total: number; band: string; item9: number | null; complete: boolean } | null;
  gad7: { total: number; band: string; complete: boolean } | null;
  triage: { urgency: string; role: string; redFlags: { id: string; label: string; source: string }[]; matchedRules: string[]; rationale: string; rulesVersion: string; warnings: string[] };
  patientSummary: {
    id: string; nhsNumber: string; givenName: string; familyName: string; dateOfBirth: string; age: number; sex: string; practiceName: string;
    phone: string | null; email: string | null; communicationPreferences: string[]; reasonableAdjustments: string | null; interpreterLanguage: string | null;
  };
  outcome: string | null; outcomeNote: string | null; appointmentId: string | null; firstActionAt: string | null; closedAt: string | null;
  judgement: Judgement | null;
  history: HistoryEvent[];
}

/** The engine's own words for who should see the patient first; a clinician judges with the same list. */
export const JUDGED_ROLES = ['gp', 'nurse', 'pharmacist', 'physiotherapist', 'paramedic', 'mental-health-practitioner', 'social-prescriber', 'admin', 'emergency-services'] as const;
export interface Judgement {
  urgency: Urgency; role: string; note: string | null; by: { staffId: string; name: string }; at: string;
  engineUrgency: Urgency; engineRole: string; rulesVersion: string; urgencyVerdict: 'agrees' | 'under-triage' | 'over-triage'; roleAgrees: boolean;
}

export interface LiveRate {
  rulesVersion: string; requests: number; judged: number; urgencyAgreed: number; underTriage: number; overTriage: number; roleAgreed: number;
  judgedShare: number | null; urgencyAgreement: number | null; underTriageRate: number | null; overTriageRate: number | null; roleAgreement: number | null;
}
export interface Metrics {
  from: string; to: string; total: number; emergenciesRedirected: number; closed: number; overdueNow: number;
  byUrgency: Record<string, number>; byType: Record<string, number>;
  medianMinutesToFirstAction: number | null; medianMinutesToClose: number | null; closedWithoutAppointmentShare: number | null;
  liveRates: LiveRate[];
}

export interface QueueFilters {
  practiceId?: string; urgency?: Urgency; type?: ConsultationType; role?: string; status?: Status | 'open'; olderThanHours?: number; cursor?: string;
}

export interface ActionInput {
  type: ActionType; message?: string; slotId?: string; role?: string; practiceId?: string; outcome?: string; note?: string;
  /** refer-social-prescribing: the patient agreed (required). */
  consent?: boolean;
}

export interface FollowUpQuestion {
  id: string; text: string; kind: 'yesno' | 'choice' | 'number' | 'text'; hint: string;
  options?: { value: string | number; label: string }[]; min?: number; max?: number; askIf?: { id: string; equals: AnswerValue };
}
export interface Preview {
  urgency: Urgency; accepted: boolean; nextStep: { title: string; body: string }; why: string[];
  advice: { title: string; body: string; source: string }[]; followUpQuestions: FollowUpQuestion[]; expectedResponse: string;
  call111: { title: string; body: string } | null;
}
export interface Submitted { id: string; reference: string; status: Status; urgency: Urgency; dueAt: string; expectedResponse: string; safetyNetting: string; call111: { title: string; body: string } | null }

export interface OnBehalfInput {
  patientId: string; channel: 'phone' | 'desk'; type: ConsultationType; adminKind?: string; description: string;
  answers?: Record<string, AnswerValue>; proxyName?: string; proxyRelationship?: string;
}

const C = '/consultations';
export const fetchQueue = (f: QueueFilters, signal?: AbortSignal) => api.get<{ items: QueueItem[]; nextCursor: string | null }>(`${C}/queue`, { ...f, limit: 100 }, signal);
export const fetchConsultation = (id: string) => api.get<Consultation>(`${C}/${encodeURIComponent(id)}`);
export const claim = (id: string) => api.post<Consultation>(`${C}/${encodeURIComponent(id)}/claim`);
export const release = (id: string) => api.post<Consultation>(`${C}/${encodeURIComponent(id)}/release`);
export const judge = (id: string, body: { urgency: Urgency; role: string }) => api.post<Consultation>(`${C}/${encodeURIComponent(id)}/judgement`, body);
export const fetchMetrics = (q: { from?: string; to?: string }) => api.get<Metrics>(`${C}/metrics`, q);
export const act = (id: string, body: ActionInput) => api.post<Consultation>(`${C}/${encodeURIComponent(id)}/actions`, body);
export const preview = (body: { age: number; sex: string; type: ConsultationType; description: string; answers?: Record<string, AnswerValue> }) => api.post<Preview>(`${C}/triage-preview`, body);
export const submitOnBehalf = (body: OnBehalfInput, idempotencyKey: string) => api.post<Submitted>(`${C}/requests/on-behalf`, body, { 'idempotency-key': idempotencyKey });
