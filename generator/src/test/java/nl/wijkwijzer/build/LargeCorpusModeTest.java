package nl.wijkwijzer.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.wijkwijzer.Wijkwijzer;
import nl.wijkwijzer.author.TestContent;
import nl.wijkwijzer.bench.SyntheticCorpus;
import nl.wijkwijzer.model.Casus;

/**
 * A large corpus is built to bound memory (packed case prose, memos kept small, audiences one after the
 * other); the site it makes must be the very same. The options move the bound down so a small corpus
 * takes that path.
 */
class LargeCorpusModeTest {
    @TempDir
    Path tmp;

    @Test
    void largeCorpusModeBuildsTheSameSite() throws Exception {
        Path content = tmp.resolve("content");
        SyntheticCorpus.write(SyntheticCorpus.testBase(), content, 400, 11);
        LocalDate today = LocalDate.of(2026, 11, 23);
        Path templates = TestContent.root().resolve("templates");

        Wijkwijzer.Options normal = new Wijkwijzer.Options(content, templates, tmp.resolve("normaal"), List.of(), today);
        assertFalse(normal.profile(false).largeCorpus());
        assertInstanceOf(Casus.Verhaal.class, Wijkwijzer.check(normal).kb().casussen().get(0).prose());
        Wijkwijzer.build(normal);

        Wijkwijzer.Options large = normal.withOut(tmp.resolve("groot")).withLargeCorpusFrom(1);
        assertTrue(large.profile(false).largeCorpus());
        assertTrue(Wijkwijzer.check(large).kb().casussen().stream().noneMatch(c -> c.prose() instanceof Casus.Verhaal));
        Wijkwijzer.build(large);

        Map<String, byte[]> a = SiteFiles.read(tmp.resolve("normaal"));
        Map<String, byte[]> b = SiteFiles.read(tmp.resolve("groot"));
        assertTrue(a.size() > 1000, "files: " + a.size());
        assertEquals(a.keySet(), b.keySet());
        List<String> differ = new ArrayList<>();
        a.forEach((path, bytes) -> {
            if (!Arrays.equals(bytes, b.get(path))) {
                differ.add(path);
            }
        });
        assertEquals(List.of(), differ);
    }
}
