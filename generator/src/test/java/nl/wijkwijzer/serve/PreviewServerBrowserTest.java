package nl.wijkwijzer.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.wijkwijzer.Wijkwijzer;
import nl.wijkwijzer.author.TestContent;

/**
 * A real browser on the preview: open a case page, edit the case title on disk, and the open page
 * shows the new title by itself; a content error shows as an overlay over the last good page.
 * Drives headless Chromium over the DevTools protocol; fails when Chromium is absent (RequiredTool).
 */
class PreviewServerBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path tmp;

    @Test
    void openPageReloadsAfterAnEditAndShowsErrors() throws Exception {
        nl.wijkwijzer.browser.RequiredTool.require(Files.isExecutable(CHROMIUM), "chromium");
        Path content = tmp.resolve("content");
        TestContent.copyTree(TestContent.defaultContent(), content);
        StringWriter log = new StringWriter();
        var options = new Wijkwijzer.Options(content, TestContent.root().resolve("templates"), tmp.resolve("site"), List.of(),
                LocalDate.of(2026, 11, 22));
        try (PreviewServer server = new PreviewServer(options, new PrintWriter(log, true))) {
            int port = server.start(0);
            String url = "http://127.0.0.1:" + port + "/publiek/casuistiek/jan-ns-jaarkaart.html";
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<script src=\"/__wijkwijzer/live.js\" data-versie=\"" + server.versie() + "\" defer></script>"),
                    "the preview script carries the version the page was served with");
            assertTrue(!Files.readString(tmp.resolve("site/publiek/casuistiek/jan-ns-jaarkaart.html")).contains("live.js"),
                    "the site on disk stays a normal build");

            try (Browser browser = Browser.open(url, tmp.resolve("profile"))) {
                waitFor(() -> browser.eval("document.querySelector('h1') && document.querySelector('h1').textContent"),
                        "Een jaarkaart in plaats van de cel", 15);
                waitFor(() -> browser.eval("typeof fetch === 'function' && document.scripts.length > 0 ? 'ja' : 'nee'"), "ja", 5);
                Thread.sleep(700); // live.js has read the first version

                Path file = content.resolve("casuistiek/jan-ns-jaarkaart.yaml");
                String good = Files.readString(file);
                Files.writeString(file, good.replace("titel: Een jaarkaart in plaats van de cel", "titel: Een jaarkaart voor Jan"));
                waitFor(() -> browser.eval("document.querySelector('h1').textContent"), "Een jaarkaart voor Jan", 10);

                Files.writeString(file, good.replace("wijk: zuidoost", "wijk: nergenshuizen"));
                waitFor(() -> browser.eval("(document.getElementById('wijkwijzer-fouten') || {textContent: ''}).textContent"
                        + ".indexOf('content/casuistiek/jan-ns-jaarkaart.yaml:3') >= 0 ? 'overlay' : 'geen'"), "overlay", 10);
                assertEquals("Een jaarkaart voor Jan", browser.eval("document.querySelector('h1').textContent"),
                        "the last good page stays");
                assertTrue(log.toString().contains("content/casuistiek/jan-ns-jaarkaart.yaml:3"), log.toString());
            }
        }
    }

    interface Probe {
        String get() throws Exception;
    }

    private static void waitFor(Probe probe, String expected, int seconds) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        String last = null;
        while (System.nanoTime() < end) {
            try {
                last = probe.get();
            } catch (Exception e) {
                last = "fout: " + e.getMessage();
            }
            if (expected.equals(last)) {
                return;
            }
            Thread.sleep(100);
        }
        assertEquals(expected, last, "within " + seconds + " s");
    }

    /** Headless Chromium with one page, evaluated through the DevTools protocol. */
    static final class Browser implements AutoCloseable {
        private final Process process;
        private final WebSocket socket;
        private final AtomicInteger ids = new AtomicInteger();
        private volatile CompletableFuture<String> pending;
        private final StringBuilder buffer = new StringBuilder();

        private Browser(Process process, WebSocket socket) {
            this.process = process;
            this.socket = socket;
        }

        static Browser open(String url, Path profile) throws Exception {
            Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--user-data-dir=" + profile, "--remote-debugging-port=0", url).redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            Pattern ws = Pattern.compile("DevTools listening on ws://127\\.0\\.0\\.1:(\\d+)/");
            int devtools = -1;
            for (String line; devtools < 0 && (line = out.readLine()) != null;) {
                Matcher m = ws.matcher(line);
                if (m.find()) {
                    devtools = Integer.parseInt(m.group(1));
                }
            }
            Thread drain = new Thread(() -> {
                try {
                    while (out.readLine() != null) {
                        // keep the pipe empty
                    }
                } catch (java.io.IOException e) {
                    // process ended
                }
            });
            drain.setDaemon(true);
            drain.start();
            HttpClient client = HttpClient.newHttpClient();
            String pageWs = null;
            for (int i = 0; i < 50 && pageWs == null; i++) {
                String list = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + devtools + "/json/list")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                Matcher m = Pattern.compile("\"type\":\\s*\"page\"[\\s\\S]*?\"webSocketDebuggerUrl\":\\s*\"([^\"]+)\"").matcher(list);
                if (m.find()) {
                    pageWs = m.group(1);
                } else {
                    Thread.sleep(100);
                }
            }
            Browser[] self = new Browser[1];
            WebSocket socket = client.newWebSocketBuilder().buildAsync(URI.create(pageWs), new WebSocket.Listener() {
                @Override
                public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                    self[0].onText(data, last);
                    webSocket.request(1);
                    return null;
                }
            }).get(10, TimeUnit.SECONDS);
            self[0] = new Browser(p, socket);
            return self[0];
        }

        private synchronized void onText(CharSequence data, boolean last) {
            buffer.append(data);
            if (!last) {
                return;
            }
            String msg = buffer.toString();
            buffer.setLength(0);
            if (pending != null && msg.contains("\"id\":" + ids.get() + ",")) {
                pending.complete(msg);
            }
        }

        /** Evaluates an expression in the page; returns its string value. */
        String eval(String expression) throws Exception {
            CompletableFuture<String> f = new CompletableFuture<>();
            int id;
            synchronized (this) {
                id = ids.incrementAndGet();
                pending = f;
            }
            socket.sendText("{\"id\":" + id + ",\"method\":\"Runtime.evaluate\",\"params\":{\"expression\":"
                    + PreviewServer.json("String(" + expression + ")") + ",\"returnByValue\":true}}", true);
            String msg = f.get(5, TimeUnit.SECONDS);
            Matcher m = Pattern.compile("\"value\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(msg);
            return m.find() ? m.group(1).replace("\\\"", "\"").replace("\\\\", "\\") : msg;
        }

        @Override
        public void close() {
            socket.abort();
            process.destroy();
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process.destroyForcibly();
        }
    }
}
