/** The shared appointment book: rota templates, slots, search across the network, booking and its history. */
export { bookingRoutes } from './routes.ts';
export { generateSlots } from './generate.ts';
export { bookAppointment, bookInTransaction } from './book.ts';
export { searchSlots } from './search.ts';
export { appointmentsAround } from './appointments-around.ts';
export { NATIONAL_CATEGORIES, BOOKING_LEAD_BANDS, bookingLeadBand, daysBookedAhead } from './gpad.ts';
export type { NationalCategory, BookingLeadBand } from './gpad.ts';
export { BOOKING_CHANNELS, bookingChannelFor } from './channels.ts';
export { effectiveDailyLimit } from './quota.ts';
export { expandTemplate, channelsForSlot, londonDay } from './slot-generation.ts';
export type { BlockedPeriod, GeneratedSlot, TemplateForExpansion } from './slot-generation.ts';
export type { AppointmentView, SlotView } from './schema.ts';
/** Row sources and lists for the analytics module's rollup and its patient-level DNA list. */
export { slotFactsSql, appointmentFactsSql, findRepeatedDnas, findAppointmentParties, appointmentFeedbackSql } from './analytics-queries.ts';
/** The London days whose slots or appointments changed since they were last forgotten (the dashboard's refresh rebuilds those). */
export { findChangedDays, forgetChangedDays, findAppointmentDaysOfPatients } from './changed-days.ts';
/** Patients with repeated did-not-attends, as a subquery for population health's cohort filter. */
export { patientsWithDnasSql } from './cohort-queries.ts';
/** The patient's side (through a link in a message): their appointment, cancel, book online, waitlist offers. */
export {
  appointmentOfPatient, cancelByPatient, findOnlineSlots, bookForPatient, findBookedAppointmentsStarting, findAppointmentsBookedSince, findAttendedBetween, describeSlot, findAppointmentStatuses,
  patientLinkActor, NotThisPatients,
} from './patient-self-service.ts';
export type { PatientRef } from './patient-self-service.ts';
export { offerFreedSlots, findOffer, acceptOffer, declineOffer, OfferGone } from './waitlist.ts';
export type { MadeOffer } from './waitlist.ts';
/** "Use it or lose it" release and the fill rate per hub session (read by analytics). */
export { releaseUnbookedSlots, hubSessionFillRates, DEFAULT_RELEASE_HOURS } from './release.ts';
export type { HubSessionFill } from './release.ts';

import type { CommonsModule } from '../../platform/module.ts';
import { bookingRoutes } from './routes.ts';
import { appointmentRelationship } from './access.ts';

export const bookingModule: CommonsModule = {
  name: 'booking',
  tables: ['rota_template', 'booking_quota', 'slot_block', 'slot', 'appointment', 'appointment_status_history', 'waitlist_entry', 'waitlist_offer', 'slot_release_rule', 'slot_release',
    'booking_changed_day'],
  routes: { prefix: 'booking', plugin: bookingRoutes },
  patientRelationships: [appointmentRelationship],
};
export type { BookingTables } from './tables.ts';
export type { AppointmentMode, AppointmentStatus, BookingChannel } from './tables.ts';
