package io.newsgraph.crash;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import io.newsgraph.actor.ActorInput;
import io.newsgraph.event.EventInput;
import io.newsgraph.ingest.Bundle;
import io.newsgraph.location.LocationInput;
import io.newsgraph.source.EvidenceInput;
import io.newsgraph.source.SourceInput;
import io.newsgraph.statement.StatementInput;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a database holds once the app that wrote it is gone, read with plain SQL: the items by slug, their evidence,
 * the change log's channels, and every item without its history or search row (or the reverse).
 */
final class StoredGraph {
    /** Change log entity type to table. */
    private static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        for (String type : List.of("Source", "Actor", "Location", "Role", "Event", "Estimate", "Statement")) {
            TABLES.put(type, type.toLowerCase(Locale.ROOT));
        }
    }

    /** The types with a slug, which are also the searched ones. */
    private static final List<String> SLUGGED = List.of("Source", "Actor", "Location", "Event", "Statement");

    private final Map<String, Set<String>> slugs = new HashMap<>();
    private final Map<String, Integer> evidence = new HashMap<>();
    private final Set<String> channels = new HashSet<>();
    private final List<String> inconsistencies = new ArrayList<>();

    static StoredGraph read(CrashDatabase database) throws SQLException {
        StoredGraph graph = new StoredGraph();
        try (Connection connection = database.open();
                Statement sql = connection.createStatement()) {
            for (String type : SLUGGED) {
                Set<String> stored = new HashSet<>();
                graph.slugs.put(type, stored);
                try (ResultSet rows = sql.executeQuery("select slug from " + TABLES.get(type))) {
                    while (rows.next()) {
                        stored.add(rows.getString(1));
                    }
                }
            }
            for (String type : List.of("Event", "Statement")) {
                String table = TABLES.get(type);
                try (ResultSet rows = sql.executeQuery("select f.slug, count(*) from " + table + " f join evidence e"
                        + " on e." + table + "_id = f.id group by f.slug")) {
                    while (rows.next()) {
                        graph.evidence.put(type + ":" + rows.getString(1), rows.getInt(2));
                    }
                }
            }
            try (ResultSet rows = sql.executeQuery("select distinct via from change_log")) {
                while (rows.next()) {
                    graph.channels.add(rows.getString(1));
                }
            }
            for (Map.Entry<String, String> t : TABLES.entrySet()) {
                String type = t.getKey();
                String table = t.getValue();
                graph.count(
                        sql,
                        type + " rows without a change log entry",
                        "select count(*) from " + table + " t"
                                + " where not exists (select 1 from change_log c where c.entity_type = '" + type + "'"
                                + " and c.entity_id = t.id)");
                graph.count(
                        sql,
                        type + " change log entries without their row",
                        "select count(*) from change_log c"
                                + " where c.entity_type = '" + type + "' and not exists (select 1 from " + table + " t"
                                + " where t.id = c.entity_id)");
                if (SLUGGED.contains(type)) {
                    String search = database.searchTable();
                    String docType = type.toUpperCase(Locale.ROOT);
                    graph.count(
                            sql,
                            type + " rows without a search row",
                            "select count(*) from " + table + " t"
                                    + " where not exists (select 1 from " + search + " s where s.doc_type = '" + docType
                                    + "'"
                                    + " and s.doc_id = t.id)");
                    graph.count(
                            sql,
                            type + " search rows without their row",
                            "select count(*) from " + search + " s"
                                    + " where s.doc_type = '" + docType + "' and not exists (select 1 from " + table
                                    + " t"
                                    + " where t.id = s.doc_id)");
                }
            }
        }
        return graph;
    }

    private void count(Statement sql, String what, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            if (rows.getInt(1) > 0) {
                inconsistencies.add(rows.getInt(1) + " " + what);
            }
        }
    }

    /** Every item of the bundle is stored, statements and events with all their evidence. */
    void assertWhole(String name, Bundle bundle) {
        List<String> missing = new ArrayList<>();
        items(bundle)
                .forEach((type, slugsIn) -> slugsIn.stream()
                        .filter(slug -> !slugs.get(type).contains(slug))
                        .forEach(slug -> missing.add(type + ":" + slug)));
        bundle.statementsOrEmpty().forEach(s -> checkEvidence("Statement:" + s.slug(), s.evidence(), missing));
        bundle.eventsOrEmpty().forEach(e -> checkEvidence("Event:" + e.slug(), e.evidence(), missing));
        assertThat(name + " is stored whole; missing: " + shown(missing), missing.isEmpty());
    }

    private void checkEvidence(String key, List<EvidenceInput> in, List<String> missing) {
        int stored = evidence.getOrDefault(key, 0);
        if (stored != in.size()) {
            missing.add(key + " has " + stored + " of its " + in.size() + " evidence rows");
        }
    }

    /**
     * Nothing the bundle brings is stored: none of its sources, events, statements, and no change log entry of it
     * (which would also show roles and estimates).
     */
    void assertAbsent(String name, Bundle bundle) {
        List<String> found = new ArrayList<>();
        Map<String, List<String>> items = items(bundle);
        for (String type : List.of("Source", "Event", "Statement")) {
            items.get(type).stream().filter(slugs.get(type)::contains).forEach(slug -> found.add(type + ":" + slug));
        }
        String channel = "bundle:" + bundle.sourcesOrEmpty().get(0).slug();
        channels.stream().filter(c -> c.endsWith(channel)).forEach(c -> found.add("change log entries via " + c));
        assertThat(name + " is wholly absent; found: " + shown(found), found.isEmpty());
    }

    /** Every stored item has its change log entries and its search row, and neither is there without the item. */
    void assertConsistent() {
        assertThat("history and search rows match the items", inconsistencies, is(empty()));
    }

    private static String shown(List<String> items) {
        return items.size() + (items.size() > 5 ? ", the first five " + items.subList(0, 5) : " " + items);
    }

    private static Map<String, List<String>> items(Bundle b) {
        return Map.of(
                "Source",
                b.sourcesOrEmpty().stream().map(SourceInput::slug).toList(),
                "Actor",
                b.actorsOrEmpty().stream().map(ActorInput::slug).toList(),
                "Location",
                b.locationsOrEmpty().stream().map(LocationInput::slug).toList(),
                "Event",
                b.eventsOrEmpty().stream().map(EventInput::slug).toList(),
                "Statement",
                b.statementsOrEmpty().stream().map(StatementInput::slug).toList());
    }
}
