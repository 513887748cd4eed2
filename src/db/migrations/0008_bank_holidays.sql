-- Bank holidays loaded by `commons holidays refresh FILE` (GOV.UK's list), added to the list shipped
-- with Commons at start-up. Reference data shared by every network, so no network_id.
create table bank_holiday (
  division text not null,
  date date not null,
  title text not null,
  primary key (division, date)
);
