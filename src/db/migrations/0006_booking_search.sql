-- Slot search for bookers whose channel is a small share of the book (NHS 111, hubs): walking the
-- general free-by-start index would pass over many slots they may not book before finding ten.
-- The search writes the channel as a literal so the planner can match these predicates.
create index slot_free_nhs111_by_start on slot (network_id, start_at) where status = 'free' and channels @> array['nhs111']::text[];
create index slot_free_hub_by_start on slot (network_id, start_at) where status = 'free' and channels @> array['hub']::text[];

-- Deactivating a rota template withdraws its future unbooked slots.
create index slot_by_template on slot (network_id, template_id, start_at);

-- Leave and closures are looked up by time when slots are generated, blocked and freed.
create index slot_block_by_start on slot_block (network_id, starts_at);

-- A practice's own free slots (its reception's first search, and the organisationId filter).
create index slot_free_by_org on slot (network_id, organisation_id, start_at) where status = 'free';
