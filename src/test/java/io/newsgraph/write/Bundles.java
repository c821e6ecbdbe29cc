package io.newsgraph.write;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsgraph.Gql;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/** Test bundles as GraphQL variables, and snapshots of the graph to prove a rejection changed nothing. */
final class Bundles {
    static final String INGEST = """
            mutation Ingest($bundle: BundleInput!, $dryRun: Boolean) {
              ingestBundle(bundle: $bundle, dryRun: $dryRun) { dryRun counts { type created updated unchanged } }
            }""";

    private Bundles() {}

    static Map<String, Object> load(String resource) {
        try (InputStream in = Bundles.class.getClassLoader().getResourceAsStream(resource)) {
            return new ObjectMapper().readValue(in, new TypeReference<Map<String, Object>>() {});
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> g7() {
        return load("bundles/g7-ukraine-loan.bundle.json");
    }

    /** Counts and a fingerprint of every list and of the history: equal before and after means nothing changed. */
    static String graph() {
        String lists = """
                { actors(first: 100) { totalCount nodes { slug name aliases } }
                  statements(first: 100) { totalCount nodes { slug summary } }
                  events(first: 100) { totalCount nodes { slug title } }
                  sources { totalCount } locations(first: 100) { totalCount nodes { slug name } } }""";
        return Gql.data(lists).prettify() + changeCount();
    }

    static int changeCount() {
        List<String> ids = Gql.data("{ actors(first: 100) { nodes { id } } }").getList("data.actors.nodes.id");
        int count = 0;
        for (String id : ids) {
            count += Gql.data("query($id: ID!) { history(id: $id) { operation } }", Map.of("id", id))
                    .getList("data.history")
                    .size();
        }
        return count;
    }
}
