import { DateTime } from 'luxon';
import type { Db, Executor } from '../../db/database.ts';
import type { Actor } from '../../platform/actor.ts';
import { LONDON } from '../../platform/calendar.ts';
import { newId } from '../../platform/ids.ts';
import { DomainError, Invalid, NotFound } from '../../platform/problems.ts';
import { recordAudit } from '../identity/index.ts';
import { ageOn, findPatientById, hasLegitimateRelationship } from '../patients/index.ts';
import { FRAILTY_DEFICITS } from './frailty.ts';
import { OBSERVATION_KINDS, type ObservationKind, type ObservationKindId } from './observation-kinds.ts';
import { recomputeSummaries, summariesComputedAt } from './recompute.ts';
import { registerById } from './registers.ts';
import type { AllergyBody, ConditionBody, MedicationBody, ObservationBody, PatientSummaryView } from './schema.ts';
import { isValidSnomedId } from './snomed.ts';

// A patient's coded record for population health: writing a condition, observation, medication or allergy
// (checked, then the patient's summary recomputed in the same transaction, so registers never lag a
// record), and reading the summary with the record behind it. Both go through the patient-access gate
// and are audited.

export const londonToday = (now: Date) => DateTime.fromJSDate(now, { zone: LONDON }).toISODate()!;

export class NoRelationship extends DomainError {
  constructor() {
    super('forbidden', 'population-health/no-legitimate-relationship', 'This patient is registered at another practice and has no appointment, consultation or referral with you or your organisation.');
  }
}

/** The patient, when this actor may see them (404 when there is none, 403 with an audit row when refused). */
export async function reachPatient(db: Executor, actor: Actor, patientId: string, requestId: string, entity: string) {
  const patient = await findPatientById(db, { networkId: actor.networkId, id: patientId });
  if (!patient) throw new NotFound('patient', '/params/patientId');
  if (!(await hasLegitimateRelationship(db, actor, patient))) {
    await recordAudit(db, actor, { patientId, action: 'refused', entity, purpose: 'population health', requestId });
    throw new NoRelationship();
  }
  return patient;
}

function notInFuture(date: string, today: string, pointer: string) {
  if (date > today) throw new Invalid('population-health/future-date', 'This date is in the future.', pointer);
  if (date < '1900-01-01') throw new Invalid('population-health/date-too-early', 'This date is before 1900.', pointer);
}

export function checkCondition(b: ConditionBody, today: string, at = '/body') {
  if (!isValidSnomedId(b.code)) throw new Invalid('population-health/invalid-snomed-code', 'This is not a SNOMED CT identifier (its check digit is wrong).', `${at}/code`);
  notInFuture(b.onset, today, `${at}/onset`);
  if (b.resolved) {
    notInFuture(b.resolved, today, `${at}/resolved`);
    if (b.resolved < b.onset) throw new Invalid('population-health/resolved-before-onset', 'A condition cannot resolve before its onset.', `${at}/resolved`);
  }
}

function inRange(kind: ObservationKind, value: number | undefined, pointer: string) {
  if (value === undefined || !Number.isFinite(value)) throw new Invalid('population-health/value-required', `${kind.name} needs a value.`, pointer);
  if ((kind.min !== undefined && value < kind.min) || (kind.max !== undefined && value > kind.max)) {
    throw new Invalid('population-health/impossible-value', `${kind.name} of ${value} ${kind.unit ?? ''} is outside what can be measured (${kind.min}–${kind.max}).`.replace(/ +/g, ' '), pointer);
  }
}

/** The rows an observation body becomes (blood pressure is two: systolic and diastolic). */
export function observationRows(b: ObservationBody, today: string, at = '/body'): { kind: ObservationKindId; code: string; value: number | null; unit: string | null }[] {
  notInFuture(b.observedOn, today, `${at}/observedOn`);
  if (b.kind === 'blood-pressure') {
    inRange(OBSERVATION_KINDS['bp-systolic'], b.value, `${at}/value`);
    inRange(OBSERVATION_KINDS['bp-diastolic'], b.diastolic, `${at}/diastolic`);
    if (b.diastolic! >= b.value!) throw new Invalid('population-health/impossible-value', 'The diastolic pressure must be lower than the systolic.', `${at}/diastolic`);
    return [
      { kind: 'bp-systolic', code: OBSERVATION_KINDS['bp-systolic'].code, value: b.value!, unit: 'mm[Hg]' },
      { kind: 'bp-diastolic', code: OBSERVATION_KINDS['bp-diastolic'].code, value: b.diastolic!, unit: 'mm[Hg]' },
    ];
  }
  const kind: ObservationKind = OBSERVATION_KINDS[b.kind];
  if (b.diastolic !== undefined) throw new Invalid('population-health/not-blood-pressure', 'Only a blood pressure has a diastolic value.', `${at}/diastolic`);
  if (kind.codes) {
    if (!b.code || !kind.codes[b.code]) throw new Invalid('population-health/unknown-answer', `${kind.name} needs one of the codes ${Object.keys(kind.codes).join(', ')}.`, `${at}/code`);
    return [{ kind: b.kind, code: b.code, value: null, unit: null }];
  }
  if (kind.noValue) return [{ kind: b.kind, code: kind.code, value: null, unit: null }];
  inRange(kind, b.value, `${at}/value`);
  return [{ kind: b.kind, code: kind.code, value: b.value!, unit: kind.unit }];
}

export function checkMedication(b: MedicationBody, today: string, at = '/body') {
  if (b.name.trim() === '') throw new Invalid('population-health/medicine-name-blank', 'Name the medicine.', `${at}/name`);
  // dm+d codes are SNOMED CT identifiers (the dm+d namespace), so they carry the same check digit.
  if (b.code && !isValidSnomedId(b.code)) throw new Invalid('population-health/invalid-dmd-code', 'This is not a dm+d code (its check digit is wrong).', `${at}/code`);
  notInFuture(b.startedOn, today, `${at}/startedOn`);
  if (b.endedOn && b.endedOn < b.startedOn) throw new Invalid('population-health/ended-before-start', 'A medicine cannot end before it started.', `${at}/endedOn`);
}

type Write = { kind: 'condition'; body: ConditionBody } | { kind: 'observation'; body: ObservationBody } | { kind: 'medication'; body: MedicationBody } | { kind: 'allergy'; body: AllergyBody };

/** Records one entry of a patient's coded record and recomputes their registers and frailty. */
export async function recordEntry(db: Db, actor: Actor, patientId: string, write: Write, now: Date, requestId: string) {
  const today = londonToday(now);
  const patient = await reachPatient(db, actor, patientId, requestId, `phm_${write.kind}`);
  const base = { network_id: actor.networkId, patient_id: patient.id, source: 'manual' as const };
  const ids: string[] = [];
  await db.transaction().execute(async (trx) => {
    if (write.kind === 'condition') {
      checkCondition(write.body, today);
      const id = newId();
      ids.push(id);
      await trx.insertInto('phm_condition').values({ ...base, id, code: write.body.code, display: write.body.display ?? null, onset: write.body.onset, resolved: write.body.resolved ?? null }).execute();
    } else if (write.kind === 'observation') {
      const rows = observationRows(write.body, today).map((r) => ({ ...base, ...r, id: newId(), observed_on: write.body.observedOn }));
      ids.push(...rows.map((r) => r.id));
      await trx.insertInto('phm_observation').values(rows).execute();
    } else if (write.kind === 'allergy') {
      notInFuture(write.body.recordedOn, today, '/body/recordedOn');
      if (write.body.code && !isValidSnomedId(write.body.code)) throw new Invalid('population-health/invalid-snomed-code', 'This is not a SNOMED CT identifier (its check digit is wrong).', '/body/code');
      const id = newId();
      ids.push(id);
      const b = write.body;
      await trx.insertInto('phm_allergy').values({ ...base, id, display: b.display.trim(), code: b.code ?? null, reaction: b.reaction ?? null, recorded_on: b.recordedOn, active: b.active ?? true }).execute();
    } else {
      checkMedication(write.body, today);
      const id = newId();
      ids.push(id);
      await trx.insertInto('phm_medication').values({ ...base, id, name: write.body.name.trim(), code: write.body.code ?? null, started_on: write.body.startedOn, ended_on: write.body.endedOn ?? null, repeat: write.body.repeat ?? false }).execute();
    }
    await recomputeSummaries(trx, { networkId: actor.networkId, today, patientIds: [patient.id], now });
    await recordAudit(trx, actor, { patientId: patient.id, action: 'create', entity: `phm_${write.kind}`, entityId: ids[0], purpose: 'population health record', requestId });
  });
  return patientSummary(db, actor, patient.id, now, requestId, { audited: true });
}

/** A patient's registers, frailty, multimorbidity and the coded record behind them (audited as a read). */
export async function patientSummary(db: Db, actor: Actor, patientId: string, now: Date, requestId: string, o: { audited?: boolean } = {}): Promise<PatientSummaryView> {
  const patient = await reachPatient(db, actor, patientId, requestId, 'phm_patient_summary');
  const n = actor.networkId;
  const [summary, computedAt, conditions, observations, medications, allergies] = await Promise.all([
    db.selectFrom('phm_patient_summary').selectAll().where('network_id', '=', n).where('patient_id', '=', patient.id).executeTakeFirst(),
    summariesComputedAt(db, n, patient.id),
    db.selectFrom('phm_condition').selectAll().where('network_id', '=', n).where('patient_id', '=', patient.id).orderBy('onset', 'desc').orderBy('id').limit(200).execute(),
    db.selectFrom('phm_observation').selectAll().where('network_id', '=', n).where('patient_id', '=', patient.id).orderBy('observed_on', 'desc').orderBy('id').limit(100).execute(),
    db.selectFrom('phm_medication').selectAll().where('network_id', '=', n).where('patient_id', '=', patient.id).orderBy('started_on', 'desc').orderBy('id').limit(200).execute(),
    db.selectFrom('phm_allergy').selectAll().where('network_id', '=', n).where('patient_id', '=', patient.id).orderBy('active', 'desc').orderBy('recorded_on', 'desc').orderBy('id').limit(100).execute(),
  ]);
  if (!o.audited) await recordAudit(db, actor, { patientId: patient.id, action: 'read', entity: 'phm_patient_summary', purpose: 'population health summary', requestId });
  const deficitName = new Map(FRAILTY_DEFICITS.map((d) => [d.id, d.name]));
  const kindName = (k: string) => (OBSERVATION_KINDS as Record<string, ObservationKind>)[k]?.name ?? k;
  const day = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));
  return {
    patientId: patient.id,
    age: ageOn(patient.date_of_birth, now),
    registers: (summary?.registers ?? []).map((id) => ({ id, name: registerById.get(id)?.name ?? id, dueForReview: summary!.due_reviews.includes(id) })),
    multimorbidity: summary?.multimorbidity ?? 0,
    frailty: summary?.efi_category ? { score: Math.round(Number(summary.efi_score) * 1000) / 1000, category: summary.efi_category, deficits: (summary.efi_deficits ?? []).map((id) => ({ id, name: deficitName.get(id) ?? id })) } : null,
    imdDecile: summary?.imd_decile ?? null,
    lastReviewOn: summary?.last_review_on ? day(summary.last_review_on) : null,
    computedAt: summary && computedAt ? computedAt.toISOString() : null,
    conditions: conditions.map((c) => ({ id: c.id, code: c.code, display: c.display, onset: day(c.onset), resolved: c.resolved ? day(c.resolved) : null, source: c.source })),
    observations: observations.map((x) => ({ id: x.id, kind: x.kind, code: x.code, name: kindName(x.kind), value: x.value === null ? null : Number(x.value), unit: x.unit, observedOn: day(x.observed_on), source: x.source })),
    medications: medications.map((m) => ({ id: m.id, name: m.name, code: m.code, startedOn: day(m.started_on), endedOn: m.ended_on ? day(m.ended_on) : null, repeat: m.repeat, source: m.source })),
    allergies: allergies.map((a) => ({ id: a.id, display: a.display, code: a.code, reaction: a.reaction, recordedOn: day(a.recorded_on), active: a.active, source: a.source })),
  };
}
