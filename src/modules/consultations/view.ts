import type { ConsultationEventRow, ConsultationTriage, ConsultationUrgency } from './tables.ts';
import { ageOn, type PatientWithPractice } from '../patients/index.ts';
import { followUpQuestions, GAD7_ITEMS, PHQ9_ITEMS, scoreGad7, scorePhq9 } from '../triage/index.ts';
import type { ConsultationWithNames, findLatestJudgement } from './queries.ts';
import type { ConsultationView, JudgementView, QueueItem } from './schema.ts';

const OPEN_CLOCK = new Set(['new', 'in-progress']);

const RANK: Record<ConsultationUrgency, number> = { 'self-care': 0, routine: 1, urgent: 2, emergency: 3 };

/** Under-triage: the engine was less urgent than the clinician; over-triage: more urgent. */
export function urgencyVerdict(engine: ConsultationUrgency, clinician: ConsultationUrgency): JudgementView['urgencyVerdict'] {
  if (RANK[engine] < RANK[clinician]) return 'under-triage';
  if (RANK[engine] > RANK[clinician]) return 'over-triage';
  return 'agrees';
}

type JudgementRow = NonNullable<Awaited<ReturnType<typeof findLatestJudgement>>>;

export function toJudgementView(j: JudgementRow): JudgementView {
  return {
    urgency: j.urgency, role: j.role, note: j.note, by: { staffId: j.staff_id, name: j.by_name }, at: j.at.toISOString(),
    engineUrgency: j.engine_urgency, engineRole: j.engine_role, rulesVersion: j.rules_version,
    urgencyVerdict: urgencyVerdict(j.engine_urgency, j.urgency), roleAgrees: j.role === j.engine_role,
  };
}

/** One row of the queue: what a clinician needs to choose what to pick up next, with its SLA clock. */
export function toQueueItem(r: ConsultationWithNames, now: Date): QueueItem {
  const minutesLeft = Math.round((r.due_at.getTime() - now.getTime()) / 60_000);
  const triage = r.triage as ConsultationTriage;
  return {
    id: r.id, reference: r.reference, type: r.type, adminKind: r.admin_kind, urgency: r.urgency, assignedRole: r.assigned_role,
    assignedPracticeId: r.assigned_practice_id, assignedPracticeName: r.assigned_practice_name, status: r.status, channel: r.channel, submittedBy: r.submitted_by,
    submittedAt: r.submitted_at.toISOString(), dueAt: r.due_at.toISOString(), overdue: OPEN_CLOCK.has(r.status) && minutesLeft < 0, minutesLeft,
    claimedBy: r.claimed_by_staff_id ? { staffId: r.claimed_by_staff_id, name: r.claimer_name ?? 'someone' } : null,
    claimedAt: r.claimed_at ? r.claimed_at.toISOString() : null,
    patient: { id: r.patient_id, name: `${r.given_name} ${r.family_name}`, age: ageOn(r.date_of_birth, now), nhsNumber: r.nhs_number, practiceName: r.registered_practice_name },
    summary: r.description.length > 160 ? r.description.slice(0, 157) + '…' : r.description,
    redFlags: (triage.redFlags ?? []).map((f) => f.label),
    phq9Score: r.phq9_score, gad7Score: r.gad7_score,
  };
}

/** The question text for each answer key, so the clinician reads "Is it getting worse?" rather than "worsening". */
function answerLabels(r: ConsultationWithNames, patient: PatientWithPractice, now: Date): Record<string, string> {
  const labels: Record<string, string> = {};
  const asked = followUpQuestions({ age: ageOn(patient.date_of_birth, now), sex: patient.sex === 'male' ? 'male' : 'female', text: r.description });
  for (const q of asked) labels[q.id] = q.text;
  for (const item of [...PHQ9_ITEMS, ...GAD7_ITEMS]) labels[item.id] = item.text;
  return labels;
}

export function toConsultationView(
  r: ConsultationWithNames, patient: PatientWithPractice, events: (ConsultationEventRow & { by_name: string | null })[], judgement: JudgementRow | undefined, now: Date,
): ConsultationView {
  const answers = (r.answers ?? {}) as Record<string, string | number | boolean>;
  const phq9 = r.phq9_score === null ? null : scorePhq9(answers);
  const gad7 = r.gad7_score === null ? null : scoreGad7(answers);
  const triage = r.triage as ConsultationTriage;
  return {
    ...toQueueItem(r, now),
    description: r.description,
    answers,
    answerLabels: answerLabels(r, patient, now),
    proxyName: r.proxy_name, proxyRelationship: r.proxy_relationship,
    phq9: phq9 && { total: phq9.total, band: phq9.band, item9: phq9.item9 ?? null, complete: phq9.complete },
    gad7: gad7 && { total: gad7.total, band: gad7.band, complete: gad7.complete },
    triage: { urgency: triage.urgency, role: triage.role, redFlags: triage.redFlags, matchedRules: triage.matchedRules, rationale: triage.rationale, rulesVersion: triage.rulesVersion, warnings: triage.warnings ?? [] },
    patientSummary: {
      id: patient.id, nhsNumber: patient.nhs_number, givenName: patient.given_name, familyName: patient.family_name, dateOfBirth: patient.date_of_birth,
      age: ageOn(patient.date_of_birth, now), sex: patient.sex, practiceName: patient.practice_name, phone: patient.phone, email: patient.email,
      communicationPreferences: patient.communication_preferences, reasonableAdjustments: patient.reasonable_adjustments, interpreterLanguage: patient.interpreter_language,
    },
    outcome: r.outcome, outcomeNote: r.outcome_note, appointmentId: r.appointment_id,
    firstActionAt: r.first_action_at ? r.first_action_at.toISOString() : null, closedAt: r.closed_at ? r.closed_at.toISOString() : null,
    judgement: judgement ? toJudgementView(judgement) : null,
    history: events.map((e) => ({
      id: e.id, type: e.type, at: e.at.toISOString(), by: e.by_staff_id ? { staffId: e.by_staff_id, name: e.by_name ?? 'someone' } : null, byPatient: e.by_patient,
      fromStatus: e.from_status, toStatus: e.to_status, note: e.note, detail: (e.detail ?? {}) as Record<string, unknown>,
    })),
  };
}
