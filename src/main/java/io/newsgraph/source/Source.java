package io.newsgraph.source;

import io.newsgraph.graph.sql.Columns;
import io.newsgraph.graph.sql.Slugged;
import io.newsgraph.graph.write.Recorded;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/** A news report, with its full text kept verbatim so evidence spans can be checked against it. */
@Entity
@Table(name = "source")
public class Source extends PanacheEntityBase implements Slugged, Recorded {
    /** The columns of table source but its text (read apart, by SourceReader.texts). */
    public static final Columns<Source> COLUMNS = Columns.<Source>of("source", "s")
            .id(s -> s.id)
            .text("slug", s -> s.slug)
            .text("title", s -> s.title)
            .text("publisher", s -> s.publisher)
            .text("url", s -> s.url)
            .date("published_on", s -> s.publishedOn)
            .text("language", s -> s.language)
            .timestamp("ingested_at", s -> s.ingestedAt)
            .notInHistory()
            .version()
            .recordedAt()
            .build();

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "source_seq")
    @SequenceGenerator(name = "source_seq", sequenceName = "source_seq", allocationSize = 50)
    public Long id;

    public String slug;
    public String title;
    public String publisher;
    public String url;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    public String language;
    public String body;

    @Column(name = "ingested_at")
    public OffsetDateTime ingestedAt;

    @Version
    public int version;

    /** The state recorded in the history (the text is immutable and left out). */
    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> s = COLUMNS.snapshot(this);
        s.put("textLength", body == null ? 0 : body.length());
        s.put("version", version);
        return s;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getSlug() {
        return slug;
    }
}
