-- The rollup, one partition per breakdown (dimension). A view reads one dimension at a time; in one
-- table the planner scanned every dimension's rows for the large breakdowns (hour, lead, age, imd),
-- about five times the rows it needed (docs/analytics.md, figures). The rollup is derived data: it is
-- dropped here and rebuilt by the job (or the first dashboard view).
drop table analytics_rollup;
delete from analytics_refresh;

create table analytics_rollup (
  network_id          uuid not null,
  dimension           text not null check (dimension in ('total', 'hour', 'source', 'lead', 'age', 'imd')),
  day                 date not null,
  organisation_id     uuid not null,
  site_id             uuid not null,
  role                text not null,
  mode                text not null,
  national_category   text not null,
  bucket              text not null,
  slots               int not null default 0,
  slot_minutes        int not null default 0,
  slots_booked        int not null default 0,
  appointments        int not null default 0,
  attended            int not null default 0,
  dna                 int not null default 0,
  cancelled           int not null default 0,
  appointment_minutes int not null default 0,
  primary key (network_id, dimension, day, organisation_id, site_id, role, mode, national_category, bucket)
) partition by list (dimension);

create table analytics_rollup_total partition of analytics_rollup for values in ('total');
create table analytics_rollup_hour partition of analytics_rollup for values in ('hour');
create table analytics_rollup_source partition of analytics_rollup for values in ('source');
create table analytics_rollup_lead partition of analytics_rollup for values in ('lead');
create table analytics_rollup_age partition of analytics_rollup for values in ('age');
create table analytics_rollup_imd partition of analytics_rollup for values in ('imd');
