-- Allergies and intolerances for the clinical summary on a patient's page: what (a SNOMED CT code when
-- the source has one, and the words always), the reaction, when recorded, and whether still active.
-- Written by POST /population-health/patients/{id}/allergies and the FHIR import (AllergyIntolerance).

create table phm_allergy (
  network_id   uuid not null,
  id           uuid not null,
  patient_id   uuid not null,
  code         text check (code ~ '^[0-9]{6,18}$'),
  display      text not null check (char_length(display) between 1 and 300),
  reaction     text check (char_length(reaction) <= 300),
  recorded_on  date not null,
  active       boolean not null default true,
  source       text not null default 'manual' check (source in ('manual', 'fhir', 'demo')),
  recorded_at  timestamptz not null default now(),
  primary key (network_id, id),
  foreign key (network_id, patient_id) references patient(network_id, id)
);
create index phm_allergy_by_patient on phm_allergy (network_id, patient_id);
