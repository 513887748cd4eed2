-- Cohort counts at an integrated care board's scale (1.5 million summaries) as index-only scans of a
-- few narrow indexes instead of reading every summary row (issue 10, Performance: ≤ 200 ms).
--
-- register_mask and due_mask hold the registers and due-for-review registers as bits, bit k for the
-- k-th register of REGISTERS in src/modules/population-health/registers.ts (HYP 1, DM 2, AST 4, COPD 8,
-- CHD 16, HF 32, CKD 64, DEP 128, DEM 256, MH 512, AF 1024, STIA 2048): small enough to carry in every
-- covering index, where the text arrays are not. The arrays stay (what the API shows).
--
-- Indexes, each carrying every column a cohort filters or breaks down by (INCLUDE), so a count never
-- visits the table:
--   * one per register, partial (only its members): "diabetes, aged 40-64" reads the 6% on the register;
--   * the 65s and over by frailty category and decile: the frail-and-deprived cohorts read a few thousand;
--   * by practice (replaces phm_patient_summary_by_practice).
-- The GIN index on registers goes: the cohort filter now asks the masks, and GIN upkeep was a large part
-- of the cost of writing 1.5 million summaries in a full recompute.

alter table phm_patient_summary add column register_mask integer not null default 0;
alter table phm_patient_summary add column due_mask integer not null default 0;

update phm_patient_summary s set
  register_mask = coalesce((select sum(1 << (array_position(array['HYP','DM','AST','COPD','CHD','HF','CKD','DEP','DEM','MH','AF','STIA'], r) - 1))
    from unnest(s.registers) r where array_position(array['HYP','DM','AST','COPD','CHD','HF','CKD','DEP','DEM','MH','AF','STIA'], r) is not null), 0),
  due_mask = coalesce((select sum(1 << (array_position(array['HYP','DM','AST','COPD','CHD','HF','CKD','DEP','DEM','MH','AF','STIA'], r) - 1))
    from unnest(s.due_reviews) r where array_position(array['HYP','DM','AST','COPD','CHD','HF','CKD','DEP','DEM','MH','AF','STIA'], r) is not null), 0);

drop index phm_patient_summary_registers;
drop index phm_patient_summary_by_practice;

create index phm_patient_summary_by_practice on phm_patient_summary (network_id, practice_id, date_of_birth)
  include (sex, efi_category, imd_decile, last_review_on, register_mask, due_mask, multimorbidity);
create index phm_patient_summary_frailty on phm_patient_summary (network_id, efi_category, imd_decile, date_of_birth)
  include (practice_id, sex, last_review_on, register_mask, due_mask, multimorbidity) where efi_category is not null;

create index phm_patient_summary_reg_hyp on phm_patient_summary (network_id, date_of_birth) include (practice_id, sex, efi_category, imd_decile, last_review_on, register_mask, due_mask, multimorbidity) where (register_mask & 1) <> 0;
create index phm_patient_summary_reg_dm on phm_patient_summary (network_id, date_of_birth) include (practice_id, sex, efi_category, imd_decile, last_review_on, register_mask, due_mask, multimorbidity) where (register_mask & 2) <> 0;
create index phm_patient_summary_reg_ast on phm_patient_summary (network_id, date_of_birth) include (practice_id, sex, efi_category, imd_decile, last_review_on, register_mask, due_mask, multimorbidity) where (register_mask & 4) <> 0;
create index phm_patient_summary_reg_copd on phm_patient_summary (network_id, date_of_birth) include (practice_id, sex, efi_category, imd_decile, last_review_on, register_mask, due_mask, multimorbidity) where (register_mask & 8) <> 0;
create index phm_patient_summary_reg_chd on phm_patient_summary (network_id, date_of_birth) include (practice_id, sex, efi_category, imd_decile, last_review_on, register_mask, due_mask, multimorbidity) where (register_mask & 16) <> 0;
create index phm_patient_summary_reg_hf on phm_patient_summary (network_id, date_of_birth) include (practice_id, sex, efi_category, imd_decile, last_review_on, register_mask, due_mask, multimorbidity) where (register_mask & 32) <> 0;
create index phm_patient_summary_reg_ckd on phm_patient_summary (network_id, date_of_birth) include (practice_id, sex, efi_category, imd_decile, last_review_on, register_mask, due_mask, multimorbidity) where (register_mask & 64) <> 0;
create index phm_patient_summary_reg_dep on phm_patient_summary (network_id, date_of_birth) include (practice_id, sex, efi_category, imd_decile, last_review_on, register_mask, due_mask, multimorbidity) where (register_mask & 128) <> 0;
create index phm_patient_summary_reg_dem on phm_patient_summary (network_id, date_of_birth) include (practice_id, sex, efi_category, imd_decile, last_review_on, register_mask, due_mask, multimorbidity) where (register_mask & 256) <> 0;
create index phm_patient_summary_reg_mh on phm_patient_summary (network_id, date_of_birth) include (practice_id, sex, efi_category, imd_decile, last_review_on, register_mask, due_mask, multimorbidity) where (register_mask & 512) <> 0;
create index phm_patient_summary_reg_af on phm_patient_summary (network_id, date_of_birth) include (practice_id, sex, efi_category, imd_decile, last_review_on, register_mask, due_mask, multimorbidity) where (register_mask & 1024) <> 0;
create index phm_patient_summary_reg_stia on phm_patient_summary (network_id, date_of_birth) include (practice_id, sex, efi_category, imd_decile, last_review_on, register_mask, due_mask, multimorbidity) where (register_mask & 2048) <> 0;

-- A full recompute writes only the summaries that changed (recompute.ts), so the newest computed_at of
-- the summaries no longer says when the network was last recomputed: this does.
create table phm_recompute (
  network_id   uuid primary key,
  computed_at  timestamptz not null
);
