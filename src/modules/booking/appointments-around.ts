import type { Executor } from '../../db/database.ts';

/**
 * For each (patient, instant): how many appointments with a role (not cancelled) the patient had in
 * the `months` before and after that instant. One query for everyone; used by social prescribing's
 * outcomes (GP appointments in the 6 months before and after a referral).
 */
export async function appointmentsAround(db: Executor, p: { networkId: string; role: string; months: number; people: { key: string; patientId: string; at: Date }[] }) {
  const out = new Map<string, { before: number; after: number }>();
  for (const person of p.people) out.set(person.key, { before: 0, after: 0 });
  if (p.people.length === 0) return out;
  const span = (d: Date, months: number) => { const x = new Date(d); x.setUTCMonth(x.getUTCMonth() + months); return x; };
  const times = p.people.map((x) => x.at.getTime());
  const rows = await db.selectFrom('appointment').select(['patient_id', 'start_at'])
    .where('network_id', '=', p.networkId).where('patient_id', 'in', [...new Set(p.people.map((x) => x.patientId))])
    .where('role', '=', p.role).where('status', '<>', 'cancelled')
    .where('start_at', '>=', span(new Date(Math.min(...times)), -p.months)).where('start_at', '<', span(new Date(Math.max(...times)), p.months))
    .execute();
  const byPatient = new Map<string, Date[]>();
  for (const r of rows) byPatient.set(r.patient_id, [...(byPatient.get(r.patient_id) ?? []), new Date(r.start_at)]);
  for (const person of p.people) {
    const starts = byPatient.get(person.patientId) ?? [];
    const from = span(person.at, -p.months);
    const to = span(person.at, p.months);
    out.set(person.key, {
      before: starts.filter((s) => s >= from && s < person.at).length,
      after: starts.filter((s) => s >= person.at && s < to).length,
    });
  }
  return out;
}
