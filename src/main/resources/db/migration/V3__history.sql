-- Every write to the graph, with the state before and after (JSON text), who made it and through what.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15. V2 is kept for the read side.

create sequence change_seq start with 1 increment by 50;

create table change_log (
    id           bigint primary key,
    entity_type  varchar(40)  not null,
    entity_id    bigint       not null,
    operation    varchar(20)  not null,
    before_json  text,
    after_json   text,
    changed_at   timestamp with time zone not null,
    user_name    varchar(200) not null,
    via          varchar(300) not null
);
create index ix_change_log_entity on change_log (entity_type, entity_id);
