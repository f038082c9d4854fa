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

    /** Opens a staging folder next to {@code out}; pages stream into it as they are rendered. */
    public static Staging stage(Path out) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        String name = target.getFileName().toString();
        recoverInterruptedSwap(parent, name);
        return new Staging(target, parent, name, Files.createTempDirectory(parent, "." + name + ".staging-"),
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
                throw new UncheckedIOException(e);
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

        private static final ThreadLocal<ByteBuffer> BUFFER = ThreadLocal.withInitial(() -> ByteBuffer.allocate(1 << 16));

        private static boolean sameBytes(FileChannel in, byte[] bytes) throws IOException {
            ByteBuffer buf = BUFFER.get();
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
     * Two renames put the new site in place. The previous site is then renamed to a
     * {@code .NAME.trash-*} folder and deleted in the background: on a slow disk unlinking tens of
     * thousands of files takes as long as writing them, and nothing waits for it. A build that ends
     * first leaves the rest to the next build, which starts by clearing every such folder (again in
     * the background, while it loads and renders).
     */
    private static void swap(Path staging, Path target, Path parent, String name) throws IOException {
        Path old = parent.resolve("." + name + ".old");
        if (Files.exists(old)) {
            move(old, trash(parent, name));
        }
        if (Files.exists(target)) {
            move(target, old);
        }
        move(staging, target);
        if (Files.exists(old)) {
            move(old, trash(parent, name));
        }
        clearTrash(parent, name);
    }

    private static Path trash(Path parent, String name) {
        return parent.resolve("." + name + ".trash-" + Long.toString(System.nanoTime(), 36)
                + "-" + Long.toString(java.util.concurrent.ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36));
    }

    private static final List<Thread> CLEANERS = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Deletes every previous site of {@code name} that was moved aside, on a background thread. */
    private static void clearTrash(Path parent, String name) {
        Thread cleaner = new Thread(() -> {
            try (var s = Files.list(parent)) {
                for (Path p : s.filter(p -> p.getFileName().toString().startsWith("." + name + ".trash-")).toList()) {
                    deleteTree(p);
                }
            } catch (IOException | UncheckedIOException e) {
                // Another build may be clearing the same folder; what is left goes next time.
            }
        }, "wijkwijzer-opruimen");
        cleaner.setDaemon(true);
        CLEANERS.add(cleaner);
        cleaner.start();
    }

    /** Waits until earlier sites moved aside are deleted (tests, and the preview server on exit). */
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

    /** A crash between the two renames of a swap leaves only ".site.old": put it back. */
    private static void recoverInterruptedSwap(Path parent, String name) throws IOException {
        Path old = parent.resolve("." + name + ".old");
        Path target = parent.resolve(name);
        if (Files.exists(old) && !Files.exists(target)) {
            move(old, target);
        }
        try (var stale = Files.list(parent)) {
            for (Path p : stale.filter(p -> p.getFileName().toString().startsWith("." + name + ".staging-")).toList()) {
                move(p, trash(parent, name));
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
        for (Path dir : dirs) {
            Files.delete(dir);
        }
    }
}
