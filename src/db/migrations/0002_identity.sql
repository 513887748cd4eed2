-- Staff accounts, their roles at organisations, sessions, API tokens and the audit log.

create table staff (
  network_id     uuid not null references network(id),
  id             uuid not null,
  email          text not null,
  display_name   text not null,
  password_hash  text,
  active         boolean not null default true,
  created_at     timestamptz not null default now(),
  primary key (network_id, id),
  unique (network_id, email)
);

-- One row per role a staff member holds at an organisation: a pharmacist can work for the PCN
-- and for two practices; a GP can be a partner at one practice and do hub sessions.
create table staff_role (
  network_id      uuid not null,
  staff_id        uuid not null,
  organisation_id uuid not null,
  role            text not null,
  primary key (network_id, staff_id, organisation_id, role),
  foreign key (network_id, staff_id) references staff(network_id, id),
  foreign key (network_id, organisation_id) references organisation(network_id, id)
);
create index staff_role_by_org on staff_role (network_id, organisation_id, role);

-- The cookie holds "<network id>.<secret>"; only the secret's SHA-256 is stored.
create table staff_session (
  network_id              uuid not null,
  token_hash              text not null,
  staff_id                uuid not null,
  active_organisation_id  uuid not null,
  csrf_token              text not null,
  created_at              timestamptz not null default now(),
  expires_at              timestamptz not null,
  revoked_at              timestamptz,
  primary key (network_id, token_hash),
  foreign key (network_id, staff_id) references staff(network_id, id)
);

create table api_token (
  network_id      uuid not null,
  id              uuid not null,
  organisation_id uuid not null,
  name            text not null,
  token_hash      text not null,
  scopes          text[] not null,
  created_at      timestamptz not null default now(),
  revoked_at      timestamptz,
  last_used_at    timestamptz,
  primary key (network_id, id),
  unique (network_id, token_hash),
  foreign key (network_id, organisation_id) references organisation(network_id, id)
);

create table login_attempt (
  network_id  uuid not null,
  email       text not null,
  at          timestamptz not null default now(),
  succeeded   boolean not null
);
create index login_attempt_recent on login_attempt (network_id, email, at desc);

-- Append-only: who read or wrote which patient's data, when, acting for which organisation, and why.
create table audit_event (
  network_id       uuid not null,
  id               uuid not null,
  at               timestamptz not null default now(),
  actor_staff_id   uuid,
  actor_token_id   uuid,
  actor_organisation_id uuid,
  actor_role       text,
  patient_id       uuid,
  action           text not null,
  entity           text not null,
  entity_id        uuid,
  purpose          text not null,
  request_id       text,
  primary key (network_id, id)
);
create index audit_event_by_patient on audit_event (network_id, patient_id, at desc);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_event is append-only';
end $$;
create trigger audit_event_no_update before update or delete on audit_event
  for each row execute function audit_event_is_append_only();

create table idempotency_key (
  network_id     uuid not null,
  scope          text not null,
  key            text not null,
  request_hash   text not null,
  status_code    int not null,
  response       jsonb not null,
  created_at     timestamptz not null default now(),
  primary key (network_id, scope, key)
);
