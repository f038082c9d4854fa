package nl.wijkwijzer.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.wijkwijzer.personal.Checksums;
import nl.wijkwijzer.content.ContentFile;
import nl.wijkwijzer.diagnostics.Diagnostic;
import nl.wijkwijzer.diagnostics.Diagnostics;
import nl.wijkwijzer.diagnostics.Source;
import nl.wijkwijzer.model.Site;
import nl.wijkwijzer.model.Zichtbaarheid;
import nl.wijkwijzer.yaml.SafeYaml;
import nl.wijkwijzer.yaml.YNode;

/** Builds content files from YAML text and runs the guard on them; shared by the privacy tests. */
final class PrivacyTesting {
    private PrivacyTesting() {
    }

    static final String CASUS_PATH = "content/casuistiek/test.yaml";

    /** One expected finding: kind code and the exact value it covers (to compute its column). */
    record Expect(String soort, String value) {
        static Expect parse(String spec) {
            int eq = spec.indexOf('=');
            return new Expect(spec.substring(0, eq), spec.substring(eq + 1));
        }
    }

    static Site site(List<String> verbodenNamen) {
        return new Site("Test", "Gemeente Test", "nl", "", List.of(Zichtbaarheid.PUBLIEK, Zichtbaarheid.PROFESSIONALS),
                Map.of(), 5, verbodenNamen, 3, 2, "#1f5f8b", "", new Site.Toegankelijkheid("", null, List.of(), ""));
    }

    static ContentFile file(String path, String type, String yaml, List<ContentFile.Exemption> exemptions) {
        Diagnostics parse = new Diagnostics();
        YNode tree = SafeYaml.parse(yaml, Source.file(path), 0, parse)
                .orElseThrow(() -> new AssertionError("test YAML does not parse: " + parse.sorted()));
        return new ContentFile(path, type, "test", tree, "", 0, Zichtbaarheid.PROFESSIONALS, exemptions, yaml);
    }

    static List<Diagnostic> check(ContentFile file, List<String> verboden, List<String> pseudoniemen) {
        Diagnostics d = new Diagnostics();
        PrivacyGuard.check(PrivacyGuard.Scope.of(List.of(file), site(verboden), Map.of(file.path(), pseudoniemen)), d);
        return d.sorted();
    }

    /** Guard diagnostics for a case whose 'situatie' is {@code text} as a literal block (text on line 2, column 3). */
    static List<Diagnostic> checkSituatie(String type, String text, List<String> verboden, List<String> pseudoniemen) {
        String yaml = "situatie: |\n  " + text.replace("\n", "\n  ") + "\n";
        return check(file(CASUS_PATH, type, yaml, List.of()), verboden, pseudoniemen);
    }

    /**
     * Asserts exactly the expected findings in 'situatie' (from line 2, indented by two spaces), and
     * that no diagnostic repeats any of the values, with or without its spaces and separators.
     */
    static void assertFindings(String type, String text, List<String> verboden, List<String> pseudoniemen,
            List<String> expected) {
        List<Diagnostic> actual = checkSituatie(type, text, verboden, pseudoniemen);
        List<String> want = new ArrayList<>();
        int from = 0;
        for (String spec : expected) {
            Expect e = Expect.parse(spec);
            int index = text.indexOf(e.value(), from);
            if (index < 0) {
                throw new IllegalArgumentException("value not in text: " + spec);
            }
            from = index + 1;
            int lineStart = text.lastIndexOf('\n', index) + 1;
            int line = 2 + (int) text.substring(0, index).chars().filter(c -> c == '\n').count();
            want.add(describe("privacy-" + e.soort(), line, 3 + text.codePointCount(lineStart, index), "situatie"));
        }
        List<String> got = actual.stream().map(d -> describe(d.code(), d.line(), d.column(), fieldOf(d))).toList();
        // The message names kinds and positions only: a failing run must not print the (fake) value either.
        assertEquals(want, got, "findings (kind, field, line:column)");
        for (String spec : expected) {
            assertNoLeak(actual, Expect.parse(spec).value());
        }
    }

    static String describe(String code, int line, int column, String field) {
        return code + " " + field + " " + line + ":" + column;
    }

    /** The last quoted part of the message: the field ("... in 'situatie'"). */
    static String fieldOf(Diagnostic d) {
        String m = d.message();
        int close = m.lastIndexOf('\'');
        int open = close <= 0 ? -1 : m.lastIndexOf('\'', close - 1);
        return open < 0 ? "" : m.substring(open + 1, close);
    }

    /** The value itself, and its digits-and-letters-only form, are in no message or hint. */
    static void assertNoLeak(List<Diagnostic> diagnostics, String value) {
        String compact = value.replaceAll("[^\\p{L}\\p{N}@]", "");
        for (Diagnostic d : diagnostics) {
            String text = d.format();
            assertFalse(text.contains(value), () -> "diagnostic repeats the value: " + d.code() + " at " + d.line());
            assertFalse(compact.length() >= 4 && text.replaceAll("[^\\p{L}\\p{N}@]", "").contains(compact)
                    && !isCommonWord(compact), () -> "diagnostic repeats the value: " + d.code() + " at " + d.line());
        }
    }

    /** A detected name can equal a word of the hint ("Jan" in "...januari"); only those long enough to leak count. */
    private static boolean isCommonWord(String compact) {
        return compact.chars().allMatch(Character::isLetter) && compact.length() < 4;
    }

    /** Check digits computed the ISO 13616 way, so test IBANs are valid without being anyone's account. */
    static String fakeIban(String country, String bban) {
        String rearranged = bban + country + "00";
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.getNumericValue(c));
        }
        int check = 98 - new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
        return country + String.format("%02d", check) + bban;
    }

    /** Makes nine digits pass the elfproef by choosing the last digit; null when no digit fits. */
    static String fakeBsn(String eightDigits) {
        for (int last = 0; last <= 9; last++) {
            String candidate = eightDigits + last;
            if (Checksums.elfproef(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
