-- A Friends and Family Test answer follows one appointment or online request: the link it was given
-- through names that record in subject_id (the generic "what this link is about" column of 0020).
-- Links made before this carry it in appointment_id or consultation_id; copy it across so every FFT and
-- request link reads the same way. fft_response already keeps appointment_id / consultation_id.
update patient_link set subject_id = appointment_id where purpose = 'fft' and subject_id is null and appointment_id is not null;
update patient_link set subject_id = consultation_id where purpose = 'consultation' and subject_id is null and consultation_id is not null;
-- The dashboard joins answers to their appointment or request by id.
create index if not exists fft_response_by_appointment on fft_response (network_id, appointment_id) where appointment_id is not null;
create index if not exists fft_response_by_consultation on fft_response (network_id, consultation_id) where consultation_id is not null;
