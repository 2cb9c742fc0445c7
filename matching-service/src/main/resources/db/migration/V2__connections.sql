-- Connection requests (对接申请) between the owners of two matched items, and the message thread of an accepted one.
create table cx_connection (
    id                uuid           primary key,
    version           bigint         not null,
    status            varchar(16)    not null,
    requester_type    varchar(16)    not null,
    requester_id      uuid           not null,
    requester_account uuid           not null,
    requester_name    varchar(300)   not null,
    receiver_type     varchar(16)    not null,
    receiver_id       uuid           not null,
    receiver_name     varchar(300)   not null,
    from_kind         varchar(16)    not null,
    from_item_id      uuid           not null,
    from_title        varchar(300)   not null,
    to_kind           varchar(16)    not null,
    to_item_id        uuid           not null,
    to_title          varchar(300)   not null,
    -- the receiver's item is a confidential problem: the requester learns whose it is only on acceptance
    to_anonymous      boolean        not null,
    message           text           not null,
    cooperation_modes varchar(32)[]  not null,
    match_score       double precision,
    match_strength    varchar(8),
    matched_terms     text[],
    created_at        timestamptz    not null,
    answered_at       timestamptz,
    decline_reason    varchar(32),
    decline_note      varchar(500),
    grant_revoked_at  timestamptz
);
create index cx_connection_requester_idx on cx_connection (requester_id, created_at desc);
create index cx_connection_receiver_idx on cx_connection (receiver_id, created_at desc);
create index cx_connection_account_idx on cx_connection (requester_account, created_at);
create index cx_connection_pending_idx on cx_connection (created_at) where status = 'PENDING';
-- one open request per pair of items, whichever side asked
create unique index cx_connection_open_pair_idx on cx_connection
    (least(from_item_id, to_item_id), greatest(from_item_id, to_item_id)) where status = 'PENDING';

create table cx_message (
    id            uuid          primary key,
    connection_id uuid          not null references cx_connection (id),
    author_id     uuid          not null,
    text          text          not null,
    sent_at       timestamptz   not null,
    read_at       timestamptz
);
create index cx_message_connection_idx on cx_message (connection_id, sent_at, id);
