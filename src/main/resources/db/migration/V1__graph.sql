-- Newsgraph schema: actors, sources, events, statements and the evidence that ties each fact to a source.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.

create sequence actor_seq start with 1 increment by 50;
create sequence location_seq start with 1 increment by 50;
create sequence source_seq start with 1 increment by 50;
create sequence role_seq start with 1 increment by 50;
create sequence event_seq start with 1 increment by 50;
create sequence participant_seq start with 1 increment by 50;
create sequence event_location_seq start with 1 increment by 50;
create sequence estimate_seq start with 1 increment by 50;
create sequence statement_seq start with 1 increment by 50;
create sequence evidence_seq start with 1 increment by 50;

create table source (
    id            bigint primary key,
    slug          varchar(200)  not null,
    title         varchar(1000) not null,
    publisher     varchar(300),
    url           varchar(2000),
    published_on  date,
    language      varchar(20),
    body          varchar(1000000) not null,
    ingested_at   timestamp with time zone not null,
    version       integer not null default 0,
    constraint uk_source_slug unique (slug)
);

create table actor (
    id           bigint primary key,
    slug         varchar(200) not null,
    name         varchar(300) not null,
    kind         varchar(40)  not null,
    description  varchar(4000),
    country_id   bigint references actor (id),
    parent_id    bigint references actor (id),
    wikidata_id  varchar(20),
    created_at   timestamp with time zone not null,
    version      integer not null default 0,
    constraint uk_actor_slug unique (slug)
);
create index ix_actor_kind on actor (kind);
create index ix_actor_country on actor (country_id);
create index ix_actor_parent on actor (parent_id);

create table actor_alias (
    actor_id  bigint not null references actor (id) on delete cascade,
    alias     varchar(300) not null,
    primary key (actor_id, alias)
);
create index ix_actor_alias_alias on actor_alias (alias);

create table location (
    id          bigint primary key,
    slug        varchar(200) not null,
    name        varchar(300) not null,
    kind        varchar(40)  not null,
    country_id  bigint references actor (id),
    parent_id   bigint references location (id),
    version     integer not null default 0,
    constraint uk_location_slug unique (slug)
);

create table role (
    id               bigint primary key,
    person_id        bigint not null references actor (id),
    organization_id  bigint not null references actor (id),
    title            varchar(300) not null,
    since            date,
    until            date,
    version          integer not null default 0,
    constraint uk_role unique (person_id, organization_id, title)
);
create index ix_role_organization on role (organization_id);

create table event (
    id           bigint primary key,
    slug         varchar(200)  not null,
    kind         varchar(40)   not null,
    title        varchar(1000) not null,
    summary      varchar(4000),
    status       varchar(20)   not null,
    started_on   date,
    ended_on     date,
    purpose      varchar(2000),
    domain       varchar(40),
    level        varchar(40),
    follows_id   bigint references event (id),
    part_of_id   bigint references event (id),
    cameo_code   varchar(10),
    plover_code  varchar(40),
    version      integer not null default 0,
    constraint uk_event_slug unique (slug)
);
create index ix_event_kind on event (kind);

create table event_participant (
    id        bigint primary key,
    event_id  bigint not null references event (id) on delete cascade,
    actor_id  bigint not null references actor (id),
    role      varchar(20) not null,
    level     varchar(40),
    position  integer not null,
    constraint uk_event_participant unique (event_id, actor_id, role)
);
create index ix_participant_actor on event_participant (actor_id);

create table event_location (
    id           bigint primary key,
    event_id     bigint not null references event (id) on delete cascade,
    location_id  bigint not null references location (id),
    position     integer not null,
    status       varchar(20),
    arrived_on   date,
    constraint uk_event_location unique (event_id, location_id)
);
create index ix_event_location_location on event_location (location_id);

create table estimate (
    id              bigint primary key,
    event_id        bigint not null references event (id) on delete cascade,
    troops          integer not null,
    qualifier       varchar(20) not null,
    as_of           date,
    reported_by_id  bigint references actor (id),
    constraint ck_estimate_troops check (troops > 0)
);
create index ix_estimate_event on estimate (event_id);

create table statement (
    id                bigint primary key,
    slug              varchar(200) not null,
    speaker_id        bigint not null references actor (id),
    stance            varchar(30)  not null,
    subject_event_id  bigint references event (id),
    subject_actor_id  bigint references actor (id),
    addressee_id      bigint references actor (id),
    quote             varchar(4000),
    summary           varchar(4000) not null,
    made_on           date,
    modality          varchar(20) not null,
    version           integer not null default 0,
    constraint uk_statement_slug unique (slug),
    constraint ck_statement_subject check (
        (subject_event_id is not null and subject_actor_id is null)
        or (subject_event_id is null and subject_actor_id is not null))
);
create index ix_statement_speaker on statement (speaker_id);
create index ix_statement_subject_event on statement (subject_event_id);
create index ix_statement_subject_actor on statement (subject_actor_id);
create index ix_statement_addressee on statement (addressee_id);
create index ix_statement_stance on statement (stance);

-- A span of a source's text supporting exactly one fact. Offsets count UTF-16 code units, start inclusive, end exclusive.
create table evidence (
    id            bigint primary key,
    source_id     bigint not null references source (id),
    quote         varchar(10000) not null,
    start_offset  integer not null,
    end_offset    integer not null,
    statement_id  bigint references statement (id) on delete cascade,
    event_id      bigint references event (id) on delete cascade,
    role_id       bigint references role (id) on delete cascade,
    estimate_id   bigint references estimate (id) on delete cascade,
    constraint ck_evidence_span check (start_offset >= 0 and end_offset > start_offset),
    constraint ck_evidence_one_fact check (
        (case when statement_id is null then 0 else 1 end) + (case when event_id is null then 0 else 1 end)
      + (case when role_id is null then 0 else 1 end) + (case when estimate_id is null then 0 else 1 end) = 1)
);
create index ix_evidence_source on evidence (source_id);
create index ix_evidence_statement on evidence (statement_id);
create index ix_evidence_event on evidence (event_id);
create index ix_evidence_role on evidence (role_id);
create index ix_evidence_estimate on evidence (estimate_id);
