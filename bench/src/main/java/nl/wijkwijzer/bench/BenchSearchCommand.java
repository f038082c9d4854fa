package nl.wijkwijzer.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpServer;

import nl.wijkwijzer.cli.Main;
import nl.wijkwijzer.search.DutchAnalysis;
import nl.wijkwijzer.search.SearchDoc;
import nl.wijkwijzer.search.SearchExport;
import nl.wijkwijzer.search.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code wijkwijzer bench-search} prints search figures on a synthetic corpus, next to Pagefind. */
@Command(name = "bench-search", mixinStandardHelpOptions = true,
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

    @Option(names = "--beoordeeld", description = "beoordeelde zoekvragen (tsv) op een gebouwde site (--site): Wijkwijzer en Pagefind")
    Path judged;

    @Option(names = "--site", description = "gebouwde site voor --beoordeeld (standaard site/publiek)")
    Path judgedSite = Path.of("site/publiek");

    @Option(names = "--koud", description = "aantal verse browserstarts per zoekvraag voor de koude meting (standaard 3)")
    int coldLoads = 3;

    static final List<String> QUERIES = List.of("woning", "schulden beschermd wonen");
    /** Queries timed in the browser for both engines. */
    static final List<String> TIME_QUERIES = List.of("woning", "schulden beschermd wonen", "dagbesteding",
            "maatschappelijke opvang", "ervaringsdeskundige wijkteam");

    private final BlockingQueue<String> results = new LinkedBlockingQueue<>();
    /** Bytes served since the last browser start, and their count when the page marked its first query done. */
    private static final AtomicLong SERVED = new AtomicLong();
    private static final AtomicLong MARKED = new AtomicLong();
    private String chromiumBin;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (judged != null) {
            return new JudgedBench(judgedSite, judged, work).run(out);
        }
        List<SearchDoc> docs = SearchDoc.of(SyntheticCorpus.knowledgeBase(Path.of("content"), count, 20261122L))
                .stream().filter(d -> d.type().equals("casus")).toList();
        long t0 = System.nanoTime();
        SearchIndex index = new SearchIndex(new DutchAnalysis(List.of(List.of("bw", "beschermd wonen"),
                List.of("schulden", "schuldhulp", "schuldhulpverlening"))), docs);
        long t1 = System.nanoTime();
        Map<String, byte[]> files = SearchExport.export(index, Map.of("type", Map.of("casus", "Casus")));
        long t2 = System.nanoTime();
        Path site = work.toAbsolutePath().resolve("site");
        nl.wijkwijzer.write.SiteWriter.deleteTree(site);
        long total = 0;
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            write(site.resolve(e.getKey()), e.getValue());
            total += e.getValue().length;
        }
        byte[] searchJs = resource("/nl/wijkwijzer/templates/static/search.js");
        write(site.resolve("assets/search.js"), searchJs);
        for (SearchDoc d : docs) {
            write(site.resolve(d.url()), ("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>" + d.title()
                    + "</title></head><body><main><h1>" + d.title() + "</h1><p>" + d.body() + "</p></main></body></html>")
                    .getBytes(StandardCharsets.UTF_8));
        }
        out.printf(Locale.ROOT, "Corpus: %d casussen (vaste seed), %d termen%n", docs.size(), index.vocabulary().size());
        out.printf(Locale.ROOT, "Index bouwen (analyse en postings): %d ms; export naar zoekbestanden: %d ms%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
        out.printf(Locale.ROOT, "Zoekbestanden: %s in %d bestanden (plus search.js %s)%n",
                kb(total), files.size(), kb(searchJs.length));

        Path pagefindDir = null;
        if (!skipPagefind) {
            pagefindDir = pagefind(site, out);
        }
        write(site.resolve("bench-time.js"), resource("/nl/wijkwijzer/bench/bench-time.js"));
        write(site.resolve("bench-time.html"), ("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>bench</title></head>"
                + "<body><pre id=\"uitkomst\"></pre><script src=\"bench-time.js\"></script></body></html>").getBytes(StandardCharsets.UTF_8));
        chromiumBin = findChromium();
        HttpServer server = serve(site, results);
        try {
            for (String q : QUERIES) {
                if (chromiumBin == null) {
                    String[] node = node(site, searchJs, q);
                    out.printf(Locale.ROOT, "Zoekvraag \"%s\": zoektijd (search.js in node, mediaan van %d): %s ms%n", q, runs, node[1]);
                    continue;
                }
                String[] ours = chromium(server, "ours", q);
                String[] node = node(site, searchJs, q);
                if (ours.length != 3) {
                    out.printf(Locale.ROOT, "Zoekvraag \"%s\": Wijkwijzer in Chromium mislukt (%s); zoektijd (search.js in node, "
                            + "mediaan van %d): %s ms%n", q, ours[0], runs, node[1]);
                    continue;
                }
                out.printf(Locale.ROOT, "Zoekvraag \"%s\" (%d woord%s): Wijkwijzer %s gedownload in Chromium, %s treffers; "
                        + "zoektijd (search.js in node, mediaan van %d): %s ms%n",
                        q, q.split(" ").length, q.contains(" ") ? "en" : "", kb(Long.parseLong(ours[0])), ours[2], runs, node[1]);
                if (pagefindDir != null) {
                    String[] pf = chromium(server, "pagefind", q);
                    if (pf.length == 3 && !pf[0].equals("0")) {
                        out.printf(Locale.ROOT, "    Pagefind: %s gedownload, %s treffers; verhouding bytes Wijkwijzer/Pagefind %.2f%n",
                                kb(Long.parseLong(pf[0])), pf[2], Double.parseDouble(ours[0]) / Double.parseDouble(pf[0]));
                    } else {
                        out.println("    Pagefind: meting mislukt (" + String.join(" ", pf) + ")");
                    }
                }
            }
            browserTiming(server, pagefindDir != null, out);
        } finally {
            server.stop(0);
        }
        return Main.OK;
    }

    /** Real-time query timing for both engines in headless Chromium (fresh profile per load, no virtual time). */
    private void browserTiming(HttpServer server, boolean withPagefind, PrintWriter out) throws IOException, InterruptedException {
        if (chromiumBin == null) {
            out.println("Zoektijd in de browser: overgeslagen (Chromium niet gevonden).");
            return;
        }
        out.printf(Locale.ROOT, "Zoektijd in Chromium (echte tijd, inclusief gegevens van de top 10; koud = eerste zoekvraag "
                + "na het laden, mediaan van %d verse starts; warm = mediaan van %d herhalingen per start):%n", coldLoads, runs);
        List<String> engines = withPagefind ? List.of("ours", "pagefind") : List.of("ours");
        List<Double> allCold = new ArrayList<>();
        List<Double> allWarm = new ArrayList<>();
        List<Double> pfCold = new ArrayList<>();
        List<Double> pfWarm = new ArrayList<>();
        for (String q : TIME_QUERIES) {
            double[][] m = new double[engines.size()][];
            for (int e = 0; e < engines.size(); e++) {
                List<Double> init = new ArrayList<>();
                List<Double> cold = new ArrayList<>();
                List<Double> warm = new ArrayList<>();
                long hits = -1;
                String error = null;
                for (int i = 0; i < coldLoads && error == null; i++) {
                    String json = timeInChromium(server, engines.get(e), q);
                    if (json == null || json.contains("\"fout\"")) {
                        error = json == null ? "geen uitkomst binnen de tijd" : json;
                        break;
                    }
                    init.add(number(json, "init"));
                    cold.add(number(json, "cold"));
                    warm.add(median(numbers(json, "warm")));
                    hits = (long) number(json, "hits");
                }
                String name = e == 0 ? "Wijkwijzer" : "Pagefind";
                if (error != null) {
                    out.println("    " + name + " \"" + q + "\": meting mislukt (" + error + ")");
                    continue;
                }
                m[e] = new double[] {median(init), median(cold), median(warm)};
                (e == 0 ? allCold : pfCold).add(m[e][1]);
                (e == 0 ? allWarm : pfWarm).add(m[e][2]);
                out.printf(Locale.ROOT, "    %-10s \"%s\": laden %.2f ms, koud %.2f ms, warm %.3f ms, %d treffers%n",
                        name, q, m[e][0], m[e][1], m[e][2], hits);
            }
            if (m.length == 2 && m[0] != null && m[1] != null) {
                out.printf(Locale.ROOT, "    verhouding Wijkwijzer/Pagefind \"%s\": koud %.2f, warm %.2f%n", q, m[0][1] / m[1][1], m[0][2] / m[1][2]);
            }
        }
        if (!allCold.isEmpty()) {
            out.printf(Locale.ROOT, "Mediaan over de zoekvragen: Wijkwijzer koud %.2f ms, warm %.3f ms", median(allCold), median(allWarm));
            if (!pfCold.isEmpty()) {
                out.printf(Locale.ROOT, "; Pagefind koud %.2f ms, warm %.3f ms; verhouding Wijkwijzer/Pagefind koud %.2f, warm %.2f",
                        median(pfCold), median(pfWarm), median(allCold) / median(pfCold), median(allWarm) / median(pfWarm));
            }
            out.println();
        }
    }

    /** Loads bench-time.html in a fresh headless Chromium and waits (real time) for the page to post its JSON. */
    private String timeInChromium(HttpServer server, String engine, String q) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("wwz-bench-chromium");
        results.clear();
        SERVED.set(0);
        MARKED.set(-1);
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/bench-time.html?engine=" + engine + "&runs=" + runs
                + "&q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(chromiumBin, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile, url)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String json = results.poll(120, TimeUnit.SECONDS);
            // Counted on the server: Pagefind fetches from a web worker, which the page's resource timing does not see.
            return json == null || !json.startsWith("{") ? json : "{\"served\":" + MARKED.get() + "," + json.substring(1);
        } finally {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
            nl.wijkwijzer.write.SiteWriter.deleteTree(profile);
        }
    }

    private static String findChromium() {
        for (String dir : (System.getenv().getOrDefault("PATH", "") + java.io.File.pathSeparator + "/usr/bin").split(java.io.File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path p = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(p)) {
                    return p.toString();
                }
            }
        }
        return null;
    }

    private static double number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":(-?[0-9.eE+-]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("geen " + key + " in " + json);
        }
        return Double.parseDouble(m.group(1));
    }

    private static List<Double> numbers(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":\\[([^\\]]*)\\]").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("geen " + key + " in " + json);
        }
        List<Double> list = new ArrayList<>();
        for (String v : m.group(1).split(",")) {
            if (!v.isBlank()) {
                list.add(Double.parseDouble(v));
            }
        }
        return list;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
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

    /** Bytes fetched up to and including the first query, and its hit count, from a real-time browser run. */
    private String[] chromium(HttpServer server, String engine, String q) throws IOException, InterruptedException {
        String json = timeInChromium(server, engine, q);
        if (json == null || json.contains("\"fout\"")) {
            return new String[] {json == null ? "geen uitkomst binnen de tijd" : json};
        }
        return new String[] {String.valueOf((long) number(json, "served")), "", String.valueOf((long) number(json, "hits"))};
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

    private static HttpServer serve(Path site, BlockingQueue<String> results) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "bench-http");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/uitkomst", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
            if ("POST".equals(exchange.getRequestMethod())) {
                results.add(body);
            }
        });
        server.createContext("/merk", exchange -> {
            MARKED.set(SERVED.get());
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.createContext("/", staticFiles(site, SERVED, true));
        server.start();
        return server;
    }

    /**
     * Serves the files under {@code root} (404 outside it), counting the bytes sent in {@code served}.
     * {@code isolated} adds the cross-origin isolation headers that give performance.now() its fine
     * resolution (5 us instead of 100 us).
     */
    static com.sun.net.httpserver.HttpHandler staticFiles(Path root, AtomicLong served, boolean isolated) {
        return exchange -> {
            Path p = root.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            boolean ok = p.startsWith(root) && Files.isRegularFile(p);
            byte[] body = ok ? Files.readAllBytes(p) : new byte[0];
            served.addAndGet(body.length);
            String name = p.getFileName() == null ? "" : p.getFileName().toString();
            exchange.getResponseHeaders().set("Content-Type", contentType(name));
            if (isolated) {
                exchange.getResponseHeaders().set("Cross-Origin-Opener-Policy", "same-origin");
                exchange.getResponseHeaders().set("Cross-Origin-Embedder-Policy", "require-corp");
            }
            exchange.sendResponseHeaders(ok ? 200 : 404, ok ? body.length : -1);
            try (OutputStream o = exchange.getResponseBody()) {
                o.write(body);
            }
        };
    }

    static String contentType(String name) {
        if (name.endsWith(".js") || name.endsWith(".mjs")) {
            return "application/javascript";
        } else if (name.endsWith(".wasm")) {
            return "application/wasm";
        } else if (name.contains(".pf_") || name.endsWith(".pagefind")) {
            return "application/octet-stream";
        } else if (name.endsWith(".json")) {
            return "application/json";
        } else if (name.endsWith(".css")) {
            return "text/css";
        }
        return "text/html; charset=utf-8";
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


    private static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.1f kB", bytes / 1000.0);
    }
}
