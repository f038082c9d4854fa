package nl.wijkwijzer.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Mends the words of a query that match nothing, in this order (search.js {@code repair} does the same):
 * <ol>
 * <li>the last word, at least {@link SearchIndex#PREFIX_MIN} long, as a prefix (also on Enter);</li>
 * <li>a real word of the site one edit away ({@link Vocabulary#closest}), said to the user;</li>
 * <li>the word split into word parts from hunspell-nl that are words of the site ({@link Vocabulary#parts});
 * every part that matches something becomes its own clause;</li>
 * <li>a real word of the site two edits away (words of 5 letters or more).</li>
 * </ol>
 * With {@code exact} no word is replaced by another or split into parts (the user asked for what they
 * typed); only the prefix step stays, as while typing.
 */
final class QueryRepair {
    record Correction(String from, String to) {
    }

    record Repaired(SearchQuery query, List<Correction> corrections) {
    }

    private QueryRepair() {
    }

    static Repaired repair(SearchQuery q, DutchAnalysis analysis, ToIntFunction<String> df, Function<String, List<String>> expand,
            Vocabulary vocabulary, boolean exact) {
        List<Set<String>> clauses = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<Correction> corrections = new ArrayList<>();
        int lastFree = -1;
        for (int i = 0; i < q.sources().size(); i++) {
            if (q.sources().get(i) != null) {
                lastFree = i;
            }
        }
        for (int i = 0; i < q.clauses().size(); i++) {
            Set<String> clause = q.clauses().get(i);
            String source = q.sources().get(i);
            if (source == null || clause.stream().anyMatch(t -> df.applyAsInt(t) > 0)) {
                clauses.add(clause);
                sources.add(source);
                continue;
            }
            String word = DutchAnalysis.fold(source);
            List<Set<String>> mended = mend(source, word, i == lastFree, clause, analysis, df, expand, vocabulary, exact, corrections);
            clauses.addAll(mended);
            mended.forEach(c -> sources.add(null));
        }
        return new Repaired(new SearchQuery(clauses, q.phrases(), sources), corrections);
    }

    private static List<Set<String>> mend(String source, String word, boolean last, Set<String> clause, DutchAnalysis analysis,
            ToIntFunction<String> df, Function<String, List<String>> expand, Vocabulary vocabulary, boolean exact,
            List<Correction> corrections) {
        if (last && word.length() >= SearchIndex.PREFIX_MIN) {
            List<String> more = expand.apply(word);
            if (!more.isEmpty()) {
                Set<String> c = new LinkedHashSet<>(clause);
                c.addAll(more);
                return List.of(c);
            }
        }
        String near = exact ? null : vocabulary.closest(word, 1);
        if (near != null) {
            corrections.add(new Correction(source, near));
            return List.of(terms(analysis, near));
        }
        List<Set<String>> parts = new ArrayList<>();
        for (String part : exact ? List.<String>of() : vocabulary.split(word, analysis)) {
            Set<String> c = terms(analysis, part);
            if (c.stream().anyMatch(t -> df.applyAsInt(t) > 0)) {
                parts.add(c);
            }
        }
        if (!parts.isEmpty()) {
            return parts;
        }
        near = exact || Vocabulary.limit(word) < 2 ? null : vocabulary.closest(word, 2);
        if (near != null) {
            corrections.add(new Correction(source, near));
            return List.of(terms(analysis, near));
        }
        return List.of(clause);
    }

    private static Set<String> terms(DutchAnalysis analysis, String word) {
        Set<String> out = new LinkedHashSet<>();
        analysis.query(word).forEach(t -> out.add(t.term()));
        return out;
    }
}
