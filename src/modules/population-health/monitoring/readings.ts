import type { Executor } from '../../../db/database.ts';
import type { Actor } from '../../../platform/actor.ts';
import { newId } from '../../../platform/ids.ts';
import { Invalid } from '../../../platform/problems.ts';
import { raiseMonitoringAlert } from '../../consultations/index.ts';
import { OBSERVATION_KINDS, type ObservationKind } from '../observation-kinds.ts';
import { recomputeSummaries } from '../recompute.ts';
import { londonToday, observationRows } from '../records.ts';
import { registerById } from '../registers.ts';
import type { ObservationBody } from '../schema.ts';
import { crossing, type Reading } from './evaluate.ts';
import { thresholdsInForce } from './thresholds-in-force.ts';
import type { AlertUrgency, MonitoredKind } from './thresholds.ts';

// The patient's side of remote monitoring, behind the link in their message (messaging's patient pages
// call these): what to measure, and sending readings. A batch of readings is checked whole before anything
// is written (an impossible value names its field and nothing is kept), then written as observations
// (source 'home') with the patient's summary, and checked against the thresholds in force; a crossing puts
// a request in the consultations queue, unless the same threshold raised one a moment ago.

export interface HomeReading { kind: MonitoredKind; value: number; diastolic?: number; takenOn: string }

/** How far back a reading may be dated: a diary of the last month, not old history. */
const OLDEST_DAYS = 31;
/** A threshold raises again only after this long (an urgent one sooner: it may be a new episode). */
const QUIET_HOURS: Record<AlertUrgency, number> = { urgent: 12, routine: 7 * 24 };

/** A date column as YYYY-MM-DD (PostgreSQL's driver gives a Date, PGlite a string). */
const dayOf = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));
const KIND_UNIT = (k: MonitoredKind): ObservationKind => (k === 'blood-pressure' ? OBSERVATION_KINDS['bp-systolic'] : OBSERVATION_KINDS[k]);
const KIND_NAME: Record<MonitoredKind, string> = { 'blood-pressure': 'Blood pressure', pulse: 'Pulse', spo2: 'Oxygen level (SpO2)', weight: 'Weight', 'peak-flow': 'Peak flow', 'blood-glucose': 'Blood glucose' };

async function requestOf(db: Executor, p: { networkId: string; requestId: string; patientId: string }) {
  return db.selectFrom('phm_monitoring_request').selectAll().where('network_id', '=', p.networkId).where('id', '=', p.requestId).where('patient_id', '=', p.patientId).executeTakeFirst();
}

/** What a monitoring link's page asks for (null: not this patient's request). */
export async function monitoringRequestForLink(db: Executor, p: { networkId: string; requestId: string; patientId: string }) {
  const r = await requestOf(db, p);
  if (!r) return null;
  const sent = await db.selectFrom('phm_observation').select((eb) => eb.fn.countAll<number>().as('n')).where('network_id', '=', p.networkId).where('patient_id', '=', p.patientId)
    .where('source', '=', 'home').where('recorded_at', '>=', r.created_at).where('kind', '!=', 'bp-diastolic').executeTakeFirstOrThrow();
  return {
    register: registerById.get(r.register_id)?.name ?? r.register_id,
    kinds: (r.kinds as MonitoredKind[]).map((k) => {
      const u = KIND_UNIT(k);
      return { id: k, name: KIND_NAME[k], unit: u.unit ?? '', min: u.min ?? 0, max: u.max ?? 0, diastolic: k === 'blood-pressure' ? { min: OBSERVATION_KINDS['bp-diastolic'].min, max: OBSERVATION_KINDS['bp-diastolic'].max } : null };
    }),
    readingsSent: Number(sent.n),
  };
}

/** Checks every reading first (names the field of the first impossible one), then writes them all, then raises what crosses a threshold. */
export async function submitHomeReadings(trx: Executor, actor: Actor, p: { networkId: string; requestId: string; patientId: string; practiceId: string; readings: HomeReading[]; now: Date }) {
  const request = await requestOf(trx, p);
  if (!request) throw new Invalid('population-health/not-this-request', 'This link is not for sending readings.', '/params/token');
  const today = londonToday(p.now);
  const oldest = new Date(Date.parse(`${today}T00:00:00Z`) - OLDEST_DAYS * 86_400_000).toISOString().slice(0, 10);
  const rows = p.readings.flatMap((r, i) => {
    const at = `/body/readings/${i}`;
    if (!(request.kinds as string[]).includes(r.kind)) throw new Invalid('population-health/not-asked', `${KIND_NAME[r.kind]} is not one of the readings your practice asked for.`, `${at}/kind`);
    if (r.takenOn > today) throw new Invalid('population-health/future-date', 'This date is in the future.', `${at}/takenOn`);
    if (r.takenOn < oldest) throw new Invalid('population-health/reading-too-old', `Send readings from the last ${OLDEST_DAYS} days only.`, `${at}/takenOn`);
    return observationRows({ kind: r.kind, value: r.value, ...(r.diastolic !== undefined ? { diastolic: r.diastolic } : {}), observedOn: r.takenOn } as ObservationBody, today, at)
      .map((o) => ({ ...o, on: r.takenOn }));
  });
  await trx.insertInto('phm_observation').values(rows.map((o) => ({
    network_id: p.networkId, id: newId(), patient_id: p.patientId, kind: o.kind, code: o.code, value: o.value, unit: o.unit, observed_on: o.on, source: 'home' as const, recorded_at: p.now,
  }))).execute();
  await recomputeSummaries(trx, { networkId: p.networkId, today, patientIds: [p.patientId], now: p.now });

  const fresh: Reading[] = rows.map((o) => ({ kind: o.kind, on: o.on, value: o.value! }));
  const since = new Date(Date.parse(`${today}T00:00:00Z`) - 14 * 86_400_000).toISOString().slice(0, 10);
  const recent: Reading[] = (await trx.selectFrom('phm_observation').select(['kind', 'observed_on', 'value']).where('network_id', '=', p.networkId).where('patient_id', '=', p.patientId)
    .where('source', '=', 'home').where('observed_on', '>=', since).execute())
    .map((r) => ({ kind: r.kind, on: dayOf(r.observed_on), value: Number(r.value) }));
  const alerts: { thresholdId: string; urgency: AlertUrgency; advice: string; reference: string | null }[] = [];
  for (const t of await thresholdsInForce(trx, { networkId: p.networkId, patientId: p.patientId, alsoRegister: request.register_id })) {
    if (t.limit === null) continue;
    const hit = crossing(t.definition, t.limit, t.diastolic, fresh, recent, today);
    if (!hit) continue;
    const d = t.definition;
    const quiet = new Date(p.now.getTime() - QUIET_HOURS[d.urgency] * 3_600_000);
    const earlier = await trx.selectFrom('phm_monitoring_alert').select('consultation_reference').where('network_id', '=', p.networkId).where('patient_id', '=', p.patientId)
      .where('threshold_id', '=', d.id).where('raised_at', '>', quiet).executeTakeFirst();
    if (earlier) {
      alerts.push({ thresholdId: d.id, urgency: d.urgency, advice: d.advice, reference: earlier.consultation_reference });
      continue;
    }
    const description = `Home readings (${registerById.get(request.register_id)?.name ?? request.register_id} monitoring): ${d.name.toLowerCase()}: ${hit.detail}.`;
    const raised = await raiseMonitoringAlert(trx, actor, {
      networkId: p.networkId, patientId: p.patientId, practiceId: p.practiceId, urgency: d.urgency, role: d.role, description, thresholdId: d.id, rationale: `${d.name}. Source: ${d.source}`, now: p.now,
    });
    await trx.insertInto('phm_monitoring_alert').values({
      network_id: p.networkId, id: newId(), patient_id: p.patientId, threshold_id: d.id, urgency: d.urgency, consultation_id: raised.id, consultation_reference: raised.reference, detail: hit.detail, raised_at: p.now,
    }).execute();
    alerts.push({ thresholdId: d.id, urgency: d.urgency, advice: d.advice, reference: raised.reference });
  }
  return { saved: p.readings.length, alerts };
}
