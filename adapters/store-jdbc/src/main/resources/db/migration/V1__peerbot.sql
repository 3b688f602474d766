-- PeerBot schema. Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.
-- Times are epoch milliseconds (bigint): the same on every database and driver.
-- Member addresses and queued message text are sealed (AES-GCM) by the application; keys are keyed hashes.

create table conversations (
    conv_key        varchar(64)   primary key,
    address         varchar(1024) not null,
    introduced      boolean       not null,
    risk            varchar(32),
    risk_since      bigint,
    recent_prompts  varchar(2000) not null,
    mode            varchar(16)   not null,
    handoff_id      varchar(40),
    pseudonym       varchar(64),
    quiet           boolean       not null,
    last_message_at bigint        not null,
    created_at      bigint        not null
);
create index conversations_last on conversations (last_message_at);

create table handoffs (
    id                varchar(40)   primary key,
    conv_key          varchar(64)   not null,
    member_address    varchar(1024) not null,
    pseudonym         varchar(64),
    urgent            boolean       not null,
    crisis_kind       varchar(32),
    topic             varchar(64),
    requested_at      bigint        not null,
    status            varchar(16)   not null,
    volunteer_id      varchar(160),
    room_platform     varchar(16),
    room_chat         varchar(256),
    claimed_at        bigint,
    lease_until       bigint,
    last_holding_at   bigint,
    last_volunteer_at bigint,
    ended_at          bigint
);
create index handoffs_conv on handoffs (conv_key);
create index handoffs_queue on handoffs (status, urgent, requested_at);
create index handoffs_room on handoffs (room_platform, room_chat);
create index handoffs_volunteer on handoffs (volunteer_id, status);

create table handoff_cards (
    handoff_id varchar(40)  not null,
    platform   varchar(16)  not null,
    message_id varchar(128) not null,
    primary key (handoff_id, platform)
);

create table volunteers (
    volunteer_id    varchar(160) primary key,
    on_duty         boolean      not null,
    cool_down_until bigint
);

create table blocks (
    conv_key     varchar(64)  not null,
    volunteer_id varchar(160) not null,
    blocked_by   varchar(16)  not null,
    primary key (conv_key, volunteer_id)
);

create table outbox (
    id         varchar(64) primary key,
    conv_key   varchar(64),
    platform   varchar(16) not null,
    payload    text,
    urgent     boolean     not null,
    tag        varchar(64),
    due        bigint      not null,
    attempts   integer     not null,
    created_at bigint      not null,
    state      varchar(8)  not null,
    done_at    bigint
);
create index outbox_due on outbox (platform, state, due);
create index outbox_conv on outbox (conv_key);

create table processed_events (
    event_key varchar(200) primary key,
    seen_at   bigint       not null
);
create index processed_events_seen on processed_events (seen_at);
