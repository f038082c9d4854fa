package nl.wijkwijzer.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * The one Dutch analysis chain of Wijkwijzer search. {@code templates/static/search.js} mirrors it
 * step by step; the parity test runs both on the whole vocabulary.
 *
 * <ol>
 * <li>tokens are runs of letters and digits ({@link Character#isLetterOrDigit(int)}), at most 255 chars;</li>
 * <li>lower case per code point, then {@link ASCIIFoldingFilter} (casuïstiek = casuistiek);</li>
 * <li>Lucene's Dutch stop words (Snowball list), folded;</li>
 * <li>index side only: compound splitting with {@link DictionaryCompoundWordTokenFilter} and the word
 * parts of {@code woorddelen.txt}, derived from hunspell-nl ({@link WordParts}; longest match, no
 * overlapping parts), so "schuld" finds "schuldhulpverlening"; the query side splits a word that matches
 * nothing with the same parts, of which the browser gets those this site can match
 * ({@link Vocabulary#parts}), in Java and search.js alike;</li>
 * <li>Snowball Dutch stemming: Lucene 10.6 ships {@link DutchStemmer}, generated from the original
 * Porter-style {@code dutch.sbl} (Snowball 2.x; Snowball 3 renamed it "dutch_porter" and made
 * Kraaij-Pohlmann-like rules the new "dutch"). That older algorithm is the one we pin and port;</li>
 * <li>synonym groups from {@code content/zoeken/synoniemen.txt}, see {@link SynonymGroupFilter}.</li>
 * </ol>
 */
public final class DutchAnalysis {
    public static final String FIELD = "text";
    static final int MIN_WORD = 5;
    static final int MIN_SUBWORD = 3;
    static final int MAX_SUBWORD = 15;

    private final CharArraySet stopWords;
    /**
     * The same stop words matched in any case ({@link Character#toLowerCase(int)} per code point, as
     * {@link LowerCaseFilter} does): a tokenizer word found here is one the chain removes, since the
     * stop words are ASCII and folding leaves ASCII alone.
     */
    private final CharArraySet stopWordsAnyCase;
    /** The word parts of both sides, derived from hunspell-nl ({@link WordParts}), folded and sorted. */
    private final List<String> wordParts;
    private final CharArraySet dictionary;
    private final SynonymGroupFilter.Groups groups;
    /** Reviewed exceptions to the stemmer ({@code stamuitzonderingen.txt}): word to stem. */
    private final Map<String, String> stemOverrides;
    private final org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap overrideMap;
    private final Analyzer indexAnalyzer;
    private final Analyzer queryAnalyzer;
    private final Analyzer rawAnalyzer;
    /** The index chain after the tokenizer (without synonyms), on one whole word. */
    private final Analyzer tokenChain;

    public DutchAnalysis(List<List<String>> synoniemen) {
        this(synoniemen, nl.wijkwijzer.util.BuildCache.of(nl.wijkwijzer.util.BuildProfile.DEFAULT));
    }

    /** The memos of analysed texts and words belong to this analysis and are sized by {@code cache}'s profile. */
    public DutchAnalysis(List<List<String>> synoniemen, nl.wijkwijzer.util.BuildCache cache) {
        this.analyzed = cache.create(ANALYZED);
        this.words = cache.create(WORDS);
        TreeSet<String> stops = new TreeSet<>();
        for (Object o : DutchAnalyzer.getDefaultStopSet()) {
            stops.add(fold(new String((char[]) o)));
        }
        this.stopWords = CharArraySet.unmodifiableSet(new CharArraySet(stops, false));
        this.stopWordsAnyCase = CharArraySet.unmodifiableSet(new CharArraySet(stops, true));
        this.wordParts = List.copyOf(new TreeSet<>(WordParts.committed().stream().map(DutchAnalysis::fold).toList()));
        this.dictionary = CharArraySet.unmodifiableSet(new CharArraySet(wordParts, false));
        this.stemOverrides = stemOverrides();
        try {
            var b = new org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.Builder(false);
            stemOverrides.forEach(b::add);
            this.overrideMap = b.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Analyzer plain = chain(false, null);
        List<SynonymGroupFilter.Group> list = new ArrayList<>();
        for (List<String> group : synoniemen) {
            List<List<String>> alternatives = new ArrayList<>();
            for (String term : group) {
                List<String> tokens = tokens(plain, term).stream().map(Token::term).toList();
                if (!tokens.isEmpty() && !alternatives.contains(tokens)) {
                    alternatives.add(tokens);
                }
            }
            if (!alternatives.isEmpty()) {
                list.add(new SynonymGroupFilter.Group("_" + String.join("_", alternatives.get(0)), alternatives));
            }
        }
        this.groups = new SynonymGroupFilter.Groups(list);
        this.indexAnalyzer = chain(true, groups);
        this.tokenChain = chain(true, null, true);
        this.queryAnalyzer = chain(false, groups);
        this.rawAnalyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = tokenizer();
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
            }
        };
    }

    /** The chain's tokenizer: runs of letters and digits ({@link Character#isLetterOrDigit(int)}), at most 255 chars. */
    static Tokenizer tokenizer() {
        return new WordTokenizer();
    }

    /**
     * {@link CharTokenizer} on letters and digits. ASCII characters are looked up in a table: the
     * tokenizer asks once per character of every text, and {@link Character#isLetterOrDigit(int)} goes
     * through the Unicode tables. Same answer for every code point ({@code WordTokenizerTest}).
     */
    static final class WordTokenizer extends CharTokenizer {
        private static final boolean[] ASCII = new boolean[128];

        static {
            for (int c = 0; c < 128; c++) {
                ASCII[c] = Character.isLetterOrDigit(c);
            }
        }

        @Override
        protected boolean isTokenChar(int c) {
            return c < 128 ? ASCII[c] : Character.isLetterOrDigit(c);
        }
    }

    /** One tokenizer word lower-cased and folded as the chain does it (the surface form a query can be corrected to). */
    public String surface(String word) {
        List<Token> t = tokens(rawAnalyzer, word);
        return t.isEmpty() ? "" : t.get(0).term();
    }

    /** The tokenizer alone: the words {@link #analyzed} looks up one by one. */
    private final Analyzer wordAnalyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(tokenizer());
        }
    };

    private Analyzer chain(boolean index, SynonymGroupFilter.Groups synonyms) {
        return chain(index, synonyms, false);
    }

    private Analyzer chain(boolean index, SynonymGroupFilter.Groups synonyms, boolean wholeInput) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = wholeInput ? new org.apache.lucene.analysis.core.KeywordTokenizer() : tokenizer();
                TokenStream ts = new LowerCaseFilter(source);
                ts = new ASCIIFoldingFilter(ts);
                ts = new StopFilter(ts, stopWords);
                if (index) {
                    ts = new WholeWordlessCompoundFilter(ts, dictionary);
                }
                // Marks an overridden word as a keyword, so the stemmer leaves it (compound parts too).
                ts = new org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter(ts, overrideMap);
                ts = new SnowballFilter(ts, new DutchStemmer());
                if (index) {
                    // "woningen" splits into woning too; its stem is already there, so count it once.
                    ts = new RemoveDuplicatesTokenFilter(ts);
                }
                if (synonyms != null) {
                    ts = new SynonymGroupFilter(ts, synonyms, index);
                }
                return new TokenStreamComponents(source, ts);
            }
        };
    }

    /** Lucene's compound filter also emits a dictionary word that is the whole token; that would count it twice. */
    static final class WholeWordlessCompoundFilter extends DictionaryCompoundWordTokenFilter {
        WholeWordlessCompoundFilter(TokenStream input, CharArraySet dictionary) {
            super(input, dictionary, MIN_WORD, MIN_SUBWORD, MAX_SUBWORD, true, true);
        }

        @Override
        protected void decompose() {
            super.decompose();
            int length = termAtt.length();
            tokens.removeIf(t -> t.txt.length() == length);
        }
    }

    /**
     * The dictionary parts of one folded word (not stemmed, the whole word left out), by the same Lucene
     * filter as the index side, with the word parts {@code parts}: the query side splits with the site's
     * subset ({@link Vocabulary#parts}), {@link #indexParts} with all of them. search.js {@code decompose}.
     */
    public List<String> parts(String foldedWord, CharArraySet parts) {
        List<String> out = new ArrayList<>();
        try (org.apache.lucene.analysis.core.KeywordTokenizer source = new org.apache.lucene.analysis.core.KeywordTokenizer();
                TokenStream ts = new WholeWordlessCompoundFilter(source, parts)) {
            source.setReader(new java.io.StringReader(foldedWord));
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (inc.getPositionIncrement() == 0) {
                    out.add(term.toString());
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public Analyzer indexAnalyzer() {
        return indexAnalyzer;
    }

    public Analyzer queryAnalyzer() {
        return queryAnalyzer;
    }

    /** Words as typed: tokenized, lower-cased and folded, nothing removed (for prefixes and highlighting). */
    Analyzer rawAnalyzer() {
        return rawAnalyzer;
    }

    public SynonymGroupFilter.Groups groups() {
        return groups;
    }

    public List<String> stopWords() {
        List<String> out = new ArrayList<>();
        for (Object o : stopWords) {
            out.add(new String((char[]) o));
        }
        return out.stream().sorted().toList();
    }

    static Map<String, String> stemOverrides() {
        Map<String, String> out = new TreeMap<>();
        for (String line : readResource("stamuitzonderingen.txt")) {
            String[] f = line.split("\t");
            if (f.length != 2) {
                throw new IllegalStateException("stamuitzonderingen.txt: verwacht woord, tab, stam in: " + line);
            }
            out.put(fold(f[0]), fold(f[1]));
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** For the manifest: word to stem, applied before the stemmer. */
    public Map<String, String> stemOverrideTable() {
        return stemOverrides;
    }

    /** Every word part of {@code woorddelen.txt} (folded, sorted): the index side's dictionary. */
    public List<String> wordParts() {
        return wordParts;
    }

    /** The parts the index side splits one folded word into (not stemmed; empty for a stop word). */
    public List<String> indexParts(String foldedWord) {
        return stopWords.contains(foldedWord) ? List.of() : parts(foldedWord, dictionary);
    }

    /** One analysed token: term, position increment and UTF-16 offsets into the input. */
    public record Token(String term, int posInc, int start, int end) {
    }

    public List<Token> index(String text) {
        return tokens(indexAnalyzer, text);
    }

    /**
     * A text through the index chain: terms and position increments, in order; and the surface form
     * ({@link #surface}) of each of its tokenizer words that is not a stop word, in order, which the
     * typo vocabulary counts ({@link Vocabulary.Counter}) without a second pass over the text.
     */
    public record Analyzed(String[] terms, int[] posInc, String[] surfaces) {
    }

    /** About 20 million tokens (~200 MB): a 10,000-case corpus fits twice over; beyond that it starts over. */
    private static final nl.wijkwijzer.util.BuildCache.Kind<String, Analyzed> ANALYZED = new nl.wijkwijzer.util.BuildCache.Kind<>(
            "analyse van teksten", nl.wijkwijzer.util.BuildProfile::analysisTokens, (text, a) -> a.terms().length + a.surfaces().length + 1);
    private final nl.wijkwijzer.util.BuildCache.Memo<String, Analyzed> analyzed;
    private final java.util.concurrent.ConcurrentHashMap<String, String> termPool = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * {@link #index(String)} for building postings, remembered per text: the audiences of one build
     * share most documents, and a preview rebuild re-analyses only changed ones. Terms are pooled.
     */
    public Analyzed analyzed(String text) {
        return analyzed.get(text, this::analyze);
    }

    private Analyzed analyze(String text) {
        // The chain up to the synonyms works on one token at a time (a removed stop word only adds its
        // position to the next token), so the tokenizer's words each go through it once (remembered);
        // the synonym step then runs on the whole sequence. AnalysisMemoTest holds this against the
        // index analyzer.
        String[] terms = new String[Math.max(16, text.length() / 6)];
        int[] incs = new int[terms.length];
        String[] surfaces = new String[terms.length];
        int size = 0;
        int words = 0;
        int skipped = 0;
        try (TokenStream ts = wordAnalyzer.tokenStream(FIELD, text)) {
            CharTermAttribute word = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                // Stop words are ~40% of the words of Dutch prose: skipped without a copy or a memo lookup.
                Word w = stopWordsAnyCase.contains(word.buffer(), 0, word.length()) ? null : word(word.toString());
                if (w != null && w.surface() != null) {
                    if (words == surfaces.length) {
                        surfaces = java.util.Arrays.copyOf(surfaces, words * 2);
                    }
                    surfaces[words++] = w.surface();
                }
                String[] out = w == null ? NONE : w.terms();
                if (out.length == 0) {
                    skipped++;
                    continue;
                }
                if (size + out.length > terms.length) {
                    int grown = Math.max(terms.length * 2, size + out.length);
                    terms = java.util.Arrays.copyOf(terms, grown);
                    incs = java.util.Arrays.copyOf(incs, grown);
                }
                for (int k = 0; k < out.length; k++) {
                    terms[size] = out[k];
                    incs[size++] = k == 0 ? 1 + skipped : 0;
                }
                skipped = 0;
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        surfaces = java.util.Arrays.copyOf(surfaces, words);
        if (groups == null) {
            return new Analyzed(java.util.Arrays.copyOf(terms, size), java.util.Arrays.copyOf(incs, size), surfaces);
        }
        // Every term is pooled already: a word's terms by chainWord, a group's token is the group's own string.
        Grown out = new Grown(size + 8);
        SynonymGroupFilter.indexSide(terms, incs, size, groups, out);
        return new Analyzed(java.util.Arrays.copyOf(out.terms, out.size), java.util.Arrays.copyOf(out.incs, out.size), surfaces);
    }

    /** Terms and increments appended to arrays that grow. */
    private static final class Grown implements SynonymGroupFilter.Sink {
        String[] terms;
        int[] incs;
        int size;

        Grown(int capacity) {
            terms = new String[capacity];
            incs = new int[capacity];
        }

        @Override
        public void add(int source, String term, int posInc) {
            if (size == terms.length) {
                terms = java.util.Arrays.copyOf(terms, size * 2);
                incs = java.util.Arrays.copyOf(incs, size * 2);
            }
            terms[size] = term;
            incs[size++] = posInc;
        }
    }

    private String pool(String t) {
        String pooled = termPool.putIfAbsent(t, t);
        return pooled == null ? t : pooled;
    }

    private static final String[] NONE = new String[0];

    /**
     * One tokenizer word through the index chain without synonyms: its terms, first one first; and its
     * surface form, null when that is a stop word (pooled, like the terms).
     */
    private record Word(String surface, String[] terms) {
    }

    private Word word(String word) {
        return words.get(word, this::chainWord);
    }

    private Word chainWord(String word) {
        String surface = surface(word);
        return new Word(surface.isEmpty() || stopWords.contains(surface) ? null : pool(surface), chainTerms(word));
    }

    private String[] chainTerms(String word) {
        List<String> list = new ArrayList<>();
        try (TokenStream ts = tokenChain.tokenStream(FIELD, word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                list.add(pool(term.toString()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return list.toArray(String[]::new);
    }

    private static final nl.wijkwijzer.util.BuildCache.Kind<String, Word> WORDS = nl.wijkwijzer.util.BuildCache.Kind.entries(
            "analyse van woorden", nl.wijkwijzer.util.BuildProfile::analysisWords);
    private final nl.wijkwijzer.util.BuildCache.Memo<String, Word> words;

    private static final nl.wijkwijzer.util.BuildCache.Kind<List<List<String>>, DutchAnalysis> SHARED =
            nl.wijkwijzer.util.BuildCache.Kind.entries("analyse", p -> 4);

    /**
     * The analysis for these synonym groups, shared within one build (or preview session): building it
     * costs, and its memory of analysed texts is what lets the audiences of a build (and preview
     * rebuilds) skip repeated work.
     */
    public static DutchAnalysis shared(List<List<String>> synoniemen, nl.wijkwijzer.util.BuildCache cache) {
        List<List<String>> key = synoniemen.stream().map(List::copyOf).toList();
        return cache.memo(SHARED).get(key, k -> new DutchAnalysis(k, cache));
    }

    public List<Token> query(String text) {
        return tokens(queryAnalyzer, text);
    }

    static List<Token> tokens(Analyzer analyzer, String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(FIELD, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Token(term.toString(), inc.getPositionIncrement(), off.startOffset(), off.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Lower case and fold one word the way the chain does before stop words. */
    public static String fold(String s) {
        StringBuilder lower = new StringBuilder();
        s.codePoints().forEach(cp -> lower.appendCodePoint(Character.toLowerCase(cp)));
        char[] in = lower.toString().toCharArray();
        char[] out = new char[in.length * 4 + 4];
        int n = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
        return new String(out, 0, n);
    }

    /**
     * Characters where Lucene's folding differs from the browser's default rule (decompose, drop
     * combining marks, keep the result only when it is ASCII). The browser gets this table.
     */
    public static Map<String, String> foldExceptions() {
        return FoldExceptions.TABLE;
    }

    /**
     * Made once per process on first use: it depends on the JDK and Lucene only, and takes a
     * normalisation and a regex for each of ~48,000 letters (docs/performance.md).
     */
    private static final class FoldExceptions {
        static final Map<String, String> TABLE = java.util.Collections.unmodifiableMap(make());
    }

    private static Map<String, String> make() {
        Map<String, String> out = new TreeMap<>();
        for (int c = 0x80; c < 0x10000; c++) {
            if (!Character.isLetterOrDigit(c) || Character.isSurrogate((char) c) || Character.toLowerCase(c) != c) {
                continue;
            }
            String s = String.valueOf((char) c);
            char[] buf = new char[8];
            int n = ASCIIFoldingFilter.foldToASCII(s.toCharArray(), 0, buf, 0, 1);
            String lucene = new String(buf, 0, n);
            String stripped = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            String browser = stripped.chars().allMatch(ch -> ch < 128) && !stripped.isEmpty() ? stripped : s;
            if (!lucene.equals(browser)) {
                out.put(s, lucene);
            }
        }
        return out;
    }

    static List<String> readResource(String name) {
        try (InputStream in = DutchAnalysis.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    out.add(l);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For the manifest: group token -> alternatives (each a token list). */
    public Map<String, List<List<String>>> synonymTable() {
        Map<String, List<List<String>>> out = new LinkedHashMap<>();
        groups.list().forEach(g -> out.put(g.token(), g.alternatives()));
        return out;
    }
}
