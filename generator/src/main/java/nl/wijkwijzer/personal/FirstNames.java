package nl.wijkwijzer.personal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Warns about common first names in a case that are not declared as pseudonyms. A name counts when it
 * is capitalised, is not the first word of a sentence, list item or heading, and is not part of the
 * name of an institution or street ("Jeroen Bosch Ziekenhuis", "Willem de Zwijgerlaan").
 *
 * <p>Names that are also ordinary Dutch words (Roos, Wil, Mark, Bas, ...; marked with '*' in
 * {@code voornamen.txt}) count only directly after a lower-case word ("dat Roos belde"): elsewhere a
 * capital can come from a heading, a colon or a list.
 */
public final class FirstNames {
    static final String RESOURCE = "voornamen.txt";

    private static final List<String> ABBREVIATIONS = List.of("dhr", "mevr", "mw", "mr", "dr", "drs", "ir", "ing", "bijv",
            "vgl", "ca", "evt", "zgn", "incl", "excl", "resp", "nr", "st", "sr", "jr", "mej", "mej", "ds", "prof", "fam");

    private static final List<String> INSTITUTION_WORDS = List.of("ziekenhuis", "huis", "stichting", "school", "college",
            "centrum", "kliniek", "fonds", "kerk", "instituut", "academie", "lyceum", "universiteit", "museum", "groep",
            "prijs", "paviljoen", "brug", "zorg", "kazerne", "hoeve");

    private static final Set<String> PARTICLES = Set.of("van", "de", "der", "den", "het", "ter", "ten", "te", "la", "le");

    private static final FirstNames DEFAULT = load();

    private final Set<String> names;
    private final Set<String> alsoWords;

    FirstNames(Set<String> names, Set<String> alsoWords) {
        this.names = Set.copyOf(names);
        this.alsoWords = Set.copyOf(alsoWords);
    }

    public static FirstNames standard() {
        return DEFAULT;
    }

    Set<String> names() {
        return names;
    }

    Set<String> alsoWords() {
        return alsoWords;
    }

    private static FirstNames load() {
        Set<String> names = new HashSet<>();
        Set<String> alsoWords = new HashSet<>();
        try (InputStream in = FirstNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                if (name.endsWith("*")) {
                    alsoWords.add(Chars.fold(name.substring(0, name.length() - 1).strip()));
                } else {
                    names.add(Chars.fold(name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FirstNames(names, alsoWords);
    }

    /** Whether any word is a common first name (not one that is also a Dutch word), in any case or position. */
    public boolean containsName(Words words) {
        for (int i = 0; i < words.size(); i++) {
            if (names.contains(words.folded(i))) {
                return true;
            }
        }
        return false;
    }

    /** @param pseudoniemen folded words of the case's declared pseudonyms */
    void find(Words words, Set<String> pseudoniemen, List<Finding> out) {
        for (int i = 0; i < words.size(); i++) {
            if (!words.isCapitalised(i)) {
                continue;
            }
            String folded = words.folded(i);
            boolean name = names.contains(folded);
            boolean ambiguous = !name && alsoWords.contains(folded);
            if (!name && !ambiguous || pseudoniemen.contains(folded)) {
                continue;
            }
            if (isSentenceStart(words.text, words.start(i)) || partOfInstitution(words, i)) {
                continue;
            }
            if (ambiguous && !afterLowerCaseWord(words, i)) {
                continue;
            }
            out.add(new Finding(Soort.VOORNAAM, words.start(i), words.end(i)));
        }
    }

    private static boolean afterLowerCaseWord(Words words, int i) {
        if (i == 0 || !words.joined(i - 1, i)) {
            return false;
        }
        for (int k = words.end(i - 1); k < words.start(i); k++) {
            if (words.text.charAt(k) != ' ') {
                return false;
            }
        }
        return Character.isLowerCase(words.text.charAt(words.start(i - 1)));
    }

    /** "Jeroen Bosch Ziekenhuis", "Sint Jan", "Willem de Zwijgerlaan": a name inside a proper noun. */
    private static boolean partOfInstitution(Words words, int i) {
        if (i > 0 && words.joined(i - 1, i) && List.of("sint", "st").contains(words.folded(i - 1))) {
            return true;
        }
        for (int j = i + 1; j < words.size() && j <= i + 4 && words.joined(j - 1, j); j++) {
            String f = words.folded(j);
            boolean capital = Character.isUpperCase(words.text.charAt(words.start(j)));
            if (!capital && !PARTICLES.contains(f)) {
                return false;
            }
            if (capital && (endsWithAny(f, INSTITUTION_WORDS) || endsWithAny(f, AddressDetector.STREET_WORDS))) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithAny(String word, List<String> suffixes) {
        for (String s : suffixes) {
            if (word.endsWith(s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True at the start of the text, after a full stop, question or exclamation mark (not after an
     * abbreviation like "dhr."), at a list item, heading, quote or table cell, and at a line that follows
     * a blank line, a heading or a line ending a sentence. A line break inside a wrapped sentence is not a
     * sentence start.
     */
    static boolean isSentenceStart(String t, int start) {
        int p = start;
        boolean marker = false;
        boolean cell = false;
        while (p > 0) {
            char c = t.charAt(p - 1);
            if (c == ' ' || c == '\t' || c == '\u00A0') {
                p--;
            } else if ("\"'“‘„«([_".indexOf(c) >= 0) {
                p--;
            } else if ("-*+#>|".indexOf(c) >= 0) {
                marker = true;
                cell |= c == '|';
                p--;
            } else {
                break;
            }
        }
        if (p == 0) {
            return true;
        }
        char c = t.charAt(p - 1);
        if (c == '\n') {
            return marker || previousLineEndsBlock(t, p - 1);
        }
        if (c == '!' || c == '?' || c == '…') {
            return true;
        }
        if (c == '.') {
            return !afterAbbreviation(t, p - 1);
        }
        // Inside a line, "| Jan" starts a table cell; "zei hij - Jan" goes on with the sentence.
        return cell;
    }

    private static boolean previousLineEndsBlock(String t, int newline) {
        int q = newline - 1;
        while (q >= 0 && (t.charAt(q) == ' ' || t.charAt(q) == '\t')) {
            q--;
        }
        if (q < 0 || t.charAt(q) == '\n') {
            return true;
        }
        char last = t.charAt(q);
        if (".!?:…".indexOf(last) >= 0 || "\"”’)".indexOf(last) >= 0 && q > 0 && ".!?".indexOf(t.charAt(q - 1)) >= 0) {
            return true;
        }
        int lineStart = t.lastIndexOf('\n', q) + 1;
        while (lineStart < q && (t.charAt(lineStart) == ' ' || t.charAt(lineStart) == '\t')) {
            lineStart++;
        }
        return t.charAt(lineStart) == '#' || t.charAt(lineStart) == '|';
    }

    private static boolean afterAbbreviation(String t, int dot) {
        int e = dot;
        int s = e;
        while (s > 0 && Character.isLetter(t.charAt(s - 1))) {
            s--;
        }
        if (e - s == 1) {
            return true; // "o.a.", "t.a.v.", an initial
        }
        return ABBREVIATIONS.contains(Chars.fold(t.substring(s, e)));
    }
}
