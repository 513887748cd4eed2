-- Population health: every change to phm_patient_summary, for the in-process cohort index of each server
-- process (cohort-index.ts) to follow the summaries without reading them all again. Written by statement
-- triggers, so every write path (a record's incremental recompute, the full recompute, a bulk load, a
-- hand-made fix) is seen without each remembering to say so.
--
-- A row is one summary as it was (sign -1: updated or deleted) or as it now is (sign +1: inserted or
-- updated), with the columns a cohort counts, and the transaction that wrote it (txid). A reader keeps the
-- snapshot of its last read and next reads the rows of transactions that snapshot did not see: commit order
-- is then safe, which an increasing id is not (ids are taken before commit, so a later one may commit
-- first). A statement writing more than 10,000 summaries (a full rewrite, a bulk load) writes one row per
-- network with `whole` set instead, and TRUNCATE one with no network (every network): the reader loads
-- again. Append-only; the full recompute deletes rows older than a day (recompute.ts).
create table phm_summary_change (
  id              bigint generated always as identity primary key,
  txid            xid8 not null default pg_current_xact_id(),
  changed_at      timestamptz not null default clock_timestamp(),
  network_id      uuid,
  whole           boolean not null default false,
  sign            smallint check (sign in (-1, 1)),
  practice_id     uuid,
  date_of_birth   date,
  sex             text,
  efi_category    text,
  imd_decile      smallint,
  register_mask   integer,
  due_mask        integer,
  multimorbidity  smallint,
  last_review_on  date,
  check (whole = (sign is null))
);
create index phm_summary_change_by_txid on phm_summary_change (txid);
create index phm_summary_change_by_time on phm_summary_change (changed_at);

-- One function for every row trigger: each trigger names its one transition table `changed_rows` and passes the
-- sign of what it logs (+1: rows as they now are, -1: rows as they were); an UPDATE has two triggers, one for each.
create function phm_summary_log_rows() returns trigger language plpgsql as $$
begin
  if (select count(*) from (select from changed_rows limit 10001) s) > 10000 then
    insert into phm_summary_change (network_id, whole) select distinct network_id, true from changed_rows;
  else
    insert into phm_summary_change (network_id, sign, practice_id, date_of_birth, sex, efi_category, imd_decile, register_mask, due_mask, multimorbidity, last_review_on)
    select network_id, tg_argv[0]::smallint, practice_id, date_of_birth, sex, efi_category, imd_decile, register_mask, due_mask, multimorbidity, last_review_on from changed_rows;
  end if;
  return null;
end $$;

create function phm_summary_log_truncate() returns trigger language plpgsql as $$
begin
  insert into phm_summary_change (network_id, whole) values (null, true);
  return null;
end $$;

create trigger phm_summary_insert_logged after insert on phm_patient_summary referencing new table as changed_rows for each statement execute function phm_summary_log_rows('1');
create trigger phm_summary_update_logged_old after update on phm_patient_summary referencing old table as changed_rows for each statement execute function phm_summary_log_rows('-1');
create trigger phm_summary_update_logged_new after update on phm_patient_summary referencing new table as changed_rows for each statement execute function phm_summary_log_rows('1');
create trigger phm_summary_delete_logged after delete on phm_patient_summary referencing old table as changed_rows for each statement execute function phm_summary_log_rows('-1');
create trigger phm_summary_truncate_logged after truncate on phm_patient_summary for each statement execute function phm_summary_log_truncate();
