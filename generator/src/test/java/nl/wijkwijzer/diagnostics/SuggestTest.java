package nl.wijkwijzer.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestTest {
    static final List<String> IDS = List.of("wonen", "financien", "daginvulling", "ondersteuning", "leefomgeving");

    @ParameterizedTest
    @CsvSource({"financiën,financien", "Wonen,wonen", "onderstuening,ondersteuning", "dagbesteding,", "leefomgving,leefomgeving"})
    void nearestValidIdIsSuggestedOnlyWhenClose(String wrong, String expected) {
        assertEquals(Optional.ofNullable(expected), Suggest.nearest(wrong, IDS));
    }

    static final List<String> PARTNERS = List.of("schuldhulpverlening", "schuldeisers-overleg", "sociaal-wijkteam",
            "ggz-instelling", "woningcorporatie", "eropaf-team", "wijkagent");

    /** A typo that is a prefix or a part of an id, or holds an id as a part, still gets a suggestion. */
    @ParameterizedTest
    @CsvSource({
            "schuldhulp,schuldhulpverlening", // prefix, too far for the edit distance
            "Schuldhulp,schuldhulpverlening", // case does not matter
            "woning,woningcorporatie", // prefix
            "wijkteam,sociaal-wijkteam", // a hyphen-separated part
            "corporatie,woningcorporatie", // a part inside a word
            "eropaf,eropaf-team", // prefix that ends at a hyphen
            "ggz-instelling-noord,ggz-instelling", // the typo holds the id
            "schuld,schuldhulpverlening", // a prefix of two ids: the one with fewer letters left over
            "ggz,", // too short for a part
            "huisarts,"}) // nothing alike
    void prefixOrPartGetsASuggestion(String wrong, String expected) {
        assertEquals(Optional.ofNullable(expected), Suggest.nearest(wrong, PARTNERS));
    }

    @ParameterizedTest
    @CsvSource({"schuldhulp", "schuldhulpverleni", "verlening"})
    void theHintNamesTheFullId(String wrong) {
        assertEquals("bedoelde je 'schuldhulpverlening'?", Suggest.hint(wrong, PARTNERS));
    }
}
