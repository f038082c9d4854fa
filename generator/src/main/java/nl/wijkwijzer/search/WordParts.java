package nl.wijkwijzer.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Derives the compound word parts of both sides of the analysis ({@code woorddelen.txt}) from OpenTaal's Dutch Hunspell
 * dictionary (Debian package {@code hunspell-nl}, {@code /usr/share/hunspell/nl.dic}).
 *
 * <p>The rule, so the list can be regenerated and checked against its source (WordPartsTest):
 * <ul>
 * <li>an entry is the word before the {@code /flags}; affix flags are not expanded: compound parts are
 * base forms (singular nouns, verb stems), and inflected query words reach them through the stemmer;</li>
 * <li>entries with a capital (names, abbreviations), a digit, a hyphen, a dot or an apostrophe are left
 * out; "ĳ" is read as "ij" (NFKC) and the word is folded as the analysis folds it;</li>
 * <li>a part has {@link #MIN_PART} to {@link DutchAnalysis#MAX_SUBWORD} letters (3-letter parts split
 * too many words into noise) and is a compound part by the dictionary's own account: either its entry
 * carries one of the compound flags that {@code nl.aff} declares ({@code COMPOUNDBEGIN},
 * {@code COMPOUNDMIDDLE}, {@code COMPOUNDEND}: OpenTaal marks the words Hunspell may join, so "casus"
 * and "aanpak" are parts although few of their compounds are listed), or it is the head or the tail of
 * at least {@link #MIN_COMPOUNDS} other entries, the rest at least {@link #MIN_REST} letters long
 * ("schuld" heads schuldaflossing, schuldbekentenis, ...: listed compounds of unflagged words).</li>
 * </ul>
 * Run {@code java ... nl.wijkwijzer.search.WordParts /usr/share/hunspell/nl.dic /usr/share/hunspell/nl.aff
 * VERSION OUT} to rewrite the resource after a new hunspell-nl release.
 */
public final class WordParts {
    static final int MIN_PART = 4;
    static final int MIN_COMPOUNDS = 3;
    static final int MIN_REST = 3;
    static final String RESOURCE = "woorddelen.txt";

    private WordParts() {
    }

    /**
     * The compound flags {@code nl.aff} declares (COMPOUNDBEGIN, COMPOUNDMIDDLE, COMPOUNDEND), and
     * the flag width its {@code FLAG} line sets (long: two characters per flag; the default: one).
     */
    record CompoundFlags(Set<String> flags, int width) {
        static CompoundFlags of(List<String> nlAff) {
            Set<String> flags = new TreeSet<>();
            int width = 1;
            for (String line : nlAff) {
                String[] f = line.strip().split("\\s+");
                if (f.length >= 2 && f[0].equals("FLAG")) {
                    if (f[1].equals("long")) {
                        width = 2;
                    } else if (!f[1].equals("UTF-8")) {
                        throw new IllegalArgumentException("nl.aff: FLAG " + f[1] + " wordt niet ondersteund (alleen long of standaard)");
                    }
                }
                if (f.length >= 2 && (f[0].equals("COMPOUNDBEGIN") || f[0].equals("COMPOUNDMIDDLE") || f[0].equals("COMPOUNDEND"))) {
                    flags.add(f[1]);
                }
            }
            if (flags.isEmpty()) {
                throw new IllegalArgumentException("nl.aff: geen COMPOUNDBEGIN, COMPOUNDMIDDLE of COMPOUNDEND gevonden; is dit het affixbestand van hunspell-nl?");
            }
            return new CompoundFlags(Set.copyOf(flags), width);
        }

        boolean marks(String flagField) {
            for (int i = 0; i + width <= flagField.length(); i += width) {
                if (flags.contains(flagField.substring(i, i + width))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The parts derived from {@code nlDic}'s lines with {@code nlAff}'s compound flags, sorted. */
    static List<String> derive(List<String> nlDic, List<String> nlAff) {
        CompoundFlags compoundFlags = CompoundFlags.of(nlAff);
        Set<String> entries = new TreeSet<>();
        Set<String> flagged = new TreeSet<>();
        for (int i = 1; i < nlDic.size(); i++) {
            String line = nlDic.get(i);
            int slash = line.indexOf('/');
            String word = Normalizer.normalize(slash >= 0 ? line.substring(0, slash) : line, Normalizer.Form.NFKC).strip();
            if (word.isEmpty() || !word.equals(word.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            String folded = DutchAnalysis.fold(word);
            if (folded.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                entries.add(folded);
                // The flags end at the first white space (morphological fields may follow).
                String flagField = slash >= 0 ? line.substring(slash + 1).strip().split("\\s+")[0] : "";
                if (compoundFlags.marks(flagField) && folded.length() >= MIN_PART && folded.length() <= DutchAnalysis.MAX_SUBWORD) {
                    flagged.add(folded);
                }
            }
        }
        Map<String, Integer> compounds = new HashMap<>();
        for (String e : entries) {
            for (int i = MIN_PART; i <= e.length() - MIN_REST; i++) {
                String head = e.substring(0, i);
                if (head.length() <= DutchAnalysis.MAX_SUBWORD && entries.contains(head)) {
                    compounds.merge(head, 1, Integer::sum);
                }
                String tail = e.substring(e.length() - i);
                if (tail.length() <= DutchAnalysis.MAX_SUBWORD && entries.contains(tail)) {
                    compounds.merge(tail, 1, Integer::sum);
                }
            }
        }
        Set<String> out = new TreeSet<>(flagged);
        compounds.forEach((w, n) -> {
            if (n >= MIN_COMPOUNDS) {
                out.add(w);
            }
        });
        return List.copyOf(out);
    }

    /** The resource text: a header naming source, version and licence, then one part per line. */
    static String resource(List<String> parts, String version) {
        StringBuilder b = new StringBuilder()
                .append("# Woorddelen voor het splitsen van samenstellingen, in de index en in een zoekvraag (kleine letters, zonder accenten).\n")
                .append("# Afgeleid door nl.wijkwijzer.search.WordParts uit /usr/share/hunspell/nl.dic en nl.aff van het Debian-pakket\n")
                .append("# hunspell-nl ").append(version).append(" (OpenTaal, https://github.com/OpenTaal/opentaal-hunspell).\n")
                .append("# Licentie van de bron: BSD of Creative Commons Naamsvermelding 3.0 (naar keuze), (c) OpenTaal.\n")
                .append("# Niet met de hand bewerken: draai WordParts opnieuw na een nieuwe versie van hunspell-nl.\n");
        parts.forEach(p -> b.append(p).append('\n'));
        return b.toString();
    }

    /** The committed parts (comment lines left out). */
    static List<String> committed() {
        return DutchAnalysis.readResource(RESOURCE);
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("gebruik: WordParts NL_DIC NL_AFF HUNSPELL_NL_VERSIE UITVOERBESTAND");
            System.exit(2);
        }
        List<String> parts = derive(Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8),
                Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8));
        Files.writeString(Path.of(args[3]), resource(parts, args[2]), StandardCharsets.UTF_8);
        System.out.println(parts.size() + " woorddelen geschreven naar " + args[3]);
    }
}
