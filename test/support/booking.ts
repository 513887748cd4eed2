import type { Db } from '../../src/db/database.ts';
import type { BookingChannel } from '../../src/modules/booking/index.ts';
import { newId } from '../../src/platform/ids.ts';

// Test-only builders for the appointment book: slots straight into the table, so a test says exactly
// which slots exist without going through a rota.

export interface SlotSpec {
  networkId: string;
  staffId: string;
  organisationId: string;
  siteId: string;
  serviceId: string;
  role?: string;
  start: Date;
  count?: number;
  minutes?: number;
  channels?: BookingChannel[];
  opensAt?: Date;
  status?: 'free' | 'booked' | 'blocked';
}

export async function makeSlots(db: Db, s: SlotSpec): Promise<string[]> {
  const minutes = s.minutes ?? 10;
  const rows = Array.from({ length: s.count ?? 1 }, (_, i) => {
    const startAt = new Date(s.start.getTime() + i * minutes * 60_000);
    return {
      network_id: s.networkId, id: newId(), staff_id: s.staffId, organisation_id: s.organisationId, site_id: s.siteId, service_id: s.serviceId,
      role: s.role ?? 'gp', mode: 'face-to-face' as const, national_category: 'General Consultation Routine', start_at: startAt,
      end_at: new Date(startAt.getTime() + minutes * 60_000), channels: s.channels ?? ['own-practice'], opens_at: s.opensAt ?? new Date(0), status: s.status ?? 'free',
    };
  });
  await db.insertInto('slot').values(rows).execute();
  return rows.map((r) => r.id);
}

/** Monday 1 June 2026, 08:00 in London (07:00 UTC): "now" in the booking tests. */
export const NOW = new Date('2026-06-01T07:00:00Z');
export const at = (iso: string) => new Date(iso);

/**
 * Signs in at the real time, then puts the test clock back. Sessions are created with the app clock but
 * checked against the wall clock (identity's authenticate()), so a session made at a fixed past "now" is already expired.
 */
export async function signIn(t: { as: (s: { email: string; password: string }, org?: string) => Promise<any>; clock: { now: () => Date } }, staff: { email: string; password: string }, organisationId?: string) {
  const fixed = t.clock.now;
  t.clock.now = () => new Date();
  try {
    return await t.as(staff, organisationId);
  } finally {
    t.clock.now = fixed;
  }
}

/**
 * An appointment written straight into the table for a slot made by makeSlots (its times, place,
 * person and role copied from the slot, the patient's practice from the register); the slot is marked
 * booked unless the appointment is cancelled. For tests that need history (attended, DNA, booked
 * weeks ago) that the booking routes cannot make today.
 */
export async function makeAppointment(db: Db, p: {
  slotId: string; patientId: string; status?: 'booked' | 'arrived' | 'attended' | 'dna' | 'cancelled'; bookedAt?: Date; channel?: BookingChannel; bookerOrganisationId?: string;
}): Promise<string> {
  const slot = await db.selectFrom('slot').selectAll().where('id', '=', p.slotId).executeTakeFirstOrThrow();
  const patient = await db.selectFrom('patient').select('practice_id').where('network_id', '=', slot.network_id).where('id', '=', p.patientId).executeTakeFirstOrThrow();
  const id = newId();
  const status = p.status ?? 'booked';
  const bookedAt = p.bookedAt ?? new Date(slot.start_at.getTime() - 86_400_000);
  await db.insertInto('appointment').values({
    network_id: slot.network_id, id, slot_id: slot.id, patient_id: p.patientId, status, start_at: slot.start_at, end_at: slot.end_at,
    provider_organisation_id: slot.organisation_id, site_id: slot.site_id, staff_id: slot.staff_id, service_id: slot.service_id, role: slot.role, mode: slot.mode,
    national_category: slot.national_category, channel: p.channel ?? 'own-practice', booker_organisation_id: p.bookerOrganisationId ?? slot.organisation_id,
    patient_practice_id: patient.practice_id, booked_at: bookedAt, cancelled_at: status === 'cancelled' ? bookedAt : null,
  }).execute();
  if (status !== 'cancelled' && slot.status !== 'booked') await db.updateTable('slot').set({ status: 'booked' }).where('id', '=', slot.id).execute();
  return id;
}
