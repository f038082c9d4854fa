package nl.wijkwijzer.diagnostics;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the nearest valid name for a misspelled one ("bedoelde je 'financien'?"). */
public final class Suggest {
    private Suggest() {
    }

    public static Optional<String> nearest(String wrong, Collection<String> valid) {
        String w = fold(wrong);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : valid.stream().sorted().toList()) {
            int d = distance(w, fold(candidate));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        int allowed = Math.max(2, w.length() / 3);
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
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
