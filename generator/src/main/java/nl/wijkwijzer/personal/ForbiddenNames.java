package nl.wijkwijzer.personal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names in {@code site.yaml} under {@code privacy: verboden-namen}: found as whole words, in any
 * case and with or without accents ("Özdemir" = "ozdemir"). A name of several words matches only
 * those words in a row ("Jan de Vries", also across a line break).
 */
public final class ForbiddenNames {
    private final Map<String, List<String[]>> byFirstWord = new HashMap<>();
    /** ASCII first letters of the names, folded: most words can be skipped without folding them. */
    private final boolean[] firstLetters = new boolean[128];

    public ForbiddenNames(List<String> names) {
        for (String name : names) {
            Words w = new Words(name);
            if (w.size() == 0) {
                continue;
            }
            String[] folded = new String[w.size()];
            for (int i = 0; i < w.size(); i++) {
                folded[i] = w.folded(i);
            }
            byFirstWord.computeIfAbsent(folded[0], k -> new ArrayList<>()).add(folded);
            char first = folded[0].charAt(0);
            if (first < 128) {
                firstLetters[first] = true;
            } else {
                java.util.Arrays.fill(firstLetters, true); // a name folding to a non-ASCII letter: check every word
            }
        }
        // Longest first, so "Jan de Vries" wins over "Jan" at the same place.
        byFirstWord.values().forEach(l -> l.sort((a, b) -> b.length - a.length));
    }

    boolean isEmpty() {
        return byFirstWord.isEmpty();
    }

    void find(Words words, List<Finding> out) {
        if (byFirstWord.isEmpty()) {
            return;
        }
        for (int i = 0; i < words.size(); i++) {
            char first = words.text.charAt(words.start(i));
            if (first < 128 && !firstLetters[Character.toLowerCase(first)]) {
                continue;
            }
            List<String[]> candidates = byFirstWord.get(words.folded(i));
            if (candidates == null) {
                continue;
            }
            for (String[] name : candidates) {
                int last = matchFrom(words, i, name);
                if (last >= 0) {
                    out.add(new Finding(Soort.NAAM, words.start(i), words.end(last)));
                    i = last;
                    break;
                }
            }
        }
    }

    /** @return index of the last word of the match, or -1 */
    private static int matchFrom(Words words, int i, String[] name) {
        if (i + name.length > words.size()) {
            return -1;
        }
        for (int k = 1; k < name.length; k++) {
            if (!words.joined(i + k - 1, i + k) || !words.folded(i + k).equals(name[k])) {
                return -1;
            }
        }
        return i + name.length - 1;
    }
}
