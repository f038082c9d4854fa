package nl.wijkwijzer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.wijkwijzer.bench.SyntheticCorpus;
import nl.wijkwijzer.model.Casus;
import nl.wijkwijzer.model.KnowledgeBase;

/** Grouping free blockers by skipping whole linked groups gives the same groups as checking every pair. */
class BlockerClustersTest {

    @Test
    void skippingLinkedGroupsGivesTheGroupsOfCheckingEveryPair() throws Exception {
        KnowledgeBase kb = SyntheticCorpus.knowledgeBase(Path.of(System.getProperty("wijkwijzer.root", ".."), "content").toAbsolutePath().normalize(), 2_000, 5);
        List<BlockerClusters.Tekst> vrij = new ArrayList<>();
        List<String> corpus = new ArrayList<>();
        for (Casus c : kb.casussen()) {
            for (Casus.Blokkade b : c.blokkades()) {
                corpus.add(b.toelichting());
                if (!b.heeftWeeffout() && !b.toelichting().isBlank()) {
                    vrij.add(new BlockerClusters.Tekst(c.id(), b.toelichting(), c.pseudoniemen()));
                }
            }
        }
        assertTrue(vrij.size() > 300, "the synthetic corpus has many free blockers: " + vrij.size());
        for (double threshold : new double[] {BlockerClusters.DEFAULT_THRESHOLD, 0.5, 0.9}) {
            List<BlockerClusters.Groep> fast = BlockerClusters.group(vrij, corpus, threshold);
            List<BlockerClusters.Groep> reference = BlockerClusters.group(vrij, corpus, threshold, BlockerClusters::linkEveryPair);
            assertEquals(reference, fast, "threshold " + threshold);
            if (threshold == BlockerClusters.DEFAULT_THRESHOLD) {
                assertTrue(fast.stream().anyMatch(g -> g.leden().size() > 10), "large groups form, so whole groups get skipped");
            }
        }
    }
}
