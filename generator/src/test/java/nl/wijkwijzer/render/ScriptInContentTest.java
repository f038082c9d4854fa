package nl.wijkwijzer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.wijkwijzer.TestPaths;
import nl.wijkwijzer.Wijkwijzer;

/**
 * A whole build of a small knowledge base whose case carries a script in every Markdown field, in plain
 * prose and in Markdown: no page of either audience holds a script element other than the site's own
 * {@code <script src>}, and the case page shows the payload as text.
 */
class ScriptInContentTest {
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\ssrc=)", Pattern.CASE_INSENSITIVE);
    private static final String PAYLOAD = "<script>alert(1)</script>";

    @TempDir
    Path tmp;

    @Test
    void aScriptInContentNeverReachesAPage() throws IOException {
        Path content = tmp.resolve("content");
        nl.wijkwijzer.author.TestContent.copyTree(TestPaths.resource("mini/content"), content);
        Files.writeString(content.resolve("casuistiek/open-huis.yaml"), """
                titel: Een open huis
                samenvatting: Publieke casus over wonen.
                wijk: noord
                datum: 2025-02-01
                status: doorbraak
                vuistregels: [wonen]
                zichtbaarheid: publiek
                situatie: |
                  Een bewoner zoekt een huis. %1$s

                  Tweede alinea met **nadruk** en %1$s erin.
                oplossing: |
                  %1$s
                hulpvraag:
                  wat-wil-ik: Een eigen huis.
                  wat-kan-ik: Zelf koken.
                  wat-heb-ik-nodig: Wat hulp.
                blokkades:
                  - weeffout: krappe-markt
                    toelichting: Geen woning vrij %1$s.
                partijen: [wijkteam]
                leervragen: ["Wat doe je met %1$s?"]
                """.formatted(PAYLOAD), StandardCharsets.UTF_8);
        Path out = tmp.resolve("site");
        Wijkwijzer.BuildResult result = Wijkwijzer.build(TestPaths.options(content, out));
        assertTrue(result.written(), result.check().diagnostics().sorted().toString());
        List<String> scripts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                if (INLINE_SCRIPT.matcher(Files.readString(f, StandardCharsets.UTF_8)).find()) {
                    scripts.add(out.relativize(f).toString());
                }
            }
        }
        assertEquals(List.of(), scripts);
        String page = Files.readString(out.resolve("publiek/casuistiek/open-huis.html"), StandardCharsets.UTF_8);
        int shown = page.split("&lt;script&gt;alert\\(1\\)&lt;/script&gt;", -1).length - 1;
        assertEquals(5, shown, page);
    }
}
