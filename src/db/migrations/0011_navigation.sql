-- Care navigation: what a caller needed and where reception sent them (architecture.md, module
-- `navigation`). A contact may be for a caller not yet identified (patient_id null). Every key
-- includes network_id so the table can be distributed by network.

create table nav_contact (
  network_id        uuid not null,
  id                uuid not null,
  patient_id        uuid,
  caller_label      text check (char_length(caller_label) <= 100),
  channel           text not null check (channel in ('phone', 'desk', 'online')),
  reason            text not null check (char_length(reason) between 1 and 2000),
  need              text not null,
  need_kind         text not null check (need_kind in ('clinical', 'non-clinical')),
  decision          text not null check (decision in ('booked', 'online-consultation', 'pharmacy-self-care', 'signposted', 'social-prescribing', 'redirected')),
  booked_role       text,
  appointment_id    uuid,
  consultation_id   uuid,
  offer_id          uuid,
  offer_name        text check (char_length(offer_name) <= 200),
  redirect_to       text check (redirect_to in ('111', 'a-and-e', '999', 'dentist', 'optician', 'pharmacy', 'other')),
  sp_referral_id    uuid,
  note              text check (char_length(note) <= 2000),
  organisation_id   uuid not null,
  recorded_by_staff_id uuid not null,
  recorded_at       timestamptz not null,
  seconds_to_record integer check (seconds_to_record between 0 and 86400),
  primary key (network_id, id),
  foreign key (network_id, patient_id) references patient(network_id, id),
  foreign key (network_id, organisation_id) references organisation(network_id, id),
  check (decision <> 'booked' or booked_role is not null),
  check (decision <> 'redirected' or redirect_to is not null),
  check (decision <> 'signposted' or offer_name is not null),
  check (decision <> 'social-prescribing' or (patient_id is not null and sp_referral_id is not null))
);
create index nav_contact_by_time on nav_contact (network_id, recorded_at desc, id desc);
create index nav_contact_by_patient on nav_contact (network_id, patient_id, recorded_at desc);
