-- Issue 12, the patient's side: a durable outbox with retries and a lease, GOV.UK Notify details,
-- signed links to patients' pages, Friends and Family Test answers and each network's reminder settings.

-- The outbox. A sender claims a row (status 'sending', lease_until) in its own short transaction, sends
-- it with the message id as the provider reference, then marks it sent. A row whose lease ran out (the
-- sender crashed) is first looked up at the provider by that reference, so it is never sent twice.
alter table message drop constraint message_status_check;
alter table message add constraint message_status_check check (status in ('queued', 'sending', 'sent', 'delivered', 'failed'));
alter table message add column attempts integer not null default 0;
alter table message add column next_attempt_at timestamptz;
alter table message add column lease_until timestamptz;
alter table message add column provider text;
alter table message add column provider_id text;
alter table message add column notify_template_id text;
alter table message add column personalisation jsonb;
alter table message add column delivery_status text;
alter table message add column delivered_at timestamptz;
create index message_sendable on message (coalesce(next_attempt_at, created_at)) where status in ('queued', 'sending');
-- Delivery receipts name the message by its id (our reference) only.
create index message_by_id on message (id);
create index message_by_related on message (network_id, related_id, template) where related_id is not null;

-- A link in a message: the key to one patient's small page. The token sent carries only the network,
-- this row's id and the expiry, signed; what the link allows is here.
create table patient_link (
  network_id      uuid not null,
  id              uuid not null,
  patient_id      uuid not null,
  purpose         text not null check (purpose in ('appointment', 'consultation', 'offer', 'fft')),
  appointment_id  uuid,
  consultation_id uuid,
  offer_id        uuid,
  -- services whose slots released for online booking this link may book (rebooking)
  service_ids     uuid[] not null default '{}',
  created_at      timestamptz not null default now(),
  expires_at      timestamptz not null,
  primary key (network_id, id)
);
create index patient_link_by_patient on patient_link (network_id, patient_id, created_at desc);

-- Every use of a link (opened, confirmed, cancelled, booked, replied, answered, refused): the trail a
-- practice reads when a patient says "I did cancel".
create table patient_link_event (
  network_id  uuid not null,
  id          uuid not null,
  link_id     uuid not null,
  patient_id  uuid not null,
  action      text not null,
  at          timestamptz not null default now(),
  detail      jsonb not null default '{}',
  primary key (network_id, id)
);
create index patient_link_event_by_link on patient_link_event (network_id, link_id, at);

-- Friends and Family Test: "Overall, how was your experience of our service?" on the national 1-6 scale
-- (1 very good … 5 very poor, 6 don't know), tied to the appointment or request it is about.
create table fft_response (
  network_id      uuid not null,
  id              uuid not null,
  patient_id      uuid not null,
  practice_id     uuid not null,
  appointment_id  uuid,
  consultation_id uuid,
  link_id         uuid not null,
  rating          smallint not null check (rating between 1 and 6),
  comment         text,
  answered_at     timestamptz not null default now(),
  primary key (network_id, id),
  unique (network_id, link_id)
);
create index fft_response_by_time on fft_response (network_id, answered_at);

-- Per network: when reminders go out (hours before the appointment), how long a link and a waitlist offer last.
create table messaging_settings (
  network_id      uuid not null primary key,
  reminder_hours  integer[] not null default '{48,2}',
  link_days       integer not null default 14,
  offer_minutes   integer not null default 120
);

-- The key that signs patient links: COMMONS_SECRET when set, else one generated at first use and kept
-- here so every app server signs and checks with the same key.
create table messaging_secret (
  name       text primary key,
  secret     text not null,
  created_at timestamptz not null default now()
);
