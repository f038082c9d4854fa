package nl.wijkwijzer.gates;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * axe-core (Deque's accessibility engine) injected into a page in the {@link Browser}. The npm
 * package is installed once into {@code generator/target/npm} (git-ignored, removed by mvn clean).
 */
public final class Axe {
    public static final String VERSION = "4.14.1";
    /** WCAG 2.1 level A and AA, the level Dutch public bodies must meet (EN 301 549). */
    public static final List<String> WCAG21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static String source;

    private Axe() {
    }

    /** The axe.min.js source, installing the npm package if needed; null when npm is unavailable. */
    public static synchronized String source() {
        if (source != null) {
            return source;
        }
        Path prefix = BuiltSite.repoRoot().resolve("generator/target/npm");
        Path script = prefix.resolve("node_modules/axe-core/axe.min.js");
        try {
            if (!Files.isRegularFile(script)) {
                Files.createDirectories(prefix);
                Process npm = new ProcessBuilder("npm", "install", "--prefix", prefix.toString(), "--no-audit", "--no-fund",
                        "--no-save", "--silent", "axe-core@" + VERSION).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!npm.waitFor(180, TimeUnit.SECONDS)) {
                    npm.destroyForcibly();
                    return null;
                }
            }
            if (!Files.isRegularFile(script)) {
                return null;
            }
            source = Files.readString(script);
            return source;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Runs axe on the open page; each violation as {@code rule-id (impact): selector, selector}. */
    @SuppressWarnings("unchecked")
    public static List<String> violations(Browser browser, List<String> tags) {
        browser.js(source());
        Object result = browser.jsAsync("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                  .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): '
                        + v.nodes.map(n => n.target.join(' ')).join(', '))))
                  .catch(e => done(['axe-fout: ' + e]));
                """, tags);
        return (List<String>) result;
    }
}
