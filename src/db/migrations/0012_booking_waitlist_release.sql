-- Issue 12, fewer DNAs: a waitlist offered freed slots, and "use it or lose it" release of hub, network
-- and NHS 111 slots still unbooked close to their start.

create table waitlist_entry (
  network_id      uuid not null,
  id              uuid not null,
  patient_id      uuid not null,
  practice_id     uuid not null,
  role            text not null,
  service_id      uuid,
  -- clinical priority first, then first come first served
  priority        text not null default 'routine' check (priority in ('urgent', 'soon', 'routine')),
  note            text,
  status          text not null default 'waiting' check (status in ('waiting', 'offered', 'booked', 'removed')),
  created_at      timestamptz not null default now(),
  created_by_staff_id uuid,
  appointment_id  uuid,
  primary key (network_id, id)
);
create index waitlist_entry_waiting on waitlist_entry (network_id, role, created_at) where status = 'waiting';

create table waitlist_offer (
  network_id   uuid not null,
  id           uuid not null,
  entry_id     uuid not null,
  patient_id   uuid not null,
  slot_id      uuid not null,
  offered_at   timestamptz not null,
  expires_at   timestamptz not null,
  status       text not null default 'open' check (status in ('open', 'accepted', 'declined', 'expired', 'withdrawn')),
  responded_at timestamptz,
  appointment_id uuid,
  primary key (network_id, id)
);
-- One open offer per slot: two offers of the same slot cannot both stand.
create unique index waitlist_offer_one_open_per_slot on waitlist_offer (network_id, slot_id) where status = 'open';
create index waitlist_offer_open on waitlist_offer (expires_at) where status = 'open';

-- Hours before the start at which slots still unbooked and held for a channel are released to the
-- owning practice (and offered to the waitlist). Per network and channel (the session type).
create table slot_release_rule (
  network_id   uuid not null,
  channel      text not null check (channel in ('hub', 'network', 'nhs111')),
  hours_before integer not null check (hours_before between 1 and 336),
  primary key (network_id, channel)
);

create table slot_release (
  network_id    uuid not null,
  slot_id       uuid not null,
  released_at   timestamptz not null,
  from_channels text[] not null,
  primary key (network_id, slot_id)
);
