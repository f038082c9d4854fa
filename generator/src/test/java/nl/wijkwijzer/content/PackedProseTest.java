package nl.wijkwijzer.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import nl.wijkwijzer.model.Casus;
import nl.wijkwijzer.model.Kosten;
import nl.wijkwijzer.model.Zichtbaarheid;

/** The packed prose of a large corpus reads back exactly as the strings it was made from. */
class PackedProseTest {
    private static final String[] PIECES = {"", "a", "Situatie\n\nmet *nadruk* en een [link](x.html).", "€ 12.850,-",
        "één, twee; zeeën", "\u0000 nul", "tab\tregel\r\n", "😀 buiten het BMP", "ĳ ﬁ", "x".repeat(70_000)};

    private final PackedProse.Unpacker unpacker = new PackedProse.Unpacker();

    static Casus casus(Random r, String id, boolean waardendriehoek) {
        List<Casus.Blokkade> blokkades = IntStream.range(0, r.nextInt(4))
                .mapToObj(i -> new Casus.Blokkade(i % 2 == 0 ? "weeffout-" + i : "", text(r))).toList();
        List<String> leervragen = IntStream.range(0, r.nextInt(3)).mapToObj(i -> text(r)).toList();
        return new Casus(id, "Titel " + id, text(r), "zuidoost", LocalDate.of(2025, 1, 2), "open", List.of("wonen"),
                "thuiswonend", List.of(), true, "", Zichtbaarheid.PUBLIEK, text(r),
                new Casus.Hulpvraag(text(r), text(r), text(r)), blokkades, text(r), List.of("wijkagent"),
                new Kosten(List.of(), List.of()),
                waardendriehoek ? new Casus.Waardendriehoek(text(r), text(r), text(r)) : null, leervragen, null);
    }

    private Casus packed(Casus plain) {
        return new Casus(plain.id(), plain.titel(), plain.samenvatting(), plain.wijk(), plain.datum(), plain.status(),
                plain.vuistregels(), plain.doelgroep(), plain.pseudoniemen(), plain.fictief(), plain.bron(),
                plain.zichtbaarheid(), plain.blokkadeWeeffouten(), plain.partijen(), plain.kosten(), plain.leervragen(),
                plain.origin(), PackedProse.pack(plain.prose().verhaal(), unpacker));
    }

    private static String text(Random r) {
        StringBuilder b = new StringBuilder();
        for (int i = r.nextInt(4); i > 0; i--) {
            b.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    @Test
    void packedProseReadsBackAsGiven() {
        for (int seed = 0; seed < 300; seed++) {
            Casus plain = casus(new Random(seed), "c" + seed, seed % 3 != 0);
            Casus packed = packed(plain);
            assertInstanceOf(Casus.Verhaal.class, plain.prose());
            assertInstanceOf(PackedProse.class, packed.prose());
            assertEquals(plain.situatie(), packed.situatie());
            assertEquals(plain.oplossing(), packed.oplossing());
            assertEquals(plain.hulpvraag(), packed.hulpvraag());
            assertEquals(plain.blokkades(), packed.blokkades());
            assertEquals(plain.waardendriehoek(), packed.waardendriehoek());
            assertEquals(plain.prose().verhaal(), packed.prose().verhaal());
            if (seed % 3 == 0) {
                assertNull(packed.waardendriehoek());
            }
            // Same prose packed twice: equal holders, equal cases; other prose: not equal.
            assertEquals(packed, packed(plain));
            assertEquals(packed.hashCode(), packed(plain).hashCode());
            Casus other = casus(new Random(seed + 1000), "c" + seed, true);
            if (!other.prose().equals(plain.prose())) {
                assertNotEquals(packed.prose(), PackedProse.pack(other.prose().verhaal(), unpacker));
            }
        }
    }

    @Test
    void casesReadInTurnNeverMixUp() {
        // Each thread remembers the last prose it unpacked: reading two cases in turn, on several threads
        // at once, must give each case its own text.
        List<Casus> plain = IntStream.range(0, 50).mapToObj(i -> casus(new Random(i), "c" + i, true)).toList();
        List<Casus> packed = plain.stream().map(this::packed).toList();
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
    void otherWeeffoutenKeepThePackingOtherTextsMakeItPlain() {
        Casus packed = packed(casus(new Random(5), "c5", true));
        List<Casus.Blokkade> relinked = packed.blokkades().stream().map(b -> new Casus.Blokkade("", b.toelichting())).toList();
        Casus unlinked = packed.withBlokkades(relinked);
        assertSame(packed.prose(), unlinked.prose());
        assertEquals(relinked, unlinked.blokkades());

        List<Casus.Blokkade> other = List.of(new Casus.Blokkade("", "Nieuwe toelichting"));
        Casus changed = packed.withBlokkades(other);
        assertInstanceOf(Casus.Verhaal.class, changed.prose());
        assertEquals(other, changed.blokkades());
        assertEquals(packed.situatie(), changed.situatie());
        assertEquals(packed.leervragen(), changed.leervragen());
        assertEquals(packed.waardendriehoek(), changed.waardendriehoek());
        assertNotEquals(packed, changed);
    }
}
