package nl.wijkwijzer.write;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

/**
 * The folder a build replaces ({@code --out}), claimed for one build: checked, locked against a
 * second build into the same folder, and recovered from a swap a kill interrupted.
 *
 * <p>Invariant: the build only ever replaces (and so deletes) a folder it made itself, recognised by
 * the {@link #MARKER} file every site it writes holds, or a folder that is empty or does not exist.
 * Anything else, and any output that would overlap the folders the build reads, is refused with
 * {@link OutputException} before a single file is touched.
 */
public final class OutputFolder implements AutoCloseable {
    /** Written into every site (and staging folder) first: "this folder is a generated site". */
    public static final String MARKER = ".wijkwijzer-site";
    static final byte[] MARKER_TEXT = ("Deze map is gemaakt door wijkwijzer build. Een volgende build vervangt hem"
            + " helemaal: zet hier niets neer dat je wilt houden.\n").getBytes(StandardCharsets.UTF_8);

    /**
     * One build per output folder within this process too. Process-wide on purpose: it stands beside the
     * operating system's file lock, which is held per process, not per thread, so two builds in one JVM (a
     * preview and a command, two tests) must meet here. It only ever holds one permit per real path.
     */
    private static final Map<Path, Semaphore> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path target;
    private final Semaphore inProcess;
    private final FileChannel lockFile;
    private final FileLock lock;

    private OutputFolder(Path target, Semaphore inProcess, FileChannel lockFile, FileLock lock) {
        this.target = target;
        this.inProcess = inProcess;
        this.lockFile = lockFile;
        this.lock = lock;
    }

    /**
     * Checks {@code out} against the folders the build reads, takes the lock (waiting, after telling
     * {@code notices} why, while another build writes there), puts back a site a kill left half
     * swapped, and checks that what is there now may be replaced.
     *
     * @param inputs the folders the build reads (content, templates); null entries are ignored
     * @throws OutputException (Dutch message) when the folder may not be used; nothing was changed
     */
    public static OutputFolder claim(Path out, List<Path> inputs, Consumer<String> notices) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        checkPlace(out, target, inputs);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            // Before the lock file is made: a refused folder leaves its surroundings untouched too. A
            // recovery (below) only ever fills a missing folder, so it cannot change this answer.
            checkReplaceable(out, target);
        }
        Path parent = target.getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw OutputException.ioFailure(parent, e);
        }
        Semaphore inProcess = IN_PROCESS.computeIfAbsent(real(target), p -> new Semaphore(1));
        boolean waited = false;
        if (!inProcess.tryAcquire()) {
            notices.accept(waitMessage(out));
            waited = true;
            inProcess.acquireUninterruptibly();
        }
        FileChannel channel = null;
        boolean claimed = false;
        try {
            channel = FileChannel.open(parent.resolve("." + target.getFileName() + ".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                if (!waited) {
                    notices.accept(waitMessage(out));
                }
                lock = channel.lock();
            }
            SiteWriter.recoverInterruptedSwap(parent, target.getFileName().toString());
            checkReplaceable(out, target);
            claimed = true;
            return new OutputFolder(target, inProcess, channel, lock);
        } catch (OutputException e) {
            throw e;
        } catch (IOException e) {
            throw OutputException.ioFailure(parent, e);
        } finally {
            if (!claimed) {
                if (channel != null) {
                    try {
                        channel.close(); // releases the file lock
                    } catch (IOException ignored) {
                        // nothing more to release
                    }
                }
                inProcess.release();
            }
        }
    }

    private static String waitMessage(Path out) {
        return "wijkwijzer: een andere build of serve schrijft nu naar " + out
                + "; deze wacht tot die klaar is (stoppen: Ctrl+C).";
    }

    /** Whether {@code out} holds a site this tool made (after a claim: the site a failed build kept). */
    public static boolean hasSite(Path out) {
        return Files.isRegularFile(out.resolve(MARKER), LinkOption.NOFOLLOW_LINKS);
    }

    /** A staging folder for a new site; the claim's lock keeps other builds out until it is closed. */
    public SiteWriter.Staging stage() throws IOException {
        return SiteWriter.stage(target);
    }

    public Path target() {
        return target;
    }

    @Override
    public void close() throws IOException {
        try {
            if (lock.isValid()) {
                lock.release();
            }
            lockFile.close();
        } finally {
            inProcess.release();
        }
    }

    /**
     * Refuses an output that is the file system's root, a link, a file, the working folder (or holds
     * it), or that overlaps a folder the build reads. Pure: looks, never changes.
     */
    static void checkPlace(Path out, Path target, List<Path> inputs) throws OutputException {
        if (target.getParent() == null) {
            throw OutputException.refused(out, "dat is de hoogste map van de schijf", "kies een eigen map, bijvoorbeeld --out site");
        }
        if (Files.isSymbolicLink(target)) {
            throw OutputException.refused(out, "dat is een snelkoppeling (symlink)",
                    "geef de map zelf op, of een nieuwe map");
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw OutputException.refused(out, "dat is een bestand, geen map", "kies een nieuwe map, bijvoorbeeld --out site");
        }
        Path realTarget = real(target);
        Path cwd = real(Path.of("").toAbsolutePath());
        if (cwd.startsWith(realTarget)) {
            throw OutputException.refused(out, "dat is de map waarin je nu werkt" + (cwd.equals(realTarget) ? "" : " (of een map daarboven)"),
                    "kies een nieuwe map daarin, bijvoorbeeld --out site");
        }
        List<String> names = List.of("--content", "--templates");
        for (int i = 0; i < inputs.size(); i++) {
            Path input = inputs.get(i);
            if (input == null) {
                continue;
            }
            String name = i < names.size() ? names.get(i) : "invoer";
            Path realInput = real(input.toAbsolutePath().normalize());
            if (realInput.equals(realTarget)) {
                throw OutputException.refused(out, "dat is de map van " + name + ", die de build leest",
                        "kies een map naast " + input + ", bijvoorbeeld --out site");
            }
            if (realInput.startsWith(realTarget)) {
                throw OutputException.refused(out, "de map bevat " + name + " " + input + ", die de build leest",
                        "kies een map naast " + input + ", bijvoorbeeld --out site");
            }
            if (realTarget.startsWith(realInput)) {
                throw OutputException.refused(out, "de map ligt in " + name + " " + input + ", die de build leest",
                        "kies een map buiten " + input + ", bijvoorbeeld --out site");
            }
        }
    }

    /** Refuses a folder that is neither empty nor a site this tool made. */
    static void checkReplaceable(Path out, Path target) throws IOException {
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) || hasSite(target) || isEmpty(target)) {
            return;
        }
        boolean oldSite = Files.isRegularFile(target.resolve("index.html"))
                && (Files.isDirectory(target.resolve("assets")) || Files.isDirectory(target.resolve("publiek"))
                        || Files.isDirectory(target.resolve("professionals")));
        throw OutputException.refused(out, "de map is niet leeg en is niet door wijkwijzer gemaakt (er staat geen "
                + MARKER + " in); wijkwijzer vervangt alleen een lege map of een site die het zelf bouwde",
                oldSite ? "lijkt het een site van een oudere versie van wijkwijzer? Verwijder de map dan zelf en bouw opnieuw,"
                        + " of kies een nieuwe map met --out"
                        : "kies een nieuwe of lege map met --out; verwijder deze map alleen zelf als je zeker weet dat alles erin weg mag");
    }

    static boolean isEmpty(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    /** Marks a folder the report export made; the export writes only its own files into it. */
    public static final String EXPORT_MARKER = ".wijkwijzer-export";

    /**
     * Writes {@code files} (name to bytes) into the export folder {@code out}, each through a temporary
     * file and a rename. The folder is used only when it is new, empty, marked as an export, or holds
     * nothing but files of these names (an export from before the marker); it may not overlap
     * {@code inputs}. Other files in it are never touched.
     */
    public static void writeExport(Path out, List<Path> inputs, Map<String, byte[]> files) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        checkPlace(out, target, inputs);
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)
                && !Files.isRegularFile(target.resolve(EXPORT_MARKER), LinkOption.NOFOLLOW_LINKS)) {
            boolean onlyExportFiles;
            try (var s = Files.list(target)) {
                onlyExportFiles = s.allMatch(p -> files.containsKey(p.getFileName().toString())
                        && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS));
            }
            if (!onlyExportFiles) {
                throw OutputException.refused(out, "de map is niet leeg en is geen export van wijkwijzer (er staat geen "
                        + EXPORT_MARKER + " in)", "kies een nieuwe of lege map met --out");
            }
        }
        try {
            Files.createDirectories(target);
            Files.write(target.resolve(EXPORT_MARKER), ("Deze map is gemaakt door wijkwijzer report. Een volgende export"
                    + " vervangt de bestanden " + String.join(", ", files.keySet()) + ".\n").getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                Path file = target.resolve(e.getKey());
                Path tmp = target.resolve("." + e.getKey() + ".tmp");
                Files.write(tmp, e.getValue());
                Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw OutputException.writing(target, e);
        }
    }

    /** The real path of {@code p}: links in its existing part resolved, the rest appended. */
    static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        List<Path> rest = new ArrayList<>();
        Path at = abs;
        while (at != null) {
            try {
                Path r = at.toRealPath();
                for (int i = rest.size() - 1; i >= 0; i--) {
                    r = r.resolve(rest.get(i));
                }
                return r;
            } catch (IOException e) {
                if (at.getFileName() == null) {
                    return abs;
                }
                rest.add(at.getFileName());
                at = at.getParent();
            }
        }
        return abs;
    }
}
