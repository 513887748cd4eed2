-- The outbox: every message to a patient is a row first, then sent by a provider (log file by default).
create table message (
  network_id   uuid not null,
  id           uuid not null,
  patient_id   uuid not null,
  channel      text not null check (channel in ('sms', 'email', 'letter')),
  template     text not null,
  recipient    text,
  body         text not null,
  status       text not null default 'queued' check (status in ('queued', 'sent', 'failed')),
  related_entity text,
  related_id   uuid,
  created_at   timestamptz not null default now(),
  sent_at      timestamptz,
  error        text,
  primary key (network_id, id)
);
create index message_queued on message (network_id, created_at) where status = 'queued';
create index message_by_patient on message (network_id, patient_id, created_at desc);
