package nl.wijkwijzer.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import nl.wijkwijzer.IncrementalBuild;
import nl.wijkwijzer.Wijkwijzer;
import nl.wijkwijzer.diagnostics.Diagnostic;

/**
 * {@code wijkwijzer serve}: builds, serves the last good site on 127.0.0.1 only, rebuilds on every
 * change the {@link ContentWatcher} reports and lets open pages reload themselves. The preview script
 * is added to HTML responses only here; the files written to disk stay exactly a normal build.
 */
public final class PreviewServer implements AutoCloseable {
    static final String PREFIX = "/__wijkwijzer/";

    private final Wijkwijzer.Options options;
    private final IncrementalBuild build;
    private final PrintWriter log;
    private final AtomicLong versie = new AtomicLong();
    private volatile List<Diagnostic> problems = List.of();
    private volatile boolean ok = true;
    private volatile long lastRebuildDoneNanos;
    private HttpServer http;
    private volatile int boundPort = -1;
    private ContentWatcher watcher;
    /** Held while the server runs: no build may swap the folder the preview writes into. */
    private nl.wijkwijzer.write.OutputFolder output;
    /** Runs between reading a page's version and the site (tests hold a request there while the site changes). */
    private volatile Runnable betweenVersionAndSite = () -> {
    };

    public PreviewServer(Wijkwijzer.Options options, PrintWriter log) {
        this.options = options;
        this.build = new IncrementalBuild(options);
        this.log = log;
    }

    /** Builds once, starts the server and the watcher. @return the port actually bound */
    public int start(int port) throws IOException {
        output = nl.wijkwijzer.write.OutputFolder.claim(options.out(),
                java.util.Arrays.asList(options.content(), options.templates()), notice -> {
                    synchronized (log) {
                        log.println(notice);
                        log.flush();
                    }
                });
        try {
            rebuild(List.of(), false);
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
            http.setExecutor(Executors.newFixedThreadPool(4, r -> {
                Thread t = new Thread(r, "wijkwijzer-http");
                t.setDaemon(true);
                return t;
            }));
            http.createContext("/", this::handle);
            http.start();
            boundPort = http.getAddress().getPort();
            watcher = new ContentWatcher(List.of(options.content(), options.templates()), this::onChanges);
            watcher.start();
            return boundPort;
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * Whether a request's Host header names this server as the loopback address it listens on. A web
     * page that points its own domain at 127.0.0.1 (DNS rebinding) sends its own name as the Host,
     * so it is refused and cannot read the professionals site or the status through the browser.
     */
    static boolean allowedHost(String host, int port) {
        if (host == null) {
            return false;
        }
        String h = host.strip().toLowerCase(java.util.Locale.ROOT);
        for (String name : List.of("localhost", "127.0.0.1", "[::1]")) {
            if (h.equals(name + ":" + port) || (port == 80 && h.equals(name))) {
                return true;
            }
        }
        return false;
    }

    private void onChanges(List<Path> changed) {
        try {
            rebuild(changed, true);
        } catch (IOException e) {
            synchronized (log) {
                log.println("wijkwijzer: opnieuw bouwen mislukt: "
                        + nl.wijkwijzer.write.OutputException.writing(options.out(), e).getMessage());
            }
        } catch (RuntimeException e) {
            synchronized (log) {
                log.println("wijkwijzer: opnieuw bouwen mislukt: " + e.getMessage());
            }
        }
    }

    private void rebuild(List<Path> changed, boolean announce) throws IOException {
        Path templates = options.templates().toAbsolutePath().normalize();
        for (Path p : changed) {
            if (p.toAbsolutePath().normalize().startsWith(templates)) {
                build.templatesChanged();
            } else {
                build.contentChanged(p);
            }
        }
        if (announce && ok) {
            // One case saved: its own page first, so the open browser shows it at once.
            long start = System.nanoTime();
            int quick;
            try {
                quick = build.quick(changed);
            } catch (nl.wijkwijzer.render.Renderer.TemplatesFault e) {
                quick = -1; // the rebuild below reports it
            }
            if (quick >= 0) {
                versie.incrementAndGet();
                synchronized (log) {
                    log.println("Casuspagina bijgewerkt in " + (System.nanoTime() - start) / 1_000_000
                            + " ms; overzichten, zoeken en rapport volgen.");
                    log.flush();
                }
            }
        }
        IncrementalBuild.Result r;
        try {
            r = build.rebuild();
        } catch (nl.wijkwijzer.render.Renderer.TemplatesFault e) {
            // A broken template shows like a content error, and the last good site stays.
            nl.wijkwijzer.diagnostics.Diagnostics d = new nl.wijkwijzer.diagnostics.Diagnostics();
            e.report(d);
            r = new IncrementalBuild.Result(d, false, 0, 0, 0, 0);
        }
        List<Diagnostic> sorted = r.diagnostics().sorted();
        synchronized (log) {
            for (Diagnostic d : sorted) {
                log.println(d.format());
            }
            if (r.written()) {
                if (announce) {
                    log.println("Bijgewerkt in " + r.millis() + " ms: " + r.rendered() + " pagina's opnieuw gemaakt, "
                            + r.changedFiles() + " bestanden gewijzigd, " + r.deletedFiles() + " verwijderd.");
                }
            } else {
                log.println(build.output().isEmpty()
                        ? "De content heeft fouten, dus er is nog geen site. Herstel ze: de site verschijnt dan vanzelf."
                        : "De content heeft fouten; de vorige versie van de site blijft zichtbaar.");
            }
            log.flush();
        }
        boolean visible = !announce || r.changedFiles() + r.deletedFiles() > 0 || r.written() != ok
                || !sorted.equals(problems);
        problems = sorted;
        ok = r.written();
        if (visible) {
            versie.incrementAndGet();
        }
        lastRebuildDoneNanos = System.nanoTime();
    }

    /** For tests: {@code hook} runs in every page request between reading its version and the site. */
    void betweenVersionAndSite(Runnable hook) {
        betweenVersionAndSite = hook;
    }

    /** {@link System#nanoTime()} when the last full rebuild ended (benchmark). */
    public long lastRebuildDoneNanos() {
        return lastRebuildDoneNanos;
    }

    public long versie() {
        return versie.get();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (!allowedHost(ex.getRequestHeaders().getFirst("Host"), boundPort)) {
                send(ex, 403, "text/plain; charset=utf-8", ("Geweigerd: open het voorbeeld via http://127.0.0.1:" + boundPort
                        + "/ of http://localhost:" + boundPort + "/.").getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
                send(ex, 405, "text/plain; charset=utf-8", "methode niet toegestaan".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = URI.create(ex.getRequestURI().getRawPath()).getPath();
            if (path.equals(PREFIX + "versie")) {
                send(ex, 200, "text/plain; charset=utf-8", Long.toString(versie.get()).getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (path.equals(PREFIX + "status")) {
                send(ex, 200, "application/json; charset=utf-8", statusJson().getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (path.equals(PREFIX + "concept.css")) {
                send(ex, 200, "text/css; charset=utf-8", nl.wijkwijzer.drafts.ConceptLabels.CSS.getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (path.equals(PREFIX + "live.js")) {
                try (InputStream in = PreviewServer.class.getResourceAsStream("live.js")) {
                    send(ex, 200, "text/javascript; charset=utf-8", in.readAllBytes());
                }
                return;
            }
            String rel = path.startsWith("/") ? path.substring(1) : path;
            if (rel.isEmpty() || rel.endsWith("/")) {
                rel += "index.html";
            }
            // The version first, then the site: a page is never labelled newer than its content (if the
            // site changes in between, the page just reloads once more).
            long served = versie.get();
            betweenVersionAndSite.run();
            Map<String, byte[]> site = build.output();
            if (site.isEmpty() && !ok) {
                // No good site yet (the first build found errors): every page is the list of errors,
                // which reloads itself into the asked page once the content is fixed.
                send(ex, 503, "text/html; charset=utf-8", inject(errorPage(problems), served));
                return;
            }
            byte[] body = site.get(rel);
            if (body == null && site.containsKey(rel + "/index.html")) {
                ex.getResponseHeaders().add("Location", "/" + rel + "/");
                send(ex, 301, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            if (body == null) {
                byte[] notFound = site.getOrDefault("404.html", site.getOrDefault("publiek/404.html", new byte[0]));
                send(ex, 404, "text/html; charset=utf-8", inject(notFound, served));
                return;
            }
            String type = type(rel);
            send(ex, 200, type, type.startsWith("text/html") ? inject(concept(rel, body), served) : body);
        }
    }

    /** Labels drafts on their own page and in links to them (the site on disk stays as built). */
    private byte[] concept(String rel, byte[] html) {
        java.util.Set<String> drafts = build.draftPages();
        if (drafts.isEmpty()) {
            return html;
        }
        // Draft paths are per audience: with several audiences the first folder names the audience.
        String page = rel;
        int slash = rel.indexOf('/');
        if (slash > 0 && java.util.Arrays.stream(nl.wijkwijzer.model.Zichtbaarheid.values())
                .anyMatch(z -> z.id().equals(rel.substring(0, slash)))) {
            page = rel.substring(slash + 1);
        }
        return nl.wijkwijzer.drafts.ConceptLabels.mark(page, html, drafts);
    }

    /**
     * Adds the preview script, with the version this page belongs to: the page's first poll then
     * reloads if the site changed after it was served (say a quick page taken back by the rebuild
     * that followed), instead of showing the overlay on top of a page that is no longer current.
     */
    private static byte[] inject(byte[] html, long versie) {
        String s = new String(html, StandardCharsets.UTF_8);
        int at = s.indexOf("</head>");
        if (at < 0) {
            return html;
        }
        String tag = "<link rel=\"stylesheet\" href=\"" + PREFIX + "concept.css\">\n<script src=\"" + PREFIX
                + "live.js\" data-versie=\"" + versie + "\" defer></script>\n</head>";
        return (s.substring(0, at) + tag + s.substring(at + 7)).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The page served for every path while no build has succeeded yet: each problem with its place
     * (file:line:column) and its fix, readable without JavaScript; the preview script replaces it by
     * the asked page once the content is fixed.
     */
    static byte[] errorPage(List<Diagnostic> problems) {
        StringBuilder sb = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="nl">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Fouten in de content - Wijkwijzer voorbeeld</title>
                <style>body{font-family:system-ui,sans-serif;max-width:50rem;margin:1rem auto;padding:0 1rem;line-height:1.5}
                li{margin-bottom:1rem}code{font-family:monospace;overflow-wrap:anywhere}</style>
                </head>
                <body>
                <main id="wijkwijzer-start">
                <h1>De site kan nog niet gebouwd worden</h1>
                <p>Het voorbeeld draait, maar de content heeft fouten. Zodra je ze herstelt en opslaat, zie je hier de pagina.</p>
                <ol id="wijkwijzer-start-lijst">
                """);
        for (Diagnostic d : problems) {
            sb.append("<li><code>").append(html(place(d))).append("</code>: ").append(html(d.severity().label())).append(": ")
                    .append(html(d.message()));
            if (!d.hint().isEmpty()) {
                sb.append("<br>tip: ").append(html(d.hint()));
            }
            sb.append("</li>\n");
        }
        return sb.append("</ol>\n</main>\n</body>\n</html>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String place(Diagnostic d) {
        return d.path() + (d.line() > 0 ? ":" + d.line() + (d.column() > 0 ? ":" + d.column() : "") : "");
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private String statusJson() {
        StringBuilder sb = new StringBuilder("{\"versie\":").append(versie.get()).append(",\"ok\":").append(ok)
                .append(",\"site\":").append(!build.output().isEmpty())
                .append(",\"diagnostics\":[");
        boolean first = true;
        for (Diagnostic d : problems) {
            sb.append(first ? "" : ",").append("{\"plek\":").append(json(place(d))).append(",\"ernst\":").append(json(d.severity().label()))
                    .append(",\"code\":").append(json(d.code())).append(",\"melding\":").append(json(d.message()))
                    .append(",\"hint\":").append(json(d.hint())).append('}');
            first = false;
        }
        return sb.append("]}").toString();
    }

    static String json(String s) {
        return nl.wijkwijzer.json.Json.of(s);
    }

    private static String type(String path) {
        String p = path.toLowerCase(java.util.Locale.ROOT);
        if (p.endsWith(".html")) {
            return "text/html; charset=utf-8";
        } else if (p.endsWith(".css")) {
            return "text/css; charset=utf-8";
        } else if (p.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        } else if (p.endsWith(".json")) {
            return "application/json; charset=utf-8";
        } else if (p.endsWith(".xml")) {
            return "application/xml; charset=utf-8";
        } else if (p.endsWith(".svg")) {
            return "image/svg+xml";
        } else if (p.endsWith(".png")) {
            return "image/png";
        } else if (p.endsWith(".pdf")) {
            return "application/pdf";
        } else if (p.endsWith(".csv")) {
            return "text/csv; charset=utf-8";
        }
        return "application/octet-stream";
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        if (http != null) {
            http.stop(0);
        }
        nl.wijkwijzer.write.SiteWriter.awaitCleanup();
        if (output != null) {
            try {
                output.close();
            } catch (IOException e) {
                // the lock goes with the process anyway
            }
            output = null;
        }
    }
}
