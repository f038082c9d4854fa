package nl.wijkwijzer.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The site's surface words (lower case, folded, letters only, at least 3 long, no stop words), most
 * frequent first, then alphabetical; grouped by first letter. A query word that matches nothing is
 * corrected to the closest of these (see {@link #closest}); search.js gets the same lists
 * ({@code words-X.js}) and applies the same rule, so a suggestion is always a real word of the site.
 */
public final class Vocabulary {
    static final int MIN_LENGTH = 3;

    private final Map<String, List<String>> byLetter;
    private final List<String> parts;
    private final org.apache.lucene.analysis.CharArraySet partSet;

    private Vocabulary(Map<String, List<String>> byLetter, List<String> parts) {
        this.byLetter = byLetter;
        this.parts = parts;
        this.partSet = org.apache.lucene.analysis.CharArraySet.unmodifiableSet(new org.apache.lucene.analysis.CharArraySet(parts, false));
    }

    /**
     * Counts the surface words of analysed texts ({@link DutchAnalysis.Analyzed#surfaces}, stop words
     * already left out) as the index is built, so the vocabulary needs no second pass over the texts.
     * Not thread-safe: one thread adds.
     */
    public static final class Counter {
        private final Map<String, int[]> count = new HashMap<>();

        public void add(DutchAnalysis.Analyzed analyzed) {
            for (String w : analyzed.surfaces()) {
                int[] c = count.get(w);
                if (c == null) {
                    count.put(w, c = new int[1]);
                }
                c[0]++;
            }
        }

        public Vocabulary vocabulary(DutchAnalysis analysis) {
            return of(count, analysis);
        }
    }

    private static Vocabulary of(Map<String, int[]> counted, DutchAnalysis analysis) {
        Map<String, int[]> count = new HashMap<>();
        counted.forEach((w, c) -> {
            if (w.length() >= MIN_LENGTH && lettersOnly(w)) {
                count.put(w, c);
            }
        });
        Set<String> all = counted.keySet();
        List<String> ranked = new ArrayList<>(count.keySet());
        ranked.sort((a, b) -> count.get(b)[0] != count.get(a)[0] ? Integer.compare(count.get(b)[0], count.get(a)[0]) : a.compareTo(b));
        Map<String, List<String>> byLetter = new TreeMap<>();
        ranked.forEach(w -> byLetter.computeIfAbsent(w.substring(0, 1), k -> new ArrayList<>()).add(w));
        // A part that is neither a word of the site nor a part the index made of one finds nothing here,
        // so the browser gets only these (parts.js). They include every part the index side used, so
        // splitting a word of the site with them gives what splitting it with all of woorddelen.txt gives
        // (at each position the longest part of the whole list is among them, and they hold nothing
        // longer): the browser marks compound parts in shown text with this list (search.js matches).
        Set<String> used = new java.util.TreeSet<>();
        all.forEach(w -> used.addAll(analysis.indexParts(w)));
        Set<String> parts = new java.util.TreeSet<>(used);
        analysis.wordParts().stream().filter(count::containsKey).forEach(parts::add);
        return new Vocabulary(byLetter, List.copyOf(parts));
    }

    private static boolean lettersOnly(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    /** The word parts of {@code woorddelen.txt} that are words of the site or parts the index split a word of the site into, sorted. */
    public List<String> parts() {
        return parts;
    }

    /** The parts of a folded word that matches nothing (the query side of compound splitting). */
    public List<String> split(String foldedWord, DutchAnalysis analysis) {
        return analysis.parts(foldedWord, partSet);
    }

    /** First letter to words, most frequent first. */
    public Map<String, List<String>> byLetter() {
        return byLetter;
    }

    /** Most typos are over within this many edits; a 3-4 letter word allows one. */
    static int limit(String word) {
        return word.length() <= 4 ? 1 : 2;
    }

    /**
     * The closest word within {@code max} edits (optimal string alignment: a swap of two neighbours is
     * one edit), looking at words that start with the first or the second letter of {@code word}, in that
     * order, most frequent first: the first word with the smallest distance wins. Null when none.
     */
    public String closest(String word, int max) {
        String best = null;
        int bestD = max + 1;
        List<String> letters = new ArrayList<>();
        letters.add(word.substring(0, 1));
        if (word.length() > 1 && !letters.contains(word.substring(1, 2))) {
            letters.add(word.substring(1, 2));
        }
        for (String letter : letters) {
            for (String w : byLetter.getOrDefault(letter, List.of())) {
                if (Math.abs(w.length() - word.length()) >= bestD || w.equals(word)) {
                    continue;
                }
                int d = distance(word, w, bestD);
                if (d < bestD) {
                    bestD = d;
                    best = w;
                }
            }
        }
        return best;
    }

    /** Optimal string alignment distance; anything at or above {@code cap} is returned as {@code cap}. */
    static int distance(String a, String b, int cap) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin >= cap) {
                return cap;
            }
        }
        return Math.min(d[n][m], cap);
    }
}
