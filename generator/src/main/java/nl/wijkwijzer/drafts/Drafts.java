package nl.wijkwijzer.drafts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import nl.wijkwijzer.diagnostics.Diagnostics;
import nl.wijkwijzer.diagnostics.Quote;
import nl.wijkwijzer.model.AvgHoofdstuk;
import nl.wijkwijzer.model.Casus;
import nl.wijkwijzer.model.KnowledgeBase;
import nl.wijkwijzer.model.Leersessie;
import nl.wijkwijzer.model.Organisatie;
import nl.wijkwijzer.model.Origin;
import nl.wijkwijzer.model.Situatie;
import nl.wijkwijzer.model.Vuistregel;
import nl.wijkwijzer.model.Weeffout;

/**
 * Records marked {@code concept: true} (drafts). The loader keeps them in the knowledge base, so they
 * are checked like any record and references to them resolve; {@code serve} shows them with a
 * "concept" label ({@link ConceptLabels}); every build leaves them out ({@link #published}).
 *
 * <p>A published record that refers to a draft is an error, in {@code check}, {@code build} and
 * {@code serve} alike: the build would publish a link to a page that is not there. Drafts may refer
 * to each other and to published records.
 *
 * <p>Drafts are known by the path of their file ({@link Origin#path()}), so no model record carries
 * a draft flag.
 */
public final class Drafts {
    private Drafts() {
    }

    /** {@code kb} without its drafts: what every build publishes. */
    public static KnowledgeBase published(KnowledgeBase kb, Set<String> drafts) {
        if (drafts.isEmpty()) {
            return kb;
        }
        return new KnowledgeBase(kb.site(), keep(kb.vuistregels(), Vuistregel::origin, drafts),
                keep(kb.casussen(), Casus::origin, drafts), keep(kb.weeffouten(), Weeffout::origin, drafts),
                keep(kb.avg(), AvgHoofdstuk::origin, drafts), kb.deelregels(),
                keep(kb.organisaties(), Organisatie::origin, drafts), keep(kb.leersessies(), Leersessie::origin, drafts),
                keep(kb.situaties(), Situatie::origin, drafts), kb.routekaart(), kb.vragenbank(), kb.monitor(),
                kb.synoniemen());
    }

    private static <T> List<T> keep(List<T> items, Function<T, Origin> origin, Set<String> drafts) {
        return items.stream().filter(i -> !drafts.contains(origin.apply(i).path())).toList();
    }

    /**
     * The output paths (relative to one audience's root) of the drafts' own pages, for the label in
     * {@code serve}.
     */
    public static Set<String> pagePaths(KnowledgeBase kb, Set<String> drafts) {
        Set<String> paths = new TreeSet<>();
        if (drafts.isEmpty()) {
            return paths;
        }
        pages(paths, kb.vuistregels(), Vuistregel::origin, Vuistregel::id, "vuistregels/", drafts);
        pages(paths, kb.casussen(), Casus::origin, Casus::id, "casuistiek/", drafts);
        pages(paths, kb.weeffouten(), Weeffout::origin, Weeffout::id, "weeffouten/", drafts);
        pages(paths, kb.avg(), AvgHoofdstuk::origin, AvgHoofdstuk::id, "avg/", drafts);
        pages(paths, kb.organisaties(), Organisatie::origin, Organisatie::id, "wijknetwerk/", drafts);
        pages(paths, kb.leersessies(), Leersessie::origin, Leersessie::id, "leersessies/", drafts);
        for (Leersessie l : kb.leersessies()) {
            if (drafts.contains(l.origin().path())) {
                paths.add("leersessies/" + l.id() + "-handout.html");
            }
        }
        return paths;
    }

    private static <T> void pages(Set<String> paths, List<T> items, Function<T, Origin> origin, Function<T, String> id,
            String folder, Set<String> drafts) {
        for (T item : items) {
            if (drafts.contains(origin.apply(item).path())) {
                paths.add(folder + id.apply(item) + ".html");
            }
        }
    }

    /** Reports each reference from a published record to a draft, naming both files. */
    public static void check(KnowledgeBase kb, Set<String> drafts, Diagnostics diagnostics) {
        if (drafts.isEmpty()) {
            return;
        }
        Map<String, String> vuistregels = draftIds(kb.vuistregels(), Vuistregel::origin, Vuistregel::id, drafts);
        Map<String, String> casussen = draftIds(kb.casussen(), Casus::origin, Casus::id, drafts);
        Map<String, String> weeffouten = draftIds(kb.weeffouten(), Weeffout::origin, Weeffout::id, drafts);
        Map<String, String> organisaties = draftIds(kb.organisaties(), Organisatie::origin, Organisatie::id, drafts);
        Map<String, String> hoofdstukken = draftIds(kb.avg(), AvgHoofdstuk::origin, AvgHoofdstuk::id, drafts);
        List<Ref> refs = new ArrayList<>();
        for (Vuistregel v : kb.vuistregels()) {
            list(refs, v.origin(), "partners", v.partners(), organisaties, "organisatie");
        }
        for (Casus c : kb.casussen()) {
            list(refs, c.origin(), "vuistregels", c.vuistregels(), vuistregels, "vuistregel");
            list(refs, c.origin(), "partijen", c.partijen(), organisaties, "organisatie");
            List<String> blokkades = c.blokkadeWeeffouten();
            for (int i = 0; i < blokkades.size(); i++) {
                one(refs, c.origin(), "blokkades[" + (i + 1) + "].weeffout", blokkades.get(i), weeffouten, "weeffout");
            }
        }
        for (Organisatie o : kb.organisaties()) {
            list(refs, o.origin(), "vuistregels", o.vuistregels(), vuistregels, "vuistregel");
        }
        for (Leersessie l : kb.leersessies()) {
            list(refs, l.origin(), "casussen", l.casussen(), casussen, "casus");
            list(refs, l.origin(), "vuistregels", l.vuistregels(), vuistregels, "vuistregel");
        }
        for (Situatie s : kb.situaties()) {
            for (int i = 0; i < s.organisaties().size(); i++) {
                one(refs, s.origin(), "organisaties[" + (i + 1) + "].organisatie", s.organisaties().get(i).organisatie(),
                        organisaties, "organisatie");
            }
            list(refs, s.origin(), "vuistregels", s.vuistregels(), vuistregels, "vuistregel");
        }
        kb.routekaart().ifPresent(r -> {
            for (int i = 0; i < r.stappen().size(); i++) {
                list(refs, r.origin(), "stappen[" + (i + 1) + "].wie", r.stappen().get(i).wie(), organisaties, "organisatie");
                list(refs, r.origin(), "stappen[" + (i + 1) + "].vuistregels", r.stappen().get(i).vuistregels(), vuistregels,
                        "vuistregel");
            }
        });
        for (int i = 0; i < kb.deelregels().regels().size(); i++) {
            var regel = kb.deelregels().regels().get(i);
            one(refs, regel.origin(), "regels[" + (i + 1) + "].hoofdstuk", regel.hoofdstuk(), hoofdstukken, "hoofdstuk");
        }
        for (Ref ref : refs) {
            if (drafts.contains(ref.from().path())) {
                continue;
            }
            diagnostics.error(ref.from().at(ref.field()), "verwijst-naar-concept",
                    "verwijst naar " + ref.kind() + " " + Quote.of(ref.id()) + ", maar dat is nog een concept (" + ref.draft()
                            + " heeft concept: true) en komt niet in de site",
                    "haal 'concept: true' weg uit " + ref.draft() + " als het klaar is, of zet deze verwijzing er pas dan in");
        }
    }

    private record Ref(Origin from, String field, String id, String kind, String draft) {
    }

    private static void list(List<Ref> refs, Origin from, String field, List<String> ids, Map<String, String> drafts,
            String kind) {
        for (int i = 0; i < ids.size(); i++) {
            one(refs, from, field + "[" + (i + 1) + "]", ids.get(i), drafts, kind);
        }
    }

    private static void one(List<Ref> refs, Origin from, String field, String id, Map<String, String> drafts, String kind) {
        String draft = drafts.get(id);
        if (draft != null) {
            refs.add(new Ref(from, field, id, kind, draft));
        }
    }

    /** id -> file of each draft of one kind. */
    private static <T> Map<String, String> draftIds(List<T> items, Function<T, Origin> origin, Function<T, String> id,
            Set<String> drafts) {
        Map<String, String> ids = new HashMap<>();
        for (T item : items) {
            String path = origin.apply(item).path();
            if (drafts.contains(path)) {
                ids.putIfAbsent(id.apply(item), path);
            }
        }
        return ids;
    }
}
