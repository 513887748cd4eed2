-- Analytics: a coarser rollup for the dashboard's common filters (docs/analytics.md, "The span rollup").
--
-- The daily rollup (analytics_rollup) keeps every day, organisation, site, role, mode and national
-- category: a city's year is millions of rows, and a whole-network view read them all (seconds). This
-- table sums the same rows per span (the days of one ISO week inside one calendar month, so a span
-- belongs to one week and one month) and per level: which of organisation, role, mode and national
-- category it keeps (level bits 8, 4, 2, 1; '' in a column the level sums over). A view reads the one
-- level its filters and groupings need, for the spans wholly inside its period, and the daily rollup
-- for the days at either end. Site is not kept: a site filter reads the daily rollup.
-- Derived data, rebuilt from the daily rollup in the same transaction as it (rollup.ts): the job and the
-- first dashboard view rebuild it, so nothing is backfilled here.
delete from analytics_refresh;

create table analytics_rollup_span (
  network_id          uuid not null,
  dimension           text not null check (dimension in ('total', 'hour', 'source', 'lead', 'age', 'imd')),
  level               smallint not null check (level between 0 and 15),
  span_start          date not null,
  -- ISO weekday (1-7) of the 'hour' breakdown's rows (its views group by day and hour); 0 in the others.
  weekday             smallint not null,
  organisation_id     text not null,
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
  appointment_minutes bigint not null default 0,
  primary key (network_id, dimension, level, span_start, weekday, organisation_id, role, mode, national_category, bucket)
);

-- A site filter reads the daily rollup: by site, it reads that site's days, not every row of the period.
create index analytics_rollup_by_site on analytics_rollup (network_id, dimension, site_id, day);
