package nl.wijkwijzer.diagnostics;

import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds the nearest valid name for a misspelled one ("bedoelde je 'financien'?"). */
public final class Suggest {
    private Suggest() {
    }

    /**
     * The nearest valid name: by edit distance when the typo is close (at most a third of its letters,
     * at least 2), else a name that the typo is a part of ({@code schuldhulp} for
     * {@code schuldhulpverlening}: a prefix first, then a hyphen-separated part, then any part), or a
     * name that is a part of the typo ({@code financien-en-schulden} for {@code financien}). A part
     * counts from {@link #MIN_PART} letters on, so short typos do not match half the list.
     */
    public static Optional<String> nearest(String wrong, Collection<String> valid) {
        String w = fold(wrong);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        List<String> sorted = valid.stream().sorted().toList();
        for (String candidate : sorted) {
            int d = distance(w, fold(candidate));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        int allowed = Math.max(2, w.length() / 3);
        if (best != null && bestDistance <= allowed) {
            return Optional.of(best);
        }
        return part(w, sorted);
    }

    /** Fewest letters a typo (or a valid name inside it) needs before a part match counts. */
    static final int MIN_PART = 4;

    /**
     * The valid name that contains the typo, or that the typo contains; the closest fit wins (most
     * shared letters relative to the longer name), then the earliest kind of match, then the name.
     */
    private static Optional<String> part(String w, List<String> sorted) {
        String best = null;
        int bestKind = Integer.MAX_VALUE;
        int bestRest = Integer.MAX_VALUE;
        for (String candidate : sorted) {
            String c = fold(candidate);
            int kind;
            int rest = Math.abs(c.length() - w.length());
            if (w.length() >= MIN_PART && c.startsWith(w)) {
                kind = 0;
            } else if (w.length() >= MIN_PART && (c.contains("-" + w) || c.contains(w + "-"))) {
                kind = 1;
            } else if (w.length() >= MIN_PART && c.contains(w)) {
                kind = 2;
            } else if (c.length() >= MIN_PART && w.startsWith(c)) {
                kind = 3;
            } else if (c.length() >= MIN_PART && (w.contains("-" + c) || w.contains(c + "-"))) {
                kind = 4;
            } else {
                continue;
            }
            if (kind < bestKind || kind == bestKind && rest < bestRest) {
                best = candidate;
                bestKind = kind;
                bestRest = rest;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Hint text: "bedoelde je 'x'?" or a list of what is allowed. The valid names can be ids the redacteur
     * chose (wijken, organisaties), so each is shown through {@link Quote}.
     */
    public static String hint(String wrong, Collection<String> valid) {
        return nearest(wrong, valid)
                .map(Suggest::didYouMean)
                .orElseGet(() -> valid.size() <= 12
                        ? "kies uit: " + String.join(", ", valid.stream().sorted().map(Quote::bare).toList())
                        : "");
    }

    /** "bedoelde je 'x'?" with {@code x} through {@link Quote}. */
    public static String didYouMean(String suggestion) {
        return "bedoelde je " + Quote.of(suggestion) + "?";
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** Damerau-Levenshtein (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
