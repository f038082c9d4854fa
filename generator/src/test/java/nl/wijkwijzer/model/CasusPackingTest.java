package nl.wijkwijzer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The packed prose of a large corpus reads back exactly as the strings it was made from. */
class CasusPackingTest {
    private static final String[] PIECES = {"", "a", "Situatie\n\nmet *nadruk* en een [link](x.html).", "€ 12.850,-",
        "één, twee; zeeën", "\u0000 nul", "tab\tregel\r\n", "😀 buiten het BMP", "ĳ ﬁ", "x".repeat(70_000)};

    static Casus casus(Random r, String id, boolean packed, boolean waardendriehoek) {
        List<Casus.Blokkade> blokkades = IntStream.range(0, r.nextInt(4))
                .mapToObj(i -> new Casus.Blokkade(i % 2 == 0 ? "weeffout-" + i : "", text(r))).toList();
        List<String> leervragen = IntStream.range(0, r.nextInt(3)).mapToObj(i -> text(r)).toList();
        return new Casus(id, "Titel " + id, text(r), "zuidoost", LocalDate.of(2025, 1, 2), "open", List.of("wonen"),
                "thuiswonend", List.of(), true, "", Zichtbaarheid.PUBLIEK, text(r),
                new Casus.Hulpvraag(text(r), text(r), text(r)), blokkades, text(r), List.of("wijkagent"),
                new Kosten(List.of(), List.of()),
                waardendriehoek ? new Casus.Waardendriehoek(text(r), text(r), text(r)) : null, leervragen, null, packed);
    }

    private static String text(Random r) {
        StringBuilder b = new StringBuilder();
        for (int i = r.nextInt(4); i > 0; i--) {
            b.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    private static void assertSame(Casus plain, Casus packed) {
        assertTrue(packed.isPacked());
        assertEquals(plain.situatie(), packed.situatie());
        assertEquals(plain.oplossing(), packed.oplossing());
        assertEquals(plain.hulpvraag(), packed.hulpvraag());
        assertEquals(plain.blokkades(), packed.blokkades());
        assertEquals(plain.waardendriehoek(), packed.waardendriehoek());
        assertEquals(plain.leervragen(), packed.leervragen());
        assertEquals(plain, packed);
        assertEquals(plain.hashCode(), packed.hashCode());
    }

    @Test
    void packedProseReadsBackAsGiven() {
        for (int seed = 0; seed < 300; seed++) {
            Casus plain = casus(new Random(seed), "c" + seed, false, seed % 3 != 0);
            Casus packed = casus(new Random(seed), "c" + seed, true, seed % 3 != 0);
            assertTrue(!plain.isPacked());
            assertSame(plain, packed);
            if (seed % 3 == 0) {
                assertNull(packed.waardendriehoek());
            }
        }
    }

    @Test
    void casesReadInTurnNeverMixUp() throws Exception {
        // Each thread remembers the last case it unpacked: reading two cases in turn, on several threads
        // at once, must give each case its own text.
        List<Casus> plain = IntStream.range(0, 50).mapToObj(i -> casus(new Random(i), "c" + i, false, true)).toList();
        List<Casus> packed = IntStream.range(0, 50).mapToObj(i -> casus(new Random(i), "c" + i, true, true)).toList();
        ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        IntStream.range(0, 20_000).parallel().forEach(n -> {
            int i = Math.floorMod(n * 31, 50);
            int j = (i + 1) % 50;
            String a = packed.get(i).situatie();
            String b = packed.get(j).oplossing();
            if (!a.equals(plain.get(i).situatie()) || !b.equals(plain.get(j).oplossing())
                    || !packed.get(i).blokkades().equals(plain.get(i).blokkades())) {
                wrong.add(i + "/" + j);
            }
        });
        assertEquals(List.of(), List.copyOf(wrong));
    }

    @Test
    void otherBlockersKeepTheRestAndThePacking() {
        Casus packed = casus(new Random(5), "c5", true, true);
        List<Casus.Blokkade> other = List.of(new Casus.Blokkade("", "Nieuwe toelichting"));
        Casus changed = packed.withBlokkades(other);
        assertTrue(changed.isPacked());
        assertEquals(other, changed.blokkades());
        assertEquals(packed.situatie(), changed.situatie());
        assertEquals(packed.leervragen(), changed.leervragen());
        assertEquals(packed.waardendriehoek(), changed.waardendriehoek());
        assertNotEquals(packed, changed);
    }
}
