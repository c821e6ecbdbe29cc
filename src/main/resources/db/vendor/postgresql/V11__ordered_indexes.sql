-- Composite indexes in the readers' own orderings (filter or parent column first, then the order, then id), so a
-- filtered first page or a nested page per parent is read from the index in order instead of sorted.
create index if not exists ix_statement_stance_made_on on statement (stance, made_on desc nulls last, id);
create index if not exists ix_statement_speaker_made_on on statement (speaker_id, made_on desc nulls last, id);
create index if not exists ix_statement_subject_event_made_on on statement (subject_event_id, made_on desc nulls last, id);
create index if not exists ix_statement_subject_actor_made_on on statement (subject_actor_id, made_on desc nulls last, id);
create index if not exists ix_actor_kind_name on actor (kind, name, id);
create index if not exists ix_event_kind_started_on on event (kind, started_on desc nulls last, id);
create index if not exists ix_participant_actor_event on event_participant (actor_id, event_id);
