-- Population health management: coded conditions (SNOMED CT, onset and resolution), observations
-- (blood pressure, HbA1c, BMI, smoking status, eGFR … with value, unit and date), medications (name,
-- start, repeat), and what is computed from them for each patient: register memberships, the
-- electronic frailty index (65+), multimorbidity and "due for review" flags (phm_patient_summary,
-- rebuilt in full by `commons phm recompute` and for the patients touched whenever a record changes).
-- Saved cohorts and outreach lists. Every key includes network_id (distribution by network).

create table phm_condition (
  network_id   uuid not null,
  id           uuid not null,
  patient_id   uuid not null,
  code         text not null check (code ~ '^[0-9]{6,18}$'),
  display      text check (char_length(display) <= 300),
  onset        date not null,
  resolved     date,
  source       text not null default 'manual' check (source in ('manual', 'fhir', 'demo')),
  recorded_at  timestamptz not null default now(),
  primary key (network_id, id),
  foreign key (network_id, patient_id) references patient(network_id, id),
  check (resolved is null or resolved >= onset)
);
create index phm_condition_by_patient on phm_condition (network_id, patient_id);

create table phm_observation (
  network_id   uuid not null,
  id           uuid not null,
  patient_id   uuid not null,
  kind         text not null,
  code         text not null,
  value        double precision,
  unit         text,
  observed_on  date not null,
  source       text not null default 'manual' check (source in ('manual', 'fhir', 'demo')),
  recorded_at  timestamptz not null default now(),
  primary key (network_id, id),
  foreign key (network_id, patient_id) references patient(network_id, id)
);
create index phm_observation_by_patient on phm_observation (network_id, patient_id, kind, observed_on desc);

create table phm_medication (
  network_id   uuid not null,
  id           uuid not null,
  patient_id   uuid not null,
  name         text not null check (char_length(name) between 1 and 300),
  code         text,
  started_on   date not null,
  ended_on     date,
  repeat       boolean not null default false,
  source       text not null default 'manual' check (source in ('manual', 'fhir', 'demo')),
  recorded_at  timestamptz not null default now(),
  primary key (network_id, id),
  foreign key (network_id, patient_id) references patient(network_id, id),
  check (ended_on is null or ended_on >= started_on)
);
create index phm_medication_by_patient on phm_medication (network_id, patient_id);

-- One row per registered patient, computed (never edited): what the registers, the frailty index and
-- the cohort builder read, so a cohort count is one indexed scan of one table.
create table phm_patient_summary (
  network_id       uuid not null,
  patient_id       uuid not null,
  practice_id      uuid not null,
  date_of_birth    date not null,
  sex              text not null,
  imd_decile       smallint check (imd_decile between 1 and 10),
  registers        text[] not null default '{}',
  multimorbidity   smallint not null default 0,
  efi_deficits     text[],
  efi_score        real,
  efi_category     text check (efi_category in ('fit', 'mild', 'moderate', 'severe')),
  due_reviews      text[] not null default '{}',
  last_review_on   date,
  computed_at      timestamptz not null,
  primary key (network_id, patient_id)
);
create index phm_patient_summary_by_practice on phm_patient_summary (network_id, practice_id);
create index phm_patient_summary_registers on phm_patient_summary using gin (registers);

create table phm_cohort (
  network_id          uuid not null,
  id                  uuid not null,
  name                text not null check (char_length(name) between 1 and 120),
  filter              jsonb not null,
  shared              boolean not null default true,
  created_by_staff_id uuid,
  created_at          timestamptz not null,
  primary key (network_id, id)
);

create table phm_outreach_list (
  network_id          uuid not null,
  id                  uuid not null,
  cohort_id           uuid not null,
  name                text not null check (char_length(name) between 1 and 120),
  purpose             text not null check (purpose in ('ltc-clinic', 'medication-review', 'frailty-review', 'health-check')),
  role                text not null,
  created_by_staff_id uuid,
  created_at          timestamptz not null,
  primary key (network_id, id),
  foreign key (network_id, cohort_id) references phm_cohort(network_id, id)
);

create table phm_outreach_entry (
  network_id      uuid not null,
  id              uuid not null,
  outreach_id     uuid not null,
  patient_id      uuid not null,
  practice_id     uuid not null,
  status          text not null default 'to-contact' check (status in ('to-contact', 'invited', 'contacted', 'booked', 'attended', 'declined', 'no-response')),
  message_id      uuid,
  updated_at      timestamptz not null,
  updated_by_staff_id uuid,
  primary key (network_id, id),
  unique (network_id, outreach_id, patient_id),
  foreign key (network_id, outreach_id) references phm_outreach_list(network_id, id),
  foreign key (network_id, patient_id) references patient(network_id, id)
);
