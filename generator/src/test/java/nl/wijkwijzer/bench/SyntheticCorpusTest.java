package nl.wijkwijzer.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.wijkwijzer.Wijkwijzer;
import nl.wijkwijzer.diagnostics.Diagnostic;
import nl.wijkwijzer.model.Casus;
import nl.wijkwijzer.model.Zichtbaarheid;

class SyntheticCorpusTest {
    @TempDir
    Path tmp;

    @Test
    void corpusIsDeterministicValidAndRealistic() throws Exception {
        Path a = tmp.resolve("a/content");
        Path b = tmp.resolve("b/content");
        SyntheticCorpus.write(SyntheticCorpus.testBase(), a, 300, 7);
        SyntheticCorpus.write(SyntheticCorpus.testBase(), b, 300, 7);
        for (int i : new int[] {0, 1, 150, 299}) {
            String name = "casuistiek/" + SyntheticCorpus.id(i) + ".yaml";
            assertArrayEquals(Files.readAllBytes(a.resolve(name)), Files.readAllBytes(b.resolve(name)), name);
        }
        Wijkwijzer.CheckResult check = Wijkwijzer.check(new Wijkwijzer.Options(a, null, null, List.of(), null));
        assertEquals(List.of(), check.diagnostics().sorted().stream().filter(Diagnostic::isError).toList());
        List<Casus> cases = check.kb().casussen();
        assertEquals(300, cases.size());
        for (Casus c : cases) {
            int words = c.situatie().strip().split("\\s+").length;
            assertTrue(words >= 100 && words <= 200, c.id() + ": " + words + " words");
            assertTrue(!c.kosten().isEmpty() && !c.blokkades().isEmpty() && !c.partijen().isEmpty(), c.id());
            assertTrue(c.situatie().chars().noneMatch(Character::isDigit), c.id());
        }
        long pub = cases.stream().filter(c -> c.zichtbaarheid() == Zichtbaarheid.PUBLIEK).count();
        assertTrue(pub > 150 && pub < 250, "publiek: " + pub);
        assertEquals(3, cases.stream().map(c -> c.datum().getYear()).distinct().count());
        assertEquals("casus-a", SyntheticCorpus.id(0));
        assertEquals("casus-ba", SyntheticCorpus.id(26));
    }
}
