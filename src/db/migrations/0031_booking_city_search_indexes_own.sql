-- Issue 8, slot search at city scale (after 0031_booking_city_search_indexes): the practice's own half
-- of a search by role alone read slot_free_by_org and filtered the role. Its result was right and cheap,
-- but PostgreSQL's estimate for that reusable (generic) plan was above its per-call plans, so it planned
-- the statement afresh on every call (0.5 ms, measured: more than the search itself). With the role in
-- the index key the generic plan is as cheap as the per-call ones and is kept.
create index slot_free_by_org_role on slot (network_id, organisation_id, role, start_at) where status = 'free';
