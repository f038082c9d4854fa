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
}
