-- The shared appointment book: rota templates, slots, appointments and their history.

-- A recurring weekly session of one staff member. Channels say who may book its slots:
-- own-practice, network (any practice of the network), hub, nhs111, online (patients).
create table rota_template (
  network_id        uuid not null,
  id                uuid not null,
  staff_id          uuid not null,
  organisation_id   uuid not null,
  site_id           uuid not null,
  service_id        uuid not null,
  role              text not null,
  name              text not null,
  weekday           int not null check (weekday between 1 and 7),
  start_time        time not null,
  end_time          time not null,
  slot_minutes      int not null check (slot_minutes between 5 and 240),
  mode              text not null check (mode in ('face-to-face', 'telephone', 'video', 'home-visit')),
  national_category text not null,
  channels          text[] not null,
  network_share     int not null default 0 check (network_share between 0 and 100),
  embargo_hours     int check (embargo_hours between 0 and 8760),
  valid_from        date not null,
  valid_to          date,
  active            boolean not null default true,
  created_at        timestamptz not null default now(),
  primary key (network_id, id),
  check (end_time > start_time),
  foreign key (network_id, staff_id) references staff(network_id, id),
  foreign key (network_id, organisation_id) references organisation(network_id, id),
  foreign key (network_id, site_id) references site(network_id, id),
  foreign key (network_id, service_id) references service(network_id, id)
);
create index rota_template_by_staff on rota_template (network_id, staff_id);
create index rota_template_by_org on rota_template (network_id, organisation_id);

-- Daily caps on bookings through a channel into one provider's slots, as GP Connect allows:
-- e.g. NHS 111 may book one slot per 3,000 registered patients a day.
create table booking_quota (
  network_id               uuid not null,
  id                       uuid not null,
  provider_organisation_id uuid not null,
  channel                  text not null,
  per_day                  int,
  per_registered_patients  int,
  primary key (network_id, id),
  unique (network_id, provider_organisation_id, channel),
  check (per_day is not null or per_registered_patients is not null)
);

-- Time no slot may be offered: bank holidays (network-wide), leave (a staff member), site closures.
create table slot_block (
  network_id  uuid not null,
  id          uuid not null,
  staff_id    uuid,
  site_id     uuid,
  starts_at   timestamptz not null,
  ends_at     timestamptz not null,
  reason      text not null,
  created_at  timestamptz not null default now(),
  primary key (network_id, id),
  check (ends_at > starts_at)
);

-- Bookable time. Search columns are copied from the template so that slot search is one index scan.
create table slot (
  network_id        uuid not null,
  id                uuid not null,
  template_id       uuid,
  staff_id          uuid not null,
  organisation_id   uuid not null,
  site_id           uuid not null,
  service_id        uuid not null,
  role              text not null,
  mode              text not null,
  national_category text not null,
  start_at          timestamptz not null,
  end_at            timestamptz not null,
  channels          text[] not null,
  opens_at          timestamptz not null,
  status            text not null default 'free' check (status in ('free', 'booked', 'blocked')),
  created_at        timestamptz not null default now(),
  primary key (network_id, id),
  unique (network_id, staff_id, start_at)
);
create index slot_free_by_start on slot (network_id, start_at) where status = 'free';
create index slot_free_by_role on slot (network_id, role, start_at) where status = 'free';
create index slot_free_by_service on slot (network_id, service_id, start_at) where status = 'free';
create index slot_by_site_day on slot (network_id, site_id, start_at);
create index slot_by_staff_day on slot (network_id, staff_id, start_at);

create table appointment (
  network_id                uuid not null,
  id                        uuid not null,
  slot_id                   uuid not null,
  patient_id                uuid not null,
  status                    text not null check (status in ('booked', 'arrived', 'in-progress', 'attended', 'dna', 'cancelled')),
  start_at                  timestamptz not null,
  end_at                    timestamptz not null,
  provider_organisation_id  uuid not null,
  site_id                   uuid not null,
  staff_id                  uuid not null,
  service_id                uuid not null,
  role                      text not null,
  mode                      text not null,
  national_category         text not null,
  channel                   text not null,
  booker_organisation_id    uuid not null,
  booked_by_staff_id        uuid,
  booked_by_token_id        uuid,
  patient_practice_id       uuid not null,
  reason                    text,
  booked_at                 timestamptz not null default now(),
  cancelled_at              timestamptz,
  cancelled_by              text check (cancelled_by in ('patient', 'practice')),
  cancel_reason             text,
  rebooked_from_id          uuid,
  source_consultation_id    uuid,
  primary key (network_id, id),
  foreign key (network_id, slot_id) references slot(network_id, id),
  foreign key (network_id, patient_id) references patient(network_id, id)
);
-- Double booking is impossible by construction: one appointment per slot that is not cancelled.
create unique index appointment_one_active_per_slot on appointment (network_id, slot_id) where status <> 'cancelled';
create index appointment_by_patient on appointment (network_id, patient_id, start_at desc);
create index appointment_by_site_day on appointment (network_id, site_id, start_at);
create index appointment_by_staff_day on appointment (network_id, staff_id, start_at);
create index appointment_by_start on appointment (network_id, start_at);
create index appointment_quota on appointment (network_id, provider_organisation_id, channel, start_at) where status <> 'cancelled';

create table appointment_status_history (
  network_id      uuid not null,
  id              uuid not null,
  appointment_id  uuid not null,
  from_status     text,
  to_status       text not null,
  at              timestamptz not null default now(),
  by_staff_id     uuid,
  by_token_id     uuid,
  reason          text,
  primary key (network_id, id),
  foreign key (network_id, appointment_id) references appointment(network_id, id)
);
create index appointment_history_by_appointment on appointment_status_history (network_id, appointment_id, at);
