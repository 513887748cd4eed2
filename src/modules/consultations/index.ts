/** Online consultations and admin requests, the network triage queue, clinician actions and outcomes. */
export { consultationRoutes } from './routes.ts';
/** Match a person to one registered patient and give them a short-lived identity token. */
export { identifyPatient, previewRequest, submitRequest, submitOnBehalf } from './submit.ts';
export { listQueue, getConsultation, claimConsultation, releaseConsultation, actOnConsultation, CLAIM_MINUTES } from './work.ts';
export { consultationMetrics } from './metrics.ts';
/** Online consultations per day for the analytics dashboard, and a consultation's parties for complaints. */
export { findConsultationDays, findConsultationParties, consultationFeedbackSql } from './analytics-queries.ts';
/** The patient's reply through the link in a message: lands on the request and puts it back in the queue. */
export { consultationForPatient, replyFromPatient } from './patient-reply.ts';
/** A clinician's own judgement of urgency and role, kept beside the engine's verdict for the live rates. */
export { recordJudgement } from './judgement.ts';
/** A home reading past its threshold (population health's remote monitoring), as a request in the shared queue. */
export { raiseMonitoringAlert } from './monitoring-alert.ts';
export type { MonitoringAlert } from './monitoring-alert.ts';
/** When a request is due (SLA) and how to say so to a patient. */
export { dueAtFor, describeDue } from './sla.ts';
export { ADMIN_KINDS, ACTION_TYPES, ASSIGNABLE_ROLES, CONSULTATION_TYPES, OUTCOMES } from './schema.ts';
export type { ConsultationView, QueueItem, SubmitResponse, MetricsView, ActionRequest, JudgementRequest, LiveRate } from './schema.ts';

import type { CommonsModule } from '../../platform/module.ts';
import { consultationRoutes } from './routes.ts';
import { consultationRelationship } from './access.ts';
import { countOverdueRequests } from './queries.ts';

export const consultationsModule: CommonsModule = {
  name: 'consultations',
  tables: ['consultation', 'consultation_event', 'consultation_secret', 'consultation_demand', 'consultation_judgement'],
  routes: { prefix: 'consultations', plugin: consultationRoutes },
  patientRelationships: [consultationRelationship],
  gauges: [{ name: 'commons_consultations_overdue', help: 'Open online-consultation requests past their response time, all networks', read: ({ db, now }) => countOverdueRequests(db, now()) }],
};
export type { ConsultationsTables } from './tables.ts';
