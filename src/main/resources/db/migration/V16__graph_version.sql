-- One number that every committed write raises (once per transaction, under the row's lock, so in commit order).
-- Readers keep counts computed at a version and reuse them while the number has not moved, on every instance.
create table graph_version (
    id      int primary key,
    version bigint not null
);
insert into graph_version (id, version) values (1, 0);
