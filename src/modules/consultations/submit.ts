import { findPracticesByOdsCode } from '../network/index.ts';
import { randomInt } from 'node:crypto';
import type { Db, Executor } from '../../db/database.ts';
import type { ConsultationUrgency } from './tables.ts';
import type { Actor } from '../../platform/actor.ts';
import { ageOn, findPatientById, findPatientsByIdentity, getPatientForActor, type PatientWithPractice } from '../patients/index.ts';
import { assess, followUpQuestions, scoreGad7, scorePhq9, type Answers, type Role, type TriageInput, type TriageResult } from '../triage/index.ts';
import { contactFor, queueMessage } from '../messaging/index.ts';
import { recordAudit } from '../identity/index.ts';
import { newId } from '../../platform/ids.ts';
import { runIdempotently } from '../../platform/idempotency.ts';
import {
  AdminKindNeeded, DateOfBirthInFuture, EmergencyNotAccepted, IdentityTokenInvalid, NhsNumberOrPostcodeNeeded, PatientDetailsNeeded,
  PatientNotMatched, PatientNotUnique, PracticeNotFound, TooManyRequests,
} from './errors.ts';
import { identitySecret, signIdentityToken, TOKEN_MINUTES, verifyIdentityToken } from './identity-token.ts';
import * as q from './queries.ts';
import type { IdentifyRequest, OnBehalfRequest, PreviewRequest, SubmitRequest, SubmitResponse } from './schema.ts';
import { describeDue, describeWhen, dueAtFor } from './sla.ts';
import { networkOpeningHours } from '../network/index.ts';
import { urgentCover } from './network-hours.ts';

/** A patient may send this many requests (and emergency redirections) in BURST_MINUTES online. */
const BURST_LIMIT = 3;
const BURST_MINUTES = 10;
const REFERENCE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'; // no 0/O or 1/I: read out over the phone

/**
 * Matches a person to one registered patient: exact date of birth and family name, plus the NHS number
 * or the postcode, within the practice they started from when they named one. Anything but exactly one
 * match is a 422 that tells them what to do instead; the answer names only the practice.
 */
export async function identifyPatient(db: Db, body: IdentifyRequest, now: Date) {
  if (body.dateOfBirth > now.toISOString().slice(0, 10)) throw new DateOfBirthInFuture();
  if (!body.nhsNumber && !body.postcode) throw new NhsNumberOrPostcodeNeeded();
  if (body.practiceOdsCode && (await findPracticesByOdsCode(db, { odsCode: body.practiceOdsCode })).length === 0) throw new PracticeNotFound(body.practiceOdsCode);
  let matches = await findPatientsByIdentity(db, {
    familyName: body.familyName, dateOfBirth: body.dateOfBirth, nhsNumber: body.nhsNumber?.replace(/\s/g, ''), postcode: body.postcode, practiceOdsCode: body.practiceOdsCode,
  });
  if (matches.length > 1 && body.givenName) {
    const given = body.givenName.trim().toLowerCase();
    matches = matches.filter((m) => m.given_name.toLowerCase() === given);
  }
  if (matches.length === 0) throw new PatientNotMatched();
  if (matches.length > 1) throw new PatientNotUnique();
  const m = matches[0];
  const exp = Math.floor(now.getTime() / 1000) + TOKEN_MINUTES * 60;
  const token = signIdentityToken(await identitySecret(db), { networkId: m.network_id, patientId: m.id, exp });
  return { token, expiresAt: new Date(exp * 1000).toISOString(), practiceName: m.practice_name };
}

async function patientFromToken(db: Db, token: string, now: Date): Promise<PatientWithPractice> {
  const claims = verifyIdentityToken(await identitySecret(db), token, now);
  const patient = await findPatientById(db, { networkId: claims.networkId, id: claims.patientId });
  if (!patient) throw new IdentityTokenInvalid(false);
  return patient;
}

/** The engine takes female or male; for other or unknown we use female, which keeps pregnancy questions and red flags in play. */
function triageInput(p: { age: number; sex: string }, body: { description: string; answers?: Answers; pregnant?: boolean }): TriageInput {
  return { age: p.age, sex: p.sex === 'male' ? 'male' : 'female', text: body.description, answers: body.answers, ...(body.pregnant !== undefined ? { pregnant: body.pregnant } : {}) };
}

const ROLE_OF: Record<Role, string> = {
  gp: 'gp', nurse: 'nurse', pharmacist: 'pharmacist', physiotherapist: 'physiotherapist', paramedic: 'paramedic',
  'mental-health-practitioner': 'mental-health-practitioner', 'social-prescriber': 'link-worker', admin: 'admin', 'emergency-services': 'gp',
};

/** Where the request goes: the engine's urgency and role; admin requests go to the admin team unless the engine found something urgent. */
function queueDecision(result: TriageResult, type: string): { urgency: ConsultationUrgency; role: string } {
  if (type === 'admin' && result.urgency !== 'urgent' && result.urgency !== 'emergency') return { urgency: 'routine', role: 'admin' };
  return { urgency: result.urgency, role: ROLE_OF[result.role] };
}

interface ResponsePlan {
  dueAt: Date;
  /** Urgent, and no clinician of the network will see it today: the patient must call 111 now. */
  call111: { title: string; body: string } | null;
}

/** When the network will respond, judged by its sites' opening hours; out of hours an urgent request also says to call 111 now. */
async function planResponse(db: Executor, networkId: string | null, urgency: ConsultationUrgency, now: Date, sent: boolean, role?: string): Promise<ResponsePlan> {
  const hours = networkId ? await networkOpeningHours(db, networkId) : [];
  const dueAt = dueAtFor(urgency, now, hours, role);
  if (urgency !== 'urgent') return { dueAt, call111: null };
  const cover = urgentCover(now, hours);
  if (cover.seenToday) return { dueAt, call111: null };
  return {
    dueAt,
    call111: {
      title: 'Call 111 now',
      body: `Your GP practice is closed and no clinician will see your request until ${describeWhen(cover.nextOpensAt!, now)}. `
        + 'Your problem needs help sooner than that, so call 111 now or go to 111.nhs.uk. '
        + `${sent ? 'We have still sent your request, and' : 'If you send your request,'} the practice will look at it ${describeDue(dueAt, now)}. If it is an emergency, call 999.`,
    },
  };
}

function safetyNetting(urgency: ConsultationUrgency, due: string, call111: boolean): string {
  if (call111) return `Your practice is closed, so call 111 now or go to 111.nhs.uk. We have your request and the practice will look at it ${due}. If it is an emergency, call 999.`;
  if (urgency === 'urgent') return `A clinician will contact you ${due}. If you get worse before then, call 111 or go to 111.nhs.uk. If it is an emergency, call 999.`;
  return `We will reply ${due}. If your symptoms get worse, or you are worried, call your GP practice or 111. If it is an emergency, call 999.`;
}

/** Triage before sending: urgency, advice and the follow-up questions, so the form can stop at an emergency. */
export async function previewRequest(db: Db, body: PreviewRequest, now: Date, staffNetworkId: string | null = null) {
  let who: { age: number; sex: string };
  let networkId = staffNetworkId;
  if (body.token) {
    const patient = await patientFromToken(db, body.token, now);
    who = { age: ageOn(patient.date_of_birth, now), sex: patient.sex };
    networkId = patient.network_id;
  } else if (body.age !== undefined && body.sex) who = { age: body.age, sex: body.sex };
  else throw new PatientDetailsNeeded();
  const input = triageInput(who, body);
  const result = assess(input);
  const decision = queueDecision(result, body.type ?? 'medical');
  const plan = await planResponse(db, networkId, decision.urgency, now, false, decision.role);
  return {
    urgency: result.urgency,
    accepted: result.urgency !== 'emergency',
    nextStep: result.nextStep,
    why: result.redFlags.map((f) => f.label),
    advice: result.advice,
    followUpQuestions: result.urgency === 'emergency' ? [] : followUpQuestions(input),
    expectedResponse: describeDue(plan.dueAt, now),
    call111: result.urgency === 'emergency' ? null : plan.call111,
  };
}

interface Submission {
  patient: PatientWithPractice;
  submittedBy: 'patient' | 'proxy' | 'reception';
  staffId: string | null;
  channel: 'online' | 'phone' | 'desk';
  body: { type: 'medical' | 'admin' | 'advice'; adminKind?: string; description: string; answers?: Answers; pregnant?: boolean; proxyName?: string; proxyRelationship?: string };
  adviceOnly: boolean;
  idempotencyKey?: string;
}

/** Assesses a submission; an emergency is recorded as demand and refused, never queued. */
async function assessOrRefuse(db: Db, s: Submission, now: Date): Promise<TriageResult> {
  if (s.body.type === 'admin' && !s.body.adminKind) throw new AdminKindNeeded();
  const result = assess(triageInput({ age: ageOn(s.patient.date_of_birth, now), sex: s.patient.sex }, s.body));
  if (result.urgency === 'emergency') {
    await q.insertDemand(db, {
      network_id: s.patient.network_id, id: newId(), patient_id: s.patient.id, at: now, kind: 'emergency-refused', submitted_by: s.submittedBy,
      channel: s.channel, urgency: result.urgency, matched_rules: result.matchedRules, rules_version: result.rulesVersion, idempotency_key: s.idempotencyKey ?? null,
    });
    throw new EmergencyNotAccepted({ nextStep: result.nextStep, why: result.redFlags.map((f) => f.label) });
  }
  return result;
}

export async function newReference(db: Executor, networkId: string): Promise<string> {
  for (;;) {
    const ref = 'OC-' + Array.from({ length: 6 }, () => REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)]).join('');
    const taken = await db.selectFrom('consultation').select('id').where('network_id', '=', networkId).where('reference', '=', ref).executeTakeFirst();
    if (!taken) return ref;
  }
}

async function createConsultation(trx: Executor, actor: Actor, s: Submission, result: TriageResult, now: Date): Promise<SubmitResponse> {
  const { patient, body } = s;
  const decision = queueDecision(result, body.type);
  const closeAtOnce = s.adviceOnly && decision.urgency === 'self-care';
  const plan = await planResponse(trx, patient.network_id, decision.urgency, now, true, decision.role);
  const dueAt = plan.dueAt;
  const id = newId();
  const reference = await newReference(trx, patient.network_id);
  const phq9 = scorePhq9(body.answers);
  const gad7 = scoreGad7(body.answers);
  await q.insertConsultation(trx, {
    network_id: patient.network_id, id, reference, patient_id: patient.id, practice_id: patient.practice_id, submitted_by: s.submittedBy,
    submitted_by_staff_id: s.staffId, proxy_name: body.proxyName ?? null, proxy_relationship: body.proxyRelationship ?? null, channel: s.channel,
    type: body.type, admin_kind: body.type === 'admin' ? body.adminKind ?? null : null, description: body.description, answers: JSON.stringify(body.answers ?? {}),
    phq9_score: phq9.answered > 0 ? phq9.total : null, gad7_score: gad7.answered > 0 ? gad7.total : null,
    triage: JSON.stringify({ urgency: result.urgency, role: result.role, redFlags: result.redFlags, matchedRules: result.matchedRules, rationale: result.rationale, rulesVersion: result.rulesVersion, warnings: result.warnings }),
    urgency: decision.urgency, assigned_role: decision.role, assigned_practice_id: patient.practice_id,
    status: closeAtOnce ? 'closed' : 'new', outcome: closeAtOnce ? 'self-care-advice' : null, closed_at: closeAtOnce ? now : null,
    submitted_at: now, due_at: dueAt, idempotency_key: s.idempotencyKey ?? null,
  });
  await q.insertEvent(trx, {
    network_id: patient.network_id, id: newId(), consultation_id: id, type: 'submitted', at: now, by_staff_id: s.staffId, by_token_id: actor.tokenId,
    by_patient: s.submittedBy !== 'reception', from_status: null, to_status: 'new', note: null,
    detail: JSON.stringify({ channel: s.channel, submittedBy: s.submittedBy, urgency: result.urgency, role: result.role, rulesVersion: result.rulesVersion }),
  });
  if (closeAtOnce) {
    await q.insertEvent(trx, {
      network_id: patient.network_id, id: newId(), consultation_id: id, type: 'close', at: now, by_staff_id: null, by_token_id: null, by_patient: true,
      from_status: 'new', to_status: 'closed', note: 'The patient only wanted the self-help advice.', detail: JSON.stringify({ outcome: 'self-care-advice' }),
    });
  }
  await recordAudit(trx, actor, { patientId: patient.id, action: 'create', entity: 'consultation', entityId: id, purpose: `online consultation (${s.channel})` });
  const expected = describeDue(dueAt, now);
  if (!closeAtOnce) {
    await queueMessage(trx, {
      networkId: patient.network_id, patientId: patient.id, template: 'consultation-acknowledgement', ...contactFor(patient), relatedEntity: 'consultation', relatedId: id, at: now,
      body: plan.call111
        ? `${patient.practice_name}: we have your request ${reference}. The practice is closed: call 111 now, or go to 111.nhs.uk. We will look at your request ${expected}. In an emergency, call 999.`
        : `${patient.practice_name}: we have your request ${reference}. We will reply ${expected}. If you get worse, call 111. In an emergency, call 999.`,
    });
  }
  return {
    id, reference, status: closeAtOnce ? 'closed' : 'new', urgency: decision.urgency, dueAt: dueAt.toISOString(), expectedResponse: expected,
    safetyNetting: closeAtOnce ? 'Follow the self-help advice. If your symptoms get worse, or you are worried, call your GP practice or 111. If it is an emergency, call 999.' : safetyNetting(decision.urgency, expected, !!plan.call111),
    call111: closeAtOnce ? null : plan.call111,
    advice: result.advice,
  };
}

/** The patient (or someone for them) acting through the public form: audited as the patient, keyed per patient. */
function patientActor(patient: PatientWithPractice): Actor {
  return {
    kind: 'system', networkId: patient.network_id, staffId: null, tokenId: null, displayName: 'patient (online form)',
    organisationId: patient.practice_id, organisationKind: 'practice', roles: ['patient'], permissions: new Set(),
  };
}

/** A patient's own request from the public form. */
export async function submitRequest(db: Db, body: SubmitRequest, p: { now: Date; idempotencyKey?: string }) {
  const patient = await patientFromToken(db, body.token, p.now);
  const { token: _token, submittedBy, adviceOnly, ...rest } = body;
  const s: Submission = { patient, submittedBy, staffId: null, channel: 'online', body: rest, adviceOnly: adviceOnly ?? false, idempotencyKey: p.idempotencyKey };
  const result = await assessOrRefuse(db, s, p.now);
  const actor = patientActor(patient);
  // Idempotency keys are scoped per patient (the form has no staff or token id).
  const keyScope = { ...actor, tokenId: patient.id };
  return runIdempotently(db, keyScope, { operation: 'consultations.submit', key: p.idempotencyKey, request: { patientId: patient.id, ...rest, submittedBy, adviceOnly }, statusCode: 201 }, async (trx) => {
    const recent = await q.countRecentSubmissions(trx, { networkId: patient.network_id, patientId: patient.id, since: new Date(p.now.getTime() - BURST_MINUTES * 60_000) });
    if (recent >= BURST_LIMIT) throw new TooManyRequests();
    return createConsultation(trx, actor, s, result, p.now);
  });
}

/** Reception takes a request for a caller (phone or desk): the same questions, engine and queue. */
export async function submitOnBehalf(db: Db, actor: Actor, body: OnBehalfRequest, p: { now: Date; idempotencyKey?: string }) {
  const patient = await getPatientForActor(db, actor, body.patientId, 'take an online consultation for a caller', '/body/patientId');
  const { patientId: _id, channel, ...rest } = body;
  const s: Submission = { patient, submittedBy: 'reception', staffId: actor.staffId, channel, body: rest, adviceOnly: false, idempotencyKey: p.idempotencyKey };
  const result = await assessOrRefuse(db, s, p.now);
  return runIdempotently(db, actor, { operation: 'consultations.on-behalf', key: p.idempotencyKey, request: body, statusCode: 201 }, (trx) => createConsultation(trx, actor, s, result, p.now));
}
