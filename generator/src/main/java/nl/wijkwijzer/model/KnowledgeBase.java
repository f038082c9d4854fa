package nl.wijkwijzer.model;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The whole loaded content, immutable. Lists are sorted by id (vuistregels by nummer). */
public record KnowledgeBase(Site site, List<Vuistregel> vuistregels, List<Casus> casussen, List<Weeffout> weeffouten,
        List<AvgHoofdstuk> avg, Deelregels deelregels, List<Organisatie> organisaties, List<Leersessie> leersessies,
        List<Situatie> situaties, Optional<Routekaart> routekaart, Map<String, List<String>> vragenbank,
        Optional<Monitor> monitor, List<List<String>> synoniemen) {

    public Map<String, Casus> casusById() {
        return index(casussen, Casus::id);
    }

    public Map<String, Weeffout> weeffoutById() {
        return index(weeffouten, Weeffout::id);
    }

    public Map<String, Organisatie> organisatieById() {
        return index(organisaties, Organisatie::id);
    }

    public Map<String, Vuistregel> vuistregelById() {
        return index(vuistregels, Vuistregel::id);
    }

    /** The same knowledge base with the case of the same id replaced by {@code replacement}. */
    public KnowledgeBase withCasus(Casus replacement) {
        List<Casus> list = casussen.stream().map(c -> c.id().equals(replacement.id()) ? replacement : c).toList();
        return new KnowledgeBase(site, vuistregels, list, weeffouten, avg, deelregels, organisaties, leersessies, situaties,
                routekaart, vragenbank, monitor, synoniemen);
    }

    /**
     * A HashMap, not {@code Map.copyOf}: the immutable maps probe linearly, and ids made in sequence
     * (casus-baa, casus-bab, ...) have consecutive hash codes that pile up in one run of the table. At
     * 10,000 case ids a lookup took ~10x as long as in a HashMap (measured, C1 and C2 alike).
     */
    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> byId = new HashMap<>(items.size() * 4 / 3 + 1);
        for (T item : items) {
            byId.putIfAbsent(id.apply(item), item);
        }
        return Collections.unmodifiableMap(byId);
    }
}
