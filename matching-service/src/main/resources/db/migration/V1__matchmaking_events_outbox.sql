-- Matchmaking events (对接会): the event, its participants, what they asked for, the pairing and the schedule.
create table mm_event (
    id                   uuid          primary key,
    version              bigint        not null,
    organiser_id         uuid          not null,
    name                 varchar(200)  not null,
    kind                 varchar(16)   not null,
    venue                varchar(300),
    event_date           date          not null,
    slot_start           time          not null,
    slot_minutes         integer       not null,
    slot_count           integer       not null,
    break_after_slots    integer[]     not null,
    break_minutes        integer[]     not null,
    table_count          integer       not null,
    room_url_template    varchar(500),
    focus_chains         varchar(64)[] not null,
    default_min_meetings integer       not null,
    default_max_meetings integer       not null,
    status               varchar(16)   not null,
    total_score          double precision,
    greedy_total_score   double precision,
    paired_at            timestamptz,
    slots_used           integer,
    lower_bound          integer,
    scheduled_at         timestamptz,
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null
);
create index mm_event_organiser_idx on mm_event (organiser_id);

-- An enterprise with its problems or an institution with its results; a cancellation keeps the row.
create table mm_participant (
    id                uuid          primary key,
    event_id          uuid          not null references mm_event (id),
    organisation_type varchar(16)   not null,
    organisation_id   uuid          not null,
    name              varchar(300)  not null,
    item_ids          varchar(64)[] not null,
    item_titles       text[]        not null,
    min_meetings      integer       not null,
    max_meetings      integer       not null,
    unavailable_slots integer[]     not null,
    auto_accept       boolean       not null,
    cancelled_at      timestamptz,
    created_at        timestamptz   not null
);
create unique index mm_participant_once_idx on mm_participant (event_id, organisation_id) where cancelled_at is null;

create table mm_request (
    id                  uuid        primary key,
    event_id            uuid        not null references mm_event (id),
    from_participant_id uuid        not null references mm_participant (id),
    to_participant_id   uuid        not null references mm_participant (id),
    status              varchar(16) not null,
    created_at          timestamptz not null,
    decided_at          timestamptz
);
create unique index mm_request_pair_idx on mm_request (event_id, from_participant_id, to_participant_id);

-- Organiser's rules about a pair: must meet, or never pair (with the reason).
create table mm_pair_rule (
    id             uuid        primary key,
    event_id       uuid        not null references mm_event (id),
    kind           varchar(16) not null,
    participant_a  uuid        not null references mm_participant (id),
    participant_b  uuid        not null references mm_participant (id),
    reason         varchar(32),
    created_at     timestamptz not null
);
create unique index mm_pair_rule_pair_idx on mm_pair_rule (event_id, kind, participant_a, participant_b);

-- A chosen meeting; slot and table once scheduled (both null and a reason when it could not be placed).
create table mm_meeting (
    id                         uuid             primary key,
    event_id                   uuid             not null references mm_event (id),
    enterprise_participant_id  uuid             not null references mm_participant (id),
    institution_participant_id uuid             not null references mm_participant (id),
    problem_id                 varchar(64),
    result_id                  varchar(64),
    topic                      text             not null,
    score                      double precision not null,
    reasons                    text[]           not null,
    source                     varchar(16)      not null,
    slot                       integer,
    table_no                   integer,
    locked                     boolean          not null,
    unplaced_reason            text,
    cancelled_at               timestamptz,
    outcome                    varchar(32),
    outcome_note               text,
    outcome_at                 timestamptz,
    created_at                 timestamptz      not null
);
create index mm_meeting_event_idx on mm_meeting (event_id);

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
