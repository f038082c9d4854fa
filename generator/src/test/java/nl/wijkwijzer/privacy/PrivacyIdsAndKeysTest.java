package nl.wijkwijzer.privacy;

import static nl.wijkwijzer.privacy.PrivacyTesting.fakeBsn;
import static nl.wijkwijzer.privacy.PrivacyTesting.fakeIban;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.wijkwijzer.TestPaths;
import nl.wijkwijzer.author.TestContent;
import nl.wijkwijzer.cli.Main;

/**
 * Ids (file names) and keys are published like text (in web addresses, search files, filter pages), so the
 * guard scans them too: the build refuses, the message points at the file (line 1 for a file name) or at
 * the key, and it never repeats the value. Each row adds one such name to a copy of the mini site.
 */
class PrivacyIdsAndKeysTest {
    private static final String BSN = fakeBsn("12345678");
    private static final String IBAN = fakeIban("NL", "ZZZZ0123456789").toLowerCase(Locale.ROOT);

    @TempDir
    Path tmp;

    /**
     * @param file     file to write, relative to content/ (its name may be the personal value)
     * @param text     its content, or null to copy {@code copyOf}
     * @param expected "path:line: fout: message" the guard must give
     */
    record Attack(String name, String value, String file, String copyOf, String siteExtra, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> attacks() {
        return Stream.of(
                Arguments.of(new Attack("BSN as a case id", BSN, "casuistiek/" + BSN + ".yaml", "casuistiek/open-huis.yaml",
                        "", "content/casuistiek/" + BSN + ".yaml:1: fout: mogelijk BSN in de bestandsnaam")),
                Arguments.of(new Attack("telephone number as an organisation id", "0612345678",
                        "wijknetwerk/06-12345678.yaml", "wijknetwerk/wijkteam.yaml", "",
                        "content/wijknetwerk/06-12345678.yaml:1: fout: mogelijk telefoonnummer in de bestandsnaam")),
                Arguments.of(new Attack("BSN as a weeffout id", BSN, "weeffouten/" + BSN.substring(0, 3) + "-"
                        + BSN.substring(3, 6) + "-" + BSN.substring(6) + ".yaml", "weeffouten/krappe-markt.yaml", "",
                        "content/weeffouten/" + BSN.substring(0, 3) + "-" + BSN.substring(3, 6) + "-" + BSN.substring(6)
                                + ".yaml:1: fout: mogelijk BSN in de bestandsnaam")),
                Arguments.of(new Attack("forbidden name as a leersessie id", "sanne-oosterhout",
                        "leersessies/sanne-oosterhout.yaml", "leersessies/sessie.yaml",
                        "privacy:\n  verboden-namen: [Sanne Oosterhout]\n",
                        "content/leersessies/sanne-oosterhout.yaml:1: fout: mogelijk verboden naam in de bestandsnaam")),
                Arguments.of(new Attack("IBAN as a wijk id", IBAN, null, null, "",
                        "content/site.yaml:6:3: fout: mogelijk IBAN in een veldnaam in 'wijken'")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void theBuildRefusesAndTheMessageNamesThePlaceNotTheValue(Attack a) throws IOException {
        Path content = tmp.resolve("content");
        TestContent.copyTree(TestPaths.resource("mini/content"), content);
        String site = Files.readString(content.resolve("site.yaml"));
        if (a.file() == null) {
            site = site.replace("  zuid: Zuid\n", "  zuid: Zuid\n  " + a.value() + ": Oost\n");
        }
        Files.writeString(content.resolve("site.yaml"), site + a.siteExtra());
        if (a.file() != null) {
            Files.copy(content.resolve(a.copyOf()), content.resolve(a.file()));
        }
        Path out = tmp.resolve("site");
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"build", "--content", content.toString(), "--templates",
                TestPaths.templates().toString(), "--out", out.toString()}, new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true));

        assertEquals(1, code, "the build must refuse");
        assertFalse(Files.exists(out), "nothing may be published");
        List<String> lines = err.toString().lines().toList();
        assertTrue(lines.contains(a.expected()), "expected the guard's message at the name's place");
        // The file's own path names it (that is where to rename); nothing else may repeat the value.
        String compact = a.value().replace("-", "");
        for (String line : lines) {
            String rest = a.file() == null ? line : line.replace("content/" + a.file(), "");
            assertFalse(rest.contains(a.value()) || rest.replace("-", "").contains(compact),
                    "a message repeats the value outside the file's path");
        }
    }
}
