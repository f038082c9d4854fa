package nl.wijkwijzer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The shipped search.js, run by node, against Lucene: the same tokens and the same top 10. */
class SearchParityTest {

    static List<String> inflectedWords() throws IOException {
        try (InputStream in = SearchParityTest.class.getResourceAsStream("woordvormen.txt")) {
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#")) {
                    for (String w : line.strip().split(" +")) {
                        if (!w.isEmpty()) {
                            out.add(w);
                        }
                    }
                }
            }
            return out;
        }
    }

    @Test
    void analysisIsIdenticalForTheWholeVocabularyAndTheWordList() throws Exception {
        SearchFixture f = SearchFixture.publiek();
        Set<String> inputs = new LinkedHashSet<>();
        List<String> words = inflectedWords();
        assertTrue(words.size() >= 500, "at least 500 inflected words, got " + words.size());
        inputs.addAll(words);
        for (SearchDoc d : f.index.docs()) {
            for (DutchAnalysis.Token t : DutchAnalysis.tokens(f.index.analysis().rawAnalyzer(), d.text())) {
                inputs.add(d.text().substring(t.start(), t.end()));
            }
        }
        int vocabulary = inputs.size() - words.size();
        assertTrue(vocabulary > 1500, "the default content has a real vocabulary: " + vocabulary);
        // Whole texts too: stop-word gaps, compound parts and multi-word synonyms in context.
        for (SearchDoc d : f.index.docs()) {
            inputs.add(d.text().replace('\n', ' '));
        }
        inputs.add("Wet maatschappelijke ondersteuning en BW, MO of GGZ: schuldhulpverlening bij de woningcorporatie");
        inputs.add("ÉÉN Casuïstiek naïef coöperatie İstanbul straße ÆØÅ œuvre ĳsbeer");
        List<String> lines = new ArrayList<>(inputs);
        List<String> js = f.node("analyze", lines);
        assertEquals(lines.size(), js.size());
        int differences = 0;
        StringBuilder report = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String java = "I:" + SearchFixture.format(f.index.analysis().index(lines.get(i))) + "\tQ:"
                    + SearchFixture.format(f.index.analysis().query(lines.get(i)));
            if (!java.equals(js.get(i))) {
                if (differences++ < 10) {
                    report.append("\n").append(lines.get(i), 0, Math.min(80, lines.get(i).length()))
                            .append("\n  java ").append(java, 0, Math.min(300, java.length()))
                            .append("\n  js   ").append(js.get(i), 0, Math.min(300, js.get(i).length()));
                }
            }
        }
        assertEquals(0, differences, "tokens differ for " + differences + " of " + lines.size() + " inputs:" + report);
    }

    /**
     * The browser marks shown words without the word-part list (search.js matches): every word whose
     * index terms (compound parts included) hold a query term is marked, and fewer others than those.
     */
    @Test
    void marksCoverEveryWordTheIndexMatches() throws Exception {
        SearchFixture f = SearchFixture.publiek();
        DutchAnalysis a = f.index.analysis();
        List<String> queries = List.of("schulden", "woning", "hulp", "zorg", "wonen", "beschermd wonen", "casuïstiek", "gegevens delen");
        List<String> lines = new ArrayList<>();
        List<Set<String>> expected = new ArrayList<>();
        for (String q : queries) {
            Set<String> terms = new LinkedHashSet<>();
            a.query(q).forEach(t -> terms.add(t.term()));
            for (SearchDoc d : f.index.docs()) {
                String text = d.body().replace('\n', ' ').replace('\t', ' ');
                lines.add(String.join(" ", terms) + "\t" + text);
                Set<String> words = new LinkedHashSet<>();
                for (DutchAnalysis.Token t : DutchAnalysis.tokens(a.rawAnalyzer(), text)) {
                    String word = text.substring(t.start(), t.end());
                    if (a.index(word).stream().anyMatch(x -> terms.contains(x.term()))) {
                        words.add(word);
                    }
                }
                expected.add(words);
            }
        }
        List<String> js = f.node("marks", lines);
        int marked = 0;
        int extra = 0;
        int compounds = 0;
        for (int i = 0; i < lines.size(); i++) {
            Set<String> got = new LinkedHashSet<>(List.of(js.get(i).split(" ")));
            got.remove("");
            Set<String> want = expected.get(i);
            Set<String> terms = Set.of(lines.get(i).split("\t")[0].split(" "));
            for (String w : want) {
                assertTrue(got.contains(w), "not marked: " + w + " for " + terms);
                // Matched only through a compound part: neither its stem nor its synonym group is a query term.
                compounds += a.query(w).stream().noneMatch(t -> terms.contains(t.term())) ? 1 : 0;
            }
            marked += got.size();
            extra += (int) got.stream().filter(w -> !want.contains(w)).count();
        }
        assertTrue(compounds > 20, "words marked by a compound part: " + compounds);
        // The part rule also marks words that contain a query word without the index having split them
        // there (e.g. "bewoner" for "wonen"): docs/search.md gives the measured share. It must stay a minority.
        System.out.println("marks: " + marked + " marked words per text, " + extra + " of them not index matches, "
                + compounds + " index matches through a compound part");
        assertTrue(extra * 2 < marked, extra + " of " + marked + " distinct marked words are not matches of the index");
    }

    /** At least 30 queries: words, inflections, synonyms, phrases, prefixes, filters, misses. */
    static final List<String> QUERIES = List.of(
            "0\twoning\t", "0\twoningen\t", "0\tbeschermd wonen\t", "0\tBW\t", "0\tMO\t", "0\tmaatschappelijke opvang\t",
            "0\tschuld\t", "0\tschulden\t", "0\tcorporatie\t", "0\twoningcorporatie\t", "0\tcasuïstiek\t", "0\tcasuistiek\t",
            "0\tAVG\t", "0\tprivacy toestemming\t", "0\tgegevens delen\t", "0\tdagbesteding\t", "0\tbriefadres uitkering\t",
            "0\t\"beschermd wonen\"\t", "0\t\"eerste woning\"\t", "0\twaarborgsom energie\t", "0\tGGZ crisis\t",
            "0\thuisarts\t", "0\toverlast buren\t", "0\tervaringsdeskundige\t", "0\tjaarkaart trein boete\t",
            "0\tverslaving huurcontract\t", "0\tzebrapad xylofoon\t", "0\twoning zebrapad\t", "0\tdoorbraaktafel\t",
            "0\tweeffout\t", "0\twijkteam\t", "0\tWmo\t", "1\twon\t", "1\twonin\t", "1\tbeschermd won\t", "1\tschuldh\t",
            "1\tpriv\t", "1\thuisa\t", "0\twoning\ttype=casus", "0\twoning\tvuistregel=wonen", "0\tbeschermd wonen\ttype=organisatie",
            "0\tschulden\tstatus=doorbraak", "0\tzorg\twijk=zuidoost", "0\t\"maatschappelijke opvang\" woning\t",
            "0\tde het een\t", "0\t\"\t", "1\twoning \"bw\t",
            // forgiving: typos, compounds the index does not hold, prefixes on Enter, graded matching
            "0\twonig\t", "0\thuisarst\t", "0\twijkagnet\t", "0\tdagbestedding\t", "0\tdataminimalistie\t",
            "0\thuurschuld\t", "0\tdrugsverslaving\t", "0\tenergieschuld\t", "0\tschuldh\t", "0\tomklap\t",
            "0\twonig schulden\t", "0\tbeschermd wonen schulden huisarts\t", "0\twoning buren zebrapad\t",
            "0\tqqqqq\t", "0\twoning \"eerste woonig\"\t", "0\thuisarst\ttype=casus");

    @Test
    void rankingIsIdenticalForThirtyQueries() throws Exception {
        SearchFixture f = SearchFixture.publiek();
        List<String> js = f.node("search", QUERIES);
        int withHits = 0;
        for (int i = 0; i < QUERIES.size(); i++) {
            String[] parts = QUERIES.get(i).split("\t", -1);
            Map<String, String> filters = new LinkedHashMap<>();
            for (String kv : parts[2].split("&")) {
                if (!kv.isEmpty()) {
                    filters.put(kv.split("=")[0], kv.split("=")[1]);
                }
            }
            SearchIndex.Result r = f.index.search(parts[1], filters, parts[0].equals("1"), 10);
            StringBuilder java = new StringBuilder().append(r.total()).append('\t').append(r.fallback()).append('\t');
            for (int k = 0; k < r.hits().size(); k++) {
                SearchIndex.Hit h = r.hits().get(k);
                java.append(k == 0 ? "" : " ").append(h.doc()).append(':').append(Math.round(h.score() * QuantizedBM25Similarity.SCALE));
            }
            java.append('\t').append(String.join(" ", r.corrections().stream().map(c -> c.from() + ">" + c.to()).toList()));
            assertEquals(java.toString(), js.get(i), "query " + QUERIES.get(i));
            if (r.total() > 0) {
                withHits++;
            }
        }
        assertTrue(withHits >= 40, "at least 30 queries find something: " + withHits);
    }
}
