package nl.wijkwijzer.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpServer;

import nl.wijkwijzer.bench.SearchCorpus;
import nl.wijkwijzer.search.DutchAnalysis;
import nl.wijkwijzer.search.SearchDoc;
import nl.wijkwijzer.search.SearchExport;
import nl.wijkwijzer.search.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Hidden: {@code wijkwijzer bench-search} prints search figures on a synthetic corpus, next to Pagefind. */
@Command(name = "bench-search", hidden = true, mixinStandardHelpOptions = true,
        description = "Meet de zoekfunctie op een kunstmatige set casussen en vergelijkt met Pagefind.")
final class BenchSearchCommand implements Callable<Integer> {
    @Option(names = "--casussen", description = "aantal casussen (standaard 10000)")
    int count = 10_000;

    @Option(names = "--runs", description = "aantal herhalingen per zoekvraag voor de mediaan (standaard 50)")
    int runs = 50;

    @Option(names = "--werkmap", description = "map voor de testbestanden (standaard bench/work/search)")
    Path work = Path.of("bench/work/search");

    @Option(names = "--zonder-pagefind", description = "sla de vergelijking met Pagefind over")
    boolean skipPagefind;

    @Spec
    CommandSpec spec;

    static final List<String> QUERIES = List.of("woning", "schulden beschermd wonen");

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<SearchDoc> docs = SearchCorpus.cases(count, 20261122L);
        long t0 = System.nanoTime();
        SearchIndex index = new SearchIndex(new DutchAnalysis(List.of(List.of("bw", "beschermd wonen"),
                List.of("schulden", "schuldhulp", "schuldhulpverlening"))), docs);
        long t1 = System.nanoTime();
        Map<String, byte[]> files = SearchExport.export(index, Map.of("type", Map.of("casus", "Casus")));
        long t2 = System.nanoTime();
        Path site = work.toAbsolutePath().resolve("site");
        deleteTree(site);
        long total = 0;
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            write(site.resolve(e.getKey()), e.getValue());
            total += e.getValue().length;
        }
        byte[] searchJs = resource("/nl/wijkwijzer/templates/static/search.js");
        write(site.resolve("assets/search.js"), searchJs);
        write(site.resolve("bench.js"), resource("/nl/wijkwijzer/bench/bench-page.js"));
        write(site.resolve("bench.html"), ("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>bench</title></head><body>"
                + "<p id=\"out\"></p><script src=\"assets/search.js\"></script><script src=\"assets/search/manifest.js\"></script>"
                + "<script src=\"bench.js\"></script></body></html>").getBytes(StandardCharsets.UTF_8));
        for (SearchDoc d : docs) {
            write(site.resolve(d.url()), ("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>" + d.title()
                    + "</title></head><body><main><h1>" + d.title() + "</h1><p>" + d.body() + "</p></main></body></html>")
                    .getBytes(StandardCharsets.UTF_8));
        }
        out.printf(Locale.ROOT, "Corpus: %d casussen (vaste seed), %d termen%n", docs.size(), index.vocabulary().size());
        out.printf(Locale.ROOT, "Index bouwen (Lucene): %d ms; export naar zoekbestanden: %d ms%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
        out.printf(Locale.ROOT, "Lucene-index in geheugen: %s; zoekbestanden: %s in %d bestanden (plus search.js %s)%n",
                kb(index.sizeInBytes()), kb(total), files.size(), kb(searchJs.length));

        Path pagefindDir = null;
        if (!skipPagefind) {
            pagefindDir = pagefind(site, out);
        }
        HttpServer server = serve(site);
        try {
            for (String q : QUERIES) {
                String[] ours = chromium(server, "ours", q);
                String[] node = node(site, searchJs, q);
                out.printf(Locale.ROOT, "Zoekvraag \"%s\" (%d woord%s): Wijkwijzer %s gedownload in Chromium, %s treffers; "
                        + "zoektijd (search.js in node, mediaan van %d): %s ms%n",
                        q, q.split(" ").length, q.contains(" ") ? "en" : "", kb(Long.parseLong(ours[0])), ours[2], runs, node[1]);
                if (pagefindDir != null) {
                    String[] pf = chromium(server, "pagefind", q);
                    if (pf.length == 3) {
                        // Headless Chromium runs on virtual time here, so its clock does not measure compute
                        // time; Pagefind (WebAssembly, browser only) gets no time figure, only bytes.
                        out.printf(Locale.ROOT, "    Pagefind: %s gedownload, %s treffers; verhouding bytes Wijkwijzer/Pagefind %.2f "
                                + "(zoektijd van Pagefind niet betrouwbaar te meten in headless Chromium)%n",
                                kb(Long.parseLong(pf[0])), pf[2], Double.parseDouble(ours[0]) / Double.parseDouble(pf[0]));
                    } else {
                        out.println("    Pagefind: meting mislukt (" + String.join(" ", pf) + ")");
                    }
                }
            }
        } finally {
            server.stop(0);
            index.close();
        }
        return Main.OK;
    }

    private Path pagefind(Path site, PrintWriter out) throws IOException, InterruptedException {
        Path npm = work.toAbsolutePath().resolve("npm");
        Files.createDirectories(npm);
        Path bin = npm.resolve("node_modules/.bin/pagefind");
        if (!Files.exists(bin)) {
            run(npm, "npm", "install", "--no-audit", "--no-fund", "--prefix", npm.toString(), "pagefind@1.6.0");
        }
        if (!Files.exists(bin)) {
            out.println("Pagefind: kon niet geinstalleerd worden; vergelijking overgeslagen.");
            return null;
        }
        long t = System.nanoTime();
        int rc = run(site, bin.toString(), "--site", site.toString(), "--glob", "casuistiek/**/*.html");
        out.printf(Locale.ROOT, "Pagefind-index bouwen: %d ms (exit %d)%n", (System.nanoTime() - t) / 1_000_000, rc);
        Path dir = site.resolve("pagefind");
        if (!Files.isDirectory(dir)) {
            return null;
        }
        long size;
        long n;
        try (Stream<Path> s = Files.walk(dir)) {
            List<Path> all = s.filter(Files::isRegularFile).toList();
            n = all.size();
            size = 0;
            for (Path p : all) {
                size += Files.size(p);
            }
        }
        out.printf(Locale.ROOT, "Pagefind-bestanden: %s in %d bestanden%n", kb(size), n);
        return dir;
    }

    private static int run(Path dir, String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(600, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }

    private String[] chromium(HttpServer server, String engine, String q) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("wwz-bench-chromium");
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/bench.html?engine=" + engine + "&runs=" + runs
                + "&q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile,
                "--virtual-time-budget=60000", "--dump-dom", url).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String html = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(300, TimeUnit.SECONDS);
        int i = html.indexOf("<p id=\"out\">");
        String value = i < 0 ? "" : html.substring(i + 12, html.indexOf("</p>", i));
        return value.split("\t");
    }

    private String[] node(Path site, byte[] searchJs, String q) throws IOException, InterruptedException {
        Path script = work.toAbsolutePath().resolve("bench-search.js");
        write(script, resource("/nl/wijkwijzer/bench/bench-search.js"));
        Process p = new ProcessBuilder("node", script.toString(), site.resolve("assets/search.js").toString(),
                site.resolve("assets/search").toString(), String.valueOf(runs), q).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String line = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor(300, TimeUnit.SECONDS);
        return line.split("\t");
    }

    private static HttpServer serve(Path site) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            Path p = site.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            boolean ok = p.startsWith(site) && Files.isRegularFile(p);
            byte[] body = ok ? Files.readAllBytes(p) : new byte[0];
            String name = p.getFileName() == null ? "" : p.getFileName().toString();
            exchange.getResponseHeaders().set("Content-Type", name.endsWith(".js") ? "text/javascript"
                    : name.endsWith(".wasm") ? "application/wasm" : name.endsWith(".css") ? "text/css" : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(ok ? 200 : 404, ok ? body.length : -1);
            try (OutputStream o = exchange.getResponseBody()) {
                o.write(body);
            }
        });
        server.start();
        return server;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = BenchSearchCommand.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    private static void write(Path p, byte[] bytes) throws IOException {
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.1f kB", bytes / 1000.0);
    }
}
