package nl.wijkwijzer.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import nl.wijkwijzer.bench.SyntheticCorpus;
import nl.wijkwijzer.model.Casus;
import nl.wijkwijzer.model.KnowledgeBase;

/** The plain-prose shortcut gives exactly flexmark's (sanitized) HTML, or stands aside. */
public class SimpleProseTest {
    static final Path ROOT = Path.of(System.getProperty("wijkwijzer.root", "..")).toAbsolutePath().normalize();

    /** Every Markdown text of the default content and of a synthetic corpus, plus generated ones. */
    public static List<String> texts() throws Exception {
        List<String> out = new ArrayList<>();
        KnowledgeBase kb = nl.wijkwijzer.Wijkwijzer.check(nl.wijkwijzer.Wijkwijzer.Options.defaults(ROOT)).kb();
        KnowledgeBase synthetic = SyntheticCorpus.knowledgeBase(SyntheticCorpus.testBase(), 300, 5);
        for (KnowledgeBase k : List.of(kb, synthetic)) {
            for (Casus c : k.casussen()) {
                out.add(c.situatie());
                out.add(c.oplossing());
                out.add(c.samenvatting());
                c.blokkades().forEach(b -> out.add(b.toelichting()));
                c.leervragen().forEach(out::add);
            }
            k.vuistregels().forEach(v -> out.add(v.body()));
            k.avg().forEach(h -> out.add(h.body()));
            k.weeffouten().forEach(w -> out.add(w.beschrijving()));
        }
        Random random = new Random(42);
        String[] pieces = {"woning", "De bewoner", " ", " ", "\n", "\n\n", "-", "1.", "*", "_", "\"", "'", "é", "ĳ", ":", "!", "?",
            "(", ")", "#", "  ", "\t", "&", "<b>", "www.", "a@b.nl", "http://x.nl", "=", "+", ">", "`", "[", "]", "\u00a0",
            "\u200b", ".", ",", "7", "|", "~", "\\", "\r\n", "    ", "€ 5", "—", "\u2028", "{", "}", "{{", "’", "ß", "\u0080",
            "\u0099", "\u1fef", "\u2fff", "\u3000", "\ufe60", "\uff01", "Ω", "ж", "\u00ad", ";", "%", "$", "^"};
        for (int i = 0; i < 5000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + random.nextInt(12);
            for (int k = 0; k < n; k++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            out.add(sb.toString());
        }
        out.removeIf(t -> t == null || t.isBlank());
        return out;
    }

    @Test
    void sameHtmlAsFlexmarkWhereverItApplies() throws Exception {
        int applied = 0;
        for (String md : texts()) {
            List<String> prose = SimpleProse.paragraphs(md);
            if (prose != null) {
                applied++;
                assertEquals(Markdown.renderWithFlexmark(md), Markdown.toHtml(md).html(), md);
            }
        }
        assertTrue(applied > 1500, "the shortcut applied to " + applied + " texts");
    }

    @Test
    void standsAsideForMarkup() {
        assertNotNull(SimpleProse.paragraphs("Een gewone zin.\nNog een regel.\n\nTweede alinea: met \"citaat\"."));
        for (String md : List.of("*nadruk*", "een [link](x.html)", "- punt", "1. punt", "# Kop", "> citaat", "a | b",
                "zie https://example.nl", "mail a@b.nl", "regel met harde breuk  \nvolgende", "    code", "`code`", "&amp;",
                "<em>x</em>", "Kop\n===", "tekst\n---", "tab\there", "www.example.nl")) {
            assertNull(SimpleProse.paragraphs(md), md);
        }
    }
}
