-- Accounts of the platform's users. The password is stored only as a slow salted hash (PBKDF2-HMAC-SHA256).
create table user_account (
    id               uuid primary key,
    username         varchar(64)  not null unique,
    password_hash    varchar(255) not null,
    role             varchar(16)  not null check (role in ('enterprise', 'institution', 'organiser', 'admin')),
    -- the enterprise or institution this user created, learnt from its owning service; null until then
    organisation_id  uuid,
    created_at       timestamptz  not null
);
