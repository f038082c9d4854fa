package nl.wijkwijzer.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Derives the query side's compound word parts ({@code woorddelen.txt}) from OpenTaal's Dutch Hunspell
 * dictionary (Debian package {@code hunspell-nl}, {@code /usr/share/hunspell/nl.dic}).
 *
 * <p>The rule, so the list can be regenerated and checked against its source (WordPartsTest):
 * <ul>
 * <li>an entry is the word before the {@code /flags}; affix flags are not expanded: compound parts are
 * base forms (singular nouns, verb stems), and inflected query words reach them through the stemmer;</li>
 * <li>entries with a capital (names, abbreviations), a digit, a hyphen, a dot or an apostrophe are left
 * out; "ĳ" is read as "ij" (NFKC) and the word is folded as the analysis folds it;</li>
 * <li>a part has {@link #MIN_PART} to {@link DutchAnalysis#MAX_SUBWORD} letters (3-letter parts split
 * too many words into noise) and is itself a compound part in the dictionary: it is the head or the tail
 * of at least {@link #MIN_COMPOUNDS} other entries, the rest at least {@link #MIN_REST} letters long
 * ("schuld" heads schuldaflossing, schuldbekentenis, ...).</li>
 * </ul>
 * Run {@code java ... nl.wijkwijzer.search.WordParts /usr/share/hunspell/nl.dic VERSION OUT} to rewrite
 * the resource after a new hunspell-nl release.
 */
public final class WordParts {
    static final int MIN_PART = 4;
    static final int MIN_COMPOUNDS = 3;
    static final int MIN_REST = 3;
    static final String RESOURCE = "woorddelen.txt";

    private WordParts() {
    }

    /** The parts derived from {@code nlDic}'s lines, sorted. */
    static List<String> derive(List<String> nlDic) {
        Set<String> entries = new TreeSet<>();
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
        List<String> out = new ArrayList<>();
        compounds.forEach((w, n) -> {
            if (n >= MIN_COMPOUNDS) {
                out.add(w);
            }
        });
        out.sort(null);
        return out;
    }

    /** The resource text: a header naming source, version and licence, then one part per line. */
    static String resource(List<String> parts, String version) {
        StringBuilder b = new StringBuilder()
                .append("# Woorddelen voor het splitsen van samenstellingen in een zoekvraag (kleine letters, zonder accenten).\n")
                .append("# Afgeleid door nl.wijkwijzer.search.WordParts uit /usr/share/hunspell/nl.dic van het Debian-pakket\n")
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
        if (args.length != 3) {
            System.err.println("gebruik: WordParts NL_DIC HUNSPELL_NL_VERSIE UITVOERBESTAND");
            System.exit(2);
        }
        List<String> parts = derive(Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8));
        Files.writeString(Path.of(args[2]), resource(parts, args[1]), StandardCharsets.UTF_8);
        System.out.println(parts.size() + " woorddelen geschreven naar " + args[2]);
    }
}
