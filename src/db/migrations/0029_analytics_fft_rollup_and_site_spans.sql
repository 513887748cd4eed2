-- Analytics: the Friends and Family Test summed per day and per span, and a site level in the span
-- rollup (docs/analytics.md, "The span rollup").
--
-- The satisfaction view and the evaluation report read every answer of their period (a city's year is
-- ~360,000 answers, read twice by the report: this period and the one before). The answers are summed
-- here per London day, and per span (spans.ts: the days of one ISO week inside one calendar month), by
-- everything the dashboard filters or splits them by; a view reads the spans wholly inside its period
-- and the days at either end. '' stands for "not recorded" (an answer that names no appointment or
-- request, a request's site and category). Derived data, rebuilt with the appointment rollup in the same
-- transaction (rollup.ts), so nothing is backfilled here: the next refresh builds it.
delete from analytics_refresh;

create table analytics_fft_day (
  network_id         uuid not null,
  day                date not null,
  practice_id        text not null,
  delivered_by       text not null,
  role               text not null,
  site_id            text not null,
  follows            text not null,
  channel            text not null,
  national_category  text not null,
  responses          int not null,
  positive           int not null,
  negative           int not null,
  primary key (network_id, day, practice_id, delivered_by, role, site_id, follows, channel, national_category)
);

create table analytics_fft_span (
  network_id         uuid not null,
  span_start         date not null,
  practice_id        text not null,
  delivered_by       text not null,
  role               text not null,
  site_id            text not null,
  follows            text not null,
  channel            text not null,
  national_category  text not null,
  responses          int not null,
  positive           int not null,
  negative           int not null,
  primary key (network_id, span_start, practice_id, delivered_by, role, site_id, follows, channel, national_category)
);

-- The span rollup keeps a site at the levels with bit 16 (site, with its organisation; and with role or
-- mode besides): one site's views read a few thousand span rows instead of its days' rows scattered
-- over the daily rollup (675 ms for a year at city scale). '' in the other levels.
-- Emptied first (the refresh above rebuilds it), so the new key is built over no rows.
truncate analytics_rollup_span;
alter table analytics_rollup_span add column site_id text not null default '';
alter table analytics_rollup_span drop constraint analytics_rollup_span_pkey;
alter table analytics_rollup_span drop constraint analytics_rollup_span_level_check;
alter table analytics_rollup_span add constraint analytics_rollup_span_level_check check (level between 0 and 31);
alter table analytics_rollup_span add primary key (network_id, dimension, level, span_start, weekday, organisation_id, site_id, role, mode, national_category, bucket);
