package io.newsgraph.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;

/** Writes a generated graph with plain JDBC batch inserts, referenced tables first. */
final class GraphWriter {
    private static final int BATCH = 1000;
    private static final int COMMIT_EVERY = 20_000;
    private static final OffsetDateTime CREATED = OffsetDateTime.of(2023, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private final Connection connection;

    GraphWriter(Connection connection) {
        this.connection = connection;
    }

    void write(SyntheticGraph g) throws SQLException {
        connection.setAutoCommit(false);
        insert(
                "source",
                "id, slug, title, publisher, url, published_on, language, body, ingested_at",
                g.sources,
                s -> new Object[] {
                    s.id(),
                    s.slug(),
                    s.title(),
                    s.publisher(),
                    s.url(),
                    s.publishedOn(),
                    "en",
                    s.body(),
                    s.publishedOn().plusDays(1).atTime(6, 0).atOffset(ZoneOffset.UTC)
                });
        insert(
                "actor",
                "id, slug, name, kind, description, country_id, parent_id, created_at",
                g.actors,
                a -> new Object[] {
                    a.id(), a.slug(), a.name(), a.kind(), a.description(), a.countryId(), a.parentId(), CREATED
                });
        insert(
                "actor_alias",
                "actor_id, alias",
                g.actors.stream()
                        .flatMap(a -> a.aliases().stream()
                                .filter(x -> !x.equals(a.name()))
                                .distinct()
                                .map(x -> new Object[] {a.id(), x}))
                        .toList(),
                row -> row);
        insert("location", "id, slug, name, kind, country_id, parent_id", g.locations, l ->
                new Object[] {l.id(), l.slug(), l.name(), l.kind(), l.countryId(), l.parentId()});
        insert("role", "id, person_id, organization_id, title, since, until", g.roles, r ->
                new Object[] {r.id(), r.personId(), r.organizationId(), r.title(), r.since(), r.until()});
        insert(
                "event",
                "id, slug, kind, title, summary, status, started_on, ended_on, purpose, domain, level,"
                        + " follows_id, part_of_id, cameo_code, plover_code",
                g.events,
                e -> new Object[] {
                    e.id(),
                    e.slug(),
                    e.kind(),
                    e.title(),
                    e.summary(),
                    e.status(),
                    e.startedOn(),
                    e.endedOn(),
                    e.purpose(),
                    e.domain(),
                    e.level(),
                    e.followsId(),
                    e.partOfId(),
                    e.cameoCode(),
                    e.ploverCode()
                });
        insert("event_participant", "id, event_id, actor_id, role, level, position", g.participants, p ->
                new Object[] {p.id(), p.eventId(), p.actorId(), p.role(), p.level(), p.position()});
        insert("event_location", "id, event_id, location_id, position, status, arrived_on", g.eventLocations, l ->
                new Object[] {l.id(), l.eventId(), l.locationId(), l.position(), l.status(), l.arrivedOn()});
        insert("estimate", "id, event_id, troops, qualifier, as_of, reported_by_id", g.estimates, e ->
                new Object[] {e.id(), e.eventId(), e.troops(), e.qualifier(), e.asOf(), e.reportedById()});
        insert(
                "statement",
                "id, slug, speaker_id, stance, subject_event_id, subject_actor_id, addressee_id, quote,"
                        + " summary, made_on, modality",
                g.statements,
                s -> new Object[] {
                    s.id(),
                    s.slug(),
                    s.speakerId(),
                    s.stance(),
                    s.subjectEventId(),
                    s.subjectActorId(),
                    s.addresseeId(),
                    s.quote(),
                    s.summary(),
                    s.madeOn(),
                    s.modality()
                });
        insert(
                "evidence",
                "id, source_id, quote, start_offset, end_offset, statement_id, event_id, role_id," + " estimate_id",
                g.evidence,
                e -> new Object[] {
                    e.id(),
                    e.sourceId(),
                    e.quote(),
                    e.start(),
                    e.end(),
                    e.statementId(),
                    e.eventId(),
                    e.roleId(),
                    e.estimateId()
                });
        connection.setAutoCommit(true);
    }

    private <T> void insert(String table, String columns, List<T> rows, Function<T, Object[]> values)
            throws SQLException {
        long started = System.nanoTime();
        int width = columns.split(",").length;
        String sql = "insert into " + table + " (" + columns + ") values (" + "?, ".repeat(width - 1) + "?)";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int n = 0;
            for (T row : rows) {
                Object[] v = values.apply(row);
                for (int i = 0; i < v.length; i++) {
                    if (v[i] == null) {
                        ps.setNull(i + 1, Types.NULL);
                    } else {
                        ps.setObject(i + 1, v[i]);
                    }
                }
                ps.addBatch();
                if (++n % BATCH == 0) {
                    ps.executeBatch();
                }
                if (n % COMMIT_EVERY == 0) {
                    connection.commit();
                }
            }
            ps.executeBatch();
            connection.commit();
        }
        System.out.printf("  %-18s %,9d rows  %6.1f s%n", table, rows.size(), (System.nanoTime() - started) / 1e9);
    }
}
