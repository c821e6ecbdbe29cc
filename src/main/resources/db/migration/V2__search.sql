-- Portable full-text index: one row per (term, document), with the term's weight in that document.
-- Maintained by the search indexer whenever the ingest writes; searched by exact term.
create table search_term (
    term      varchar(64) not null,
    doc_type  varchar(20) not null,
    doc_id    bigint      not null,
    weight    integer     not null,
    primary key (term, doc_type, doc_id)
);
create index ix_search_term_doc on search_term (doc_type, doc_id);
