-- Staff administration: invitations and password-reset links, and unlocking an account.

-- A link that lets one person set their password: an invitation for a new account, or a reset.
-- Only the secret's SHA-256 is stored; the link is shown once to the person who created it.
create table staff_password_link (
  network_id          uuid not null,
  token_hash          text not null,
  staff_id            uuid not null,
  purpose             text not null check (purpose in ('invitation', 'reset')),
  created_by_staff_id uuid,
  created_at          timestamptz not null default now(),
  expires_at          timestamptz not null,
  used_at             timestamptz,
  primary key (network_id, token_hash),
  foreign key (network_id, staff_id) references staff(network_id, id)
);
create index staff_password_link_by_staff on staff_password_link (network_id, staff_id);

-- Failed sign-ins before this instant no longer count towards the lock-out (an administrator unlocked the account).
alter table staff add column unlocked_at timestamptz;

-- What an administrative change was (the roles granted, the fields changed), so the audit log answers
-- "who made this person an administrator, and when". Never holds secrets or patient data.
alter table audit_event add column detail jsonb;
