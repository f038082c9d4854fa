package nl.wijkwijzer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import nl.wijkwijzer.markdown.Markdown;
import nl.wijkwijzer.util.BuildCache;
import nl.wijkwijzer.util.BuildProfile;

/** A guide page's headings become search documents at the ids the page itself renders. */
class GuideSectionsTest {
    static final String BODY = """
            Inleiding zonder kop.

            ## Wat is een grondslag?
            Een *grondslag* is de reden om gegevens te delen.

            ### Toestemming
            Toestemming is zelden de juiste grondslag.

            ## Wat is een grondslag?
            Dezelfde kop nog eens: de pagina geeft hem een eigen id.

            ## Leeg
            """;

    @Test
    void sectionIdsAreTheRenderedHeadingIds() {
        List<String> rendered = Jsoup.parseBodyFragment(Markdown.toHtml(BODY).html()).select("h2[id], h3[id]").eachAttr("id");
        List<String> sections = Markdown.sections(BODY).stream().map(Markdown.Section::id).toList();
        assertEquals(rendered, sections);
        assertEquals(4, sections.size(), sections.toString());
        assertEquals(4, sections.stream().distinct().count(), "a repeated heading gets its own id: " + sections);
    }

    @Test
    void eachHeadingWithTextIsADocumentUnderItsPage() {
        var plain = BuildCache.of(BuildProfile.DEFAULT).memo(SearchDoc.PLAIN);
        List<SearchDoc> docs = SearchDoc.headings("grondslagen", "Grondslagen", "avg/grondslagen.html", "avg", Map.of(), BODY, plain);
        List<String> ids = Markdown.sections(BODY).stream().map(Markdown.Section::id).toList();
        assertEquals(List.of("avg/grondslagen.html#" + ids.get(0), "avg/grondslagen.html#" + ids.get(1), "avg/grondslagen.html#" + ids.get(2)),
                docs.stream().map(SearchDoc::url).toList(), "the empty last section is no document");
        assertEquals("Grondslagen: Wat is een grondslag?", docs.get(0).title());
        assertEquals("Een grondslag is de reden om gegevens te delen.", docs.get(0).body());
        assertEquals("Toestemming is zelden de juiste grondslag.", docs.get(1).body());
    }
}
