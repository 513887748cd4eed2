-- A navigation contact notes when reception texted the patient the details of the offer they were
-- signposted to, and which outbox message carried it (messaging owns the message itself).
alter table nav_contact add column offer_texted_at timestamptz;
alter table nav_contact add column offer_text_message_id uuid;
