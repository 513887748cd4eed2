-- One index for the register cohorts in place of the twelve per-register partial indexes of 0025.
--
-- Writing 1.5 million summaries into an empty table (the first full recompute of an integrated care
-- board) spent 32 s of CPU in the insert, 10 s of it on those twelve indexes (each row's predicate
-- tested twelve times, ~750,000 entries); with this one index in their place the same insert took 27 s.
-- The index holds only the people on at least one register (about a third), keyed by the register mask
-- and then date of birth, and carries every column a cohort filters or breaks down by, so a register
-- cohort stays an index-only scan: the cohort filter names the masks that contain the registers asked
-- for (at most 2,048 values; cohorts.ts) and the planner reads each mask's run, by age when asked.

drop index phm_patient_summary_reg_hyp;
drop index phm_patient_summary_reg_dm;
drop index phm_patient_summary_reg_ast;
drop index phm_patient_summary_reg_copd;
drop index phm_patient_summary_reg_chd;
drop index phm_patient_summary_reg_hf;
drop index phm_patient_summary_reg_ckd;
drop index phm_patient_summary_reg_dep;
drop index phm_patient_summary_reg_dem;
drop index phm_patient_summary_reg_mh;
drop index phm_patient_summary_reg_af;
drop index phm_patient_summary_reg_stia;

create index phm_patient_summary_by_register_mask on phm_patient_summary (network_id, register_mask, date_of_birth)
  include (practice_id, sex, efi_category, imd_decile, last_review_on, due_mask, multimorbidity) where register_mask <> 0;
