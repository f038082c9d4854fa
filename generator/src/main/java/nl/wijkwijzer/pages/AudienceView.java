package nl.wijkwijzer.pages;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import nl.wijkwijzer.model.Casus;
import nl.wijkwijzer.model.KnowledgeBase;
import nl.wijkwijzer.model.Leersessie;
import nl.wijkwijzer.model.Zichtbaarheid;

/**
 * The knowledge base as one audience may see it. Every later stage (pages, search, report, sitemap)
 * works on this view only, so a professionals-only record cannot leak into a public build through
 * any of them.
 */
public final class AudienceView {
    private AudienceView() {
    }

    public static KnowledgeBase filter(KnowledgeBase kb, Zichtbaarheid audience) {
        List<Casus> casussen = kb.casussen().stream().filter(c -> c.zichtbaarheid().visibleTo(audience)).toList();
        Set<String> visibleCases = casussen.stream().map(Casus::id).collect(Collectors.toSet());
        Set<String> visibleWeeffouten = kb.weeffouten().stream().filter(w -> w.zichtbaarheid().visibleTo(audience))
                .map(w -> w.id()).collect(Collectors.toSet());
        casussen = casussen.stream().map(c -> withVisibleBlockers(c, visibleWeeffouten)).toList();
        List<Leersessie> leersessies = kb.leersessies().stream()
                .filter(l -> l.zichtbaarheid().visibleTo(audience))
                .map(l -> new Leersessie(l.id(), l.titel(), l.thema(), l.doel(), l.duur(), l.vuistregels(),
                        l.casussen().stream().filter(visibleCases::contains).toList(), l.vragen(), l.werkvormen(),
                        audience == Zichtbaarheid.PROFESSIONALS ? l.trainersnotities() : "", l.zichtbaarheid(), l.origin()))
                .toList();
        return new KnowledgeBase(kb.site(), kb.vuistregels(), casussen,
                kb.weeffouten().stream().filter(w -> w.zichtbaarheid().visibleTo(audience)).toList(),
                kb.avg().stream().filter(h -> h.zichtbaarheid().visibleTo(audience)).toList(), kb.deelregels(),
                kb.organisaties().stream().filter(o -> o.zichtbaarheid().visibleTo(audience)).toList(), leersessies,
                kb.situaties().stream().filter(s -> s.zichtbaarheid().visibleTo(audience)).toList(), kb.routekaart(),
                kb.vragenbank(), kb.monitor(), kb.synoniemen());
    }

    /** A blocker pointing at a weeffout this audience may not see keeps its text but loses the link. */
    private static Casus withVisibleBlockers(Casus c, Set<String> visible) {
        if (c.blokkadeWeeffouten().stream().allMatch(w -> w.isEmpty() || visible.contains(w))) {
            return c;
        }
        List<Casus.Blokkade> blokkades = c.blokkades().stream()
                .map(b -> b.heeftWeeffout() && !visible.contains(b.weeffout()) ? new Casus.Blokkade("", b.toelichting()) : b)
                .toList();
        return c.withBlokkades(blokkades);
    }
}
