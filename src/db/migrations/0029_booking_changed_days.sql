-- Booking: the London days whose slots or appointments changed, for the dashboard's refresh to rebuild
-- only those (analytics reads and forgets them through booking's index.ts: findChangedDays,
-- forgetChangedDays). Written by statement-level triggers, so every write path (booking, cancelling,
-- status changes, slot generation, blocking, releases, bulk loads) marks its days without each
-- remembering to. Append-only: a write adds rows and never waits on another's (no shared row to
-- update); the refresh deletes exactly the rows it read, so a change committed while it runs keeps its
-- row for the next one.
create table booking_changed_day (
  network_id  uuid not null,
  id          bigint generated always as identity,
  day         date not null,
  primary key (network_id, id)
);

create function booking_mark_changed_days() returns trigger language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    insert into booking_changed_day (network_id, day) select distinct network_id, (start_at at time zone 'Europe/London')::date from new_rows;
  elsif tg_op = 'DELETE' then
    insert into booking_changed_day (network_id, day) select distinct network_id, (start_at at time zone 'Europe/London')::date from old_rows;
  else
    insert into booking_changed_day (network_id, day)
    select network_id, (start_at at time zone 'Europe/London')::date from new_rows
    union select network_id, (start_at at time zone 'Europe/London')::date from old_rows;
  end if;
  return null;
end $$;

create trigger slot_changed_days_insert after insert on slot referencing new table as new_rows for each statement execute function booking_mark_changed_days();
create trigger slot_changed_days_update after update on slot referencing old table as old_rows new table as new_rows for each statement execute function booking_mark_changed_days();
create trigger slot_changed_days_delete after delete on slot referencing old table as old_rows for each statement execute function booking_mark_changed_days();
create trigger appointment_changed_days_insert after insert on appointment referencing new table as new_rows for each statement execute function booking_mark_changed_days();
create trigger appointment_changed_days_update after update on appointment referencing old table as old_rows new table as new_rows for each statement execute function booking_mark_changed_days();
create trigger appointment_changed_days_delete after delete on appointment referencing old table as old_rows for each statement execute function booking_mark_changed_days();
