-- A one-term search ranks the term's documents by weight (TermSearch): with this index H2 reads the first page in
-- order instead of sorting every document that contains the term (a common word is in 100,000 documents of a
-- 200k-statement graph). PostgreSQL searches its own full-text index (V13) and leaves the term table empty.
create index if not exists ix_search_term_rank on search_term (term, weight desc, doc_type, doc_id);
