package nl.wijkwijzer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.wijkwijzer.check.ContentChecker;
import nl.wijkwijzer.content.ContentLoader;
import nl.wijkwijzer.content.LoadedContent;
import nl.wijkwijzer.diagnostics.Diagnostics;
import nl.wijkwijzer.model.KnowledgeBase;
import nl.wijkwijzer.model.Zichtbaarheid;
import nl.wijkwijzer.pages.AudienceView;
import nl.wijkwijzer.pages.Page;
import nl.wijkwijzer.pages.PagePlanner;
import nl.wijkwijzer.pages.SitePart;
import nl.wijkwijzer.render.Renderer;
import nl.wijkwijzer.util.BuildCache;
import nl.wijkwijzer.util.BuildProfile;
import nl.wijkwijzer.util.HeapGuard;
import nl.wijkwijzer.util.Timing;
import nl.wijkwijzer.write.SiteWriter;

/**
 * The one entry point the command line, the tests and the preview server call:
 * load, check, build. Each stage hands immutable values to the next.
 */
public final class Wijkwijzer {
    private Wijkwijzer() {
    }

    /**
     * Where content, templates and output live, and for which audiences to build.
     *
     * @param largeCorpusFrom from this many case files the build bounds memory ({@link BuildProfile#LARGE_CORPUS})
     * @param timing          print each stage's time ({@link nl.wijkwijzer.util.Timing})
     */
    public record Options(Path content, Path templates, Path out, List<Zichtbaarheid> audiences, LocalDate today,
            int largeCorpusFrom, boolean timing) {
        public Options {
            audiences = audiences == null ? List.of() : List.copyOf(audiences);
            today = today == null ? LocalDate.now() : today;
        }

        public Options(Path content, Path templates, Path out, List<Zichtbaarheid> audiences, LocalDate today) {
            this(content, templates, out, audiences, today, BuildProfile.LARGE_CORPUS, false);
        }

        public static Options defaults(Path root) {
            return new Options(root.resolve("content"), root.resolve("templates"), root.resolve("site"), List.of(), null);
        }

        public Options withOut(Path newOut) {
            return new Options(content, templates, newOut, audiences, today, largeCorpusFrom, timing);
        }

        /** The same options with another bound for a large corpus (tests build a small corpus that way). */
        public Options withLargeCorpusFrom(int cases) {
            return new Options(content, templates, out, audiences, today, cases, timing);
        }

        public Options withTiming(boolean on) {
            return new Options(content, templates, out, audiences, today, largeCorpusFrom, on);
        }

        /** The profile of one build (or, with {@code preview}, one preview session) of these options. */
        public BuildProfile profile(boolean preview) {
            return BuildProfile.decide(ContentLoader.caseFiles(content), largeCorpusFrom, preview, timing);
        }
    }

    public record CheckResult(LoadedContent content, Diagnostics diagnostics) {
        public KnowledgeBase kb() {
            return content.kb();
        }

        /** The knowledge base without drafts ({@code concept: true}): what builds, reports and searches use. */
        public KnowledgeBase published() {
            return nl.wijkwijzer.drafts.Drafts.published(content.kb(), content.drafts());
        }
    }

    /**
     * @param check the checked content without its source files (see {@link #withoutSources})
     * @param pages number of files written per audience
     */
    public record BuildResult(CheckResult check, Map<Zichtbaarheid, Integer> pages, boolean written) {
        public Diagnostics diagnostics() {
            return check.diagnostics();
        }
    }

    /** Loads and checks; writes nothing. */
    public static CheckResult check(Options options) {
        return check(options, null, BuildCache.of(options.profile(false)));
    }

    /**
     * Loads (reusing unchanged files from {@code files} when given: the preview) and checks, with the
     * memos of {@code cache}, whose profile decides how the content is held.
     */
    static CheckResult check(Options options, ContentLoader.Cache files, BuildCache cache) {
        BuildProfile profile = cache.profile();
        Timing t = profile.timer();
        Diagnostics diagnostics = new Diagnostics();
        // The preview keeps every source for its cache; a one-off build checks each file's sources as it
        // is loaded and keeps none (the privacy guard then sees only the single files below).
        LoadedContent content = files != null ? ContentLoader.load(options.content(), diagnostics, files, profile)
                : ContentLoader.loadChecking(options.content(), diagnostics, nl.wijkwijzer.privacy.PrivacyGuard.whileLoading(),
                        profile);
        t.lap("laden");
        ContentChecker.check(content.kb(), options.today(), diagnostics);
        nl.wijkwijzer.drafts.Drafts.check(content.kb(), content.drafts(), diagnostics);
        t.lap("controleren: verwijzingen");
        nl.wijkwijzer.privacy.PrivacyGuard.check(nl.wijkwijzer.privacy.PrivacyGuard.Scope.of(content,
                files != null ? cache : BuildCache.uncached()), diagnostics);
        nl.wijkwijzer.handouts.RouteCheck.check(content.kb(), diagnostics);
        t.lap("controleren: privacy");
        nl.wijkwijzer.check.ReadabilityCheck.check(content.kb(), diagnostics, cache);
        nl.wijkwijzer.check.LogoCheck.check(content.kb().site(), options.content(), options.templates(), diagnostics);
        nl.wijkwijzer.check.VoorbeeldContact.check(content.kb(), options.content(), diagnostics);
        t.lap("controleren: leesbaarheid");
        return new CheckResult(content, diagnostics);
    }

    /** {@link #build(Options, java.util.function.Consumer)} without notices. */
    public static BuildResult build(Options options) throws IOException {
        return build(options, notice -> {
        });
    }

    /**
     * Claims {@code out} (refused unless it is empty, new or a site a build made; locked against a
     * second build; a half-done swap put back), checks, then renders every audience straight into a
     * staging folder (pages are not held in memory) and swaps it into {@code out} only when all of
     * it was written.
     *
     * @param notices Dutch lines for the user while the build runs (say, that it waits for another build)
     * @throws nl.wijkwijzer.write.OutputException when {@code out} may not or cannot be written
     */
    public static BuildResult build(Options options, java.util.function.Consumer<String> notices) throws IOException {
        try (nl.wijkwijzer.write.OutputFolder output = nl.wijkwijzer.write.OutputFolder.claim(options.out(),
                java.util.Arrays.asList(options.content(), options.templates()), notices)) {
            return build(options, output);
        }
    }

    private static BuildResult build(Options options, nl.wijkwijzer.write.OutputFolder output) throws IOException {
        BuildCache cache = BuildCache.of(options.profile(false));
        CheckResult check = withoutSources(check(options, null, cache));
        if (check.diagnostics().hasErrors()) {
            return new BuildResult(check, Map.of(), false);
        }
        KnowledgeBase kb = check.published();
        List<Zichtbaarheid> audiences = audiences(options, kb);
        Renderer renderer = new Renderer(options.templates());
        Map<Zichtbaarheid, Integer> counts = new LinkedHashMap<>();
        boolean nested = audiences.size() > 1;
        BuildProfile profile = cache.profile();
        try (SiteWriter.Staging staging = output.stage();
                HeapGuard guard = profile.largeCorpus() ? HeapGuard.start() : null) {
            // The audiences are independent builds; on two cores they run side by side, except for a
            // large corpus, where each audience's search stage alone holds hundreds of megabytes and
            // every stage already keeps both cores busy.
            List<Integer> written = (profile.audiencesInParallel() ? audiences.parallelStream() : audiences.stream())
                    .map(audience -> writeAudience(kb, audience, renderer, options.today(), cache, staging,
                            nested ? audience.id() + "/" : ""))
                    .toList();
            for (int i = 0; i < audiences.size(); i++) {
                counts.put(audiences.get(i), written.get(i));
            }
            if (nested) {
                staging.write("index.html", chooser(kb, audiences, renderer));
            }
            Timing t = profile.timer();
            staging.commit();
            t.lap("wisselen" + (guard != null ? " (" + guard.collections() + " keer opgeruimd)" : ""));
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        return new BuildResult(check, counts, true);
    }

    /**
     * The source files (text and YAML trees) serve the checks only; after loading 100,000 cases they
     * were about half of the live heap (class histogram), so they go before the site is made.
     */
    static CheckResult withoutSources(CheckResult check) {
        return new CheckResult(new LoadedContent(check.kb(), List.of(), check.content().drafts()), check.diagnostics());
    }

    /** The audiences a build makes: the options' choice, else every doelgroep of site.yaml. */
    static List<Zichtbaarheid> audiences(Options options, KnowledgeBase kb) {
        return options.audiences().isEmpty() ? kb.site().doelgroepen() : options.audiences();
    }

    /** The root page that lets a visitor pick an audience when a build has more than one. */
    static byte[] chooser(KnowledgeBase kb, List<Zichtbaarheid> audiences, Renderer renderer) {
        return renderer.render("kies-doelgroep.ftlh", Map.of("site", kb.site(),
                "audiences", audiences.stream().map(a -> Map.of("id", a.id(),
                        "label", nl.wijkwijzer.pages.Labels.of(a.id()))).toList())).getBytes(StandardCharsets.UTF_8);
    }

    /** The stages that add to a site after the core pages; each gets the audience view only. */
    static List<SitePart> parts() {
        return List.of(
                new nl.wijkwijzer.search.SearchPart(),
                new nl.wijkwijzer.report.ReportPart(),
                new nl.wijkwijzer.handouts.HandoutsPart());
    }

    /**
     * One audience's planned site: the pages still to render, and the paths of the ready files (stage
     * outputs, assets) already handed to the sink, which overlay pages of the same path. Shared by the
     * full build and the incremental preview build, so both produce the same output.
     */
    record Planned(List<Page> pages, java.util.Set<String> ready) {
    }

    /**
     * Plans one audience. Ready files go to {@code ready} (called from several threads) as soon as a
     * stage has made them (the full build writes them to disk at once), so a large corpus never holds
     * its search files while the pages are made.
     */
    static Planned planAudience(KnowledgeBase kb, Zichtbaarheid audience, Renderer renderer, LocalDate today,
            BuildCache cache, java.util.function.BiConsumer<String, byte[]> ready) {
        Timing t = cache.profile().timer();
        KnowledgeBase view = AudienceView.filter(kb, audience);
        java.util.Set<String> paths = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.function.BiConsumer<String, byte[]> hand = (path, bytes) -> {
            // Two files for one path would leave the output to whichever came last.
            if (!paths.add(path)) {
                throw new IllegalStateException("two files made for " + path);
            }
            ready.accept(path, bytes);
        };
        SitePart.BuildContext context = new SitePart.BuildContext(today, renderer, hand, cache);
        // Running the parts side by side was measured (6 alternating pairs, one audience, 10k cases)
        // and gave no gain on two cores: each part already uses both.
        List<Page> partPages = new ArrayList<>();
        nl.wijkwijzer.pages.Related related = nl.wijkwijzer.pages.Related.NONE;
        // The bestuur site is the report alone, with a small home page: no case, guide or search pages.
        boolean bestuur = audience == Zichtbaarheid.BESTUUR;
        for (SitePart part : bestuur ? List.<SitePart>of(new nl.wijkwijzer.report.ReportPart()) : parts()) {
            SitePart.Output o = part.contribute(view, audience, context);
            // Thousands of small files: on a slow disk creating them dominates, so in parallel.
            o.files().entrySet().parallelStream().forEach(e -> hand.accept(e.getKey(), e.getValue()));
            partPages.addAll(o.pages());
            if (o.related() != nl.wijkwijzer.pages.Related.NONE) {
                related = o.related();
            }
            t.lap(audience.id() + ": " + part.getClass().getSimpleName());
        }
        nl.wijkwijzer.markdown.MarkdownHtml markdown = new nl.wijkwijzer.markdown.MarkdownHtml(cache);
        List<Page> pages = new ArrayList<>(bestuur ? PagePlanner.planBestuur(view, markdown)
                : PagePlanner.plan(view, audience, related, markdown));
        pages.addAll(partPages);
        PagePlanner.sitemap(view, audience, pages).ifPresent(pages::add);
        PagePlanner.robotsTxt(view, audience).ifPresent(txt -> hand.accept("robots.txt", txt.getBytes(StandardCharsets.UTF_8)));
        t.lap(audience.id() + ": plannen");
        renderer.staticAssets().forEach((name, bytes) -> hand.accept("assets/" + name, bytes));
        hand.accept("assets/theme.css", (":root { --kleur: " + kb.site().kleur() + "; }\n").getBytes(StandardCharsets.UTF_8));
        return new Planned(List.copyOf(pages), java.util.Set.copyOf(paths));
    }

    /** Renders one audience into the staging folder under {@code prefix}; returns the number of files. */
    static int writeAudience(KnowledgeBase kb, Zichtbaarheid audience, Renderer renderer, LocalDate today,
            BuildCache cache, SiteWriter.Staging staging, String prefix) {
        Planned planned = planAudience(kb, audience, renderer, today, cache, (path, bytes) -> staging.write(prefix + path, bytes));
        Timing t = cache.profile().timer();
        java.util.Set<String> paths = new java.util.HashSet<>();
        for (Page p : planned.pages()) {
            if (!paths.add(p.path())) {
                throw new IllegalStateException("two pages planned for " + p.path());
            }
        }
        // A ready file overlays a page of the same path, as in the preview build.
        int pages = planned.pages().parallelStream()
                .filter(p -> !planned.ready().contains(p.path()))
                .mapToInt(p -> {
                    staging.write(prefix + p.path(), renderer.renderBytes(p.template(), p.model()));
                    return 1;
                })
                .sum();
        t.lap(audience.id() + ": renderen en schrijven");
        return pages + planned.ready().size();
    }
}
