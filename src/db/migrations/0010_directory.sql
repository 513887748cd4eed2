-- The community directory, shaped after Open Referral UK (the English profile of the Human Services
-- Data Specification): organisations run services (our "offers") at locations on schedules, for people
-- who meet their eligibility, filed under taxonomy terms (our categories). Health champions and
-- voluntary partners who run an offer record its sessions and who came (a first name or a code the
-- person chooses: never a patient id).

-- An organisation that runs offers: a voluntary group, a council team, an NHS service, a practice's health champions.
create table directory_organisation (
  network_id   uuid not null references network(id),
  id           uuid not null,
  name         text not null,
  kind         text not null check (kind in ('voluntary', 'council', 'nhs', 'health-champions')),
  description  text,
  website      text,
  email        text,
  phone        text,
  created_at   timestamptz not null default now(),
  updated_at   timestamptz not null default now(),
  primary key (network_id, id)
);

-- Staff accounts (health champions, community partners) who run an organisation's offers.
create table directory_member (
  network_id      uuid not null,
  organisation_id uuid not null,
  staff_id        uuid not null,
  created_at      timestamptz not null default now(),
  primary key (network_id, organisation_id, staff_id),
  foreign key (network_id, organisation_id) references directory_organisation(network_id, id)
);
create index directory_member_by_staff on directory_member (network_id, staff_id);

-- Where offers happen. Coordinates are optional: without them the postcode look-up table is used.
create table directory_location (
  network_id  uuid not null,
  id          uuid not null,
  name        text,
  address     text,
  postcode    text,
  latitude    double precision check (latitude between -90 and 90),
  longitude   double precision check (longitude between -180 and 180),
  primary key (network_id, id)
);

create table directory_offer (
  network_id        uuid not null,
  id                uuid not null,
  organisation_id   uuid not null,
  location_id       uuid,
  name              text not null,
  description       text not null default '',
  categories        text[] not null check (cardinality(categories) > 0),
  how_to_access     text not null check (how_to_access in ('self-refer', 'referral-needed', 'self-refer-or-referral')),
  referral_details  text,
  capacity          integer check (capacity >= 0),
  places_available  integer check (places_available >= 0),
  min_age           integer check (min_age between 0 and 130),
  max_age           integer check (max_age between 0 and 130),
  conditions        text[] not null default '{}',
  cost              text,
  contact_name      text,
  contact_phone     text,
  contact_email     text,
  website           text,
  active            boolean not null default true,
  last_verified_at  timestamptz not null,
  created_at        timestamptz not null default now(),
  updated_at        timestamptz not null default now(),
  primary key (network_id, id),
  foreign key (network_id, organisation_id) references directory_organisation(network_id, id),
  foreign key (network_id, location_id) references directory_location(network_id, id),
  constraint directory_offer_contact check (contact_phone is not null or contact_email is not null or website is not null),
  constraint directory_offer_age_range check (min_age is null or max_age is null or min_age <= max_age)
);
create index directory_offer_by_organisation on directory_offer (network_id, organisation_id);
create index directory_offer_by_name on directory_offer (network_id, lower(name), id);
create index directory_offer_categories on directory_offer using gin (categories);

-- When an offer runs, one row per weekday (RFC 5545 freq/interval/byday as in Open Referral's schedule; every_n is the interval):
-- weekly (every `interval` weeks) or monthly on the nth weekday (week_of_month 1-4, or -1 for the last).
create table directory_schedule (
  network_id     uuid not null,
  id             uuid not null,
  offer_id       uuid not null,
  freq           text not null check (freq in ('weekly', 'monthly')),
  every_n        integer not null default 1 check (every_n between 1 and 12),
  weekday        smallint not null check (weekday between 1 and 7),
  week_of_month  smallint check (week_of_month in (-1, 1, 2, 3, 4)),
  opens_at       text not null check (opens_at ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  closes_at      text not null check (closes_at ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  description    text,
  primary key (network_id, id),
  foreign key (network_id, offer_id) references directory_offer(network_id, id) on delete cascade,
  check (closes_at > opens_at),
  check ((freq = 'monthly') = (week_of_month is not null))
);
create index directory_schedule_by_offer on directory_schedule (network_id, offer_id);

-- A session an offer held, with the volunteer hours it took; attendance hangs off it.
create table directory_session (
  network_id            uuid not null,
  id                    uuid not null,
  offer_id              uuid not null,
  held_on               date not null,
  volunteer_hours       double precision not null default 0 check (volunteer_hours between 0 and 1000),
  recorded_by_staff_id  uuid,
  recorded_at           timestamptz not null default now(),
  primary key (network_id, id),
  unique (network_id, offer_id, held_on),
  foreign key (network_id, offer_id) references directory_offer(network_id, id)
);

-- Who came: a first name or a code the person chose, as they gave it; attendee_key is its folded form
-- so the same person is not counted twice in one session.
create table directory_attendance (
  network_id    uuid not null,
  session_id    uuid not null,
  attendee_key  text not null,
  attendee      text not null,
  recorded_at   timestamptz not null default now(),
  primary key (network_id, session_id, attendee_key),
  foreign key (network_id, session_id) references directory_session(network_id, id) on delete cascade
);

-- Postcode centroids an operator loads from the ONS Postcode Directory (columns pcds, lat, long).
-- National reference data, the same for every network (like bank_holiday), so no network_id.
create table directory_postcode (
  postcode   text primary key,
  latitude   double precision not null check (latitude between -90 and 90),
  longitude  double precision not null check (longitude between -180 and 180)
);
