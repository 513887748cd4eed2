-- Booking: a claim (a slot going from free to booked) marks its London day in the claiming statement
-- itself (booking/changed-days.ts, markChangedDaysOf, used by the one-statement booking and reschedule
-- and by the step-by-step claim), and the slot's update trigger from 0029 becomes a row trigger that
-- leaves claims to them. Every other update of a slot (freed, blocked, unblocked, moved, released) is
-- still marked by the database, whichever path wrote it.
--
-- Why: the statement trigger with transition tables (two tuple stores, a PL/pgSQL call, an insert from a
-- union) was the dearest part of a booking after the slot's own update. Measured on the pcn bench
-- network with 20 connections booking 19,445 slots, PostgreSQL CPU per claim-only statement: 0.32-0.33 ms
-- with that trigger, 0.30 ms with a row trigger, 0.27 ms with the mark written by the statement (the
-- same as with no mark at all). A WHEN condition is tested in the executor, so a claim calls nothing.
-- A bulk update now writes a mark per slot instead of one per day; the reader already takes them all
-- and keeps each day once (changed-days.ts).
drop trigger slot_changed_days_update on slot;

create function booking_mark_changed_day_of_slot() returns trigger language plpgsql as $$
begin
  insert into booking_changed_day (network_id, day) values (new.network_id, (new.start_at at time zone 'Europe/London')::date);
  if (old.start_at at time zone 'Europe/London')::date <> (new.start_at at time zone 'Europe/London')::date then
    insert into booking_changed_day (network_id, day) values (old.network_id, (old.start_at at time zone 'Europe/London')::date);
  end if;
  return null;
end $$;

create trigger slot_changed_day_update after update on slot for each row
  when (not (old.status = 'free' and new.status = 'booked' and old.start_at = new.start_at))
  execute function booking_mark_changed_day_of_slot();
