package nl.wijkwijzer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Relevance on the real default content, through the same query path the browser mirrors. */
class SearchRelevanceTest {

    private static List<String> urls(String q, Map<String, String> filters, boolean prefix) throws Exception {
        return SearchFixture.publiek().index.search(q, filters, prefix, 100).hits().stream().map(h -> h.page().url()).toList();
    }

    @Test
    void analysisExamples() throws Exception {
        DutchAnalysis a = SearchFixture.publiek().index.analysis();
        assertEquals("woning/1", SearchFixture.format(a.query("woningen")));
        assertEquals("woning/1", SearchFixture.format(a.query("woning")));
        // A one-word synonym keeps its own stem beside the group token; a multi-word one becomes the token.
        assertEquals("casuistiek/1 _casus/0", SearchFixture.format(a.query("Casuïstiek")));
        assertEquals("_bw/1", SearchFixture.format(a.query("beschermd wonen")));
        assertEquals("bw/1 _bw/0", SearchFixture.format(a.query("BW")));
        // Synonym groups reach compound parts on the index side.
        assertTrue(SearchFixture.format(a.index("huurschulden")).contains("schuld/0 _schuld/0"), SearchFixture.format(a.index("huurschulden")));
        // The reviewed stem exceptions: agent nouns with their verb, strong verbs, "weten" apart from "wet".
        assertEquals("hur/1", SearchFixture.format(a.query("huurders")));
        assertEquals(SearchFixture.format(a.query("huren")), SearchFixture.format(a.query("huurder")));
        assertEquals(SearchFixture.format(a.query("helpen")), SearchFixture.format(a.query("geholpen")));
        assertEquals("wet/1", SearchFixture.format(a.query("wet")));
        assertEquals("weten/1", SearchFixture.format(a.query("weet")));
        // Parts from hunspell-nl (woorddelen.txt), longest match: "hulpverlening" is a part of its own, and
        // 3-letter words such as "dag" are no parts (docs/search.md).
        assertEquals("schuldhulpverlen/1 schuld/0 hulpverlen/0 _schuld/0", SearchFixture.format(a.index("schuldhulpverlening")));
        assertEquals("woningcorporatie/1 woning/0 corporatie/0 _corporatie/0", SearchFixture.format(a.index("woningcorporatie")));
        assertEquals("dagbested/1 bested/0 _dagbested/0", SearchFixture.format(a.index("dagbesteding")));
        assertEquals("", SearchFixture.format(a.query("de het een")));
        assertEquals("werk/1 _social_dienst/0 inkom/2", SearchFixture.format(a.index("werk en inkomen")));
    }

    @Test
    void stemmingFindsInflectedForms() throws Exception {
        List<String> woning = urls("woning", Map.of(), false);
        assertEquals(woning, urls("woningen", Map.of(), false));
        assertTrue(woning.contains("weeffouten/krappe-woningmarkt.html"), woning.toString());
    }

    @Test
    void diacriticsAreFolded() throws Exception {
        List<String> hits = urls("financiën", Map.of(), false);
        assertTrue(hits.contains("vuistregels/financien.html"), hits.toString());
        assertEquals(hits, urls("financien", Map.of(), false));
        assertEquals(hits, urls("FINANCIËN", Map.of(), false));
    }

    @Test
    void abbreviationsFindTheirLongForm() throws Exception {
        List<String> bw = urls("BW", Map.of(), false);
        // The same pages; "BW" ranks pages that write the abbreviation itself a little higher.
        assertEquals(bw.stream().sorted().toList(), urls("beschermd wonen", Map.of(), false).stream().sorted().toList());
        assertTrue(bw.contains("casuistiek/omklapwoning-na-beschermd-wonen.html"), bw.toString());
        assertEquals(urls("MO", Map.of(), false).stream().sorted().toList(),
                urls("maatschappelijke opvang", Map.of(), false).stream().sorted().toList());
    }

    @Test
    void compoundPartsAreFound() throws Exception {
        assertTrue(urls("schuld", Map.of(), false).contains("wijknetwerk/schuldhulpverlening.html"));
        assertTrue(urls("corporatie", Map.of(), false).contains("wijknetwerk/woningcorporatie.html"));
    }

    @Test
    void phraseIsStricterThanWords() throws Exception {
        List<String> words = urls("eigen woning", Map.of(), false);
        List<String> phrase = urls("\"eigen woning\"", Map.of(), false);
        assertFalse(phrase.isEmpty());
        assertTrue(words.containsAll(phrase));
        assertTrue(phrase.size() < words.size(), phrase.size() + " < " + words.size());
        // A phrase that never occurs falls back to pages with any of its words.
        assertTrue(SearchFixture.publiek().index.search("\"eerste woning\"", Map.of(), false, 10).fallback());
    }

    @Test
    void prefixMatchesWhileTypingAndOnEnterWhenTheLastWordMatchesNothing() throws Exception {
        // On Enter too (issue 20): "wonin" is no word of the site, so it is read as the start of one.
        assertTrue(urls("wonin", Map.of(), false).contains("weeffouten/krappe-woningmarkt.html"));
        // A last word that matches something stays itself on Enter.
        assertEquals(urls("woning", Map.of(), false), urls("woningen", Map.of(), false));
        assertEquals(urls("woning", Map.of(), true).get(0).isEmpty(), false);
        assertTrue(urls("wonin", Map.of(), true).contains("weeffouten/krappe-woningmarkt.html"));
    }

    @Test
    void filtersNarrowTheResults() throws Exception {
        List<String> all = urls("woning", Map.of(), false);
        List<String> cases = urls("woning", Map.of("type", "casus"), false);
        assertFalse(cases.isEmpty());
        assertTrue(cases.size() < all.size());
        assertTrue(cases.stream().allMatch(u -> u.startsWith("casuistiek/")), cases.toString());
        List<String> wonen = urls("woning", Map.of("type", "casus", "vuistregel", "wonen"), false);
        assertTrue(cases.containsAll(wonen) && !wonen.isEmpty());
    }

    @Test
    void noResultFallsBackToAnyWord() throws Exception {
        SearchIndex.Result r = SearchFixture.publiek().index.search("woning zebrapadxylofoon", Map.of(), false, 10);
        assertTrue(r.fallback());
        assertEquals(urls("woning", Map.of(), false).subList(0, 10), r.hits().stream().map(h -> h.page().url()).toList());
    }
}
