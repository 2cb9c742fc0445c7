-- Reference data: industry chains, technical fields, districts. Data, not enums: admins edit it.
create table reference_item (
    kind        varchar(32)  not null,
    code        varchar(64)  not null,
    name        varchar(128) not null,
    primary key (kind, code)
);

-- Arrays are varchar[], not text[]: Hibernate binds array parameters as varchar[], and PostgreSQL has
-- no text[] @> varchar[] operator, so containment filters would fail on text[] columns.
create table enterprise (
    id                 uuid primary key,
    name               varchar(200) not null,
    credit_code        char(18)     not null unique,
    district           varchar(64)  not null,
    industry_chains    varchar(64)[] not null default '{}',
    technical_fields   varchar(64)[] not null default '{}',
    size_class         varchar(16)  not null,
    flags              varchar(64)[] not null default '{}',
    contact_person     varchar(64),
    contact_phone      varchar(32),
    contact_email      varchar(254),
    version            bigint       not null,
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null
);

create table problem (
    id                 uuid primary key,
    enterprise_id      uuid         not null references enterprise (id),
    title              varchar(200) not null,
    description        text         not null,
    industry_chain     varchar(64)  not null,
    technical_fields   varchar(64)[] not null default '{}',
    keywords           varchar(64)[] not null default '{}',
    cooperation_modes  varchar(64)[] not null default '{}',
    budget_min         numeric(12, 2),
    budget_max         numeric(12, 2),
    expected_maturity  varchar(32),
    deadline           date,
    visibility         varchar(16)  not null,
    status             varchar(16)  not null,
    version            bigint       not null,
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null
);
create index problem_enterprise_idx on problem (enterprise_id);
create index problem_status_idx on problem (status);

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
