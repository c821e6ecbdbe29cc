-- Native full-text search on PostgreSQL (io.newsgraph.search.PostgresSearch), in place of the portable term table
-- search_term: one weighted tsvector per searchable document (actor, event, statement, source, location) with a GIN
-- index. io.newsgraph.search.SearchDocuments builds the vectors in SQL, in the transaction of the write that changed
-- the document, and at startup for documents that have none yet (a graph loaded by other means).
create table search_document (
    doc_type  varchar(20) not null,
    doc_id    bigint      not null,
    document  tsvector    not null,
    primary key (doc_type, doc_id)
);
create index ix_search_document on search_document using gin (document);
-- No parallel workers for searches: a common word matches tens of thousands of documents, and the planner would then
-- start two workers per search; with many searches at once on few cores that halved the throughput (200k-statement
-- graph, 16 concurrent searches on 2 cores: 17 searches/s with workers, 43 without).
alter table search_document set (parallel_workers = 0);

-- Accents are folded (é -> e) as the Java tokenizer does it: compatibility decomposition (NFKD, which needs a UTF8
-- database), then the combining marks removed. Not the unaccent extension: an extension is per database, needs
-- privileges to create, and would tie every schema to whichever schema created it.
create function newsgraph_fold(t text) returns text
    language sql immutable strict parallel safe
as $$
select regexp_replace(normalize(t, NFKD), '[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]', '', 'g')
$$;

-- The term table is not used on PostgreSQL any more; it stays (empty), so the portable schema is the same everywhere.
truncate search_term;
