package io.newsgraph.source;

import io.newsgraph.graph.batch.ReadModel;
import io.newsgraph.graph.relay.GlobalId;
import io.newsgraph.graph.relay.Node;
import io.newsgraph.graph.sql.Row;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Source")
@Description("A news report the graph was built from. Every statement, event, role and estimate cites one or more.")
public class SourceNode extends ReadModel implements Node {
    static final String COLUMNS = Source.COLUMNS.select();

    private final long id;
    private final String slug;
    private final String title;
    private final String publisher;
    private final String url;
    private final LocalDate publishedOn;
    private final String language;
    private final OffsetDateTime ingestedAt;

    SourceNode(Object[] values, int at) {
        this(Source.COLUMNS.row(values, at));
    }

    SourceNode(Row row) {
        id = row.id("id");
        slug = row.text("slug");
        title = row.text("title");
        publisher = row.text("publisher");
        url = row.text("url");
        publishedOn = row.date("published_on");
        language = row.text("language");
        ingestedAt = row.timestamp("ingested_at");
    }

    @Override
    public long dbId() {
        return id;
    }

    @Id
    @NonNull
    @Override
    @Description("Opaque global id; fetch the object again with `node(id:)`.")
    public String getId() {
        return GlobalId.of("Source", id);
    }

    @NonNull
    @Description("Stable natural key of the report.")
    public String getSlug() {
        return slug;
    }

    @NonNull
    @Description("Headline.")
    public String getTitle() {
        return title;
    }

    @Description("Outlet that published it; empty when the report does not say.")
    public String getPublisher() {
        return publisher;
    }

    @Description("Where it can be read, when known.")
    public String getUrl() {
        return url;
    }

    @Description("Publication date, when known.")
    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    @Description("BCP 47 language tag of the text, e.g. `en`.")
    public String getLanguage() {
        return language;
    }

    @NonNull
    @Description("When this report was loaded into the graph.")
    public OffsetDateTime getIngestedAt() {
        return ingestedAt;
    }
}
