-- Patients registered at a practice of the network.

create table patient (
  network_id            uuid not null,
  id                    uuid not null,
  nhs_number            text not null,
  practice_id           uuid not null,
  given_name            text not null,
  family_name           text not null,
  date_of_birth         date not null,
  sex                   text not null check (sex in ('female', 'male', 'other', 'unknown')),
  address               text,
  postcode              text,
  phone                 text,
  email                 text,
  communication_preferences text[] not null default '{}',
  reasonable_adjustments text,
  interpreter_language  text,
  accessibility_needs   text[] not null default '{}',
  preferred_site_id     uuid,
  registered_at         date not null default current_date,
  created_at            timestamptz not null default now(),
  updated_at            timestamptz not null default now(),
  -- lower-case "family given" for fragment search (trigram index below)
  search_name           text generated always as (lower(family_name || ' ' || given_name)) stored,
  primary key (network_id, id),
  unique (network_id, nhs_number),
  foreign key (network_id, practice_id) references organisation(network_id, id)
);
create index patient_by_name_trgm on patient using gin (search_name gin_trgm_ops);
create index patient_by_family_prefix on patient (network_id, lower(family_name) text_pattern_ops);
create index patient_by_dob on patient (network_id, date_of_birth);
create index patient_by_postcode on patient (network_id, postcode text_pattern_ops);
create index patient_by_practice on patient (network_id, practice_id);
