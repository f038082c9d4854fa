package nl.wijkwijzer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.wijkwijzer.browser.RequiredTool;

/** woorddelen.txt is what {@link WordParts} derives from hunspell-nl's nl.dic (.ci/run installs hunspell-nl). */
class WordPartsTest {
    static final Path NL_DIC = Path.of("/usr/share/hunspell/nl.dic");
    static final Path NL_AFF = Path.of("/usr/share/hunspell/nl.aff");
    /** The lines of nl.aff the rule reads (the real file declares these). */
    static final List<String> AFF = List.of("SET UTF-8", "FLAG long", "COMPOUNDBEGIN Ca", "COMPOUNDMIDDLE Cb", "COMPOUNDEND Cc");

    @Test
    void committedListIsWhatTheRuleDerivesFromHunspellNl() throws Exception {
        RequiredTool.require(Files.isRegularFile(NL_DIC) && Files.isRegularFile(NL_AFF), "hunspell-nl (" + NL_DIC + ")");
        List<String> derived = WordParts.derive(Files.readAllLines(NL_DIC, StandardCharsets.UTF_8), Files.readAllLines(NL_AFF, StandardCharsets.UTF_8));
        List<String> committed = WordParts.committed();
        assertEquals(derived.size(), committed.size(), "woorddelen.txt is verouderd: draai WordParts opnieuw (zie de kop van het bestand)");
        assertEquals(derived, committed, "woorddelen.txt is verouderd: draai WordParts opnieuw (zie de kop van het bestand)");
        assertTrue(committed.containsAll(List.of("schuld", "huur", "hulp", "verslaving", "woning", "casus", "aanpak")), committed.size() + " parts");
    }

    @Test
    void ruleKeepsLowerCaseStemsThatHeadOrTailThreeEntries() {
        List<String> dic = List.of("12",
                "schuld/Zb", "schuldaflossing/Zb", "schuldbekentenis/Ze", "huurschuld/Zb", // schuld: 3 compounds
                "huur/Za", "huurprijs", // huur: 2 compounds (with huurschuld), too few
                "Amsterdam", "Amsterdammer", "Amsterdamse", "Amsterdamsebrug", // a name: left out
                "bĳstand/Za", "bijstandsgerechtigde", "bijstandswet", "bijstandsuitkering"); // ĳ read as ij
        assertEquals(List.of("bijstand", "schuld"), WordParts.derive(dic, AFF));
    }

    @Test
    void entriesWithACompoundFlagOfNlAffArePartsWithoutListedCompounds() {
        List<String> dic = List.of("5", "casus/CaZeCbCc", "aanpak/CaCcC1", "financiën/Cc", "ding/PCcV", "dag/Ca", "Utrecht/Ca");
        // "ding" has flags "PC" and "cV" (read two characters at a time), not "Cc"; "dag" is shorter than a
        // part may be; a name stays out.
        assertEquals(List.of("aanpak", "casus", "financien"), WordParts.derive(dic, AFF));
        List<String> shortFlags = List.of("SET UTF-8", "COMPOUNDBEGIN X", "COMPOUNDEND Y");
        assertEquals(List.of("casus"), WordParts.derive(List.of("2", "casus/AX", "aanpak/AB"), shortFlags));
    }

    @Test
    void anAffixFileWithoutCompoundFlagsIsRefused() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> WordParts.derive(List.of("1", "casus/Ca"), List.of("SET UTF-8", "FLAG long")));
        assertTrue(e.getMessage().contains("COMPOUNDBEGIN"), e.getMessage());
    }

    @Test
    void headerNamesSourceVersionAndLicence() {
        String text = WordParts.resource(List.of("schuld"), "2:2.20.19-2");
        assertTrue(text.contains("hunspell-nl 2:2.20.19-2") && text.contains("OpenTaal") && text.contains("BSD"), text);
        assertTrue(text.endsWith("\nschuld\n"), text);
    }
}
