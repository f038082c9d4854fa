package nl.wijkwijzer.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Headless Debian Chromium for tests that need a real browser; tests fail when it is not installed ({@link RequiredTool}). */
public final class Chromium {
    private Chromium() {
    }

    public static Path binary() {
        for (String p : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(p))) {
                return Path.of(p);
            }
        }
        return null;
    }

    /** Fails (see {@link RequiredTool}) when Chromium is not installed. */
    public static void assumeInstalled() {
        RequiredTool.require(binary() != null, "chromium");
    }

    /** Loads a URL, runs its scripts, and returns the DOM as serialised HTML. */
    public static String dumpDom(String url, int width, int height) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("wijkwijzer-chromium");
        try {
            List<String> cmd = new ArrayList<>(List.of(binary().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                    "--virtual-time-budget=5000", "--dump-dom", url));
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("chromium did not finish");
            }
            return new String(out, StandardCharsets.UTF_8);
        } finally {
            try (var s = Files.walk(profile)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
