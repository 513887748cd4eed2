-- A sign-in attempt is recorded as a failure before the password is checked (so that concurrent
-- guesses are counted at once), then marked as succeeded: it needs an id to be found again.
alter table login_attempt add column id uuid not null default gen_random_uuid();
