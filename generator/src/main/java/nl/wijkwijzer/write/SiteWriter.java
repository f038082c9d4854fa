package nl.wijkwijzer.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes a whole site into a staging folder next to the output folder and swaps it into place only
 * when everything was written. A failed or interrupted build leaves the previous site untouched.
 *
 * <p>A file whose bytes equal the previous site's file at the same path is not written again but
 * hard-linked to it (as {@code rsync --link-dest} does): the previous site is only ever renamed and
 * unlinked, never changed, so both folders may share it. On ext4, creating tens of thousands of new
 * files right after deleting as many dominated the kernel's share of a rebuild ({@code perf}:
 * inode allocation skipping recently deleted inodes); a link needs no new inode and no data write.
 */
public final class SiteWriter {
    private SiteWriter() {
    }

    /** @param files relative path (forward slashes) to content */
    public static void writeAtomically(Path out, Map<String, byte[]> files) throws IOException {
        try (Staging staging = stage(out)) {
            files.entrySet().parallelStream().forEach(e -> staging.write(e.getKey(), e.getValue()));
            staging.commit();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Opens a staging folder next to {@code out}; pages stream into it as they are rendered. Refuses
     * (see {@link OutputFolder}) an {@code out} that is not empty and was not made by a build; a
     * command claims the folder first ({@link OutputFolder#claim}), which also locks it.
     */
    public static Staging stage(Path out) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        OutputFolder.checkPlace(out, target, List.of());
        Path parent = target.getParent();
        String name = target.getFileName().toString();
        Path staging;
        try {
            Files.createDirectories(parent);
            recoverInterruptedSwap(parent, name);
            OutputFolder.checkReplaceable(out, target);
            staging = Files.createTempDirectory(parent, "." + name + ".staging-");
            // First, so every folder this writer may later delete carries the mark of being its own.
            Files.write(staging.resolve(OutputFolder.MARKER), OutputFolder.MARKER_TEXT);
        } catch (OutputException e) {
            throw e;
        } catch (IOException e) {
            throw OutputException.ioFailure(target, e);
        }
        return new Staging(target, parent, name, staging,
                Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) ? target : null);
    }

    /**
     * A site being written: {@link #write} from any thread, then {@link #commit} swaps it into
     * place. Closing without a commit (an exception, a content error) deletes the staging folder
     * and leaves the previous site as it was.
     */
    public static final class Staging implements AutoCloseable {
        private final Path target;
        private final Path parent;
        private final String name;
        private final Path staging;
        private final Set<Path> dirs = ConcurrentHashMap.newKeySet();
        /** Writers share it; closing takes it alone, so no write lands in a folder being deleted. */
        private final java.util.concurrent.locks.ReadWriteLock lock = new java.util.concurrent.locks.ReentrantReadWriteLock();
        private boolean closed;
        private boolean committed;
        /** The site being replaced, whose unchanged files are linked instead of written; null if none. */
        private final Path previous;
        /** Cleared when the file system refuses a hard link: then every file is written. */
        private volatile boolean linking;
        private final AtomicInteger linked = new AtomicInteger();
        /**
         * Read buffers for comparing with the previous site's files, reused within this staging: a
         * writer takes one (or makes one when none is free) and puts it back, so there are never more
         * than writers at once, and none outlives the build.
         */
        private final java.util.concurrent.ConcurrentLinkedQueue<ByteBuffer> buffers =
                new java.util.concurrent.ConcurrentLinkedQueue<>();

        private Staging(Path target, Path parent, String name, Path staging, Path previous) {
            this.target = target;
            this.parent = parent;
            this.name = name;
            this.staging = staging;
            this.previous = previous;
            this.linking = previous != null;
        }

        /** How many files were linked to the previous site's instead of written. */
        public int linked() {
            return linked.get();
        }

        /** Writes one file; a second write of the same path replaces it. */
        public void write(String path, byte[] bytes) {
            Path file = staging.resolve(path).normalize();
            if (!file.startsWith(staging) || file.equals(staging)) {
                throw new IllegalStateException("output path escapes the site folder: " + path);
            }
            lock.readLock().lock();
            try {
                if (closed) {
                    throw new IllegalStateException("the staging folder is closed");
                }
                Path dir = file.getParent();
                if (!dirs.contains(dir)) {
                    Files.createDirectories(dir);
                    dirs.add(dir);
                }
                if (!(linking && linkUnchanged(path, file, bytes))) {
                    Files.write(file, bytes);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(OutputException.ioFailure(target, e));
            } finally {
                lock.readLock().unlock();
            }
        }

        /**
         * Links {@code file} to the previous site's file at {@code path} if that holds exactly
         * {@code bytes}; false (write it) when there is none, it differs, or it cannot be read.
         */
        private boolean linkUnchanged(String path, Path file, byte[] bytes) {
            Path old = previous.resolve(path);
            try (FileChannel in = FileChannel.open(old, StandardOpenOption.READ,
                    LinkOption.NOFOLLOW_LINKS)) {
                if (in.size() != bytes.length || !sameBytes(in, bytes)) {
                    return false;
                }
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
            try {
                link(file, old);
                return true;
            } catch (FileAlreadyExistsException e) {
                // A second write of the same path: replace it like a first write.
                try {
                    Files.delete(file);
                    link(file, old);
                    return true;
                } catch (IOException | UnsupportedOperationException again) {
                    return false;
                }
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                linking = false; // no hard links here (another file system, FAT, a share): write from now on
                return false;
            }
        }

        private void link(Path file, Path old) throws IOException {
            Files.createLink(file, old);
            linked.incrementAndGet();
        }

        private boolean sameBytes(FileChannel in, byte[] bytes) throws IOException {
            ByteBuffer buf = buffers.poll();
            if (buf == null) {
                buf = ByteBuffer.allocate(1 << 16);
            }
            try {
                return sameBytes(in, bytes, buf);
            } finally {
                buffers.offer(buf);
            }
        }

        private static boolean sameBytes(FileChannel in, byte[] bytes, ByteBuffer buf) throws IOException {
            int at = 0;
            while (at < bytes.length) {
                buf.clear();
                buf.limit(Math.min(buf.capacity(), bytes.length - at));
                int n = in.read(buf, at);
                if (n <= 0) {
                    return false;
                }
                if (!Arrays.equals(buf.array(), 0, n, bytes, at, at + n)) {
                    return false;
                }
                at += n;
            }
            return true;
        }

        public void commit() throws IOException {
            lock.writeLock().lock();
            try {
                closed = true;
                swap(staging, target, parent, name);
                committed = true;
            } catch (OutputException e) {
                throw e;
            } catch (IOException e) {
                throw OutputException.ioFailure(target, e);
            } finally {
                lock.writeLock().unlock();
            }
        }

        @Override
        public void close() throws IOException {
            lock.writeLock().lock();
            try {
                closed = true;
                if (!committed) {
                    deleteTree(staging);
                }
            } finally {
                lock.writeLock().unlock();
            }
        }
    }

    /**
     * Two renames put the new site in place; if the second fails, the first is undone, so the
     * previous site is back where it was. The previous site is then renamed to a
     * {@code .NAME.trash-*} folder and deleted on a background thread while the command finishes
     * ({@code Main} waits for it before the process exits): on a slow disk unlinking tens of
     * thousands of files takes as long as writing them. What a kill leaves, the next build removes.
     */
    private static void swap(Path staging, Path target, Path parent, String name) throws IOException {
        Path old = parent.resolve("." + name + ".old");
        if (Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
            if (!ours(old)) {
                throw OutputException.refused(old, "die map staat in de weg en is niet door wijkwijzer gemaakt",
                        "verplaats of verwijder hem zelf");
            }
            move(old, trash(parent, name));
        }
        boolean hadSite = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        if (hadSite) {
            move(target, old);
        }
        try {
            move(staging, target);
        } catch (IOException e) {
            if (hadSite) {
                move(old, target);
            }
            throw e;
        }
        if (hadSite) {
            try {
                move(old, trash(parent, name));
            } catch (IOException e) {
                // The new site is in place; the next build moves the previous one aside (recoverInterruptedSwap).
            }
        }
        clearTrash(parent, name);
    }

    /**
     * Whether {@code dir} is a folder this writer made and may delete: it holds the marker, or no
     * file at all (a staging folder a kill stopped before its marker, a half-deleted trash folder).
     */
    static boolean ours(Path dir) {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (OutputFolder.hasSite(dir)) {
            return true;
        }
        try (var s = Files.walk(dir)) {
            return s.allMatch(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    private static Path trash(Path parent, String name) {
        return parent.resolve("." + name + ".trash-" + Long.toString(System.nanoTime(), 36)
                + "-" + Long.toString(java.util.concurrent.ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36));
    }

    /**
     * Threads still deleting previous sites. Process-wide on purpose: what they wait for is the
     * process's exit (the command line and the preview call {@link #awaitCleanup} before they stop),
     * not one build; a thread leaves the list when it has been joined.
     */
    private static final List<Thread> CLEANERS = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Deletes every previous site of {@code name} that was moved aside, on a background thread. */
    private static void clearTrash(Path parent, String name) {
        Thread cleaner = new Thread(() -> {
            try (var s = Files.list(parent)) {
                for (Path p : s.filter(p -> p.getFileName().toString().startsWith("." + name + ".trash-")).toList()) {
                    if (ours(p)) {
                        deleteTree(p);
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                // Another build may be clearing the same folder; what is left goes next time.
            }
        }, "wijkwijzer-opruimen");
        // A daemon, so a JVM that must stop (Ctrl+C) is not held; commands wait for it (awaitCleanup).
        cleaner.setDaemon(true);
        CLEANERS.add(cleaner);
        cleaner.start();
    }

    /** Waits until earlier sites moved aside are deleted (the command line before it exits, the preview server on close). */
    public static void awaitCleanup() {
        for (Thread t : CLEANERS) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            CLEANERS.remove(t);
        }
    }

    /**
     * Puts back what a kill left: between the swap's two renames only {@code .NAME.old} exists (it
     * becomes NAME again); after the second, both do (the old one goes to the trash); staging folders
     * of killed builds go to the trash. Only folders this writer made are moved ({@link #ours}).
     */
    static void recoverInterruptedSwap(Path parent, String name) throws IOException {
        Path old = parent.resolve("." + name + ".old");
        Path target = parent.resolve(name);
        if (ours(old)) {
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                move(old, target);
            } else if (ours(target)) {
                move(old, trash(parent, name));
            }
        }
        try (var stale = Files.list(parent)) {
            for (Path p : stale.filter(p -> p.getFileName().toString().startsWith("." + name + ".staging-")).toList()) {
                if (ours(p)) {
                    move(p, trash(parent, name));
                }
            }
        }
        clearTrash(parent, name);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a folder and everything in it; files go in parallel (on a slow disk unlinking dominates). */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> dirs = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                files.add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                dirs.add(dir);
                return FileVisitResult.CONTINUE;
            }
        });
        // The marker goes last, so a folder whose deletion a kill interrupted is still recognised as ours.
        Path marker = root.resolve(OutputFolder.MARKER);
        boolean marked = files.remove(marker);
        try {
            files.parallelStream().forEach(f -> {
                try {
                    Files.delete(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (marked) {
            Files.delete(marker);
        }
        for (Path dir : dirs) {
            Files.delete(dir);
        }
    }
}
