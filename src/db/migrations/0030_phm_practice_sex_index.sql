-- Cohorts chosen by age and/or sex alone (no register, frailty category or practice) read every
-- summary: no index had date of birth or sex near the front of its key for them. Sex joins the key of
-- the practice index, before date of birth, in place of carrying it as an included column: the same
-- entries and the same size, so a full recompute writes no more index entries than before (a new index
-- by date of birth would have added one per summary to every first write, about 1.5 million at an
-- integrated care board). The cohort filter then names every organisation of the network and, when no
-- sex is asked for, every sex the patient table allows (cohorts.ts), and the planner reads one run of
-- the index per practice and sex, by age when one is asked: "aged 65 and over" reads the 65s and over.
-- A practice's own cohorts keep practice first.

drop index phm_patient_summary_by_practice;
create index phm_patient_summary_by_practice on phm_patient_summary (network_id, practice_id, sex, date_of_birth)
  include (efi_category, imd_decile, last_review_on, register_mask, due_mask, multimorbidity);
