-- Analytics: a deprivation import (`commons import imd`, `commons import postcode-lsoa`) that changed
-- anything marks every network whose rollup exists, and the next refresh job rebuilds every day that
-- rollup holds (deprivation-import.ts, changes.ts). One mark per network per import: the reference
-- tables are national, and a national file moves the deciles of nearly every patient, so finding the
-- days each changed postcode touches would cost more than it saves. Append-only, like
-- booking_changed_day: the refresh deletes exactly the marks it read.
create table analytics_deprivation_change (
  network_id  uuid not null,
  id          bigint generated always as identity,
  primary key (network_id, id)
);
