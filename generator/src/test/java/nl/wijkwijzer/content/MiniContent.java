package nl.wijkwijzer.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import nl.wijkwijzer.TestPaths;
import nl.wijkwijzer.check.ContentChecker;
import nl.wijkwijzer.diagnostics.Diagnostic;
import nl.wijkwijzer.diagnostics.Diagnostics;

/** A writable copy of the small test knowledge base {@code mini/content}, and what load plus check say about it. */
final class MiniContent {
    private MiniContent() {
    }

    /** Copies the fixture to {@code tmp/content} and returns that folder. */
    static Path copy(Path tmp) throws IOException {
        Path content = tmp.resolve("content");
        nl.wijkwijzer.author.TestContent.copyTree(TestPaths.resource("mini/content"), content);
        return content;
    }

    /** Every diagnostic of load and check, formatted and sorted as the CLI prints them (check date fixed). */
    static List<String> diagnostics(Path content) {
        Diagnostics d = new Diagnostics();
        LoadedContent loaded = ContentLoader.load(content, d);
        ContentChecker.check(loaded.kb(), LocalDate.of(2026, 11, 22), d);
        return d.sorted().stream().map(Diagnostic::format).toList();
    }

    static void write(Path content, String relative, String text) throws IOException {
        Path p = content.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }
}
