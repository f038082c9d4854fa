package nl.wijkwijzer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import nl.wijkwijzer.bench.SyntheticCorpus;
import nl.wijkwijzer.model.Casus;
import nl.wijkwijzer.model.KnowledgeBase;

/** Grouping free blockers by skipping whole linked groups gives the same groups as checking every pair. */
class BlockerClustersTest {

    @Test
    void skippingLinkedGroupsGivesTheGroupsOfCheckingEveryPair() throws Exception {
        KnowledgeBase kb = SyntheticCorpus.knowledgeBase(SyntheticCorpus.testBase(), 2_000, 5);
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

    /**
     * Paraphrased blockers: each text takes a few words of its topic and a few general words, so only
     * some pairs of a topic pass the threshold and groups form through chains. Here a linker that
     * skips part of a group, or checks only its first text, gives other groups (the synthetic corpus
     * above repeats its sentences word for word, so every linking order reaches the same groups there).
     */
    @Test
    void paraphrasedBlockersGiveTheGroupsOfCheckingEveryPair() {
        List<BlockerClusters.Tekst> vrij = paraphrases(new Random(20261123), 400, 3);
        List<String> corpus = vrij.stream().map(BlockerClusters.Tekst::toelichting).toList();
        for (double threshold : new double[] {BlockerClusters.DEFAULT_THRESHOLD, 0.25, 0.35, 0.5}) {
            List<BlockerClusters.Groep> fast = BlockerClusters.group(vrij, corpus, threshold);
            List<BlockerClusters.Groep> reference = BlockerClusters.group(vrij, corpus, threshold, BlockerClusters::linkEveryPair);
            assertEquals(members(vrij, reference), members(vrij, fast), "threshold " + threshold);
            assertEquals(reference, fast, "threshold " + threshold);
        }
        // Many small corpora with few general words: sparse chains, where a linker that checks only part
        // of a group misses a link that no other pair makes up for.
        for (int seed = 0; seed < 300; seed++) {
            Random random = new Random(seed);
            List<BlockerClusters.Tekst> small = paraphrases(random, 30 + random.nextInt(40), random.nextInt(3));
            List<String> texts = small.stream().map(BlockerClusters.Tekst::toelichting).toList();
            double t = new double[] {0.25, 0.4, 0.55}[seed % 3];
            assertEquals(members(small, BlockerClusters.group(small, texts, t, BlockerClusters::linkEveryPair)),
                    members(small, BlockerClusters.group(small, texts, t)), "seed " + seed + ", threshold " + t);
        }
        // The fixture is what the comparison needs: large groups whose members are not all alike pairwise.
        double threshold = 0.35;
        List<BlockerClusters.Groep> groups = BlockerClusters.group(vrij, corpus, threshold);
        BlockerClusters.Groep large = groups.stream().filter(g -> g.leden().size() > 8).findFirst()
                .orElseThrow(() -> new AssertionError("no group of more than 8 texts at " + threshold));
        List<BlockerClusters.Tekst> some = large.leden().subList(0, 8);
        int unlinked = 0;
        for (int a = 0; a < some.size(); a++) {
            for (int b = a + 1; b < some.size(); b++) {
                if (!some.get(a).casus().equals(some.get(b).casus())
                        && BlockerClusters.group(List.of(some.get(a), some.get(b)), corpus, threshold).isEmpty()) {
                    unlinked++;
                }
            }
        }
        assertTrue(unlinked > 0, "every pair of the group links directly; the group formed through no chain");
    }

    /** Each group as the positions of its members in {@code vrij}: a short failure message. */
    private static List<List<Integer>> members(List<BlockerClusters.Tekst> vrij, List<BlockerClusters.Groep> groups) {
        return groups.stream().map(g -> g.leden().stream().map(vrij::indexOf).toList()).toList();
    }

    private static final String[][] TOPICS = {
        {"briefadres", "inschrijving", "postadres", "daklozen", "basisregistratie", "woonadres", "uitschrijving", "adresonderzoek"},
        {"huurachterstand", "ontruiming", "verhuurder", "woningcorporatie", "huurschuld", "betalingsregeling", "deurwaarder", "beslag"},
        {"wachtlijst", "jeugdzorg", "indicatie", "zorgaanbieder", "verwijzing", "huisarts", "behandeling", "intake"},
        {"toeslagen", "terugvordering", "belastingdienst", "kinderopvang", "zorgtoeslag", "huurtoeslag", "aanslag", "herberekening"},
        {"schuldhulp", "budgetbeheer", "schuldeisers", "saneringskrediet", "bewindvoering", "aflossing", "stabilisatie", "leefgeld"},
        {"uitkering", "participatiewet", "bijstand", "sollicitatieplicht", "kostendelersnorm", "maatregel", "korting", "re-integratie"},
        {"zorgverzekering", "premie", "wanbetalers", "eigen", "risico", "zorgkosten", "verzekeraar", "incasso"},
        {"mantelzorg", "respijtzorg", "dagbesteding", "thuiszorg", "wijkverpleging", "overbelasting", "ondersteuning", "logeeropvang"},
    };

    private static final String[] COMMON = {"gemeente", "regels", "aanvraag", "loket", "termijn", "wachten", "formulier",
        "afwijzing", "bezwaar", "beslissing", "instantie", "contact", "dossier", "gesprek", "afspraak", "kosten", "geld",
        "maanden", "weken", "brief", "medewerker", "systeem", "voorwaarden", "toestemming", "overleg", "signaal"};

    /** Texts on eight topics: 2-4 topic words (from a shifting window, so neighbours overlap more) and some general words. */
    private static List<BlockerClusters.Tekst> paraphrases(Random random, int count, int minGeneral) {
        List<BlockerClusters.Tekst> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] topic = TOPICS[random.nextInt(TOPICS.length)];
            int start = random.nextInt(topic.length);
            List<String> words = new ArrayList<>();
            int own = 2 + random.nextInt(3);
            for (int k = 0; k < own; k++) {
                words.add(topic[(start + k * (1 + random.nextInt(2))) % topic.length]);
            }
            int general = minGeneral + random.nextInt(3);
            for (int k = 0; k < general; k++) {
                words.add(COMMON[random.nextInt(COMMON.length)]);
            }
            java.util.Collections.shuffle(words, random);
            out.add(new BlockerClusters.Tekst("casus-" + (i / 2), "De " + String.join(" en de ", words) + ".", List.of()));
        }
        return out;
    }
}
