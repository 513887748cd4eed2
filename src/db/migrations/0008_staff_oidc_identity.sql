-- Staff who sign in through an OpenID Connect provider (NHS CIS2, Microsoft Entra ID): the
-- provider's issuer and its stable subject for the person, recorded on the first sign-in, which
-- matched an existing staff member by email. Later sign-ins match on (issuer, subject), so a changed
-- email at the provider does not move the sign-in to someone else.
create table staff_oidc_identity (
  network_id  uuid not null,
  issuer      text not null,
  subject     text not null,
  staff_id    uuid not null,
  linked_at   timestamptz not null default now(),
  primary key (network_id, issuer, subject),
  unique (network_id, staff_id, issuer),
  foreign key (network_id, staff_id) references staff(network_id, id)
);
