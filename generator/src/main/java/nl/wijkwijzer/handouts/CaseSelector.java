package nl.wijkwijzer.handouts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

import nl.wijkwijzer.model.Casus;
import nl.wijkwijzer.model.KnowledgeBase;

/**
 * Proposes a varied set of cases for a new leersessie. Greedy: each round takes the case that adds
 * the most weeffouten and wijken not yet covered, plus a bonus for recent, well-documented cases.
 * Near-duplicates of a chosen case are skipped; similarity is the cosine of TF-IDF vectors taken
 * from Lucene term vectors of an in-memory index of all cases (Dutch analysis).
 */
public final class CaseSelector {
    /** Cosine similarity from which two cases count as near-duplicates. */
    public static final double DUPLICATE = 0.5;
    static final double WEIGHT_WEEFFOUT = 2.0;
    static final double WEIGHT_WIJK = 1.5;
    private static final String TEXT = "tekst";

    /** One chosen case with the gain that decided it and the reasons in Dutch. */
    public record Choice(Casus casus, double score, List<String> nieuweWeeffouten, boolean nieuweWijk, double kwaliteit,
            List<String> redenen) {
    }

    /** A candidate left out because it looks too much like a chosen case. */
    public record Skipped(Casus casus, Casus lijktOp, double gelijkenis) {
    }

    public record Proposal(List<Choice> gekozen, List<Skipped> overgeslagen, int kandidaten) {
    }

    /** Lucene warns once that the vector module is off; irrelevant for a few dozen cases. */
    private static final java.util.logging.Logger LUCENE_VECTORS =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    static {
        LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
    }

    private final KnowledgeBase kb;
    private final Map<String, Map<String, Double>> vectors;

    public CaseSelector(KnowledgeBase kb) {
        this.kb = kb;
        this.vectors = tfidf(kb.casussen());
    }

    /** @param wijk empty for all wijken; otherwise only cases from that wijk */
    public Proposal propose(String vuistregel, int aantal, String wijk) {
        List<Casus> candidates = kb.casussen().stream()
                .filter(c -> c.vuistregels().contains(vuistregel))
                .filter(c -> wijk == null || wijk.isEmpty() || c.wijk().equals(wijk))
                .sorted(Comparator.comparing(Casus::id)).toList();
        LocalDate oldest = candidates.stream().map(Casus::datum).filter(d -> d != null).min(Comparator.naturalOrder()).orElse(null);
        LocalDate newest = candidates.stream().map(Casus::datum).filter(d -> d != null).max(Comparator.naturalOrder()).orElse(null);
        List<Choice> chosen = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        Set<String> weeffouten = new LinkedHashSet<>();
        Set<String> wijken = new LinkedHashSet<>();
        List<Casus> open = new ArrayList<>(candidates);
        while (chosen.size() < aantal && !open.isEmpty()) {
            Choice best = null;
            for (Casus c : open) {
                List<String> nieuw = weeffoutenVan(c).stream().filter(w -> !weeffouten.contains(w)).toList();
                boolean nieuweWijk = !wijken.contains(c.wijk());
                double q = quality(c, oldest, newest);
                double score = WEIGHT_WEEFFOUT * nieuw.size() + (nieuweWijk ? WEIGHT_WIJK : 0) + q;
                if (best == null || score > best.score() + 1e-9 || (Math.abs(score - best.score()) <= 1e-9
                        && newerFirst(c, best.casus()) < 0)) {
                    best = new Choice(c, score, nieuw, nieuweWijk, q, List.of());
                }
            }
            Choice pick = new Choice(best.casus(), best.score(), best.nieuweWeeffouten(), best.nieuweWijk(), best.kwaliteit(),
                    reasons(best));
            chosen.add(pick);
            open.remove(pick.casus());
            weeffouten.addAll(weeffoutenVan(pick.casus()));
            wijken.add(pick.casus().wijk());
            for (Casus c : List.copyOf(open)) {
                double sim = similarity(c.id(), pick.casus().id());
                if (sim >= DUPLICATE) {
                    skipped.add(new Skipped(c, pick.casus(), sim));
                    open.remove(c);
                }
            }
        }
        return new Proposal(List.copyOf(chosen), List.copyOf(skipped), candidates.size());
    }

    private static int newerFirst(Casus a, Casus b) {
        Comparator<Casus> byDate = Comparator.comparing(Casus::datum, Comparator.nullsLast(Comparator.reverseOrder()));
        return byDate.thenComparing(Casus::id).compare(a, b);
    }

    private static List<String> weeffoutenVan(Casus c) {
        return c.blokkadeWeeffouten().stream().filter(w -> !w.isEmpty()).distinct().sorted()
                .toList();
    }

    /**
     * 0 to 3.5: recency within the candidates (0-1), length of situatie and oplossing (0-1, full at
     * 1500 characters), and half a point each for costs of both routes, a waardendriehoek and leervragen.
     */
    static double quality(Casus c, LocalDate oldest, LocalDate newest) {
        double recency = 0;
        if (c.datum() != null && oldest != null) {
            long span = ChronoUnit.DAYS.between(oldest, newest);
            recency = span == 0 ? 1 : (double) ChronoUnit.DAYS.between(oldest, c.datum()) / span;
        }
        double length = Math.min(1.0, (c.situatie().length() + c.oplossing().length()) / 1500.0);
        return recency + length + (hasKosten(c) ? 0.5 : 0) + (hasDriehoek(c) ? 0.5 : 0) + (c.leervragen().isEmpty() ? 0 : 0.5);
    }

    static boolean hasKosten(Casus c) {
        return c.kosten() != null && !c.kosten().standaard().isEmpty() && !c.kosten().maatwerk().isEmpty();
    }

    static boolean hasDriehoek(Casus c) {
        var w = c.waardendriehoek();
        return w != null && !w.rendement().isBlank() && !w.legitimering().isBlank() && !w.betrokkenheid().isBlank();
    }

    private List<String> reasons(Choice ch) {
        Casus c = ch.casus();
        List<String> r = new ArrayList<>();
        if (!ch.nieuweWeeffouten().isEmpty()) {
            var titles = kb.weeffoutById();
            r.add((ch.nieuweWeeffouten().size() == 1 ? "nieuwe weeffout: " : "nieuwe weeffouten: ") + String.join(", ",
                    ch.nieuweWeeffouten().stream().map(w -> titles.containsKey(w) ? titles.get(w).titel() : w).toList()));
        } else if (weeffoutenVan(c).isEmpty()) {
            r.add("geen bekende weeffout");
        } else {
            r.add("geen nieuwe weeffout");
        }
        r.add((ch.nieuweWijk() ? "nieuwe wijk: " : "wijk al gekozen: ") + kb.site().wijkNaam(c.wijk()));
        List<String> doc = new ArrayList<>();
        if (hasKosten(c)) {
            doc.add("kosten");
        }
        if (hasDriehoek(c)) {
            doc.add("waardendriehoek");
        }
        if (!c.leervragen().isEmpty()) {
            doc.add(c.leervragen().size() + (c.leervragen().size() == 1 ? " leervraag" : " leervragen"));
        }
        r.add(doc.isEmpty() ? "weinig uitgewerkt" : "uitgewerkt met " + String.join(", ", doc));
        if (c.datum() != null) {
            r.add("besproken op " + nl.wijkwijzer.pages.Format.date(c.datum()));
        }
        return List.copyOf(r);
    }

    /** Cosine similarity of two cases' TF-IDF vectors, 0 when either is unknown. */
    public double similarity(String a, String b) {
        Map<String, Double> va = vectors.getOrDefault(a, Map.of());
        Map<String, Double> vb = vectors.getOrDefault(b, Map.of());
        double dot = 0;
        for (var e : va.entrySet()) {
            Double w = vb.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        double na = norm(va);
        double nb = norm(vb);
        return na == 0 || nb == 0 ? 0 : dot / (na * nb);
    }

    private static double norm(Map<String, Double> v) {
        return Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
    }

    static String text(Casus c) {
        String blokkades = String.join("\n", c.blokkades().stream().map(Casus.Blokkade::toelichting).toList());
        return String.join("\n", c.titel(), c.samenvatting(), c.situatie(), blokkades, c.oplossing());
    }

    private static Map<String, Map<String, Double>> tfidf(List<Casus> cases) {
        FieldType withVectors = new FieldType();
        withVectors.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        withVectors.setTokenized(true);
        withVectors.setStoreTermVectors(true);
        withVectors.freeze();
        Map<String, Map<String, Double>> out = new HashMap<>();
        try (Analyzer analyzer = new DutchAnalyzer(); ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                for (Casus c : cases) {
                    Document d = new Document();
                    d.add(new StringField("id", c.id(), Field.Store.YES));
                    d.add(new Field(TEXT, text(c), withVectors));
                    w.addDocument(d);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                int n = reader.numDocs();
                TermVectors tv = reader.termVectors();
                var stored = reader.storedFields();
                for (int doc = 0; doc < reader.maxDoc(); doc++) {
                    String id = stored.document(doc).get("id");
                    Map<String, Double> v = new HashMap<>();
                    Terms terms = tv.get(doc, TEXT);
                    if (terms != null) {
                        TermsEnum te = terms.iterator();
                        BytesRef t;
                        while ((t = te.next()) != null) {
                            long tf = te.totalTermFreq();
                            int df = reader.docFreq(new Term(TEXT, BytesRef.deepCopyOf(t)));
                            double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
                            v.put(t.utf8ToString(), (1 + Math.log(tf)) * idf);
                        }
                    }
                    out.put(id, v);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
