-- Issue 8, booking speed at city scale: a booking's slot update (never HOT: status is in the free-slot
-- indexes' predicates) and its appointment insert each add an entry to every index of those tables.
-- At city scale those indexes are large and a booking lands on a random leaf of each, so after every
-- checkpoint most of those leaves cost a full-page image in the WAL (pg_waldump of 400 bookings at
-- city scale after a checkpoint: about 0.66 full-page image per booking each from the two below, 3.8
-- in all). Neither serves a query:
--   slot_by_template (network_id, template_id, start_at): only withdrawing a deactivated template's
--   future slots read it, and a template's slots are its practitioner's, so that delete now reads the
--   unique (network_id, staff_id, start_at) index instead (queries/slots.ts, deleteUnusedFutureSlots);
--   appointment_by_staff_day (network_id, staff_id, start_at): a practitioner's day list reads their
--   slots (the same unique index) and joins each slot's appointment by slot; nothing looks
--   appointments up by practitioner and time.
drop index if exists slot_by_template;
drop index if exists appointment_by_staff_day;
