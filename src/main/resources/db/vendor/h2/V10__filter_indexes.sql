-- Indexes for the filters, orderings and joins V1 did not cover (H2). Same set as db/vendor/postgresql/V10.
create index if not exists ix_event_status on event (status);
create index if not exists ix_event_started_on on event (started_on, id);
create index if not exists ix_event_follows on event (follows_id);
create index if not exists ix_event_part_of on event (part_of_id);
create index if not exists ix_estimate_reported_by on estimate (reported_by_id);
create index if not exists ix_statement_modality on statement (modality);
create index if not exists ix_statement_made_on on statement (made_on, id);
create index if not exists ix_actor_name on actor (name, id);
create index if not exists ix_location_kind on location (kind);
create index if not exists ix_location_country on location (country_id);
create index if not exists ix_location_parent on location (parent_id);
create index if not exists ix_location_name on location (name, id);
create index if not exists ix_source_published_on on source (published_on, id);
