package nl.wijkwijzer.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.wijkwijzer.model.Casus;
import nl.wijkwijzer.model.KnowledgeBase;
import nl.wijkwijzer.model.Organisatie;
import nl.wijkwijzer.model.Vuistregel;
import nl.wijkwijzer.model.Weeffout;
import nl.wijkwijzer.model.Zichtbaarheid;
import nl.wijkwijzer.pages.Labels;
import nl.wijkwijzer.pages.Page;
import nl.wijkwijzer.pages.PagePlanner;
import nl.wijkwijzer.pages.Related;
import nl.wijkwijzer.pages.SitePart;
import nl.wijkwijzer.pages.Urls;

/**
 * Search for one audience: indexes the audience view with Lucene, writes the static search files
 * and the page {@code zoeken.html}, and gives every casus its "vergelijkbare casussen".
 */
public final class SearchPart implements SitePart {
    public static final int RELATED = 5;

    @Override
    public Output contribute(KnowledgeBase view, Zichtbaarheid audience, BuildContext context) {
        return search(view, audience, context);
    }

    private Output search(KnowledgeBase view, Zichtbaarheid audience, BuildContext context) {
        nl.wijkwijzer.util.Timing t = context.cache().profile().timer();
        List<SearchDoc> docs = SearchDoc.of(view, context.cache());
        t.lap("zoeken: documenten");
        try (SearchIndex index = new SearchIndex(DutchAnalysis.shared(view.synoniemen(), context.cache()), docs,
                context.cache().profile().indexBufferMB())) {
            t.lap("zoeken: indexeren");
            SearchExport.export(index, facetValues(view), context.ready(), !context.cache().profile().largeCorpus());
            t.lap("zoeken: exporteren");
            RelatedCases related = new RelatedCases(index, context.cache());
            Map<String, String[]> relatedIds = new java.util.HashMap<>();
            // Held from here until every case page is rendered: per case only the ids of its related cases
            // (shared strings); the links are made when the page's model is.
            Map<String, Casus> byId = view.casusById();
            // Working space per thread, borrowed and given back; it goes with this call (a ThreadLocal would
            // keep it, and the postings it reads, in the pool's threads for the next audience).
            java.util.concurrent.ConcurrentLinkedQueue<RelatedCases.Scratch> scratch = new java.util.concurrent.ConcurrentLinkedQueue<>();
            java.util.stream.IntStream.range(0, index.docs().size()).parallel()
                    .filter(i -> index.docs().get(i).type().equals("casus"))
                    .mapToObj(i -> {
                        RelatedCases.Scratch s = scratch.poll();
                        s = s == null ? related.scratch() : s;
                        try {
                            return Map.entry(index.docs().get(i).id(),
                                    related.of(i, RELATED, s).stream().map(SearchDoc::id).toArray(String[]::new));
                        } finally {
                            scratch.offer(s);
                        }
                    })
                    .toList()
                    .forEach(e -> relatedIds.put(e.getKey(), e.getValue()));
            Related relatedLinks = id -> {
                String[] ids = relatedIds.get(id);
                return ids == null ? List.of() : java.util.Arrays.stream(ids)
                        .map(r -> new PagePlanner.Link(Urls.casusFile(r), byId.get(r).titel())).toList();
            };
            t.lap("zoeken: vergelijkbaar");
            Map<String, Object> model = PagePlanner.frame("zoeken.html", "Zoeken", view, audience);
            model.put("aantal", docs.size());
            return new Output(List.of(new Page("zoeken.html", "zoeken.ftlh", model)), Map.of(), relatedLinks);
        }
    }

    /** The Lucene index of the audience view, as the build makes it (close it after use). */
    public static SearchIndex open(KnowledgeBase view) {
        return new SearchIndex(new DutchAnalysis(view.synoniemen()), SearchDoc.of(view));
    }

    /** Facet name to value id to Dutch label, in display order; "type" first. */
    public static Map<String, Map<String, String>> facetValues(KnowledgeBase view) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        Map<String, String> types = new LinkedHashMap<>();
        types.put("casus", "Casus");
        types.put("weeffout", "Weeffout");
        types.put("vuistregel", "Vuistregel");
        types.put("avg", "Privacy (AVG)");
        types.put("organisatie", "Organisatie");
        types.put("leersessie", "Leersessie");
        types.put("situatie", "Wie helpt bij");
        types.put("deelregel", "Deelwijzer");
        types.put("routekaart", "Routekaart");
        types.put("vragenbank", "Vragenbank");
        types.put("overzicht", "Overzicht");
        out.put("type", types);
        Map<String, String> v = new LinkedHashMap<>();
        for (Vuistregel r : view.vuistregels()) {
            v.put(r.id(), r.kort());
        }
        out.put("vuistregel", v);
        out.put("wijk", new LinkedHashMap<>(view.site().wijken()));
        Map<String, String> status = new LinkedHashMap<>();
        Casus.STATUSSEN.forEach(s -> status.put(s, Labels.of(s)));
        Weeffout.STATUSSEN.forEach(s -> status.put(s, Labels.of(s)));
        out.put("status", status);
        Map<String, String> soort = new LinkedHashMap<>();
        Organisatie.SOORTEN.forEach(s -> soort.put(s, Labels.of(s)));
        out.put("soort", soort);
        return out;
    }
}
