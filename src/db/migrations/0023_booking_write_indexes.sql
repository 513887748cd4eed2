-- Issue 8, booking speed: a booking moves its slot row to a new version (its status is in the free-slot
-- indexes' predicates, so the update cannot be HOT) and adds its appointment, and every index on those
-- tables takes an entry. Two of them served no query:
--   slot_by_staff_day (network_id, staff_id, start_at) repeats the unique constraint's own index on the
--   same columns, which the day list by practitioner and slot generation use;
--   appointment_by_site_day: the day list reads a site's day through slot_by_site_day and joins each
--   slot's appointment by slot, and nothing else looks appointments up by site and time.
drop index if exists slot_by_staff_day;
drop index if exists appointment_by_site_day;
