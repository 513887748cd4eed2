-- Tokens with an owner and a ceiling: who created each token, and whether it is an integration
-- (NHS 111, a hub's system) that may trace any patient of the network. Other tokens obey the
-- legitimate-relationship rule as their organisation. Tokens made before this migration had no
-- recorded owner and read every patient, so they are kept as integrations: nothing that worked stops.
alter table api_token add column created_by_staff_id uuid;
alter table api_token add column integration boolean not null default false;
update api_token set integration = true where 'patients:read' = any(scopes);
