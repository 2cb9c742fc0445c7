-- Reference data: industry chains, technical fields, districts. Data, not enums: admins edit it.
create table reference_item (
    kind        varchar(32)  not null,
    code        varchar(64)  not null,
    name        varchar(128) not null,
    primary key (kind, code)
);

create table institution (
    id                 uuid primary key,
    name               varchar(200) not null,
    type               varchar(32)  not null,
    region             varchar(64)  not null,
    contact_person     varchar(64),
    contact_phone      varchar(32),
    contact_email      varchar(254),
    version            bigint       not null,
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null
);

-- Arrays are varchar[], not text[]: Hibernate binds array parameters as varchar[], and PostgreSQL has
-- no text[] @> varchar[] operator, so the list's containment filters would fail on text[] columns.
create table result (
    id                 uuid primary key,
    institution_id     uuid            not null references institution (id),
    title              varchar(200)    not null,
    summary            text            not null,
    technical_fields   varchar(64)[]   not null default '{}',
    industry_chains    varchar(64)[]   not null default '{}',
    keywords           varchar(32)[]   not null default '{}',
    maturity           varchar(32)     not null,
    patents            varchar(32)[]   not null default '{}',
    cooperation_modes  varchar(32)[]   not null default '{}',
    indicative_price   numeric(12, 2),
    team_lead          varchar(64),
    status             varchar(16)     not null,
    version            bigint          not null,
    created_at         timestamptz     not null,
    updated_at         timestamptz     not null
);
create index result_institution_idx on result (institution_id);
create index result_status_idx on result (status);
-- The list filters by chain and field with array containment (@>), which a GIN index serves.
create index result_industry_chains_idx on result using gin (industry_chains);
create index result_technical_fields_idx on result using gin (technical_fields);

-- Transactional outbox: written in the same transaction as the change it describes,
-- published to Kafka by the relay in seq order.
create table outbox_event (
    seq                bigserial    primary key,
    event_id           uuid         not null unique,
    aggregate_type     varchar(32)  not null,
    aggregate_id       uuid         not null,
    aggregate_version  bigint       not null,
    event_type         varchar(64)  not null,
    payload            text         not null,
    occurred_at        timestamptz  not null,
    published_at       timestamptz
);
create index outbox_unpublished_idx on outbox_event (seq) where published_at is null;
