package nl.wijkwijzer.gates;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The deliberately broken pages under {@code src/test/resources/gates/}. */
final class Fixtures {
    private Fixtures() {
    }

    static Path path(String name) {
        try {
            Path dir = Path.of(Fixtures.class.getResource("/gates/valid.html").toURI()).getParent();
            return name.isEmpty() ? dir : dir.resolve(name);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
