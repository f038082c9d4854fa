package nl.wijkwijzer.model;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A (pseudonymised) case discussed at a doorbraaktafel. Markdown fields hold Markdown source.
 *
 * <p>Its prose (situatie, hulpvraag, toelichtingen, oplossing, waardendriehoek) is kept
 * either as strings or, for a large corpus, {@linkplain #packed packed}: deflated in one byte array,
 * unpacked when read. At 100,000 cases the prose as strings was about half of the live heap after
 * loading (class histogram: ~260 MB of text in ~1.3 million strings). The accessors are the same
 * either way, and so is every result; a thread keeps the last case it unpacked, as the stages read a
 * case's fields one after another.
 */
public final class Casus {
    public static final List<String> STATUSSEN = List.of("open", "lopend", "doorbraak", "afgesloten");
    public static final List<String> DOELGROEPEN = List.of("beschermd-wonen", "maatschappelijke-opvang", "thuiswonend");

    public record Hulpvraag(String watWilIk, String watKanIk, String watHebIkNodig) {
    }

    /** A blocker; {@code weeffout} is empty when no catalogued weeffout fits yet. */
    public record Blokkade(String weeffout, String toelichting) {
        public boolean heeftWeeffout() {
            return !weeffout.isEmpty();
        }
    }

    public record Waardendriehoek(String rendement, String legitimering, String betrokkenheid) {
    }

    // The prose, in this order: situatie, oplossing, the three hulpvraag fields, the three
    // waardendriehoek fields (empty when absent), then one toelichting per blokkade. The leervragen stay
    // strings: short, often shared, and listed per vuistregel over all cases.
    private static final int SITUATIE = 0;
    private static final int OPLOSSING = 1;
    private static final int HULPVRAAG = 2;
    private static final int WAARDENDRIEHOEK = 5;
    private static final int TOELICHTINGEN = 8;

    private final String id;
    private final String titel;
    private final String samenvatting;
    private final String wijk;
    private final LocalDate datum;
    private final String status;
    private final List<String> vuistregels;
    private final String doelgroep;
    private final List<String> pseudoniemen;
    private final boolean fictief;
    private final String bron;
    private final Zichtbaarheid zichtbaarheid;
    private final List<String> partijen;
    private final Kosten kosten;
    private final Origin origin;
    private final List<String> leervragen;
    private final String[] weeffouten;
    private final boolean heeftWaardendriehoek;
    /** {@code String[]} or, packed, the deflated {@code byte[]} of it. */
    private final Object prose;

    public Casus(String id, String titel, String samenvatting, String wijk, LocalDate datum, String status,
            List<String> vuistregels, String doelgroep, List<String> pseudoniemen, boolean fictief, String bron,
            Zichtbaarheid zichtbaarheid, String situatie, Hulpvraag hulpvraag, List<Blokkade> blokkades, String oplossing,
            List<String> partijen, Kosten kosten, Waardendriehoek waardendriehoek, List<String> leervragen, Origin origin) {
        this(id, titel, samenvatting, wijk, datum, status, vuistregels, doelgroep, pseudoniemen, fictief, bron,
                zichtbaarheid, situatie, hulpvraag, blokkades, oplossing, partijen, kosten, waardendriehoek, leervragen,
                origin, false);
    }

    /** @param packed keep the prose deflated (for a large corpus; see the class comment) */
    public Casus(String id, String titel, String samenvatting, String wijk, LocalDate datum, String status,
            List<String> vuistregels, String doelgroep, List<String> pseudoniemen, boolean fictief, String bron,
            Zichtbaarheid zichtbaarheid, String situatie, Hulpvraag hulpvraag, List<Blokkade> blokkades, String oplossing,
            List<String> partijen, Kosten kosten, Waardendriehoek waardendriehoek, List<String> leervragen, Origin origin,
            boolean packed) {
        this.id = id;
        this.titel = titel;
        this.samenvatting = samenvatting;
        this.wijk = wijk;
        this.datum = datum;
        this.status = status;
        this.vuistregels = vuistregels;
        this.doelgroep = doelgroep;
        this.pseudoniemen = pseudoniemen;
        this.fictief = fictief;
        this.bron = bron;
        this.zichtbaarheid = zichtbaarheid;
        this.partijen = partijen;
        this.kosten = kosten;
        this.origin = origin;
        this.leervragen = leervragen;
        this.weeffouten = blokkades.stream().map(Blokkade::weeffout).toArray(String[]::new);
        this.heeftWaardendriehoek = waardendriehoek != null;
        List<String> texts = new ArrayList<>(TOELICHTINGEN + blokkades.size());
        texts.add(situatie);
        texts.add(oplossing);
        texts.add(hulpvraag.watWilIk());
        texts.add(hulpvraag.watKanIk());
        texts.add(hulpvraag.watHebIkNodig());
        texts.add(waardendriehoek == null ? "" : waardendriehoek.rendement());
        texts.add(waardendriehoek == null ? "" : waardendriehoek.legitimering());
        texts.add(waardendriehoek == null ? "" : waardendriehoek.betrokkenheid());
        blokkades.forEach(b -> texts.add(b.toelichting()));
        String[] array = texts.toArray(String[]::new);
        this.prose = packed ? pack(array) : array;
    }

    /** The same case with other blockers (same packing). */
    public Casus withBlokkades(List<Blokkade> blokkades) {
        return new Casus(id, titel, samenvatting, wijk, datum, status, vuistregels, doelgroep, pseudoniemen, fictief, bron,
                zichtbaarheid, situatie(), hulpvraag(), blokkades, oplossing(), partijen, kosten, waardendriehoek(),
                leervragen, origin, isPacked());
    }

    public boolean isPacked() {
        return prose instanceof byte[];
    }

    public String id() {
        return id;
    }

    public String titel() {
        return titel;
    }

    public String samenvatting() {
        return samenvatting;
    }

    public String wijk() {
        return wijk;
    }

    public LocalDate datum() {
        return datum;
    }

    public String status() {
        return status;
    }

    public List<String> vuistregels() {
        return vuistregels;
    }

    public String doelgroep() {
        return doelgroep;
    }

    public List<String> pseudoniemen() {
        return pseudoniemen;
    }

    public boolean fictief() {
        return fictief;
    }

    public String bron() {
        return bron;
    }

    public Zichtbaarheid zichtbaarheid() {
        return zichtbaarheid;
    }

    public String situatie() {
        return texts()[SITUATIE];
    }

    public Hulpvraag hulpvraag() {
        String[] t = texts();
        return new Hulpvraag(t[HULPVRAAG], t[HULPVRAAG + 1], t[HULPVRAAG + 2]);
    }

    public List<Blokkade> blokkades() {
        String[] t = texts();
        Blokkade[] out = new Blokkade[weeffouten.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = new Blokkade(weeffouten[i], t[TOELICHTINGEN + i]);
        }
        return List.of(out);
    }

    /**
     * The weeffout of each blocker, in order ({@code ""} for none): what {@link #blokkades()} gives
     * without their toelichtingen, and so without unpacking the prose.
     */
    public List<String> blokkadeWeeffouten() {
        return List.of(weeffouten);
    }

    public String oplossing() {
        return texts()[OPLOSSING];
    }

    public List<String> partijen() {
        return partijen;
    }

    public Kosten kosten() {
        return kosten;
    }

    /** {@code null} when the case has none. */
    public Waardendriehoek waardendriehoek() {
        if (!heeftWaardendriehoek) {
            return null;
        }
        String[] t = texts();
        return new Waardendriehoek(t[WAARDENDRIEHOEK], t[WAARDENDRIEHOEK + 1], t[WAARDENDRIEHOEK + 2]);
    }

    public List<String> leervragen() {
        return leervragen;
    }

    public Origin origin() {
        return origin;
    }

    // ---------------------------------------------------------------- value semantics, as the record had

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Casus c && id.equals(c.id) && titel.equals(c.titel)
                && samenvatting.equals(c.samenvatting) && wijk.equals(c.wijk) && Objects.equals(datum, c.datum)
                && status.equals(c.status) && vuistregels.equals(c.vuistregels) && doelgroep.equals(c.doelgroep)
                && pseudoniemen.equals(c.pseudoniemen) && fictief == c.fictief && bron.equals(c.bron)
                && zichtbaarheid == c.zichtbaarheid && partijen.equals(c.partijen) && kosten.equals(c.kosten)
                && leervragen.equals(c.leervragen)
                && Objects.equals(origin, c.origin) && Arrays.equals(weeffouten, c.weeffouten)
                && heeftWaardendriehoek == c.heeftWaardendriehoek && Arrays.equals(texts(), c.texts());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, titel, samenvatting, datum, Arrays.hashCode(weeffouten), Arrays.hashCode(texts()));
    }

    @Override
    public String toString() {
        return "Casus[id=" + id + ", titel=" + titel + "]";
    }

    // ---------------------------------------------------------------- packing

    private record Unpacked(Casus owner, String[] texts) {
    }

    private static final ThreadLocal<Unpacked> LAST = new ThreadLocal<>();
    private static final ThreadLocal<Inflater> INFLATER = ThreadLocal.withInitial(() -> new Inflater(true));

    private String[] texts() {
        if (prose instanceof String[] texts) {
            return texts;
        }
        Unpacked last = LAST.get();
        if (last != null && last.owner == this) {
            return last.texts;
        }
        String[] texts = unpack((byte[]) prose);
        LAST.set(new Unpacked(this, texts));
        return texts;
    }

    private static byte[] pack(String[] texts) {
        ByteArrayOutputStream raw = new ByteArrayOutputStream(4096);
        for (String t : texts) {
            byte[] utf8 = t.getBytes(StandardCharsets.UTF_8);
            writeVInt(raw, utf8.length);
            raw.writeBytes(utf8);
        }
        byte[] input = raw.toByteArray();
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try {
            deflater.setInput(input);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(input.length / 2 + 16);
            writeVInt(out, input.length);
            byte[] buffer = new byte[4096];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static String[] unpack(byte[] packed) {
        int[] at = {0};
        byte[] raw = new byte[readVInt(packed, at)];
        Inflater inflater = INFLATER.get();
        inflater.reset();
        inflater.setInput(packed, at[0], packed.length - at[0]);
        try {
            int n = 0;
            while (n < raw.length) {
                int got = inflater.inflate(raw, n, raw.length - n);
                if (got == 0 && (inflater.finished() || inflater.needsInput())) {
                    throw new IllegalStateException("packed case text is cut short");
                }
                n += got;
            }
        } catch (DataFormatException e) {
            throw new IllegalStateException("packed case text is damaged", e);
        }
        List<String> texts = new ArrayList<>();
        int[] pos = {0};
        while (pos[0] < raw.length) {
            int length = readVInt(raw, pos);
            texts.add(new String(raw, pos[0], length, StandardCharsets.UTF_8));
            pos[0] += length;
        }
        return texts.toArray(String[]::new);
    }

    private static void writeVInt(ByteArrayOutputStream out, int value) {
        while ((value & ~0x7F) != 0) {
            out.write((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.write(value);
    }

    private static int readVInt(byte[] bytes, int[] at) {
        int value = 0;
        for (int shift = 0;; shift += 7) {
            byte b = bytes[at[0]++];
            value |= (b & 0x7F) << shift;
            if (b >= 0) {
                return value;
            }
        }
    }
}
