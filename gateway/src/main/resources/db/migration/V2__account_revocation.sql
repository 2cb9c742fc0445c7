-- Revocation at refresh: a disabled account gets no fresh token, and a password change (or a disabling) raises the
-- generation so tokens issued before it are refused at refresh.
alter table user_account add column disabled boolean not null default false;
alter table user_account add column token_generation integer not null default 0;
