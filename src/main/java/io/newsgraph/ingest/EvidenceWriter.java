package io.newsgraph.ingest;

import io.newsgraph.ingest.StoredParts.EvidenceOwner;
import io.newsgraph.source.Evidence;
import io.newsgraph.source.EvidenceInput;
import io.newsgraph.source.Source;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/** Writes the evidence of the facts one bundle writes, located in the sources it cites (checked before). */
final class EvidenceWriter {
    private final StoredItems items;
    private final StoredParts stored;

    EvidenceWriter(StoredItems items, StoredParts stored) {
        this.items = items;
        this.stored = stored;
    }

    /**
     * Makes the fact's evidence from the sources this bundle cites equal to {@code wanted}; evidence from other
     * sources is kept. {@code fresh}: the fact is new and has none. True when anything changed.
     */
    boolean replace(
            EvidenceOwner owner, Long factId, boolean fresh, List<EvidenceInput> wanted, Consumer<Evidence> attach) {
        List<Evidence> desired = spans(wanted, attach);
        if (fresh) {
            desired.forEach(e -> e.persist());
            return true;
        }
        Set<Long> citedSources = new LinkedHashSet<>();
        desired.forEach(e -> citedSources.add(e.source.id));
        List<Evidence> current = stored.evidence(owner, factId).stream()
                .filter(e -> citedSources.contains(e.source.id))
                .toList();
        Function<Evidence, String> key = e -> e.source.id + "/" + e.startOffset + "/" + e.endOffset;
        Set<String> before = new LinkedHashSet<>(current.stream().map(key).toList());
        Set<String> after = new LinkedHashSet<>(desired.stream().map(key).toList());
        if (before.equals(after)) {
            return false;
        }
        current.forEach(Evidence::delete);
        desired.forEach(e -> e.persist());
        return true;
    }

    /** The evidence spans located in their sources, each span once, attached to their fact but not persisted. */
    List<Evidence> spans(List<EvidenceInput> wanted, Consumer<Evidence> attach) {
        List<Evidence> spans = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (EvidenceInput in : wanted) {
            Source source = items.sources.get(items.sourceSlug(in));
            SpanLocator.Span span = SpanLocator.locate(source.body, in.text(), in.start());
            if (seen.add(source.slug + "/" + span.start() + "/" + span.end())) {
                Evidence e = new Evidence();
                e.source = source;
                e.quote = in.text();
                e.startOffset = span.start();
                e.endOffset = span.end();
                attach.accept(e);
                spans.add(e);
            }
        }
        return spans;
    }
}
