-- What a Friends and Family Test answer followed, kept on the answer when it is recorded: 'appointment'
-- or 'request' (null: the answer names neither), the organisation that gave the appointment or handled
-- the request, the role, the site (appointments only), the channel (the appointment's mode, or how the
-- request came in) and the national category (appointments only). The dashboard splits answers by these;
-- reading them from the appointment table at view time joined every answer of the period to it, 7 to 12 s
-- for a city's year (docs/analytics.md, Performance). An appointment's role, site and mode do not change
-- once it has been attended, which is when the answer is invited.
alter table fft_response
  add column follows text check (follows in ('appointment', 'request')),
  add column delivered_by uuid,
  add column role text,
  add column site_id uuid,
  add column channel text,
  add column national_category text;

update fft_response r set follows = 'appointment', delivered_by = a.provider_organisation_id, role = a.role, site_id = a.site_id, channel = a.mode,
  national_category = a.national_category
from appointment a
where a.network_id = r.network_id and a.id = r.appointment_id;

update fft_response r set follows = 'request', delivered_by = c.assigned_practice_id, role = c.assigned_role, channel = c.channel
from consultation c
where r.appointment_id is null and c.network_id = r.network_id and c.id = r.consultation_id;
