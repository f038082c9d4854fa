package nl.wijkwijzer.personal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs every detector over one text and keeps one finding per stretch of text. Each detector is linear
 * in the length of the text, and detectors that need digits or an '@' are skipped for texts without
 * them, which is most texts.
 */
public final class TextScanner {
    private TextScanner() {
    }

    /**
     * What one field may contain.
     *
     * @param organisationPhone the organisation's general number is expected here (not a mobile number)
     * @param organisationEmail the organisation's general e-mail address is expected here
     * @param firstNames        warn about undeclared first names (case texts only)
     */
    public record Rules(boolean organisationPhone, boolean organisationEmail, boolean firstNames) {
        public static final Rules DEFAULT = new Rules(false, false, false);
    }

    /** When two findings overlap, the first kind in this list is the one reported. */
    private static final List<Soort> PRIORITY = List.of(Soort.EMAIL, Soort.IBAN, Soort.TELEFOON, Soort.BSN,
            Soort.GEBOORTEDATUM, Soort.ADRES, Soort.NAAM, Soort.VOORNAAM);

    /**
     * All findings before exemptions and overlaps are applied, plus the allowed stretches in {@code allowed};
     * both as positions in {@code original}. The detectors read the text {@link NormalisedText normalised}.
     */
    public static List<Finding> scan(String original, Rules rules, ForbiddenNames forbidden, FirstNames firstNames,
            Set<String> pseudoniemen, List<Finding> allowed) {
        NormalisedText normalised = NormalisedText.of(original);
        List<Finding> found = new ArrayList<>();
        List<Finding> allowedHere = new ArrayList<>();
        scanNormalised(normalised.text, rules, forbidden, firstNames, pseudoniemen, found, allowedHere);
        for (Finding f : allowedHere) {
            allowed.add(normalised.toOriginal(f));
        }
        found.replaceAll(normalised::toOriginal);
        return found;
    }

    private static void scanNormalised(String t, Rules rules, ForbiddenNames forbidden, FirstNames firstNames,
            Set<String> pseudoniemen, List<Finding> found, List<Finding> allowed) {
        // One cheap pass decides which detectors can find anything at all.
        int digits = 0;
        int run = 0;
        int longestRun = 0;
        boolean ibanStart = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Chars.isDigit(c)) {
                digits++;
                run++;
                longestRun = Math.max(longestRun, run);
                ibanStart |= run == 1 && i >= 2 && isAsciiLetter(t.charAt(i - 1)) && isAsciiLetter(t.charAt(i - 2));
            } else {
                run = 0;
            }
        }
        if (t.indexOf('@') >= 0) {
            EmailDetector.find(t, rules.organisationEmail() ? allowed : found);
        }
        WrittenEmailDetector.find(t, rules.organisationEmail() ? allowed : found);
        if (digits > 0) {
            int[] urls = Chars.urlSpans(t);
            if (ibanStart && digits >= 8) {
                IbanDetector.find(t, found, allowed);
            }
            if (digits >= 9) {
                PhoneDetector.find(t, rules.organisationPhone(), urls, found);
            }
            if (digits >= 8 && longestRun >= 3) {
                BsnDetector.find(t, urls, found);
            }
            if (digits >= 3) { // "1 mei '81"
                BirthDateDetector.find(t, urls, found);
            }
            AddressDetector.find(t, urls, found);
        }
        if (!forbidden.isEmpty() || rules.firstNames()) {
            Words words = new Words(t);
            forbidden.find(words, found);
            if (rules.firstNames()) {
                firstNames.find(words, pseudoniemen, found);
            }
        }
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    /**
     * One finding per stretch of text: by kind priority, then the earliest and longest. Allowed stretches
     * (an organisation's own e-mail address, a reference number shaped like an IBAN) hide what overlaps them.
     */
    public static List<Finding> withoutOverlaps(List<Finding> findings, List<Finding> allowed) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingInt((Finding f) -> PRIORITY.indexOf(f.soort()))
                .thenComparingInt(Finding::start)
                .thenComparingInt(f -> -(f.end() - f.start())));
        // Taken stretches never overlap, so a sorted map from start to end answers "is this free?" quickly.
        TreeMap<Integer, Integer> taken = new TreeMap<>();
        for (Finding a : allowed) {
            if (isFree(taken, a.start(), a.end())) {
                taken.put(a.start(), a.end());
            }
        }
        List<Finding> kept = new ArrayList<>();
        for (Finding f : sorted) {
            if (isFree(taken, f.start(), f.end())) {
                taken.put(f.start(), f.end());
                kept.add(f);
            }
        }
        kept.sort(Comparator.comparingInt(Finding::start));
        return kept;
    }

    private static boolean isFree(TreeMap<Integer, Integer> taken, int start, int end) {
        Map.Entry<Integer, Integer> before = taken.floorEntry(start);
        if (before != null && before.getValue() > start) {
            return false;
        }
        Integer next = taken.ceilingKey(start);
        return next == null || next >= end;
    }
}
