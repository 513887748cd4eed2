-- Analytics: the daily rollup the dashboard reads, deprivation reference data, complaints.

-- One row per London day, provider organisation, site, role, mode and national category, and per
-- bucket of one breakdown (dimension): 'total' (bucket ''), 'hour' (0-23, London), 'source' (how the
-- appointment was booked), 'lead' (days booked ahead: 0, 1, 2-7, 8-14, 15-21, 22-28, 29+),
-- 'age' (age band at the appointment) and 'imd' (deprivation decile of the patient's LSOA, 0 unknown).
-- Refreshed from the booking and patients modules by a job and on demand: a year of a city's
-- appointments (~3.5M) becomes ~1M small rows, so each dashboard view sums a range of one index.
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
);

-- When each network's rollup was last refreshed, and over which days.
create table analytics_refresh (
  network_id    uuid not null,
  refreshed_at  timestamptz not null,
  from_day      date not null,
  to_day        date not null,
  primary key (network_id)
);

-- The English Indices of Deprivation (IMD 2019): decile of each LSOA, 1 = most deprived 10%.
-- National reference data, the same for every network (`commons import imd FILE.csv`).
create table imd_lsoa (
  lsoa_code   text not null primary key,
  imd_decile  smallint not null check (imd_decile between 1 and 10),
  source      text not null
);

-- Postcode to LSOA (the ONS postcode directory's pcds and LSOA columns), postcode without spaces, upper case.
create table postcode_lsoa (
  postcode   text not null primary key,
  lsoa_code  text not null
);

-- A complaint logged against the appointment, online consultation or referral it concerns.
create table complaint (
  network_id          uuid not null,
  id                  uuid not null,
  organisation_id     uuid not null,
  received_on         date not null,
  concerns            text not null check (concerns in ('appointment', 'consultation', 'referral', 'other')),
  concerns_id         uuid,
  concerns_reference  text,
  patient_id          uuid,
  category            text not null,
  summary             text not null,
  outcome             text check (outcome in ('upheld', 'partly-upheld', 'not-upheld', 'withdrawn')),
  responded_on        date,
  logged_by_staff_id  uuid,
  logged_at           timestamptz not null default now(),
  primary key (network_id, id),
  check (responded_on is null or responded_on >= received_on)
);
create index complaint_by_received on complaint (network_id, received_on);
