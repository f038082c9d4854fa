package nl.wijkwijzer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import nl.wijkwijzer.content.ContentLoader;
import nl.wijkwijzer.diagnostics.Diagnostics;
import nl.wijkwijzer.model.KnowledgeBase;
import nl.wijkwijzer.model.Zichtbaarheid;
import nl.wijkwijzer.pages.Page;
import nl.wijkwijzer.render.Renderer;
import nl.wijkwijzer.util.BuildCache;
import nl.wijkwijzer.util.Timing;

/**
 * The preview server's build: keeps the last knowledge base's per-file load results and every
 * rendered page in memory. On a change it reloads only changed files, re-plans every page (cheap),
 * re-renders only pages whose view model changed, and rewrites only files whose bytes changed.
 * It shares {@link Wijkwijzer#planAudience} with the full build, so the output is the same.
 */
public final class IncrementalBuild {
    /** What one rebuild did. {@code written} is false when content errors kept the last good site. */
    public record Result(Diagnostics diagnostics, boolean written, int rendered, int changedFiles, int deletedFiles,
            long millis) {
    }

    private record Rendered(String template, Object model, byte[] bytes) {
    }

    private final Wijkwijzer.Options options;
    private final ContentLoader.Cache cache = new ContentLoader.Cache();
    /** The memos of this preview session: a rebuild finds what the last one made. */
    private final BuildCache memos;
    private Renderer renderer;
    private final Map<String, Rendered> pages = new HashMap<>();
    private volatile Map<String, byte[]> output = Map.of();
    /** The drafts' own pages of the last good site, relative to an audience root: labelled by the preview. */
    private volatile java.util.Set<String> draftPages = java.util.Set.of();
    private boolean first = true;
    private KnowledgeBase lastKb;
    /** What {@link #quick} replaced, to put back when the full rebuild then finds an error. */
    private final Map<String, Rendered> quickUndo = new HashMap<>();

    public IncrementalBuild(Wijkwijzer.Options options) {
        this.options = options;
        this.memos = BuildCache.of(options.profile(true));
    }

    /** Templates changed: drop the compiled templates and every rendered page. */
    public synchronized void templatesChanged() {
        renderer = null;
        pages.clear();
    }

    /** A watcher saw this content file change; reload it even if size and time look the same. */
    public void contentChanged(Path file) {
        cache.invalidate(file);
    }

    /** The last good site, by relative path (forward slashes); readable while a rebuild runs. */
    public Map<String, byte[]> output() {
        return output;
    }

    /** The last good site's draft pages ({@code concept: true}), relative to an audience root. */
    public java.util.Set<String> draftPages() {
        return draftPages;
    }

    public synchronized Result rebuild() throws IOException {
        long start = System.nanoTime();
        Timing t = memos.profile().timer();
        Wijkwijzer.CheckResult check = Wijkwijzer.check(options, cache, memos);
        if (check.diagnostics().hasErrors()) {
            undoQuick();
            return new Result(check.diagnostics(), false, 0, 0, 0, (System.nanoTime() - start) / 1_000_000);
        }
        quickUndo.clear();
        if (renderer == null) {
            renderer = new Renderer(options.templates());
        }
        KnowledgeBase kb = check.kb();
        List<Zichtbaarheid> audiences = Wijkwijzer.audiences(options, kb);
        boolean nested = audiences.size() > 1;
        Map<String, byte[]> files = new TreeMap<>();
        Map<String, Rendered> next = new ConcurrentHashMap<>();
        int[] rendered = {0};
        // The audiences are planned side by side, as in the full build (each plan runs its parts in order).
        Renderer r0 = renderer;
        List<Map<String, byte[]>> ready = new java.util.ArrayList<>();
        audiences.forEach(a -> ready.add(new ConcurrentHashMap<>()));
        List<Wijkwijzer.Planned> plans = java.util.stream.IntStream.range(0, audiences.size()).parallel()
                .mapToObj(i -> Wijkwijzer.planAudience(kb, audiences.get(i), r0, options.today(), memos, ready.get(i)::put)).toList();
        for (int i = 0; i < audiences.size(); i++) {
            Zichtbaarheid audience = audiences.get(i);
            String prefix = nested ? audience.id() + "/" : "";
            Wijkwijzer.Planned planned = plans.get(i);
            List<Map.Entry<String, Rendered>> done = planned.pages().parallelStream().map(p -> {
                String key = prefix + p.path();
                Rendered before = pages.get(key);
                Object model = p.model();
                if (before != null && before.template().equals(p.template()) && before.model().equals(model)) {
                    return Map.entry(key, before);
                }
                return Map.entry(key, render(p.template(), model));
            }).toList();
            for (Map.Entry<String, Rendered> e : done) {
                if (pages.get(e.getKey()) != e.getValue()) {
                    rendered[0]++;
                }
                next.put(e.getKey(), e.getValue());
                files.put(e.getKey(), e.getValue().bytes());
            }
            ready.get(i).forEach((path, bytes) -> files.put(prefix + path, bytes));
        }
        if (nested) {
            files.put("index.html", Wijkwijzer.chooser(kb, audiences, renderer));
        }
        t.lap("incrementeel: plannen en renderen");
        pages.clear();
        pages.putAll(next);
        int[] counts = write(files);
        t.lap("incrementeel: schrijven");
        output = files;
        draftPages = nl.wijkwijzer.drafts.Drafts.pagePaths(kb, check.content().drafts());
        first = false;
        lastKb = kb;
        return new Result(check.diagnostics(), true, rendered[0], counts[0], counts[1], (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * The fast path for the most common edit, one case file saved in place: loads only that file,
     * runs the privacy guard on it, and renders that case's own page for each audience from the last
     * build (its related cases, the other records), writing it at once. The listings, search files,
     * related cases and report figures that depend on it follow in {@link #rebuild()}, which the
     * caller runs right after; that output equals a full build's.
     *
     * @return the pages published, or -1 when the change needs the full rebuild first (another kind
     *         of file, a new or deleted case, an error, a privacy finding, a visibility change)
     */
    public synchronized int quick(List<Path> changed) throws IOException {
        if (lastKb == null || renderer == null || changed.size() != 1) {
            return -1;
        }
        Path content = options.content().toAbsolutePath().normalize();
        Path file = changed.get(0).toAbsolutePath().normalize();
        String name = file.getFileName().toString();
        if (!file.getParent().equals(content.resolve("casuistiek")) || !name.endsWith(".yaml") || !Files.isRegularFile(file)) {
            return -1;
        }
        String id = name.substring(0, name.length() - ".yaml".length());
        nl.wijkwijzer.model.Casus before = lastKb.casusById().get(id);
        if (before == null) {
            return -1;
        }
        Diagnostics diagnostics = new Diagnostics();
        java.util.Optional<ContentLoader.LoadedCasus> loaded = ContentLoader.loadCasus(options.content(), file, diagnostics);
        if (loaded.isEmpty() || diagnostics.hasErrors()) {
            return -1;
        }
        nl.wijkwijzer.model.Casus casus = loaded.get().casus();
        if (casus.zichtbaarheid() != before.zichtbaarheid()) {
            return -1;
        }
        nl.wijkwijzer.privacy.PrivacyGuard.check(nl.wijkwijzer.privacy.PrivacyGuard.Scope.of(loaded.get().files(), lastKb.site(),
                Map.of(casus.origin().path(), casus.pseudoniemen())), diagnostics);
        if (diagnostics.hasErrors()) {
            return -1;
        }
        KnowledgeBase kb = lastKb.withCasus(casus);
        List<Zichtbaarheid> audiences = Wijkwijzer.audiences(options, kb);
        Map<String, byte[]> next = new TreeMap<>(output);
        Map<String, byte[]> changedFiles = new TreeMap<>();
        for (Zichtbaarheid audience : audiences) {
            // The bestuur site has no case pages: its report follows in the full rebuild.
            if (!casus.zichtbaarheid().visibleTo(audience) || audience == Zichtbaarheid.BESTUUR) {
                continue;
            }
            String key = (audiences.size() > 1 ? audience.id() + "/" : "") + nl.wijkwijzer.pages.Urls.casus(id);
            Rendered previous = pages.get(key);
            if (previous == null) {
                return -1;
            }
            KnowledgeBase view = nl.wijkwijzer.pages.AudienceView.filter(kb, audience);
            // The view's copy: blockers that point at weeffouten this audience may not see are gone.
            Page page = nl.wijkwijzer.pages.PagePlanner.casusPage(view, audience, view.casusById().get(id),
                    nl.wijkwijzer.pages.PagePlanner.relatedOn(previous.model()), new nl.wijkwijzer.markdown.MarkdownHtml(memos));
            Rendered r = render(page.template(), page.model());
            quickUndo.putIfAbsent(key, previous);
            pages.put(key, r);
            if (!java.util.Arrays.equals(r.bytes(), output.get(key))) {
                next.put(key, r.bytes());
                changedFiles.put(key, r.bytes());
            }
        }
        writeFiles(changedFiles);
        output = next;
        return changedFiles.size();
    }

    /** The full rebuild found an error after a quick publish: the last good site comes back whole. */
    private void undoQuick() throws IOException {
        if (quickUndo.isEmpty()) {
            return;
        }
        Map<String, byte[]> next = new TreeMap<>(output);
        Map<String, byte[]> restore = new TreeMap<>();
        quickUndo.forEach((key, r) -> {
            pages.put(key, r);
            next.put(key, r.bytes());
            restore.put(key, r.bytes());
        });
        writeFiles(restore);
        output = next;
        quickUndo.clear();
    }

    private Rendered render(String template, Object model) {
        return new Rendered(template, model, renderer.renderBytes(template, model));
    }

    /** Writes the new and changed files (each via a temporary file and a rename) and deletes stale ones. */
    private int[] write(Map<String, byte[]> files) throws IOException {
        Path out = options.out().toAbsolutePath().normalize();
        if (first) {
            nl.wijkwijzer.write.SiteWriter.writeAtomically(out, files);
            return new int[] {files.size(), 0};
        }
        Map<String, byte[]> changedFiles = new TreeMap<>();
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            byte[] before = output.get(e.getKey());
            if (before == null || !java.util.Arrays.equals(before, e.getValue())) {
                changedFiles.put(e.getKey(), e.getValue());
            }
        }
        writeFiles(changedFiles);
        int changed = changedFiles.size();
        int deleted = 0;
        for (String old : output.keySet()) {
            if (!files.containsKey(old)) {
                Path file = out.resolve(old);
                Files.deleteIfExists(file);
                deleted++;
                // A full build has no empty folders either.
                for (Path dir = file.getParent(); dir != null && !dir.equals(out) && isEmptyDir(dir); dir = dir.getParent()) {
                    Files.delete(dir);
                }
            }
        }
        return new int[] {changed, deleted};
    }

    /** Each file via a temporary file and a rename, so a browser never reads half a page. */
    private void writeFiles(Map<String, byte[]> files) throws IOException {
        Path out = options.out().toAbsolutePath().normalize();
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Path file = out.resolve(e.getKey()).normalize();
            if (!file.startsWith(out)) {
                throw new IllegalStateException("output path escapes the site folder: " + e.getKey());
            }
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
            Files.write(tmp, e.getValue());
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static boolean isEmptyDir(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    /** For tests: whether two outputs hold the same paths with the same bytes. */
    static boolean same(Map<String, byte[]> a, Map<String, byte[]> b) {
        return a.size() == b.size() && a.entrySet().stream().allMatch(e -> Objects.nonNull(b.get(e.getKey()))
                && java.util.Arrays.equals(e.getValue(), b.get(e.getKey())));
    }
}
