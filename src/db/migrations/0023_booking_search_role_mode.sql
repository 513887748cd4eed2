-- Issue 8, slot search: "a GP telephone appointment" walked slot_free_by_role in time order and threw
-- away every face-to-face slot on the way (1,417 index rows read to return 12 at pcn scale; 34k at city
-- scale). With the mode in the key the walk reads only that role's slots of that mode. Partial on free
-- slots like the others, so booking a slot (which leaves every free-slot index) writes nothing here.
create index slot_free_by_role_mode on slot (network_id, role, mode, start_at) where status = 'free';
