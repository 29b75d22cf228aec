-- The last time step whose second-factor code was accepted: a code is good once.
alter table person add column totp_last_step bigint;
