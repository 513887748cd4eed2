import { DateTime } from 'luxon';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../../platform/actor.ts';
import { ageOn, formatNhsNumber, reachablePatients } from '../patients/index.ts';
import { recordAuditMany } from '../identity/index.ts';
import { Invalid } from '../../platform/problems.ts';
import { findDayList } from './queries/appointments.ts';
import type { DayListEntry, DayListQuery } from './schema.ts';
import { LONDON } from '../../platform/calendar.ts';

/**
 * Every slot of one London day at a site or for a clinician, in time order, with its appointment.
 * Patient details appear only where the actor has a legitimate relationship with the patient;
 * otherwise the entry says whose patient it is. Each patient shown is audited.
 */
export async function getDayList(db: Db, actor: Actor, query: DayListQuery, now: Date, requestId?: string): Promise<{ items: DayListEntry[] }> {
  if (!query.siteId && !query.staffId) throw new Invalid('booking/day-list-needs-site-or-staff', 'Give a siteId or a staffId for the day list.', '/querystring/siteId');
  const day = DateTime.fromISO(query.date, { zone: LONDON }).startOf('day');
  const rows = await findDayList(db, { networkId: actor.networkId, from: day.toJSDate(), to: day.plus({ days: 1 }).toJSDate(), siteId: query.siteId, staffId: query.staffId });
  // One query for the whole day, however many patients it holds (it was one per patient).
  const visible = await reachablePatients(db, actor, rows.flatMap((r) => (r.patient_id ? [r.patient_id] : [])));
  await recordAuditMany(db, actor, [...visible], { action: 'read', entity: 'appointment', purpose: `day list ${query.date}`, requestId });
  const items = rows.map((r): DayListEntry => {
    const base = {
      slotId: r.slot_id, startAt: r.start_at.toISOString(), endAt: r.end_at.toISOString(), slotStatus: r.slot_status, mode: r.mode, role: r.role,
      site: { id: r.site_id, name: r.site_name }, practitioner: { id: r.staff_id, name: r.staff_name }, service: { id: r.service_id, name: r.service_name },
    };
    if (!r.appointment_id || !r.patient_id) return { ...base, appointment: null };
    const shown = visible.has(r.patient_id);
    const name = `${r.given_name} ${r.family_name}`;
    return {
      ...base,
      appointment: {
        id: r.appointment_id, status: r.appointment_status!, mode: r.appointment_mode!, reason: shown ? r.reason : null, channel: r.channel!,
        patientLabel: shown ? name : `Patient of ${r.practice_name}`,
        patient: shown ? { id: r.patient_id, name, nhsNumber: formatNhsNumber(r.nhs_number!), age: ageOn(r.date_of_birth!, now), dateOfBirth: r.date_of_birth! } : null,
      },
    };
  });
  return { items };
}
