-- A clinician's own judgement of a request: the urgency and first-contact role they judged, kept beside
-- the engine's verdict and the rules version that gave it, so the engine's under- and over-triage can be
-- measured against clinicians per rules version (docs/triage.md, "Live rates"). Facts are never
-- overwritten: a clinician who changes their mind adds a row; the latest row of a request counts.
create table consultation_judgement (
  network_id      uuid not null,
  id              uuid not null,
  consultation_id uuid not null,
  staff_id        uuid not null,
  at              timestamptz not null,
  urgency         text not null check (urgency in ('emergency', 'urgent', 'routine', 'self-care')),
  role            text not null,
  engine_urgency  text not null check (engine_urgency in ('emergency', 'urgent', 'routine', 'self-care')),
  engine_role     text not null,
  rules_version   text not null,
  note            text check (char_length(note) <= 2000),
  primary key (network_id, id),
  foreign key (network_id, consultation_id) references consultation(network_id, id),
  foreign key (network_id, staff_id) references staff(network_id, id)
);
create index consultation_judgement_latest on consultation_judgement (network_id, consultation_id, at desc, id desc);
