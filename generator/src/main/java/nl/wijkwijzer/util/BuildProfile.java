package nl.wijkwijzer.util;

/**
 * How one build (or one preview session) is sized, decided once from the options and the number of
 * case files before loading starts, and passed to every stage through its context. No stage reads a
 * system property or a global to find out.
 *
 * <p>A <em>large corpus</em> ({@link #LARGE_CORPUS} case files or more, unless the options move the
 * bound) is built to bound memory rather than to save time: the loader keeps case prose packed, the
 * audiences are built one after the other, and memos of whole texts are kept at
 * 1/{@value #SMALL_TEXT_MEMOS} of their size (each text passes once per stage, so a memo smaller than
 * the corpus finds little again and mostly holds memory). Either way the output is the same
 * ({@code LargeCorpusModeTest}).
 *
 * @param largeCorpus whether the build bounds memory rather than time (see above)
 * @param preview     whether the profile serves a preview session (its memos outlive one rebuild)
 * @param timing      whether stages print their laps ({@link Timing})
 * @param textMemoChars characters of text one memo of whole texts may hold (Markdown, plain text)
 * @param entryMemoSize entries one memo of per-text results may hold (readability, privacy findings)
 * @param analysisTokens tokens the memo of analysed texts may hold
 * @param analysisWords  distinct words the memo of analysed words may hold
 * @param pdfDocuments   laid-out PDF documents held
 * @param relatedPostings case postings (a document and a score each) the related cases may keep in memory per audience
 */
public record BuildProfile(boolean largeCorpus, boolean preview, boolean timing, long textMemoChars, long entryMemoSize,
        long analysisTokens, long analysisWords, long pdfDocuments, long relatedPostings) {

    /** From this many case files a corpus is large (the default knowledge base and 10,000 cases stay below). */
    public static final int LARGE_CORPUS = 20_000;
    /** A memo of whole texts holds this fraction of its size for a large corpus built once. */
    public static final int SMALL_TEXT_MEMOS = 32;

    /** About 80 million characters: the Markdown of a 10,000-case corpus fits. */
    static final long TEXT_MEMO_CHARS = 80_000_000L;
    static final long ENTRY_MEMO_SIZE = 200_000L;
    /** About 20 million tokens (~200 MB): a 10,000-case corpus fits twice over. */
    static final long ANALYSIS_TOKENS = 20_000_000L;
    static final long ANALYSIS_WORDS = 1_000_000L;
    static final long PDF_DOCUMENTS = 64L;
    /**
     * For a large corpus, about 48 MB of related-case postings kept (8 bytes each): all kept, they held
     * ~230 MB at the peak of a 100,000-case build of {@code gen_corpus.py} (class histogram); a term not
     * kept is read from the index each time it is needed, with the same result (docs/performance.md).
     * Below a large corpus everything fits.
     */
    static final long RELATED_POSTINGS = 6_000_000L;

    /** A small build (tests, one-off lookups): full-size memos, no packing, no laps. */
    public static final BuildProfile DEFAULT = decide(0, LARGE_CORPUS, false, false);

    /**
     * @param caseFiles   case files in the content folder (counted before loading)
     * @param largeFrom   the bound for a large corpus ({@link #LARGE_CORPUS} unless the options move it)
     * @param preview     for a preview session: memos serve later rebuilds, so they are never made small
     * @param timing      print each stage's lap
     */
    public static BuildProfile decide(int caseFiles, int largeFrom, boolean preview, boolean timing) {
        boolean large = caseFiles >= largeFrom;
        boolean small = large && !preview;
        long texts = small ? TEXT_MEMO_CHARS / SMALL_TEXT_MEMOS : TEXT_MEMO_CHARS;
        long entries = small ? ENTRY_MEMO_SIZE / SMALL_TEXT_MEMOS : ENTRY_MEMO_SIZE;
        long tokens = small ? ANALYSIS_TOKENS / SMALL_TEXT_MEMOS : ANALYSIS_TOKENS;
        return new BuildProfile(large, preview, timing, texts, entries, tokens, ANALYSIS_WORDS, PDF_DOCUMENTS,
                large ? RELATED_POSTINGS : Long.MAX_VALUE);
    }

    /**
     * Megabytes of {@code IndexWriter} buffer for documents not yet in a segment. A large corpus's index
     * does not fit the default's 256 MB, and that buffer, filled and let go again per segment, is what
     * pushed a 100,000-case build's peak over 1 GiB at the search stage (docs/performance.md, twelfth
     * session); smaller segments are merged into one at the end, as before.
     */
    public int indexBufferMB() {
        return largeCorpus ? LARGE_INDEX_BUFFER_MB : INDEX_BUFFER_MB;
    }

    static final int INDEX_BUFFER_MB = 256;
    static final int LARGE_INDEX_BUFFER_MB = 48;

    /** Whether the loader keeps case prose packed. */
    public boolean packProse() {
        return largeCorpus;
    }

    /** Whether the audiences are built side by side (not for a large corpus: one search stage at a time). */
    public boolean audiencesInParallel() {
        return !largeCorpus;
    }

    /** A stage timer that prints only when {@link #timing()} is on. */
    public Timing timer() {
        return new Timing(timing);
    }
}
