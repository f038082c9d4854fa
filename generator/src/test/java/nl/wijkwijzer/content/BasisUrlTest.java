package nl.wijkwijzer.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** basis-url in site.yaml must be an absolute http(s) address: the sitemap's URLs are built from it. */
class BasisUrlTest {
    @TempDir
    Path tmp;

    private List<String> withBasisUrl(String value) throws IOException {
        Path content = MiniContent.copy(tmp);
        Path site = content.resolve("site.yaml");
        Files.writeString(site, Files.readString(site) + "basis-url: " + value + "\n");
        return MiniContent.diagnostics(content);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://wijkwijzer.example.org/", "http://localhost:8080/wijkwijzer/",
            "https://example.org/sociaal/wijkwijzer"})
    void anAbsoluteHttpAddressIsAccepted(String value) throws IOException {
        assertEquals(List.of(), withBasisUrl(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"www.example.org/wijkwijzer/", "/wijkwijzer/", "wijkwijzer", "ftp://example.org/",
            "https://", "\"https://exa mple.org/\"", "https:/example.org", "file:///var/www/", "\"javascript:alert(1)\""})
    void anythingElseIsAnErrorAtItsLineWithTheFix(String value) throws IOException {
        assertEquals(List.of("content/site.yaml:6:12: fout: basis-url moet een volledig webadres zijn dat begint met"
                + " https:// (of http://)\n    tip: schrijf het adres van de publieke site, bijvoorbeeld:"
                + " basis-url: https://wijkwijzer.example.org/"), withBasisUrl(value));
    }
}
