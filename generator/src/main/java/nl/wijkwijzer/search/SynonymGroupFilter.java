package nl.wijkwijzer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Domain synonyms as group tokens. Every line of {@code synoniemen.txt} is one group; its token is
 * {@code _} plus the first alternative ({@code _bw}). Words (and word sequences) are compared after
 * stemming, on the main tokens only (not on compound parts).
 * <ul>
 * <li>index side: after the first token of any alternative found in the text the group token is added
 * at the same position, the words themselves stay;</li>
 * <li>index side, compound parts: a part equal to a one-word alternative adds its group too;</li>
 * <li>query side: the longest alternative starting at a token is replaced by the token(s) of the
 * group(s) it belongs to, so "BW" and "beschermd wonen" both become {@code _bw}; a one-word match
 * keeps its own stem beside the group token at the same position.</li>
 * </ul>
 * Tokens cannot contain {@code _}, so a group token never collides with a word.
 */
public final class SynonymGroupFilter extends TokenFilter {
    public record Group(String token, List<List<String>> alternatives) {
    }

    /** The groups, with their alternatives indexed by first word so a token checks only its own candidates. */
    public static final class Groups {
        private record Alternative(Group group, List<String> words) {
        }

        private final List<Group> list;
        private final Map<String, List<Alternative>> byFirstWord = new HashMap<>();

        public Groups(List<Group> list) {
            this.list = List.copyOf(list);
            for (Group g : this.list) {
                for (List<String> alt : g.alternatives()) {
                    byFirstWord.computeIfAbsent(alt.get(0), k -> new ArrayList<>()).add(new Alternative(g, alt));
                }
            }
        }

        public List<Group> list() {
            return list;
        }

        /** The longest alternative length matching at {@code i} and the groups with such an alternative. */
        Match longest(List<String> terms, int i) {
            int best = 0;
            Set<String> tokens = new LinkedHashSet<>();
            for (Alternative a : byFirstWord.getOrDefault(terms.get(i), List.of())) {
                if (matches(terms, i, a.words())) {
                    if (a.words().size() > best) {
                        best = a.words().size();
                        tokens.clear();
                    }
                    if (a.words().size() == best) {
                        tokens.add(a.group().token());
                    }
                }
            }
            return new Match(best, List.copyOf(tokens));
        }

        /** Every group with an alternative starting at {@code i}, in file order. */
        List<String> starting(List<String> terms, int i) {
            List<Alternative> candidates = byFirstWord.get(terms.get(i));
            if (candidates == null) {
                return List.of();
            }
            Set<String> tokens = new LinkedHashSet<>();
            for (Alternative a : candidates) {
                if (matches(terms, i, a.words())) {
                    tokens.add(a.group().token());
                }
            }
            return List.copyOf(tokens);
        }

        private static boolean matches(List<String> terms, int i, List<String> alt) {
            if (i + alt.size() > terms.size()) {
                return false;
            }
            for (int k = 0; k < alt.size(); k++) {
                if (!terms.get(i + k).equals(alt.get(k))) {
                    return false;
                }
            }
            return true;
        }
    }

    record Match(int length, List<String> tokens) {
    }

    private record Buffered(AttributeSource.State state, String term, int posInc) {
    }

    private final Groups groups;
    private final boolean index;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private List<Buffered> out;
    private int next;

    SynonymGroupFilter(TokenStream input, Groups groups, boolean index) {
        super(input);
        this.groups = groups;
        this.index = index;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (out == null) {
            out = rewrite(readAll());
            next = 0;
        }
        if (next >= out.size()) {
            return false;
        }
        Buffered b = out.get(next++);
        restoreState(b.state());
        termAtt.setEmpty().append(b.term());
        posIncAtt.setPositionIncrement(b.posInc());
        return true;
    }

    private List<Buffered> readAll() throws IOException {
        List<Buffered> all = new ArrayList<>();
        while (input.incrementToken()) {
            all.add(new Buffered(captureState(), termAtt.toString(), posIncAtt.getPositionIncrement()));
        }
        return all;
    }

    /** One output token of the index side: the input token it takes its attributes from, its term and increment. */
    record Out(int source, String term, int posInc) {
    }

    /** Receives the index side's output tokens in order. */
    interface Sink {
        void add(int source, String term, int posInc);
    }

    /**
     * The index side on plain terms: every token stays; after the tokens of each main token (one
     * with a position increment, or the first) come the groups with an alternative starting there,
     * at the same position. Shared by this filter and {@link DutchAnalysis#analyzed}.
     */
    static List<Out> indexSide(List<String> terms, int[] posInc, Groups groups) {
        List<Out> result = new ArrayList<>(terms.size() + 8);
        indexSide(terms.toArray(String[]::new), posInc, terms.size(), groups, (k, t, inc) -> result.add(new Out(k, t, inc)));
        return result;
    }

    /**
     * {@link #indexSide(List, int[], Groups)} on the first {@code size} terms, into {@code sink}. A main
     * token whose word (or compound part) starts no alternative, most of them, costs one lookup and
     * allocates nothing.
     */
    static void indexSide(String[] terms, int[] posInc, int size, Groups groups, Sink sink) {
        String[] main = new String[size];
        int[] mainAt = new int[size + 1];
        int mains = 0;
        for (int k = 0; k < size; k++) {
            if (posInc[k] > 0 || mains == 0) {
                mainAt[mains] = k;
                main[mains++] = terms[k];
            }
        }
        mainAt[mains] = size;
        List<String> mainList = java.util.Arrays.asList(main).subList(0, mains);
        for (int m = 0; m < mains; m++) {
            int from = mainAt[m];
            int to = mainAt[m + 1];
            boolean candidates = groups.byFirstWord.containsKey(main[m]);
            for (int k = from; k < to; k++) {
                sink.add(k, terms[k], posInc[k]);
                candidates |= k > from && groups.byFirstWord.containsKey(terms[k]);
            }
            if (!candidates) {
                continue;
            }
            Set<String> here = new LinkedHashSet<>(groups.starting(mainList, m));
            // A compound part that is a one-word alternative brings its group too ("huurschulden" -> _schuld).
            for (int k = from + 1; k < to; k++) {
                here.addAll(groups.starting(List.of(terms[k]), 0));
            }
            for (String token : here) {
                sink.add(from, token, 0);
            }
        }
    }

    private List<Buffered> rewrite(List<Buffered> all) {
        if (index) {
            List<String> terms = all.stream().map(Buffered::term).toList();
            int[] incs = all.stream().mapToInt(Buffered::posInc).toArray();
            List<Buffered> result = new ArrayList<>();
            for (Out o : indexSide(terms, incs, groups)) {
                Buffered from = all.get(o.source());
                result.add(o.term().equals(from.term()) && o.posInc() == from.posInc() ? from
                        : new Buffered(from.state(), o.term(), o.posInc()));
            }
            return result;
        }
        List<Integer> mainAt = new ArrayList<>();
        List<String> main = new ArrayList<>();
        for (int k = 0; k < all.size(); k++) {
            if (all.get(k).posInc() > 0 || mainAt.isEmpty()) {
                mainAt.add(k);
                main.add(all.get(k).term());
            }
        }
        List<Buffered> result = new ArrayList<>();
        // Query side has no compound parts: every token is a main token.
        // A replaced span keeps the position of its first word; the positions it covered carry over
        // to the next token, so phrases still line up with the index.
        int m = 0;
        int carry = 0;
        while (m < main.size()) {
            Match match = groups.longest(main, m);
            Buffered first = all.get(mainAt.get(m));
            if (match.length() == 0) {
                result.add(new Buffered(first.state(), first.term(), first.posInc() + carry));
                carry = 0;
                m++;
                continue;
            }
            // A one-word match keeps its own stem beside the group token(s), so the word itself still counts.
            boolean own = match.length() == 1;
            if (own) {
                result.add(new Buffered(first.state(), first.term(), first.posInc() + carry));
            }
            for (int t = 0; t < match.tokens().size(); t++) {
                result.add(new Buffered(first.state(), match.tokens().get(t), t == 0 && !own ? first.posInc() + carry : 0));
            }
            carry = 0;
            for (int k = m + 1; k < m + match.length(); k++) {
                carry += all.get(mainAt.get(k)).posInc();
            }
            m += match.length();
        }
        return result;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        out = null;
        next = 0;
    }
}
