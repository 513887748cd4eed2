import { sql, type Insertable, type Updateable } from 'kysely';
import type { Executor } from '../../../db/database.ts';
import type { AppointmentStatusHistoryTable, AppointmentTable, BookingChannel } from '../tables.ts';
import { isUniqueViolation } from '../../../platform/problems.ts';
import { SlotTaken } from '../errors.ts';
import { activeBookingsOnDay } from './slots.ts';

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

function withNames(db: Executor) {
  return db.selectFrom('appointment as a')
    .innerJoin('organisation as o', (j) => j.onRef('o.network_id', '=', 'a.network_id').onRef('o.id', '=', 'a.provider_organisation_id'))
    .innerJoin('organisation as bo', (j) => j.onRef('bo.network_id', '=', 'a.network_id').onRef('bo.id', '=', 'a.booker_organisation_id'))
    .innerJoin('site', (j) => j.onRef('site.network_id', '=', 'a.network_id').onRef('site.id', '=', 'a.site_id'))
    .innerJoin('service', (j) => j.onRef('service.network_id', '=', 'a.network_id').onRef('service.id', '=', 'a.service_id'))
    .innerJoin('staff', (j) => j.onRef('staff.network_id', '=', 'a.network_id').onRef('staff.id', '=', 'a.staff_id'))
    .selectAll('a')
    .select(['o.name as organisation_name', 'bo.name as booker_organisation_name', 'site.name as site_name', 'service.name as service_name', 'staff.display_name as staff_name']);
}

export function findAppointment(db: Executor, p: { networkId: string; id: string }) {
  return withNames(db).where('a.network_id', '=', p.networkId).where('a.id', '=', p.id).executeTakeFirst();
}
export type AppointmentWithNames = NonNullable<Awaited<ReturnType<typeof findAppointment>>>;

/** Locks the appointment row, so two receptionists changing it at once act one after the other. */
export function findAppointmentForUpdate(db: Executor, p: { networkId: string; id: string }) {
  return db.selectFrom('appointment').selectAll().where('network_id', '=', p.networkId).where('id', '=', p.id).forUpdate().executeTakeFirst();
}

/** A patient's appointments, newest first. */
export function findPatientAppointments(db: Executor, p: { networkId: string; patientId: string; before?: readonly [Date, string]; limit: number }) {
  let q = withNames(db).where('a.network_id', '=', p.networkId).where('a.patient_id', '=', p.patientId);
  if (p.before) {
    const b = p.before;
    q = q.where((eb) => eb(eb.refTuple('a.start_at', 'a.id'), '<', eb.tuple(b[0], b[1])));
  }
  return q.orderBy('a.start_at', 'desc').orderBy('a.id', 'desc').limit(p.limit).execute();
}

export function findHistory(db: Executor, p: { networkId: string; appointmentId: string }) {
  return db.selectFrom('appointment_status_history').selectAll().where('network_id', '=', p.networkId).where('appointment_id', '=', p.appointmentId).orderBy('at').orderBy('id').execute();
}

/** Every slot of a day at a site or for a person, with its standing appointment and that patient, if any. */
export function findDayList(db: Executor, p: { networkId: string; from: Date; to: Date; siteId?: string; staffId?: string }) {
  let q = db.selectFrom('slot')
    .innerJoin('site', (j) => j.onRef('site.network_id', '=', 'slot.network_id').onRef('site.id', '=', 'slot.site_id'))
    .innerJoin('staff', (j) => j.onRef('staff.network_id', '=', 'slot.network_id').onRef('staff.id', '=', 'slot.staff_id'))
    .innerJoin('service', (j) => j.onRef('service.network_id', '=', 'slot.network_id').onRef('service.id', '=', 'slot.service_id'))
    .leftJoin('appointment as a', (j) => j.onRef('a.network_id', '=', 'slot.network_id').onRef('a.slot_id', '=', 'slot.id').on('a.status', '<>', 'cancelled'))
    .leftJoin('patient as p', (j) => j.onRef('p.network_id', '=', 'a.network_id').onRef('p.id', '=', 'a.patient_id'))
    .leftJoin('organisation as pp', (j) => j.onRef('pp.network_id', '=', 'p.network_id').onRef('pp.id', '=', 'p.practice_id'))
    .select(['slot.id as slot_id', 'slot.start_at', 'slot.end_at', 'slot.status as slot_status', 'slot.mode', 'slot.role', 'slot.site_id', 'site.name as site_name',
      'slot.staff_id', 'staff.display_name as staff_name', 'slot.service_id', 'service.name as service_name',
      'a.id as appointment_id', 'a.status as appointment_status', 'a.mode as appointment_mode', 'a.reason', 'a.channel', 'a.patient_id',
      'p.given_name', 'p.family_name', 'p.nhs_number', 'p.date_of_birth', 'p.practice_id', 'pp.name as practice_name'])
    .where('slot.network_id', '=', p.networkId).where('slot.start_at', '>=', p.from).where('slot.start_at', '<', p.to);
  if (p.siteId) q = q.where('slot.site_id', '=', p.siteId);
  if (p.staffId) q = q.where('slot.staff_id', '=', p.staffId);
  return q.orderBy('slot.start_at').orderBy('staff.display_name').orderBy('slot.id').execute();
}
