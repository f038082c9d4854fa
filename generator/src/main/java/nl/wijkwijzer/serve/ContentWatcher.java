package nl.wijkwijzer.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders recursively and reports changed paths in batches: a batch ends when nothing
 * changed for {@value #DEBOUNCE_MS} ms, so an editor's save (write, rename, touch) is one rebuild.
 */
final class ContentWatcher implements AutoCloseable {
    static final long DEBOUNCE_MS = 30;
    private final WatchService service;
    private final Map<WatchKey, Path> keys = new ConcurrentHashMap<>();
    private final Consumer<List<Path>> onBatch;
    private final Thread thread;

    ContentWatcher(List<Path> roots, Consumer<List<Path>> onBatch) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.onBatch = onBatch;
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                registerTree(root);
            }
        }
        this.thread = new Thread(this::run, "wijkwijzer-watch");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            // A linked folder inside is not watched: the loader refuses links out of content/ and templates/.
            for (Path dir : s.filter(p -> p.equals(root) || Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList()) {
                keys.put(dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY), dir);
            }
        }
    }

    private void run() {
        try {
            while (true) {
                Set<Path> batch = new LinkedHashSet<>();
                WatchKey key = service.take();
                collect(key, batch);
                WatchKey more;
                while ((more = service.poll(DEBOUNCE_MS, TimeUnit.MILLISECONDS)) != null) {
                    collect(more, batch);
                }
                if (!batch.isEmpty()) {
                    onBatch.accept(new ArrayList<>(batch));
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void collect(WatchKey key, Set<Path> batch) {
        Path dir = keys.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (dir == null || event.kind() == StandardWatchEventKinds.OVERFLOW) {
                continue;
            }
            Path changed = dir.resolve((Path) event.context());
            String name = changed.getFileName().toString();
            if (name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp")) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE
                    && Files.isDirectory(changed, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                try {
                    registerTree(changed);
                } catch (IOException e) {
                    // The folder vanished again; its files arrive as their own events or not at all.
                }
            }
            batch.add(changed);
        }
        if (!key.reset()) {
            keys.remove(key);
        }
    }

    /**
     * Stops watching and waits (up to a minute) for a batch still being handled, so a rebuild in
     * progress finishes its swap before the caller goes on (say, deletes the folders).
     */
    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // Closing on shutdown; nothing to do.
        }
        if (Thread.currentThread() != thread) {
            try {
                thread.join(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
