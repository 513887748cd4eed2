-- The waitlist's search for a freed slot asks, for each free slot it walks, whether a cancelled
-- appointment held it. Cancelled appointments are outside appointment_one_active_per_slot, so PostgreSQL
-- read the whole appointment table for them on every waiting entry: 1.1 s per entry at pcn scale (151k
-- appointments), about 9 s of a backend's CPU each minute with 30 people waiting. Partial on cancelled
-- appointments: a booking writes nothing here, a cancellation one entry.
create index appointment_cancelled_by_slot on appointment (network_id, slot_id) where status = 'cancelled';
