package io.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpanLocatorTest {
    private static final String TEXT = "President Joe Biden characterized this situation as “very dangerous,” he said.";

    @Test
    void findsFirstOccurrenceWithUtf16Offsets() {
        SpanLocator.Span span = SpanLocator.locate(TEXT, "very dangerous", null);
        assertEquals("very dangerous", TEXT.substring(span.start(), span.end()));
        assertEquals(TEXT.indexOf("very"), span.start());
    }

    @Test
    void honoursAnExplicitStartAndRejectsAWrongOne() {
        int at = TEXT.indexOf("Biden");
        assertEquals(new SpanLocator.Span(at, at + 5), SpanLocator.locate(TEXT, "Biden", at));
        assertNull(SpanLocator.locate(TEXT, "Biden", at + 1));
    }

    @Test
    void straightQuotesDoNotMatchCurlyOnesButGetAHint() {
        assertNull(SpanLocator.locate(TEXT, "\"very dangerous,\"", null));
        assertTrue(SpanLocator.hint(TEXT, "\"very dangerous,\"").contains("exactly"));
        assertEquals("", SpanLocator.hint(TEXT, "not there at all"));
    }

    @Test
    void singleQuotesForTheSourcesDoubleOnesGetTheHintToo() {
        String text = "Stoltenberg said the step \"will make Finland safer\" on Tuesday.";
        assertNull(SpanLocator.locate(text, "said the step 'will make Finland safer'", null));
        assertTrue(SpanLocator.hint(text, "said the step 'will make Finland safer'")
                .contains("exactly"));
    }

    @Test
    void emptyOrMissingInputFindsNothing() {
        assertNull(SpanLocator.locate(TEXT, "", null));
        assertNull(SpanLocator.locate(null, "x", null));
    }
}
