-- A network set up by its own administrators (commons init and the administration pages), not only the demo.

-- Partner organisations: social care, community and voluntary services sit beside practices, hubs and NHS 111.
alter table organisation drop constraint organisation_kind_check;
alter table organisation add constraint organisation_kind_check
  check (kind in ('practice', 'pcn', 'hub', 'nhs111', 'social-care', 'community', 'voluntary', 'external'));

-- Practices, PCNs and NHS providers have ODS codes; a voluntary group or a council team often has none.
alter table organisation alter column ods_code drop not null;
