-- Social prescribing: referrals to a link worker, the network's caseload, "what matters to me"
-- conversations, personalised support plans (goals), onward referrals to community offers, ONS4 and
-- SWEMWBS wellbeing scores, safeguarding concerns and discharge. FHIR: a referral is a ServiceRequest
-- (code SNOMED CT 871731000000106), the plan a CarePlan with Goals, a score an Observation
-- (standards.md §3 and §5). Every key includes network_id so the tables can be distributed by network.

create table sp_referral (
  network_id                 uuid not null,
  id                         uuid not null,
  patient_id                 uuid not null,
  source                     text not null check (source in ('staff', 'consultation', 'navigation', 'self')),
  referred_by_staff_id       uuid,
  referred_by_organisation_id uuid,
  consultation_id            uuid,
  navigation_contact_id      uuid,
  reasons                    text[] not null check (cardinality(reasons) between 1 and 12),
  reason_note                text check (char_length(reason_note) <= 2000),
  -- The person agreed to be referred: a referral is never made without it (the API says which field).
  consent                    boolean not null check (consent),
  referral_code              text not null default '871731000000106',
  -- Set when the person declined social prescribing (SNOMED CT 871711000000103).
  declined_code              text,
  status                     text not null default 'new' check (status in ('new', 'contacted', 'active', 'on-hold', 'discharged')),
  link_worker_staff_id       uuid,
  allocated_at               timestamptz,
  referred_at                timestamptz not null,
  first_contact_at           timestamptz,
  discharged_at              timestamptz,
  discharge_reason           text check (discharge_reason in ('goals-met', 'declined', 'did-not-engage', 'moved-away', 'referred-elsewhere', 'died', 'other')),
  discharge_note             text check (char_length(discharge_note) <= 2000),
  primary key (network_id, id),
  foreign key (network_id, patient_id) references patient(network_id, id),
  foreign key (network_id, link_worker_staff_id) references staff(network_id, id),
  check ((status = 'discharged') = (discharged_at is not null)),
  check ((status = 'discharged') = (discharge_reason is not null))
);
-- One open episode per person: a second referral while one is open is a 409, by construction.
create unique index sp_referral_one_open_episode on sp_referral (network_id, patient_id) where status <> 'discharged';
create index sp_referral_board on sp_referral (network_id, status, referred_at);
create index sp_referral_by_patient on sp_referral (network_id, patient_id, referred_at desc);
create index sp_referral_by_link_worker on sp_referral (network_id, link_worker_staff_id) where status <> 'discharged';

-- Status history and every change: facts are never overwritten.
create table sp_referral_event (
  network_id   uuid not null,
  id           uuid not null,
  referral_id  uuid not null,
  type         text not null,
  at           timestamptz not null,
  by_staff_id  uuid,
  from_status  text,
  to_status    text,
  note         text,
  detail       jsonb not null default '{}',
  primary key (network_id, id),
  foreign key (network_id, referral_id) references sp_referral(network_id, id)
);
create index sp_referral_event_by_referral on sp_referral_event (network_id, referral_id, at);

-- A contact with the person, with the time the link worker gave it.
create table sp_contact (
  network_id    uuid not null,
  id            uuid not null,
  referral_id   uuid not null,
  at            timestamptz not null,
  kind          text not null check (kind in ('face-to-face', 'phone', 'home-visit', 'group', 'video')),
  minutes       integer not null check (minutes between 1 and 600),
  what_matters  text check (char_length(what_matters) <= 5000),
  note          text check (char_length(note) <= 5000),
  by_staff_id   uuid not null,
  recorded_at   timestamptz not null,
  primary key (network_id, id),
  foreign key (network_id, referral_id) references sp_referral(network_id, id)
);
create index sp_contact_by_referral on sp_contact (network_id, referral_id, at);

-- The personalised support plan's goals (FHIR Goal).
create table sp_goal (
  network_id    uuid not null,
  id            uuid not null,
  referral_id   uuid not null,
  description   text not null check (char_length(description) between 1 and 500),
  owner         text not null check (char_length(owner) between 1 and 100),
  target_date   date,
  progress      integer not null default 0 check (progress between 0 and 100),
  status        text not null default 'active' check (status in ('active', 'achieved', 'stopped')),
  progress_note text check (char_length(progress_note) <= 2000),
  created_at    timestamptz not null,
  created_by_staff_id uuid not null,
  updated_at    timestamptz not null,
  primary key (network_id, id),
  foreign key (network_id, referral_id) references sp_referral(network_id, id)
);
create index sp_goal_by_referral on sp_goal (network_id, referral_id, created_at);

-- Onward referrals into community offers (the directory module's offers, referred to by id; the
-- name is kept as it was when referred, so the plan still reads well if an offer is withdrawn).
create table sp_onward_referral (
  network_id    uuid not null,
  id            uuid not null,
  referral_id   uuid not null,
  offer_id      uuid,
  offer_name    text not null check (char_length(offer_name) between 1 and 200),
  offer_category text,
  referred_at   timestamptz not null,
  by_staff_id   uuid not null,
  taken_up      boolean,
  taken_up_recorded_at timestamptz,
  note          text check (char_length(note) <= 2000),
  primary key (network_id, id),
  foreign key (network_id, referral_id) references sp_referral(network_id, id)
);
create index sp_onward_by_referral on sp_onward_referral (network_id, referral_id, referred_at);

-- Wellbeing scores: ONS4 (four items 0–10) or SWEMWBS (seven items 1–5, raw 7–35 and its metric score).
create table sp_wellbeing (
  network_id        uuid not null,
  id                uuid not null,
  referral_id       uuid not null,
  measure           text not null check (measure in ('ons4', 'swemwbs')),
  timepoint         text not null check (timepoint in ('first-contact', 'review', 'discharge')),
  at                timestamptz not null,
  life_satisfaction integer check (life_satisfaction between 0 and 10),
  worthwhile        integer check (worthwhile between 0 and 10),
  happy             integer check (happy between 0 and 10),
  anxious           integer check (anxious between 0 and 10),
  swemwbs_items     integer[],
  swemwbs_raw       integer check (swemwbs_raw between 7 and 35),
  swemwbs_metric    numeric(5, 2),
  by_staff_id       uuid not null,
  primary key (network_id, id),
  foreign key (network_id, referral_id) references sp_referral(network_id, id),
  check (measure <> 'ons4' or (life_satisfaction is not null and worthwhile is not null and happy is not null and anxious is not null)),
  check (measure <> 'swemwbs' or (cardinality(swemwbs_items) = 7 and swemwbs_raw is not null and swemwbs_metric is not null))
);
create index sp_wellbeing_by_referral on sp_wellbeing (network_id, referral_id, at);

-- A safeguarding concern raised on a referral, sent at once to the network's named lead.
create table sp_safeguarding_concern (
  network_id        uuid not null,
  id                uuid not null,
  referral_id       uuid not null,
  concern           text not null check (char_length(concern) between 1 and 5000),
  raised_by_staff_id uuid,
  raised_at         timestamptz not null,
  lead_staff_id     uuid,
  acknowledged_at   timestamptz,
  primary key (network_id, id),
  foreign key (network_id, referral_id) references sp_referral(network_id, id)
);
create index sp_safeguarding_by_referral on sp_safeguarding_concern (network_id, referral_id);

-- The network's social prescribing settings: who the safeguarding lead is.
create table sp_setting (
  network_id                 uuid not null primary key,
  safeguarding_lead_staff_id uuid,
  updated_at                 timestamptz not null,
  updated_by_staff_id        uuid,
  foreign key (network_id, safeguarding_lead_staff_id) references staff(network_id, id)
);

-- Staff notifications of this module: a new referral for the link workers (recipient null: every
-- link worker of the network), a safeguarding concern for the lead. Read state per row.
create table sp_notification (
  network_id          uuid not null,
  id                  uuid not null,
  recipient_staff_id  uuid,
  kind                text not null check (kind in ('new-referral', 'safeguarding')),
  referral_id         uuid not null,
  message             text not null,
  created_at          timestamptz not null,
  read_at             timestamptz,
  primary key (network_id, id),
  foreign key (network_id, referral_id) references sp_referral(network_id, id)
);
create index sp_notification_unread on sp_notification (network_id, recipient_staff_id, created_at) where read_at is null;
