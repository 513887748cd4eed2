import type { BookingChannel, SlotBlockTable } from './tables.ts';
import type { Selectable } from 'kysely';
import { bookingLeadBand, daysBookedAhead } from './gpad.ts';
import type { findHistory } from './queries/appointments.ts';
import type { TemplateWithStaff } from './queries/rota.ts';
import type { FoundSlot } from './queries/slots.ts';
import type { AppointmentWithNames, NetworkNames } from './names.ts';
import type { BlockView, RotaTemplateView } from './rota-schema.ts';
import type { AppointmentView, SlotView } from './schema.ts';
import { cursorFor } from '../../platform/pagination.ts';

// Database rows → wire views. Instants go out as ISO strings so a replayed idempotent response is identical.

// Columns come back as Dates (db/timestamptz.ts); a string (a view built from a replayed answer) is read first.
const iso = (d: Date | string) => (d instanceof Date ? d : new Date(d)).toISOString();
const minutesBetween = (a: Date, b: Date) => Math.round((new Date(b).getTime() - new Date(a).getTime()) / 60000);

export function toSlotView(s: FoundSlot, channel: BookingChannel, names: NetworkNames): SlotView {
  const organisation = names.organisation.get(s.organisation_id);
  const site = names.site.get(s.site_id);
  return {
    id: s.id, startAt: iso(s.start_at), endAt: iso(s.end_at), durationMinutes: minutesBetween(s.start_at, s.end_at), mode: s.mode, role: s.role,
    service: { id: s.service_id, name: names.service.get(s.service_id)?.name ?? '' }, site: { id: s.site_id, name: site?.name ?? '', postcode: site?.postcode ?? null },
    organisation: { id: s.organisation_id, name: organisation?.name ?? '', kind: organisation?.kind ?? 'practice' }, practitioner: { id: s.staff_id, name: names.staff.get(s.staff_id) ?? '' },
    nationalCategory: s.national_category, channel,
  };
}

type HistoryRow = Awaited<ReturnType<typeof findHistory>>[number];

export function toAppointmentView(a: AppointmentWithNames, history?: HistoryRow[]): AppointmentView {
  const days = daysBookedAhead(new Date(a.booked_at), new Date(a.start_at));
  return {
    id: a.id, slotId: a.slot_id, patientId: a.patient_id, status: a.status, startAt: iso(a.start_at), endAt: iso(a.end_at), durationMinutes: minutesBetween(a.start_at, a.end_at),
    mode: a.mode, role: a.role, nationalCategory: a.national_category, reason: a.reason,
    organisation: { id: a.provider_organisation_id, name: a.organisation_name }, site: { id: a.site_id, name: a.site_name },
    service: { id: a.service_id, name: a.service_name }, practitioner: { id: a.staff_id, name: a.staff_name },
    channel: a.channel, bookerOrganisation: { id: a.booker_organisation_id, name: a.booker_organisation_name }, patientPracticeId: a.patient_practice_id,
    bookedByStaffId: a.booked_by_staff_id, bookedByTokenId: a.booked_by_token_id, bookedAt: iso(a.booked_at),
    daysBookedAhead: days, timeBetweenBookAndAppt: bookingLeadBand(days),
    cancelledAt: a.cancelled_at ? iso(a.cancelled_at) : null, cancelledBy: a.cancelled_by, cancelReason: a.cancel_reason,
    rebookedFromId: a.rebooked_from_id, sourceConsultationId: a.source_consultation_id,
    ...(history ? { history: historyView(a, history) } : {}),
  };
}

/**
 * An appointment's history as shown: its booking, then every change. A booking by staff or a system is
 * recorded once, on the appointment row (who, when, moved from which appointment), and written to the
 * status history only when it says more than the row can: the patient's own online booking, with how
 * (online, or a waitlist offer accepted). Databases from before keep a first row for every booking.
 */
function historyView(a: AppointmentWithNames, rows: HistoryRow[]): AppointmentView['history'] {
  const changes = rows.map((h) => ({ from: h.from_status, to: h.to_status, at: iso(h.at), byStaffId: h.by_staff_id, byTokenId: h.by_token_id, reason: h.reason }));
  if (rows[0]?.from_status === null) return changes;
  const booking = { from: null, to: 'booked' as const, at: iso(a.booked_at), byStaffId: a.booked_by_staff_id, byTokenId: a.booked_by_token_id, reason: a.rebooked_from_id ? 'rebooked' : null };
  return [booking, ...changes];
}

export function toTemplateView(t: TemplateWithStaff): RotaTemplateView {
  return {
    id: t.id, staffId: t.staff_id, staffName: t.staff_name, organisationId: t.organisation_id, role: t.role, name: t.name, siteId: t.site_id, serviceId: t.service_id,
    weekday: t.weekday, startTime: t.start_time.slice(0, 5), endTime: t.end_time.slice(0, 5), slotMinutes: t.slot_minutes, mode: t.mode, nationalCategory: t.national_category,
    channels: t.channels, networkShare: t.network_share, embargoHours: t.embargo_hours, validFrom: t.valid_from, validTo: t.valid_to, active: t.active,
  };
}

export function toBlockView(b: Selectable<SlotBlockTable>): BlockView {
  return { id: b.id, staffId: b.staff_id, siteId: b.site_id, startsAt: iso(b.starts_at), endsAt: iso(b.ends_at), reason: b.reason, createdAt: iso(b.created_at) };
}

/** Slots and appointments are listed by (start, id): the key their cursors carry. */
export const startCursor = cursorFor('start-id', ['instant', 'uuid']);
