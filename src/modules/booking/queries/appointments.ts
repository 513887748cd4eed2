import { sql, type Insertable, type Updateable } from 'kysely';
import type { Executor } from '../../../db/database.ts';
import type { AppointmentStatusHistoryTable, AppointmentTable, BookingChannel } from '../tables.ts';
import { isUniqueViolation } from '../../../platform/problems.ts';
import { SlotTaken } from '../errors.ts';
import { activeBookingsOnDay } from './slots.ts';
import { patientSummaries } from '../../patients/index.ts';
import { byCodePoint } from '../../../platform/reference-cache.ts';
import { nameAppointments, networkNames } from '../names.ts';

/** Inserts an appointment; the one-active-appointment-per-slot index is the real guard against double booking. */
export async function insertAppointment(db: Executor, row: Insertable<AppointmentTable>) {
  try {
    await db.insertInto('appointment').values(row).execute();
  } catch (e) {
    if (isUniqueViolation(e, 'appointment_one_active_per_slot')) throw new SlotTaken(row.slot_id);
    throw e;
  }
}

export async function insertStatusHistory(db: Executor, row: Insertable<AppointmentStatusHistoryTable>) {
  await db.insertInto('appointment_status_history').values(row).execute();
}

export async function updateAppointment(db: Executor, p: { networkId: string; id: string; set: Updateable<AppointmentTable> }) {
  await db.updateTable('appointment').set(p.set).where('network_id', '=', p.networkId).where('id', '=', p.id).execute();
}

/** Takes a transaction-scoped lock on one provider/channel/day so concurrent bookings cannot overshoot its quota. */
export async function lockQuotaDay(db: Executor, p: { providerId: string; channel: BookingChannel; day: string }) {
  await sql`select pg_advisory_xact_lock(hashtext(${`${p.providerId}|${p.channel}|${p.day}`}))`.execute(db);
}

export async function countBookingsOnDay(db: Executor, p: { networkId: string; providerId: string; channel: BookingChannel; at: Date }) {
  const row = await db.selectNoFrom((eb) => activeBookingsOnDay(eb, { networkId: p.networkId, providerId: p.providerId, channel: p.channel, at: sql`${p.at}::timestamptz` }).as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** One appointment with the names it is shown with (from memory: names.ts). */
export async function findAppointment(db: Executor, p: { networkId: string; id: string }) {
  const row = await db.selectFrom('appointment').selectAll().where('network_id', '=', p.networkId).where('id', '=', p.id).executeTakeFirst();
  return row && (await nameAppointments(db, p.networkId, [row]))[0];
}

/** Locks the appointment row, so two receptionists changing it at once act one after the other. */
export function findAppointmentForUpdate(db: Executor, p: { networkId: string; id: string }) {
  return db.selectFrom('appointment').selectAll().where('network_id', '=', p.networkId).where('id', '=', p.id).forUpdate().executeTakeFirst();
}

/** A patient's appointments, newest first. */
export async function findPatientAppointments(db: Executor, p: { networkId: string; patientId: string; before?: readonly [Date, string]; limit: number }) {
  let q = db.selectFrom('appointment as a').selectAll('a').where('a.network_id', '=', p.networkId).where('a.patient_id', '=', p.patientId);
  if (p.before) {
    const b = p.before;
    q = q.where((eb) => eb(eb.refTuple('a.start_at', 'a.id'), '<', eb.tuple(b[0], b[1])));
  }
  return nameAppointments(db, p.networkId, await q.orderBy('a.start_at', 'desc').orderBy('a.id', 'desc').limit(p.limit).execute());
}

export function findHistory(db: Executor, p: { networkId: string; appointmentId: string }) {
  return db.selectFrom('appointment_status_history').selectAll().where('network_id', '=', p.networkId).where('appointment_id', '=', p.appointmentId).orderBy('at').orderBy('id').execute();
}

/**
 * Every slot of a day at a site or for a person, with its standing appointment and that patient, if any:
 * one statement (the patient's columns through the patients module's patientSummaries), with the site,
 * practitioner, service and practice names from memory. In time order, then by practitioner's name.
 */
export async function findDayList(db: Executor, p: { networkId: string; from: Date; to: Date; siteId?: string; staffId?: string }) {
  let q = db.selectFrom('slot')
    .leftJoin('appointment as a', (j) => j.onRef('a.network_id', '=', 'slot.network_id').onRef('a.slot_id', '=', 'slot.id').on('a.status', '<>', 'cancelled'))
    .leftJoin(patientSummaries(db).as('p'), (j) => j.onRef('p.network_id', '=', 'a.network_id').onRef('p.id', '=', 'a.patient_id'))
    .select(['slot.id as slot_id', 'slot.start_at', 'slot.end_at', 'slot.status as slot_status', 'slot.mode', 'slot.role', 'slot.site_id', 'slot.staff_id', 'slot.service_id',
      'a.id as appointment_id', 'a.status as appointment_status', 'a.mode as appointment_mode', 'a.reason', 'a.channel', 'a.patient_id',
      'p.given_name', 'p.family_name', 'p.nhs_number', 'p.date_of_birth', 'p.practice_id'])
    .where('slot.network_id', '=', p.networkId).where('slot.start_at', '>=', p.from).where('slot.start_at', '<', p.to);
  if (p.siteId) q = q.where('slot.site_id', '=', p.siteId);
  if (p.staffId) q = q.where('slot.staff_id', '=', p.staffId);
  const rows = await q.orderBy('slot.start_at').orderBy('slot.id').execute();
  const names = await networkNames(db, p.networkId, {
    organisations: rows.map((r) => r.practice_id), sites: rows.map((r) => r.site_id), services: rows.map((r) => r.service_id), staff: rows.map((r) => r.staff_id),
  });
  const named = rows.map((r) => ({
    ...r, site_name: names.site.get(r.site_id)?.name ?? '', staff_name: names.staff.get(r.staff_id) ?? '', service_name: names.service.get(r.service_id)?.name ?? '',
    practice_name: r.practice_id ? names.organisation.get(r.practice_id)?.name ?? null : null,
  }));
  // Stable: slots at the same time by practitioner's name, then by id as the statement gave them.
  return named.sort((x, y) => x.start_at.getTime() - y.start_at.getTime() || byCodePoint(x.staff_name, y.staff_name));
}
