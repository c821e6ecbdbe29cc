package io.newsgraph.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenizerAndSnippetsTest {

    @Test
    void termsAreLowercasedAccentFreeAndWithoutStopWords() {
        assertEquals(Set.of("yoon", "seok", "yeol", "seokyeol"), Tokenizer.terms("Yoon Seok-yeol"));
        assertEquals(Set.of("north", "korea", "troop", "surge"), Tokenizer.terms("North Korea’s Troop Surge"));
        assertEquals(Set.of("zelenskyy", "kyiv"), Tokenizer.terms("Zélenskyy in Kyiv"));
    }

    @Test
    void snippetMarksMatchesAndEscapesHtml() {
        String snippet = Snippets.of(List.of("no match here", "Troops near <Kursk> & beyond"), Set.of("kursk"));
        assertEquals("Troops near &lt;<mark>Kursk</mark>&gt; &amp; beyond", snippet);
    }

    @Test
    void longTextsAreCutAroundTheMatch() {
        String text = "word ".repeat(100) + "Kursk " + "word ".repeat(100);
        String snippet = Snippets.of(List.of(text), Set.of("kursk"));
        assertTrue(snippet.startsWith("…") && snippet.endsWith("…"), snippet);
        assertTrue(snippet.contains("<mark>Kursk</mark>"));
        assertTrue(snippet.length() < 220, snippet);
    }

    @Test
    void textsWithoutTheTermsAreSkippedButFoldedAndJoinedFormsAreFound() {
        assertTrue(Snippets.mayContain("President Zélenskyy said", Set.of("zelenskyy")));
        assertTrue(Snippets.mayContain("Yoon Seok-yeol spoke", Set.of("seokyeol")));
        assertTrue(!Snippets.mayContain("word ".repeat(500), Set.of("kursk")));
        String snippet =
                Snippets.of(List.of("A title without it", "word ".repeat(50) + "near Kursk."), Set.of("kursk"));
        assertTrue(snippet.contains("<mark>Kursk</mark>"), snippet);
        assertEquals("A title without it", Snippets.of(List.of("A title without it", "nothing here"), Set.of("kursk")));
    }
}
