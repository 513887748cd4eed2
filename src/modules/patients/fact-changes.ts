import type { Executor } from '../../db/database.ts';

// Patients whose date of birth or postcode changed (0035_patient_fact_changes.sql): a row trigger on
// patient adds a mark per change; a reader takes the marks it sees and, once it has acted on them,
// deletes exactly those, so a change committed meanwhile stays for next time.

/** Patients of a network whose date of birth or postcode changed (distinct), and the ids of the marks read. */
export async function findChangedPatients(db: Executor, p: { networkId: string }): Promise<{ patientIds: string[]; marks: number[] }> {
  const rows = await db.selectFrom('patient_fact_change').select(['id', 'patient_id']).where('network_id', '=', p.networkId).execute();
  return { patientIds: [...new Set(rows.map((r) => r.patient_id))], marks: rows.map((r) => Number(r.id)) };
}

/** Deletes marks read (ids from findChangedPatients' `marks`), after the caller has acted on them. */
export async function forgetChangedPatients(db: Executor, p: { networkId: string; marks: number[] }): Promise<void> {
  // In chunks, so a long list stays within a statement's parameter limit.
  for (let i = 0; i < p.marks.length; i += 10_000) {
    await db.deleteFrom('patient_fact_change').where('network_id', '=', p.networkId).where('id', 'in', p.marks.slice(i, i + 10_000)).execute();
  }
}
