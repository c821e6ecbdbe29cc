-- As-of reads: when the graph learned each fact. Set by the database on insert (the writing transaction's time, so
-- never after the change log's changed_at of the same write) and never changed by updates. Rows written before this
-- migration take the time of their CREATE in the change log, else the time the row itself recorded, else now.
-- The same on H2 (db/vendor/h2/V12__recorded_at.sql), which first drops three indexes as its V15 does.

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
