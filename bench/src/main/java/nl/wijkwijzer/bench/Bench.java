package nl.wijkwijzer.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.wijkwijzer.IncrementalBuild;
import nl.wijkwijzer.Wijkwijzer;
import nl.wijkwijzer.serve.PreviewServer;

/**
 * The scale benchmark: {@code ./wijkwijzer bench [--sizes 10000,100000] [--runs 5] [--work DIR]} (this
 * module's jar; see {@link BenchMain}).
 * Full builds run as child JVMs (wall time and peak RSS of the whole process, median of the runs);
 * the incremental rebuild and the serve change-to-reload latency run in this process after a
 * warm-up, as in a preview session. Hugo builds the same cases as Markdown pages in the same run.
 */
public final class Bench {
    private final Path root;
    private final Path work;
    private final int runs;
    private final PrintStream out;

    record Run(long millis, long peakKb) {
    }

    Bench(Path root, Path work, int runs, PrintStream out) {
        this.root = root;
        this.work = work;
        this.runs = runs;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = List.of(10_000, 100_000);
        int runs = 5;
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "wijkwijzer-bench");
        Path root = Path.of(".");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" -> sizes = Stream.of(args[++i].split(",")).map(String::strip).map(Integer::parseInt).toList();
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--root" -> root = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("onbekende optie: " + args[i]);
            }
        }
        new Bench(root.toAbsolutePath().normalize(), work, runs, System.out).run(sizes);
    }

    void run(List<Integer> sizes) throws Exception {
        boolean hugo = hugoAvailable();
        out.println("Wijkwijzer benchmark: " + Runtime.getRuntime().availableProcessors() + " kernen, "
                + runs + " runs per meting (mediaan)" + (Files.isExecutable(Path.of("/usr/bin/time")) ? ", piekgeheugen via /usr/bin/time -v" : ", piekgeheugen via VmHWM"));
        if (!hugo) {
            out.println("Hugo ontbreekt: installeer met 'apt-get install -y hugo' voor de vergelijking.");
        }
        for (int n : sizes) {
            Path dir = work.resolve("n" + n);
            Path content = dir.resolve("content");
            if (!Files.isRegularFile(content.resolve("casuistiek/" + SyntheticCorpus.id(n - 1) + ".yaml"))
                    || Files.isRegularFile(content.resolve("casuistiek/" + SyntheticCorpus.id(n) + ".yaml"))) {
                nl.wijkwijzer.write.SiteWriter.deleteTree(dir);
                SyntheticCorpus.write(root.resolve("content"), content, n, 42);
            }
            out.printf("%n== %,d casussen ==%n", n);
            Run ours = median(n, () -> childBuild(n, content, dir.resolve("site"), List.of()));
            out.printf("wijkwijzer build (volledig, eigen JVM):  %,8d ms   piek %,6d MiB%n", ours.millis(), ours.peakKb() / 1024);
            // Hugo makes one site; this is ours with one audience (professionals: every case).
            Run one = median(n, () -> childBuild(n, content, dir.resolve("site-een"), List.of("--doelgroep", "professionals")));
            out.printf("wijkwijzer build, één doelgroep:         %,8d ms   piek %,6d MiB%n", one.millis(), one.peakKb() / 1024);
            if (hugo) {
                Path site = HugoSite.write(content, dir.resolve("hugo"));
                Run h = median(n, () -> measure(List.of("hugo", "--quiet", "-s", site.toString(), "-d",
                        dir.resolve("hugo-out").toString())));
                out.printf("hugo (zelfde casussen als Markdown):     %,8d ms   piek %,6d MiB%n", h.millis(), h.peakKb() / 1024);
                out.printf("verhouding wijkwijzer / hugo: tijd %.2f, geheugen %.2f (één doelgroep: tijd %.2f, geheugen %.2f)%n",
                        (double) ours.millis() / h.millis(), (double) ours.peakKb() / h.peakKb(),
                        (double) one.millis() / h.millis(), (double) one.peakKb() / h.peakKb());
            }
            if (n <= 10_000) {
                incremental(content, dir.resolve("preview"));
                serve(content, dir.resolve("serve"));
            }
        }
    }

    interface Measured {
        Run run() throws Exception;
    }

    private Run median(int n, Measured m) throws Exception {
        List<Run> all = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            all.add(m.run());
        }
        List<Long> t = all.stream().map(Run::millis).sorted().toList();
        List<Long> mem = all.stream().map(Run::peakKb).sorted().toList();
        out.println("  runs (ms): " + all.stream().map(r -> Long.toString(r.millis())).toList());
        return new Run(t.get(t.size() / 2), mem.get(mem.size() / 2));
    }

    private Run childBuild(int cases, Path content, Path site, List<String> extra) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java));
        // As ./wijkwijzer: a large corpus is built without the AOT cache (bin/corpus-flags.sh).
        cmd.addAll(launcherFlags(root).stream().filter(f -> cases < LARGE_CORPUS || !aotFlag(f)).toList());
        cmd.addAll(corpusFlags("build", cases, LARGE_CORPUS));
        cmd.addAll(generatorCommand());
        cmd.addAll(List.of("build",
                "--content", content.toString(), "--templates", root.resolve("templates").toString(), "--out", site.toString()));
        cmd.addAll(extra);
        return measure(cmd);
    }

    /**
     * How a child JVM starts the generator: the generator's own jar when the launcher names it (so the
     * child runs with that jar's AOT cache, as a redacteur's build does), else this JVM's class path.
     */
    static List<String> generatorCommand() {
        String jar = System.getProperty("wijkwijzer.generator.jar");
        return jar != null && Files.isRegularFile(Path.of(jar)) ? List.of("-jar", jar)
                : List.of("-cp", System.getProperty("java.class.path"), "nl.wijkwijzer.cli.Main");
    }

    /** From this many case files a corpus is large (bin/corpus-flags.sh; BuildProfile.LARGE_CORPUS). */
    public static final int LARGE_CORPUS = 20_000;

    /**
     * The extra JVM flags {@code ./wijkwijzer} (bin/corpus-flags.sh) gives {@code command} for a corpus
     * of {@code cases} case files: for a one-off build or check, C1 only below {@code largeFrom} cases,
     * where compiling with C2 costs more CPU than it saves, and from there a young generation of at most
     * 64 MB, which keeps a large build's resident memory down; the preview and the benchmarks themselves
     * get none (figures: docs/performance.md, the JIT row and the twelfth session).
     */
    public static List<String> corpusFlags(String command, int cases, int largeFrom) {
        boolean oneOff = command.equals("build") || command.equals("check");
        if (!oneOff) {
            return List.of();
        }
        return cases < largeFrom ? List.of("-XX:TieredStopAtLevel=1") : List.of("-XX:MaxNewSize=64m");
    }

    /** Whether a JVM flag belongs to the AOT cache the launcher passes (JDK 25+). */
    static boolean aotFlag(String flag) {
        return flag.startsWith("-XX:AOTCache=") || flag.startsWith("-Xlog:aot") || flag.startsWith("-Xlog:cds");
    }

    /** The JVM options file of the launchers ({@code java @file}), in the project at {@code root}. */
    static Path jvmOptions(Path root) {
        return root.resolve("bin").resolve("jvm.options");
    }

    /**
     * The JVM options the launcher uses, so the benchmark measures what a redacteur runs: the same
     * argument file, and the launcher's AOT cache (JDK 25+) when this JVM was started with one.
     */
    static List<String> launcherFlags(Path root) {
        String extra = System.getenv().getOrDefault("WIJKWIJZER_BENCH_JVM", "");
        List<String> flags = new ArrayList<>(List.of("@" + jvmOptions(root)));
        java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(Bench::aotFlag)
                .forEach(flags::add);
        if (!extra.isBlank()) {
            flags.addAll(List.of(extra.strip().split("\\s+")));
        }
        return flags;
    }

    /** Runs a command; wall time, and peak RSS from /usr/bin/time -v or else from polling VmHWM. */
    static Run measure(List<String> command) throws Exception {
        boolean gnuTime = Files.isExecutable(Path.of("/usr/bin/time"));
        List<String> cmd = new ArrayList<>();
        if (gnuTime) {
            cmd.addAll(List.of("/usr/bin/time", "-v"));
        }
        cmd.addAll(command);
        Path log = Files.createTempFile("wijkwijzer-bench", ".log");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long hwm = 0;
        while (p.isAlive()) {
            if (!gnuTime) {
                hwm = Math.max(hwm, vmHwm(p.pid()));
            }
            p.waitFor(20, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        String text = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        if (p.exitValue() != 0) {
            throw new IllegalStateException("command failed (" + p.exitValue() + "): " + command + "\n" + text);
        }
        if (gnuTime) {
            Matcher m = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)").matcher(text);
            hwm = m.find() ? Long.parseLong(m.group(1)) : 0;
        }
        return new Run(millis, hwm);
    }

    private static long vmHwm(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    private static boolean hugoAvailable() {
        try {
            return new ProcessBuilder("hugo", "version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private Wijkwijzer.Options options(Path content, Path out) {
        return new Wijkwijzer.Options(content, root.resolve("templates"), out, List.of(), null);
    }

    /** Edits one case's title, alternating, so each rebuild has exactly one changed file. */
    private static void touch(Path file, int round) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String first = text.substring(0, text.indexOf('\n'));
        String title = "titel: \"Bewerkte titel ronde " + "abcdefghijklmnopqrstuvwxyz".charAt(round % 26) + "\"";
        Files.writeString(file, title + text.substring(first.length()), StandardCharsets.UTF_8);
    }

    private void incremental(Path content, Path target) throws Exception {
        IncrementalBuild build = new IncrementalBuild(options(content, target));
        build.rebuild();
        Path file = content.resolve("casuistiek/" + SyntheticCorpus.id(7) + ".yaml");
        String original = Files.readString(file);
        List<Long> quick = new ArrayList<>();
        List<Long> full = new ArrayList<>();
        List<Integer> rendered = new ArrayList<>();
        for (int i = 0; i < runs + 2; i++) {
            touch(file, i);
            build.contentChanged(file);
            long start = System.nanoTime();
            int published = build.quick(List.of(file));
            long afterQuick = System.nanoTime();
            IncrementalBuild.Result r = build.rebuild();
            long end = System.nanoTime();
            if (published < 1) {
                throw new IllegalStateException("de snelle route publiceerde niets");
            }
            if (i >= 2) {
                quick.add((afterQuick - start) / 1_000_000);
                full.add((end - afterQuick) / 1_000_000);
                rendered.add(r.rendered());
            }
        }
        Files.writeString(file, original);
        out.printf("incrementeel na wijziging van één casus: casuspagina  %,6d ms   (runs %s)%n", median(quick), quick);
        out.printf("  daarna overzichten, zoeken, rapport bijgewerkt:       %,6d ms   (runs %s; pagina's opnieuw gemaakt %s)%n",
                median(full), full, rendered);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private void serve(Path content, Path target) throws Exception {
        Path file = content.resolve("casuistiek/" + SyntheticCorpus.id(11) + ".yaml");
        String original = Files.readString(file);
        HttpClient http = HttpClient.newHttpClient();
        List<Long> first = new ArrayList<>();
        List<Long> done = new ArrayList<>();
        try (PreviewServer server = new PreviewServer(options(content, target), new java.io.PrintWriter(java.io.Writer.nullWriter()))) {
            int port = server.start(0);
            URI versie = URI.create("http://127.0.0.1:" + port + "/__wijkwijzer/versie");
            for (int i = 0; i < runs + 2; i++) {
                String before = http.send(HttpRequest.newBuilder(versie).build(), HttpResponse.BodyHandlers.ofString()).body();
                long start = System.nanoTime();
                touch(file, i + 3);
                while (http.send(HttpRequest.newBuilder(versie).build(), HttpResponse.BodyHandlers.ofString()).body().equals(before)) {
                    Thread.sleep(2);
                    if (System.nanoTime() - start > 120_000_000_000L) {
                        throw new IllegalStateException("geen nieuwe versie binnen 120 s");
                    }
                }
                long seen = System.nanoTime();
                while (server.lastRebuildDoneNanos() < start) {
                    Thread.sleep(5);
                    if (System.nanoTime() - start > 120_000_000_000L) {
                        throw new IllegalStateException("geen herbouw binnen 120 s");
                    }
                }
                if (i >= 2) {
                    first.add((seen - start) / 1_000_000);
                    done.add((server.lastRebuildDoneNanos() - start) / 1_000_000);
                }
                Thread.sleep(300);
            }
        } finally {
            Files.writeString(file, original);
        }
        out.printf("serve: wijziging op schijf tot nieuwe versie (casuspagina): %,6d ms   (runs %s; de pagina pollt elke 300 ms)%n",
                median(first), first);
        out.printf("  tot de hele site bijgewerkt is:                           %,6d ms   (runs %s)%n", median(done), done);
    }
}
