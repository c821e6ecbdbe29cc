-- H2 picks an index by filter selectivity alone: with both (stance) and (stance, made_on desc nulls last, id) it takes
-- the first, reads every matching row and sorts, so a first page of 20 cost as much as all matches (19,000 rows on a
-- 200,000-statement graph). The composites of V11 start with the same columns and serve the same filters.
drop index if exists ix_statement_stance;
drop index if exists ix_statement_speaker;
drop index if exists ix_statement_subject_event;
drop index if exists ix_statement_subject_actor;
drop index if exists ix_actor_kind;
drop index if exists ix_event_kind;
