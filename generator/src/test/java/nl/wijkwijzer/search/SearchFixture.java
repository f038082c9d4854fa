package nl.wijkwijzer.search;


import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import nl.wijkwijzer.Wijkwijzer;
import nl.wijkwijzer.model.KnowledgeBase;
import nl.wijkwijzer.model.Zichtbaarheid;
import nl.wijkwijzer.pages.AudienceView;

/** The default content's public view, its Lucene index, its exported files, and node running search.js. */
final class SearchFixture {
    static final Path ROOT = Path.of(System.getProperty("wijkwijzer.root", "..")).toAbsolutePath().normalize();
    static final Path SEARCH_JS = ROOT.resolve("templates/static/search.js");
    /** The index side's whole word-part list, for node's analysis of words that are not the site's. */
    static final Path WORD_PARTS = ROOT.resolve("generator/src/main/resources/nl/wijkwijzer/search/" + WordParts.RESOURCE);

    final KnowledgeBase view;
    final SearchIndex index;
    final Path assets;

    private static SearchFixture publiek;

    static synchronized SearchFixture publiek() throws IOException {
        if (publiek == null) {
            publiek = new SearchFixture(Zichtbaarheid.PUBLIEK);
        }
        return publiek;
    }

    private SearchFixture(Zichtbaarheid audience) throws IOException {
        Wijkwijzer.CheckResult check = Wijkwijzer.check(Wijkwijzer.Options.defaults(ROOT));
        view = AudienceView.filter(check.kb(), audience);
        index = SearchPart.open(view);
        assets = Files.createTempDirectory("wwz-search");
        write(SearchExport.export(index, SearchPart.facetValues(view)), assets);
    }

    static void write(Map<String, byte[]> files, Path dir) throws IOException {
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Path p = dir.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, e.getValue());
        }
    }

    Path searchDir() {
        return assets.resolve("assets/search");
    }

    static boolean hasNode() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Runs the shipped search.js under node over {@code lines}; one output line per input line. */
    List<String> node(String mode, List<String> lines) throws IOException, InterruptedException {
        nl.wijkwijzer.browser.RequiredTool.require(hasNode(), "node");
        Path harness = Files.createTempFile("harness", ".js");
        try (InputStream in = SearchFixture.class.getResourceAsStream("search-harness.js")) {
            Files.write(harness, in.readAllBytes());
        }
        Path input = Files.createTempFile("input", ".txt");
        Files.writeString(input, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("node", harness.toString(), SEARCH_JS.toString(), searchDir().toString(), mode,
                input.toString(), WORD_PARTS.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("node failed: " + out);
        }
        List<String> result = new ArrayList<>(List.of(out.split("\n", -1)));
        result.remove(result.size() - 1);
        return result;
    }

    static String format(List<DutchAnalysis.Token> tokens) {
        StringBuilder sb = new StringBuilder();
        for (DutchAnalysis.Token t : tokens) {
            sb.append(sb.isEmpty() ? "" : " ").append(t.term()).append('/').append(t.posInc());
        }
        return sb.toString();
    }
}
