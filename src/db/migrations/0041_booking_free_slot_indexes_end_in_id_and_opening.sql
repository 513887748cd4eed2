-- Issue 8, slot search: every free-slot index now ends in (start_at, id, opens_at) instead of start_at.
-- id: a search returns slots in (start_at, id) order; with only start_at in the index the plan sorted
-- each index scan's rows again (an incremental sort under every Limit). opens_at: every search keeps
-- only slots past their embargo (opens_at <= now). As a key column the condition is checked on the
-- index entry, so an embargoed slot is skipped without reading its table row. A practice's GP telephone
-- slots are mostly released on the day: the search read 216 embargoed slots (112 buffers) to return 12,
-- after this 19 buffers; the database's CPU per search of that shape fell from 0.21 to 0.14 ms, and over
-- the five shapes of the bench from about 0.14 to 0.11 ms (one connection, the statement as the server
-- sends it, pcn bench network). Free slots only, so a booking still takes its slot out of them and a
-- freed slot enters each as before. Same names, so the plan test (search-plans.test.ts) still names them.
drop index slot_free_by_start;
drop index slot_free_by_role;
drop index slot_free_by_service;
drop index slot_free_nhs111_by_start;
drop index slot_free_hub_by_start;
drop index slot_free_by_role_mode;
drop index slot_free_by_org;
drop index slot_free_by_org_role;
drop index slot_free_by_org_role_mode;
drop index slot_free_by_org_service;
drop index slot_free_network_by_role;
drop index slot_free_network_by_role_mode;
drop index slot_free_network_by_service;
create index slot_free_by_start on slot (network_id, start_at, id, opens_at) where status = 'free';
create index slot_free_by_role on slot (network_id, role, start_at, id, opens_at) where status = 'free';
create index slot_free_by_service on slot (network_id, service_id, start_at, id, opens_at) where status = 'free';
create index slot_free_nhs111_by_start on slot (network_id, start_at, id, opens_at) where status = 'free' and channels @> array['nhs111']::text[];
create index slot_free_hub_by_start on slot (network_id, start_at, id, opens_at) where status = 'free' and channels @> array['hub']::text[];
create index slot_free_by_role_mode on slot (network_id, role, mode, start_at, id, opens_at) where status = 'free';
create index slot_free_by_org on slot (network_id, organisation_id, start_at, id, opens_at) where status = 'free';
create index slot_free_by_org_role on slot (network_id, organisation_id, role, start_at, id, opens_at) where status = 'free';
create index slot_free_by_org_role_mode on slot (network_id, organisation_id, role, mode, start_at, id, opens_at) where status = 'free';
create index slot_free_by_org_service on slot (network_id, organisation_id, service_id, start_at, id, opens_at) where status = 'free';
create index slot_free_network_by_role on slot (network_id, role, start_at, id, opens_at) where status = 'free' and channels @> array['network']::text[];
create index slot_free_network_by_role_mode on slot (network_id, role, mode, start_at, id, opens_at) where status = 'free' and channels @> array['network']::text[];
create index slot_free_network_by_service on slot (network_id, service_id, start_at, id, opens_at) where status = 'free' and channels @> array['network']::text[];
