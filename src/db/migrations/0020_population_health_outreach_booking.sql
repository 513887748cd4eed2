-- Outreach invitations that book. The invitation's link is the patients' one link scheme (patient_link):
-- purpose 'outreach', and subject_id names the record of the module the link is about (here the
-- outreach entry), so a new kind of link needs no new column. The entry keeps the appointment booked
-- through it, from which attended and did-not-attend are read back from booking.
alter table patient_link drop constraint patient_link_purpose_check;
alter table patient_link add constraint patient_link_purpose_check check (purpose in ('appointment', 'consultation', 'offer', 'fft', 'outreach'));
alter table patient_link add column subject_id uuid;

alter table phm_outreach_entry add column appointment_id uuid;
alter table phm_outreach_entry drop constraint phm_outreach_entry_status_check;
alter table phm_outreach_entry add constraint phm_outreach_entry_status_check
  check (status in ('to-contact', 'invited', 'contacted', 'booked', 'attended', 'did-not-attend', 'declined', 'no-response'));
