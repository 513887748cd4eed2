-- Network, member organisations, sites and services.
-- Every table carries network_id in its keys so it can be distributed by network (Citus) unchanged.

create extension if not exists pg_trgm;

create table network (
  id          uuid primary key,
  name        text not null,
  ods_code    text,
  data_sharing_across_practices boolean not null default false,
  created_at  timestamptz not null default now()
);

-- Practices, the network's own organisation (employs PCN roles), hubs, and outside bookers such as NHS 111.
create table organisation (
  network_id  uuid not null references network(id),
  id          uuid not null,
  kind        text not null check (kind in ('practice', 'pcn', 'hub', 'nhs111', 'external')),
  ods_code    text not null,
  name        text not null,
  address     text,
  postcode    text,
  phone       text,
  created_at  timestamptz not null default now(),
  primary key (network_id, id),
  unique (network_id, ods_code)
);

create table site (
  network_id      uuid not null,
  id              uuid not null,
  organisation_id uuid not null,
  kind            text not null check (kind in ('practice-site', 'hub')),
  name            text not null,
  address         text,
  postcode        text,
  -- { "mon": [["08:00","18:30"]], ..., "sat": [] } in Europe/London local time
  opening_hours   jsonb not null default '{}'::jsonb,
  accessibility   text[] not null default '{}',
  created_at      timestamptz not null default now(),
  primary key (network_id, id),
  foreign key (network_id, organisation_id) references organisation(network_id, id)
);

create table service (
  network_id        uuid not null,
  id                uuid not null,
  code              text not null,
  name              text not null,
  role              text not null,
  national_category text not null,
  default_mode      text not null default 'face-to-face',
  description       text,
  primary key (network_id, id),
  unique (network_id, code)
);
