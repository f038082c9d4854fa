package nl.wijkwijzer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import nl.wijkwijzer.markdown.SimpleProseTest;

/** The searchable text of a Markdown field is the same with and without the plain-prose shortcut. */
class PlainTextTest {
    @Test
    void sameTextAsFlexmarksCollector() throws Exception {
        for (String md : SimpleProseTest.texts()) {
            String expected;
            try {
                expected = SearchDoc.plainWithFlexmark(md);
            } catch (AssertionError e) {
                // flexmark's own internal assertion (only with -ea) on some generated inputs; the
                // shortcut never takes such input, so both ways go through flexmark there.
                assertEquals(null, nl.wijkwijzer.markdown.SimpleProse.paragraphs(md), md);
                continue;
            }
            assertEquals(expected, SearchDoc.plain(md), md);
        }
    }
}
