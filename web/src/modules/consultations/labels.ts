import type { ActionType, Status, Urgency } from './api.ts';

export const URGENCY_WORDS: Record<Urgency, string> = { emergency: 'Emergency', urgent: 'Urgent', routine: 'Routine', 'self-care': 'Routine (self-care)' };
export const URGENCY_COLOURS: Record<Urgency, string> = { emergency: 'red', urgent: 'orange', routine: 'blue', 'self-care': 'gray' };
export const STATUS_WORDS: Record<Status, string> = { new: 'New', 'in-progress': 'In progress', 'awaiting-patient': 'Waiting for patient', closed: 'Closed' };
export const TYPE_WORDS: Record<string, string> = { medical: 'Medical', admin: 'Admin', advice: 'Advice' };
export const ADMIN_KIND_WORDS: Record<string, string> = {
  'fit-note': 'Fit note', 'repeat-prescription': 'Repeat prescription', 'test-results': 'Test results', 'letter-form': 'Letter or form',
  'referral-update': 'Referral update', 'registration-details': 'Registration details',
};
export const ACTION_WORDS: Record<ActionType, string> = {
  reply: 'Reply to patient', 'admin-done': 'Admin done', book: 'Book an appointment', reassign: 'Reassign', close: 'Close',
  signpost: 'Signpost', 'refer-social-prescribing': 'Refer to social prescribing',
};
/** How the request's history names events that are not clinician actions. */
export const EVENT_WORDS: Record<string, string> = { submitted: 'Request submitted', claimed: 'Claimed', released: 'Released', judged: 'Triage judgement recorded' };
export const OUTCOME_WORDS: Record<string, string> = {
  'advice-given': 'Advice given', 'admin-done': 'Admin done', 'appointment-booked': 'Appointment booked', 'prescription-issued': 'Prescription issued',
  signposted: 'Signposted', 'referred-social-prescribing': 'Referred to social prescribing', 'referred-elsewhere': 'Referred elsewhere',
  'self-care-advice': 'Self-care advice only', 'no-action-needed': 'No action needed', duplicate: 'Duplicate request', 'patient-uncontactable': 'Could not contact patient',
};
/** Outcomes a clinician can choose when closing; the others come from their own action. */
export const CLOSE_OUTCOMES = ['advice-given', 'prescription-issued', 'referred-elsewhere', 'no-action-needed', 'duplicate', 'patient-uncontactable'];
export const ASSIGNABLE_ROLES = ['gp', 'nurse', 'anp', 'pharmacist', 'physiotherapist', 'paramedic', 'physician-associate', 'mental-health-practitioner', 'link-worker', 'care-coordinator', 'health-wellbeing-coach', 'admin'];

/** "2h 15m left", "40m overdue": the SLA clock of one request. */
export function slaClock(minutesLeft: number, status: Status): string {
  if (status === 'awaiting-patient') return 'Paused: waiting for patient';
  if (status === 'closed') return 'Closed';
  const m = Math.abs(minutesLeft);
  const text = m >= 1440 ? `${Math.floor(m / 1440)}d ${Math.floor((m % 1440) / 60)}h` : m >= 60 ? `${Math.floor(m / 60)}h ${m % 60}m` : `${m}m`;
  return minutesLeft < 0 ? `${text} overdue` : `${text} left`;
}
