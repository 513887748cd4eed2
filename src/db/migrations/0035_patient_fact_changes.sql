-- Patients: whose date of birth or postcode changed, for the dashboard's refresh to rebuild the days of
-- their appointments (the age-band and deprivation breakdowns). Analytics reads and forgets them through
-- patients' index.ts (findChangedPatients, forgetChangedPatients) and asks booking for those patients'
-- appointment days; this module knows nothing of appointments.
--
-- A row trigger with a column list and a WHEN condition, not a statement trigger with transition tables
-- as booking's 0029: an update that leaves both columns alone (a phone number, preferences) calls no
-- function at all, and PostgreSQL refuses transition tables on a trigger with a column list, so a
-- statement trigger would capture every updated row of every update. Inserts mark nothing: a new
-- patient has no appointments yet, so a bulk import or the demo build costs nothing more.
-- Append-only, like booking_changed_day: a reader deletes exactly the rows it read.
create table patient_fact_change (
  network_id  uuid not null,
  id          bigint generated always as identity,
  patient_id  uuid not null,
  primary key (network_id, id)
);

create function patient_mark_fact_change() returns trigger language plpgsql as $$
begin
  insert into patient_fact_change (network_id, patient_id) values (new.network_id, new.id);
  return null;
end $$;

create trigger patient_fact_change_update after update of date_of_birth, postcode on patient
  for each row when (old.date_of_birth is distinct from new.date_of_birth or old.postcode is distinct from new.postcode)
  execute function patient_mark_fact_change();
