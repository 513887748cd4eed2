-- Remote monitoring: patients on a register are asked, through the link in a message (patient_link,
-- purpose 'monitoring', subject_id = the request), to send home readings. Readings become observations
-- (source 'home'); a reading past a threshold (thresholds are data in the code, overridable per patient
-- here) raises a request in the consultations queue, remembered in phm_monitoring_alert.
alter table patient_link drop constraint patient_link_purpose_check;
alter table patient_link add constraint patient_link_purpose_check check (purpose in ('appointment', 'consultation', 'offer', 'fft', 'outreach', 'monitoring'));

alter table phm_observation drop constraint phm_observation_source_check;
alter table phm_observation add constraint phm_observation_source_check check (source in ('manual', 'fhir', 'demo', 'home'));

create table phm_monitoring_request (
  network_id            uuid not null,
  id                    uuid not null,
  patient_id            uuid not null,
  register_id           text not null,
  kinds                 text[] not null,
  requested_by_staff_id uuid,
  created_at            timestamptz not null,
  expires_at            timestamptz not null,
  primary key (network_id, id),
  foreign key (network_id, patient_id) references patient(network_id, id)
);
create index phm_monitoring_request_by_patient on phm_monitoring_request (network_id, patient_id, created_at desc);

-- One patient's own figure for a threshold (an older person's BP target, a COPD patient's usual SpO2).
create table phm_monitoring_threshold (
  network_id       uuid not null,
  patient_id       uuid not null,
  threshold_id     text not null,
  limit_value      double precision not null,
  diastolic        double precision,
  reason           text not null check (char_length(reason) between 1 and 500),
  set_by_staff_id  uuid,
  set_at           timestamptz not null,
  primary key (network_id, patient_id, threshold_id),
  foreign key (network_id, patient_id) references patient(network_id, id)
);

create table phm_monitoring_alert (
  network_id             uuid not null,
  id                     uuid not null,
  patient_id             uuid not null,
  threshold_id           text not null,
  urgency                text not null check (urgency in ('urgent', 'routine')),
  consultation_id        uuid not null,
  consultation_reference text not null,
  detail                 text not null,
  raised_at              timestamptz not null,
  primary key (network_id, id),
  foreign key (network_id, patient_id) references patient(network_id, id)
);
create index phm_monitoring_alert_by_patient on phm_monitoring_alert (network_id, patient_id, threshold_id, raised_at desc);
