package nl.wijkwijzer.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A query as the browser reads it (search.js {@code parse} does the same, step by step):
 * text in double quotes is a phrase, the rest are words; every position becomes a clause (a set of
 * terms, any of which may match); with {@code prefix} the last word, when typed on (no space after
 * it) and at least {@link SearchIndex#PREFIX_MIN} long, also matches the 20 most common index terms
 * that start with it. {@code sources} holds per clause the word as typed when the clause comes from
 * one free word (null for phrases and for a word typed on), so {@link QueryRepair} can mend it.
 */
record SearchQuery(List<Set<String>> clauses, List<List<PhrasePart>> phrases, List<String> sources) {

    record PhrasePart(int position, Set<String> terms) {
    }

    static SearchQuery parse(String q, DutchAnalysis analysis, boolean prefix, Function<String, List<String>> expand) {
        String[] parts = q.split("\"", -1);
        StringBuilder free = new StringBuilder();
        List<String> phraseTexts = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            boolean phrase = i % 2 == 1 && i != parts.length - 1;
            if (phrase) {
                phraseTexts.add(parts[i]);
            } else {
                free.append(free.isEmpty() ? "" : " ").append(parts[i]);
            }
        }
        List<Set<String>> clauses = new ArrayList<>();
        List<List<PhrasePart>> phrases = new ArrayList<>();
        String words = free.toString();
        boolean typedOn = prefix && !q.isEmpty() && (parts.length - 1) % 2 == 0
                && Character.isLetterOrDigit(q.codePointBefore(q.length()));
        Set<String> last = null;
        if (typedOn) {
            List<DutchAnalysis.Token> raw = DutchAnalysis.tokens(analysis.rawAnalyzer(), words);
            if (!raw.isEmpty() && raw.get(raw.size() - 1).term().length() >= SearchIndex.PREFIX_MIN) {
                DutchAnalysis.Token w = raw.get(raw.size() - 1);
                last = new LinkedHashSet<>();
                for (DutchAnalysis.Token t : analysis.query(words.substring(w.start()))) {
                    last.add(t.term());
                }
                last.addAll(expand.apply(w.term()));
                words = words.substring(0, w.start());
            }
        }
        List<String> sources = new ArrayList<>();
        List<DutchAnalysis.Token> freeTokens = analysis.query(words);
        clauses.addAll(positions(freeTokens).stream().map(PhrasePart::terms).toList());
        for (DutchAnalysis.Token t : freeTokens) {
            if (sources.isEmpty() || t.posInc() > 0) {
                sources.add(words.substring(t.start(), t.end()));
            }
        }
        if (last != null && !last.isEmpty()) {
            clauses.add(last);
            sources.add(null);
        }
        for (String text : phraseTexts) {
            List<PhrasePart> phrase = positions(analysis.query(text));
            phrase.forEach(p -> {
                clauses.add(p.terms());
                sources.add(null);
            });
            if (phrase.size() > 1) {
                phrases.add(phrase);
            }
        }
        return new SearchQuery(clauses, phrases, sources);
    }

    /** Tokens grouped by position (a group token shares the position of the word it replaced). */
    static List<PhrasePart> positions(List<DutchAnalysis.Token> tokens) {
        List<PhrasePart> out = new ArrayList<>();
        int pos = 0;
        for (DutchAnalysis.Token t : tokens) {
            if (out.isEmpty()) {
                out.add(new PhrasePart(0, new LinkedHashSet<>()));
            } else if (t.posInc() > 0) {
                pos += t.posInc();
                out.add(new PhrasePart(pos, new LinkedHashSet<>()));
            }
            out.get(out.size() - 1).terms().add(t.term());
        }
        return out;
    }
}
