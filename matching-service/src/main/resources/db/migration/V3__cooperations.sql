-- Cooperation projects (合作项目) followed from first contact to industrialisation, each with its dated history.
create table coop_cooperation (
    id              uuid          primary key,
    version         bigint        not null,
    origin          varchar(20)   not null,
    origin_id       uuid          not null,
    title           varchar(300)  not null,
    party_a_type    varchar(20)   not null,
    party_a_id      uuid          not null,
    party_a_name    varchar(300)  not null,
    party_b_type    varchar(20)   not null,
    party_b_id      uuid          not null,
    party_b_name    varchar(300)  not null,
    stage           varchar(20)   not null,
    key_project     boolean       not null default false,
    created_at      timestamptz   not null,
    last_update_at  timestamptz   not null,
    -- open(...) is idempotent per origin: a second call finds this row instead of adding one
    constraint coop_cooperation_origin_uq unique (origin, origin_id)
);
create index coop_cooperation_party_a_idx on coop_cooperation (party_a_id);
create index coop_cooperation_party_b_idx on coop_cooperation (party_b_id);
create index coop_cooperation_last_update_idx on coop_cooperation (last_update_at);

create table coop_stage_change (
    id                uuid           primary key,
    cooperation_id    uuid           not null references coop_cooperation (id),
    stage             varchar(20)    not null,
    at                timestamptz    not null,
    by_role           varchar(20)    not null,
    by_organisation   varchar(300),
    note              varchar(2000),
    contract_amount   numeric(14, 2),
    cooperation_mode  varchar(30),
    reason            varchar(2000)
);
create index coop_stage_change_cooperation_idx on coop_stage_change (cooperation_id, at);

create table coop_follow_up (
    id              uuid           primary key,
    cooperation_id  uuid           not null references coop_cooperation (id),
    note            varchar(2000)  not null,
    at              timestamptz    not null
);
create index coop_follow_up_cooperation_idx on coop_follow_up (cooperation_id, at);
