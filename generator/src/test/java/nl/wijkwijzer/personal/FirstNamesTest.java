package nl.wijkwijzer.personal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FirstNamesTest {
    @Test
    void firstNameListHasCommonNamesFromEveryLargeGroupAndNoDuplicates() throws IOException {
        FirstNames names = FirstNames.standard();
        int total = names.names().size() + names.alsoWords().size();
        assertTrue(total >= 300 && total <= 800, "number of names: " + total);
        for (String name : List.of("jan", "maria", "fatima", "mohamed", "mehmet", "ayse", "sharmila", "marlon", "sunil")) {
            assertTrue(names.names().contains(name), name);
        }
        for (String word : List.of("roos", "wil", "mark", "bas", "lot")) {
            assertTrue(names.alsoWords().contains(word), word);
            assertFalse(names.names().contains(word), word);
        }
        for (String month : List.of("april", "mei", "augustus")) {
            assertFalse(names.names().contains(month) || names.alsoWords().contains(month), month);
        }
        Set<String> seen = new HashSet<>();
        try (InputStream in = FirstNames.class.getResourceAsStream(FirstNames.RESOURCE)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String n = line.strip();
                if (!n.isEmpty() && !n.startsWith("#")) {
                    assertTrue(seen.add(Chars.fold(n.replace("*", ""))), "listed twice: " + n);
                }
            }
        }
    }
}
