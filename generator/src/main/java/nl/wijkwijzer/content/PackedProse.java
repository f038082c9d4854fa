package nl.wijkwijzer.content;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import nl.wijkwijzer.model.Casus;
import nl.wijkwijzer.model.Prose;

/**
 * A case's prose deflated in one byte array, unpacked when read: the form the loader chooses for a
 * very large corpus ({@link nl.wijkwijzer.util.BuildProfile#packProse()}). At 100,000 cases the prose
 * as strings was about half of the live heap after loading (class histogram: ~260 MB of text in ~1.3
 * million strings); packed, the live heap after loading and checks went from 398 MB to 229 MB.
 *
 * <p>The stages read a case's fields one after another, so each thread keeps the last prose it
 * unpacked ({@link Unpacker}, one per load). Equal when the packed bytes are: deflate with the same
 * level over the same input gives the same bytes, so that is equality of the prose.
 */
final class PackedProse implements Prose {
    // Texts in this order: situatie, oplossing, the three hulpvraag fields, then (when present) the
    // three waardendriehoek fields, then one toelichting per blocker.
    private final byte[] bytes;
    private final byte toelichtingen;
    private final boolean waardendriehoek;
    private final Unpacker unpacker;

    private PackedProse(byte[] bytes, int toelichtingen, boolean waardendriehoek, Unpacker unpacker) {
        this.bytes = bytes;
        this.toelichtingen = (byte) Math.min(toelichtingen, 127);
        this.waardendriehoek = waardendriehoek;
        this.unpacker = unpacker;
    }

    /** The plain form when it cannot be packed (more than 127 blockers), else the packed one. */
    static Prose pack(Casus.Verhaal v, Unpacker unpacker) {
        if (v.toelichtingen().size() > 127) {
            return v;
        }
        List<String> texts = new ArrayList<>();
        texts.add(v.situatie());
        texts.add(v.oplossing());
        texts.add(v.hulpvraag().watWilIk());
        texts.add(v.hulpvraag().watKanIk());
        texts.add(v.hulpvraag().watHebIkNodig());
        if (v.waardendriehoek() != null) {
            texts.add(v.waardendriehoek().rendement());
            texts.add(v.waardendriehoek().legitimering());
            texts.add(v.waardendriehoek().betrokkenheid());
        }
        texts.addAll(v.toelichtingen());
        return new PackedProse(deflate(texts), v.toelichtingen().size(), v.waardendriehoek() != null, unpacker);
    }

    @Override
    public Casus.Verhaal verhaal() {
        return unpacker.unpack(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PackedProse p && Arrays.equals(bytes, p.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "PackedProse[" + bytes.length + " bytes]";
    }

    /** Unpacks for one load; each thread remembers the last prose it unpacked. */
    static final class Unpacker {
        private record Last(PackedProse owner, Casus.Verhaal verhaal) {
        }

        private final ThreadLocal<Last> last = new ThreadLocal<>();

        Casus.Verhaal unpack(PackedProse p) {
            Last l = last.get();
            if (l != null && l.owner == p) {
                return l.verhaal;
            }
            String[] t = inflate(p.bytes);
            int at = 5;
            Casus.Waardendriehoek wd = null;
            if (p.waardendriehoek) {
                wd = new Casus.Waardendriehoek(t[5], t[6], t[7]);
                at = 8;
            }
            Casus.Verhaal v = new Casus.Verhaal(t[0], new Casus.Hulpvraag(t[2], t[3], t[4]), t[1], wd,
                    Arrays.asList(t).subList(at, at + p.toelichtingen));
            last.set(new Last(p, v));
            return v;
        }
    }

    private static byte[] deflate(List<String> texts) {
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

    private static String[] inflate(byte[] packed) {
        int[] at = {0};
        byte[] raw = new byte[readVInt(packed, at)];
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(packed, at[0], packed.length - at[0]);
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
        } finally {
            inflater.end();
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
