package io.newsgraph.source;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** A news report, with its full text kept verbatim so evidence spans can be checked against it. */
@Entity
@Table(name = "source")
public class Source extends PanacheEntityBase {
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
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("slug", slug);
        s.put("title", title);
        s.put("publisher", publisher);
        s.put("url", url);
        s.put("publishedOn", publishedOn);
        s.put("language", language);
        s.put("textLength", body == null ? 0 : body.length());
        s.put("version", version);
        return s;
    }
}
