-- Contact grants from ib.contact.events (published by matching-service when a connection is accepted or a meeting
-- is published): grantee_id may read owner_id's contact details while the grant is not revoked. One row per grant
-- and institution of ours among its parties; version is the event's aggregate version, so an older or repeated
-- event changes nothing.
create table contact_grant (
    grant_id      uuid        not null,
    owner_id      uuid        not null,
    grantee_id    uuid        not null,
    grantee_type  varchar(16) not null,
    version       bigint      not null,
    revoked       boolean     not null,
    updated_at    timestamptz not null,
    primary key (grant_id, owner_id)
);

-- who may read an institution's contact details: looked up by owner and caller's organisation on every read
create index contact_grant_owner_grantee on contact_grant (owner_id, grantee_id) where not revoked;
