-- Issue 8, slot search at city scale: a practice's search by role (and mode) walked every practice's
-- free slots of that role in time order and threw away those neither its own nor released to the
-- network (at city scale most: a practice keeps its telephone slots to itself and many are under
-- embargo), so "GP, telephone" read about 900 slots to return 11. The search by role is now two
-- (queries/slots.ts, freeSlotsQuery): the practice's own free slots of that role (and mode; by role
-- alone, see 0031_booking_city_search_indexes_own), and the free slots
-- released to the network of that role (and mode), each from an index holding only what it may return.
-- Free-slot indexes only: a booking takes its slot out of every one of them and writes none.
create index slot_free_by_org_role_mode on slot (network_id, organisation_id, role, mode, start_at) where status = 'free';
create index slot_free_network_by_role on slot (network_id, role, start_at) where status = 'free' and channels @> array['network']::text[];
create index slot_free_network_by_role_mode on slot (network_id, role, mode, start_at) where status = 'free' and channels @> array['network']::text[];
