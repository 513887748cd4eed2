-- Issue 8, slot search at city scale: a practice's search by service walked the service's free slots of
-- every practice in time order and threw away those neither its own nor released to the network. A
-- network-wide service (the first-contact physiotherapists, shared by every practice) read 777 slots
-- (411 buffers, EXPLAIN ANALYZE of the prepared statement on the city bench network) to return 11:
-- 0.32 ms of the database's CPU a search. It is now split like the search by role (0031): the
-- practice's own free slots of the service, and the free slots other practices released to the
-- network, each from an index holding only what it may return (queries/slots.ts, freeSlotsQuery).
-- Free-slot indexes only: a booking takes its slot out of them and writes none.
create index slot_free_by_org_service on slot (network_id, organisation_id, service_id, start_at) where status = 'free';
create index slot_free_network_by_service on slot (network_id, service_id, start_at) where status = 'free' and channels @> array['network']::text[];
