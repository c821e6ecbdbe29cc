package io.newsgraph.search;

import io.newsgraph.graph.sql.Columns;

/** One row of the search index: a document's terms with their weights, stamped with the graph version it saw. */
record SearchDoc(SearchType docType, long docId, long version, String terms) {
    static final Columns<SearchDoc> COLUMNS = Columns.<SearchDoc>of("search_doc", "d")
            .enumerated("doc_type", SearchDoc::docType)
            .number("doc_id", SearchDoc::docId)
            .number("version", SearchDoc::version)
            .text("terms", SearchDoc::terms)
            .build();
}
