-- Whose slots a block covers. A practice's leave block for a GP who also works at a hub used to
-- withdraw that GP's hub slots too, without the hub's say. A block now covers the slots of the
-- organisation that made it; null means every organisation (only the PCN blocks like that, and a
-- site closure is always its own organisation's). Blocks made before this stay network-wide.
alter table slot_block add column organisation_id uuid;
