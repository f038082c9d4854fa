package nl.wijkwijzer.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpServer;

import nl.wijkwijzer.cli.Main;
import nl.wijkwijzer.json.Json;
import nl.wijkwijzer.search.JudgedQueries;

/**
 * {@code bench-search --beoordeeld FILE --site DIR}: the judged queries on a built site, in headless
 * Chromium over http, through Wijkwijzer's search.js and through Pagefind (indexing every page of a copy
 * of the site): success@1, success@3, MRR, and bytes and time for a first and a second query.
 */
final class JudgedBench {
    private final Path site;
    private final Path judgedFile;
    private final Path work;
    private final BlockingQueue<String> results = new LinkedBlockingQueue<>();
    private final AtomicLong served = new AtomicLong();
    private final List<Long> marks = new ArrayList<>();

    JudgedBench(Path site, Path judgedFile, Path work) {
        this.site = site;
        this.judgedFile = judgedFile;
        this.work = work.toAbsolutePath();
    }

    int run(PrintWriter out) throws IOException, InterruptedException {
        JudgedQueries judged = JudgedQueries.read(judgedFile);
        Path copy = work.resolve("beoordeeld-site");
        nl.wijkwijzer.write.SiteWriter.deleteTree(copy);
        try (Stream<Path> s = Files.walk(site)) {
            for (Path p : s.toList()) {
                Path to = copy.resolve(site.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        // The bench's two everyday queries first: their bytes and times are the "first and second query".
        List<String> queries = new ArrayList<>(BenchSearchCommand.QUERIES);
        judged.queries().forEach(j -> queries.add(j.query()));
        Files.writeString(copy.resolve("bench-judged-queries.js"), "var JUDGED = " + Json.of(queries) + ";\n");
        try (InputStream in = JudgedBench.class.getResourceAsStream("/nl/wijkwijzer/bench/bench-judged.js")) {
            Files.write(copy.resolve("bench-judged.js"), in.readAllBytes());
        }
        Files.writeString(copy.resolve("bench-judged.html"), "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\">"
                + "<title>meting</title></head><body><script src=\"bench-judged-queries.js\"></script>"
                + "<script src=\"bench-judged.js\"></script></body></html>");
        Path npm = work.resolve("npm");
        Files.createDirectories(npm);
        Path bin = npm.resolve("node_modules/.bin/pagefind");
        if (!Files.exists(bin)) {
            exec(npm, "npm", "install", "--no-audit", "--no-fund", "--prefix", npm.toString(), "pagefind@1.6.0");
        }
        boolean pagefind = Files.exists(bin) && exec(copy, bin.toString(), "--site", copy.toString(), "--glob", "**/*.html") == 0;
        out.printf(Locale.ROOT, "Beoordeelde zoekvragen: %d, site %s%n", judged.queries().size(), site);
        HttpServer server = serve(copy);
        try {
            for (String engine : pagefind ? List.of("ours", "pagefind") : List.of("ours")) {
                String name = engine.equals("ours") ? "Wijkwijzer (Chromium)" : "Pagefind 1.6 (Chromium)";
                String body = measure(server, engine);
                if (body == null || !body.contains("\n")) {
                    out.println(name + ": meting mislukt (" + body + ")");
                    continue;
                }
                String[] lines = body.split("\n", -1);
                List<List<String>> urls = new ArrayList<>();
                for (int i = 1 + BenchSearchCommand.QUERIES.size(); i < lines.length; i++) {
                    String l = lines[i].substring(1);
                    urls.add(l.isBlank() ? List.of() : List.of(l.split(" ")));
                }
                JudgedQueries.Score score = judged.score(j -> urls.get(judged.queries().indexOf(j)));
                String[] ms = lines[0].split("\t");
                out.println(score.line(name));
                out.printf(Locale.ROOT, "    eerste zoekvraag \"%s\": %.1f kB in %.0f ms (inclusief laden); tweede \"%s\": %.1f kB in %.0f ms%n",
                        queries.get(0), (marks.get(1) - marks.get(0)) / 1000.0, Double.parseDouble(ms[0]),
                        queries.get(1), (marks.get(2) - marks.get(1)) / 1000.0, Double.parseDouble(ms[1]));
            }
        } finally {
            server.stop(0);
        }
        return Main.OK;
    }

    private String measure(HttpServer server, String engine) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("wwz-judged-chromium");
        results.clear();
        marks.clear();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/bench-judged.html?engine=" + engine;
        Process p = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile, url)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            return results.poll(300, TimeUnit.SECONDS);
        } finally {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            p.waitFor(10, TimeUnit.SECONDS);
            nl.wijkwijzer.write.SiteWriter.deleteTree(profile);
        }
    }

    private HttpServer serve(Path root) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.createContext("/uitkomst", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            ex.sendResponseHeaders(204, -1);
            ex.close();
            results.add(body);
        });
        server.createContext("/merk", ex -> {
            ex.getRequestBody().readAllBytes();
            synchronized (marks) {
                marks.add(served.get());
            }
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        server.createContext("/", BenchSearchCommand.staticFiles(root, served, false));
        server.start();
        return server;
    }

    private static int exec(Path dir, String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(600, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }

}
