-- The portable search index (H2, or PostgreSQL without db/vendor/postgresql V13): one row per document with its
-- terms and their weights ("term weight term weight ..."; empty once the document is deleted), stamped with the
-- graph version of the write that wrote it. Searches hold the inverted index in memory and catch up on the rows of
-- newer versions (TermIndex). It replaces search_term, one row per term and document, which made the search index
-- the bulk of every write (403,215 of 498,000 rows written by a 20k-statement ingest; 678 MB on the 200k graph).
-- Startup rebuilds the rows from the graph (SearchIndexer).
drop table search_term;
create table search_doc (
    doc_type varchar(20)      not null,
    doc_id   bigint           not null,
    version  bigint           not null,
    terms    varchar(1000000) not null,
    primary key (doc_type, doc_id)
);
create index ix_search_doc_version on search_doc (version);
