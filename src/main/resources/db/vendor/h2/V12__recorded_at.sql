-- As-of reads: when the graph learned each fact. Set by the database on insert (the writing transaction's time, so
-- never after the change log's changed_at of the same write) and never changed by updates. Rows written before this
-- migration take the time of their CREATE in the change log, else the time the row itself recorded, else now.
-- The same as db/vendor/postgresql/V12__recorded_at.sql, after dropping the single-column statement indexes that V15
-- drops (see there why): H2 rebuilds a table to add a column, and the rebuilt foreign keys would take these indexes
-- as their own, after which V15 could no longer drop them.
drop index if exists ix_statement_speaker;
drop index if exists ix_statement_subject_event;
drop index if exists ix_statement_subject_actor;

alter table actor add column recorded_at timestamp with time zone default current_timestamp not null;
alter table role add column recorded_at timestamp with time zone default current_timestamp not null;
alter table location add column recorded_at timestamp with time zone default current_timestamp not null;
alter table source add column recorded_at timestamp with time zone default current_timestamp not null;
alter table event add column recorded_at timestamp with time zone default current_timestamp not null;
alter table estimate add column recorded_at timestamp with time zone default current_timestamp not null;
alter table statement add column recorded_at timestamp with time zone default current_timestamp not null;

update actor set recorded_at = coalesce((select min(c.changed_at) from change_log c
    where c.entity_type = 'Actor' and c.entity_id = actor.id and c.operation = 'CREATE'), created_at);
update source set recorded_at = coalesce((select min(c.changed_at) from change_log c
    where c.entity_type = 'Source' and c.entity_id = source.id and c.operation = 'CREATE'), ingested_at);
update role set recorded_at = coalesce((select min(c.changed_at) from change_log c
    where c.entity_type = 'Role' and c.entity_id = role.id and c.operation = 'CREATE'), recorded_at);
update location set recorded_at = coalesce((select min(c.changed_at) from change_log c
    where c.entity_type = 'Location' and c.entity_id = location.id and c.operation = 'CREATE'), recorded_at);
update event set recorded_at = coalesce((select min(c.changed_at) from change_log c
    where c.entity_type = 'Event' and c.entity_id = event.id and c.operation = 'CREATE'), recorded_at);
update estimate set recorded_at = coalesce((select min(c.changed_at) from change_log c
    where c.entity_type = 'Estimate' and c.entity_id = estimate.id and c.operation = 'CREATE'), recorded_at);
update statement set recorded_at = coalesce((select min(c.changed_at) from change_log c
    where c.entity_type = 'Statement' and c.entity_id = statement.id and c.operation = 'CREATE'), recorded_at);

-- No index on recorded_at: an as-of bound filters rows that the other conditions and the ordered indexes already
-- select, and H2, which picks indexes by selectivity alone, would prefer a range index on it to the ordered ones.
