import type { Db } from '../../../db/database.ts';
import type { Actor } from '../../../platform/actor.ts';
import { NotFound } from '../../../platform/problems.ts';
import { recordAudit } from '../../identity/index.ts';
import { OBSERVATION_KINDS, type ObservationKind } from '../observation-kinds.ts';
import { reachPatient } from '../records.ts';
import { thresholdsInForce } from './thresholds-in-force.ts';
import { describeRule, thresholdById } from './thresholds.ts';
import type { MonitoringView, OverrideBody } from './schema.ts';

// What a clinician sees of a patient's remote monitoring: the readings of the last 90 days (home and
// clinic, for the trend), the thresholds in force with their sources and any figure set for this
// patient, the alerts raised and the requests sent. Setting a patient's own threshold is audited.

const MONITORED = ['bp-systolic', 'bp-diastolic', 'pulse', 'spo2', 'weight', 'peak-flow', 'blood-glucose'];
const day = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));

export async function monitoringView(db: Db, actor: Actor, patientId: string, now: Date, requestId: string, o: { audited?: boolean } = {}): Promise<MonitoringView> {
  const patient = await reachPatient(db, actor, patientId, requestId, 'phm_monitoring');
  const n = actor.networkId;
  const since = new Date(now.getTime() - 90 * 86_400_000).toISOString().slice(0, 10);
  const [thresholds, readings, alerts, requests] = await Promise.all([
    thresholdsInForce(db, { networkId: n, patientId: patient.id }),
    db.selectFrom('phm_observation').select(['id', 'kind', 'value', 'unit', 'observed_on', 'source']).where('network_id', '=', n).where('patient_id', '=', patient.id)
      .where('kind', 'in', MONITORED).where('observed_on', '>=', since).where('value', 'is not', null).orderBy('observed_on').orderBy('id').limit(2000).execute(),
    db.selectFrom('phm_monitoring_alert').selectAll().where('network_id', '=', n).where('patient_id', '=', patient.id).orderBy('raised_at', 'desc').limit(50).execute(),
    db.selectFrom('phm_monitoring_request').selectAll().where('network_id', '=', n).where('patient_id', '=', patient.id).orderBy('created_at', 'desc').limit(20).execute(),
  ]);
  if (!o.audited) await recordAudit(db, actor, { patientId: patient.id, action: 'read', entity: 'phm_monitoring', purpose: 'home readings and thresholds', requestId });
  return {
    patientId: patient.id,
    thresholds: thresholds.map((t) => ({
      id: t.definition.id, name: t.definition.name, kind: t.definition.kind, registers: t.definition.registers, rule: describeRule(t.definition, t.limit, t.diastolic),
      limit: t.limit, diastolic: t.diastolic, urgency: t.definition.urgency, role: t.definition.role, source: t.definition.source, override: t.override,
    })),
    readings: readings.map((r) => ({ id: r.id, kind: r.kind, name: (OBSERVATION_KINDS as Record<string, ObservationKind>)[r.kind]?.name ?? r.kind, value: Number(r.value), unit: r.unit, observedOn: day(r.observed_on), source: r.source })),
    alerts: alerts.map((a) => ({ id: a.id, thresholdId: a.threshold_id, urgency: a.urgency, detail: a.detail, reference: a.consultation_reference, raisedAt: new Date(a.raised_at).toISOString() })),
    requests: requests.map((r) => ({ id: r.id, registerId: r.register_id, kinds: r.kinds, createdAt: new Date(r.created_at).toISOString(), expiresAt: new Date(r.expires_at).toISOString() })),
  };
}

/** Sets (or, with `body` null, removes) this patient's own figure for a threshold. */
export async function setPatientThreshold(db: Db, actor: Actor, patientId: string, thresholdId: string, body: OverrideBody | null, now: Date, requestId: string) {
  const patient = await reachPatient(db, actor, patientId, requestId, 'phm_monitoring_threshold');
  const t = thresholdById.get(thresholdId);
  if (!t) throw new NotFound('threshold', '/params/thresholdId');
  await db.transaction().execute(async (trx) => {
    const where = { network_id: actor.networkId, patient_id: patient.id, threshold_id: t.id };
    await trx.deleteFrom('phm_monitoring_threshold').where('network_id', '=', where.network_id).where('patient_id', '=', where.patient_id).where('threshold_id', '=', where.threshold_id).execute();
    if (body) {
      await trx.insertInto('phm_monitoring_threshold').values({
        ...where, limit_value: body.limit, diastolic: t.kind === 'blood-pressure' ? body.diastolic ?? t.diastolic ?? null : null, reason: body.reason.trim(), set_by_staff_id: actor.staffId, set_at: now,
      }).execute();
    }
    await recordAudit(trx, actor, { patientId: patient.id, action: 'update', entity: 'phm_monitoring_threshold', purpose: body ? `own threshold ${t.id}: ${body.limit}` : `threshold ${t.id} back to default`, requestId });
  });
  return monitoringView(db, actor, patient.id, now, requestId, { audited: true });
}
