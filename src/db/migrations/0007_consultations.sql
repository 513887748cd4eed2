-- Online consultations and admin requests, the network triage queue, and its history.
-- FHIR: a consultation is a QuestionnaireResponse (the submission) plus a Task (the queue item);
-- standards.md §5. Every key includes network_id so the tables can be distributed by network.

-- Server-wide secrets (not network data): the HMAC key for patients' short-lived identity tokens,
-- generated once at first start when COMMONS_SECRET is not set, so every app server shares it.
create table consultation_secret (
  name       text primary key,
  secret     text not null,
  created_at timestamptz not null default now()
);

create table consultation (
  network_id           uuid not null,
  id                   uuid not null,
  reference            text not null,
  patient_id           uuid not null,
  practice_id          uuid not null,
  submitted_by         text not null check (submitted_by in ('patient', 'proxy', 'reception')),
  submitted_by_staff_id uuid,
  proxy_name           text,
  proxy_relationship   text,
  channel              text not null check (channel in ('online', 'phone', 'desk')),
  type                 text not null check (type in ('medical', 'admin', 'advice')),
  admin_kind           text check (admin_kind in ('fit-note', 'repeat-prescription', 'test-results', 'letter-form', 'referral-update', 'registration-details')),
  description          text not null check (char_length(description) <= 5000),
  answers              jsonb not null default '{}',
  phq9_score           integer check (phq9_score between 0 and 27),
  gad7_score           integer check (gad7_score between 0 and 21),
  triage               jsonb not null,
  urgency              text not null check (urgency in ('emergency', 'urgent', 'routine', 'self-care')),
  assigned_role        text not null,
  assigned_practice_id uuid not null,
  status               text not null default 'new' check (status in ('new', 'in-progress', 'awaiting-patient', 'closed')),
  claimed_by_staff_id  uuid,
  claimed_at           timestamptz,
  outcome              text,
  outcome_note         text,
  appointment_id       uuid,
  submitted_at         timestamptz not null,
  first_action_at      timestamptz,
  closed_at            timestamptz,
  due_at               timestamptz not null,
  idempotency_key      text,
  primary key (network_id, id),
  unique (network_id, reference),
  foreign key (network_id, patient_id) references patient(network_id, id),
  foreign key (network_id, practice_id) references organisation(network_id, id),
  foreign key (network_id, assigned_practice_id) references organisation(network_id, id),
  foreign key (network_id, claimed_by_staff_id) references staff(network_id, id),
  check ((status = 'closed') = (closed_at is not null))
);
-- The open queue, in the order it is worked.
create index consultation_open_queue on consultation (network_id, due_at) where status <> 'closed';
create index consultation_by_patient on consultation (network_id, patient_id, submitted_at desc);
create index consultation_by_submitted on consultation (network_id, submitted_at);
-- idempotency_key is kept for tracing; idempotency_key (the table) is what makes a retry return the first result.

-- Status history and every action: facts are never overwritten.
create table consultation_event (
  network_id      uuid not null,
  id              uuid not null,
  consultation_id uuid not null,
  type            text not null,
  at              timestamptz not null,
  by_staff_id     uuid,
  by_token_id     uuid,
  by_patient      boolean not null default false,
  from_status     text,
  to_status       text,
  note            text,
  detail          jsonb not null default '{}',
  primary key (network_id, id),
  foreign key (network_id, consultation_id) references consultation(network_id, id)
);
create index consultation_event_by_consultation on consultation_event (network_id, consultation_id, at);

-- Demand that never became a queue item: emergencies sent to 999/A&E before the request was accepted.
create table consultation_demand (
  network_id      uuid not null,
  id              uuid not null,
  patient_id      uuid not null,
  at              timestamptz not null,
  kind            text not null check (kind in ('emergency-refused')),
  submitted_by    text not null,
  channel         text not null,
  urgency         text not null,
  matched_rules   text[] not null default '{}',
  rules_version   text not null,
  idempotency_key text,
  primary key (network_id, id),
  foreign key (network_id, patient_id) references patient(network_id, id)
);
create index consultation_demand_by_at on consultation_demand (network_id, at);
create unique index consultation_demand_idempotency on consultation_demand (network_id, patient_id, idempotency_key) where idempotency_key is not null;
