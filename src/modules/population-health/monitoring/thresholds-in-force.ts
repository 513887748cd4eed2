import type { Executor } from '../../../db/database.ts';
import { THRESHOLDS, type ThresholdDefinition } from './thresholds.ts';

// The thresholds that apply to one patient: those of the registers they are on (and of the register
// they are monitored for), each with the patient's own figure when a clinician has set one.

export interface ThresholdInForce {
  definition: ThresholdDefinition;
  limit: number | null;
  diastolic: number | null;
  override: { reason: string; setBy: string | null; setAt: string } | null;
}

export async function thresholdsInForce(db: Executor, p: { networkId: string; patientId: string; alsoRegister?: string }): Promise<ThresholdInForce[]> {
  const [summary, overrides] = await Promise.all([
    db.selectFrom('phm_patient_summary').select('registers').where('network_id', '=', p.networkId).where('patient_id', '=', p.patientId).executeTakeFirst(),
    db.selectFrom('phm_monitoring_threshold').selectAll().where('network_id', '=', p.networkId).where('patient_id', '=', p.patientId).execute(),
  ]);
  const registers = new Set([...(summary?.registers ?? []), ...(p.alsoRegister ? [p.alsoRegister] : [])]);
  const own = new Map(overrides.map((o) => [o.threshold_id, o]));
  return THRESHOLDS.filter((t) => t.registers.some((r) => registers.has(r)) || own.has(t.id)).map((t) => {
    const o = own.get(t.id);
    return {
      definition: t,
      limit: o ? Number(o.limit_value) : t.limit,
      diastolic: o ? (o.diastolic === null ? null : Number(o.diastolic)) : t.diastolic ?? null,
      override: o ? { reason: o.reason, setBy: o.set_by_staff_id, setAt: new Date(o.set_at).toISOString() } : null,
    };
  });
}
