package nl.wijkwijzer.report;

import java.nio.file.Path;
import java.util.stream.Collectors;

import nl.wijkwijzer.content.ContentLoader;
import nl.wijkwijzer.diagnostics.Diagnostics;
import nl.wijkwijzer.model.KnowledgeBase;
import nl.wijkwijzer.model.Zichtbaarheid;
import nl.wijkwijzer.pages.AudienceView;

/** Loads the report fixture (src/test/resources/report/content) or a copy of it. */
final class ReportFixtures {
    static final Path FIXTURE = Path.of("src/test/resources/report/content");

    private ReportFixtures() {
    }

    static KnowledgeBase load(Path dir) {
        Diagnostics d = new Diagnostics();
        KnowledgeBase kb = ContentLoader.load(dir, d).kb();
        if (d.hasErrors()) {
            throw new IllegalStateException("fixture does not load: " + d.sorted().stream().map(x -> x.format())
                    .collect(Collectors.joining("\n")));
        }
        return kb;
    }

    static KnowledgeBase view(Path dir, Zichtbaarheid audience) {
        return AudienceView.filter(load(dir), audience);
    }
}
