/** The shared appointment book: rota templates, slots, search across the network, booking and its history. */
export { bookingRoutes } from './routes.ts';
export { generateSlots } from './generate.ts';
export { bookAppointment, bookInTransaction } from './book.ts';
export { searchSlots } from './search.ts';
export { NATIONAL_CATEGORIES, BOOKING_LEAD_BANDS, bookingLeadBand, daysBookedAhead } from './gpad.ts';
export type { NationalCategory, BookingLeadBand } from './gpad.ts';
export { BOOKING_CHANNELS, bookingChannelFor } from './channels.ts';
export { effectiveDailyLimit } from './quota.ts';
export { expandTemplate, channelsForSlot, londonDay } from './slot-generation.ts';
export type { BlockedPeriod, GeneratedSlot, TemplateForExpansion } from './slot-generation.ts';
export type { AppointmentView, SlotView } from './schema.ts';
/** Row sources and lists for the analytics module's rollup and its patient-level DNA list. */
export { slotFactsSql, appointmentFactsSql, findRepeatedDnas, findAppointmentParties } from './analytics-queries.ts';

import type { CommonsModule } from '../../platform/module.ts';
import { bookingRoutes } from './routes.ts';
import { appointmentRelationship } from './access.ts';

export const bookingModule: CommonsModule = {
  name: 'booking',
  tables: ['rota_template', 'booking_quota', 'slot_block', 'slot', 'appointment', 'appointment_status_history'],
  routes: { prefix: 'booking', plugin: bookingRoutes },
  patientRelationships: [appointmentRelationship],
};
export type { BookingTables } from './tables.ts';
export type { AppointmentMode, BookingChannel } from './tables.ts';
