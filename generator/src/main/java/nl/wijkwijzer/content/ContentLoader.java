package nl.wijkwijzer.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.wijkwijzer.diagnostics.Diagnostics;
import nl.wijkwijzer.diagnostics.Quote;
import nl.wijkwijzer.diagnostics.Source;
import nl.wijkwijzer.model.AvgHoofdstuk;
import nl.wijkwijzer.model.Beheer;
import nl.wijkwijzer.model.Casus;
import nl.wijkwijzer.model.Deelregels;
import nl.wijkwijzer.model.KnowledgeBase;
import nl.wijkwijzer.model.Kosten;
import nl.wijkwijzer.model.Leersessie;
import nl.wijkwijzer.model.Monitor;
import nl.wijkwijzer.model.Organisatie;
import nl.wijkwijzer.model.Origin;
import nl.wijkwijzer.model.Routekaart;
import nl.wijkwijzer.model.Site;
import nl.wijkwijzer.model.Situatie;
import nl.wijkwijzer.model.Vuistregel;
import nl.wijkwijzer.model.Weeffout;
import nl.wijkwijzer.model.Zichtbaarheid;
import nl.wijkwijzer.util.BuildProfile;
import nl.wijkwijzer.yaml.SafeYaml;
import nl.wijkwijzer.yaml.YNode;

/**
 * Reads {@code content/} into an immutable {@link KnowledgeBase}. Never throws on bad content: every
 * problem becomes a diagnostic and loading goes on, so one run shows every error.
 */
public final class ContentLoader {
    static final Pattern VALID_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Path contentDir;
    private final String displayRoot;
    private final Diagnostics diagnostics;
    private final List<ContentFile> files = new ArrayList<>();
    /** Display paths of the record files marked {@code concept: true}. */
    private final Set<String> drafts = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Cache cache;
    private final SourceCheck sourceCheck;
    /** Packs case prose when the build profile says so ({@link BuildProfile#packProse()}), else null. */
    private PackedProse.Unpacker unpacker;
    /** Shared by every file of one load. */
    private Pools pools = new Pools(true);
    /** site.yaml as loaded, for {@link #sourceCheck}; record folders are loaded after it. */
    private Site site;

    private ContentLoader(Path contentDir, Diagnostics diagnostics, Cache cache) {
        this(contentDir, diagnostics, cache, null);
    }

    private ContentLoader(Path contentDir, Diagnostics diagnostics, Cache cache, SourceCheck sourceCheck) {
        this.contentDir = contentDir;
        this.cache = cache;
        this.sourceCheck = sourceCheck;
        Path name = contentDir.toAbsolutePath().normalize().getFileName();
        this.displayRoot = name == null ? "content" : name.toString();
        this.diagnostics = diagnostics;
    }

    public static LoadedContent load(Path contentDir, Diagnostics diagnostics) {
        return load(contentDir, diagnostics, null);
    }

    /**
     * Loads like {@link #load(Path, Diagnostics)}, but takes the records of files that did not change
     * (same size and modification time, not invalidated) from {@code cache} and records the others
     * in it. The preview server uses this to reload only what changed.
     */
    public static LoadedContent load(Path contentDir, Diagnostics diagnostics, Cache cache) {
        return load(contentDir, diagnostics, cache, BuildProfile.DEFAULT);
    }

    /** As {@link #load(Path, Diagnostics, Cache)}, for a build of this profile. */
    public static LoadedContent load(Path contentDir, Diagnostics diagnostics, Cache cache, BuildProfile profile) {
        LoadedContent loaded = new ContentLoader(contentDir, diagnostics, cache).with(profile).loadAll();
        if (cache != null) {
            cache.retainSeen();
        }
        return loaded;
    }

    /** A check of one record file's sources (the privacy guard), run by the loader as the file is loaded. */
    public interface SourceCheck {
        /**
         * @param files        the sources of one record file
         * @param pseudoniemen the pseudonyms the record declares (a casus), else empty
         * @param found        receives the findings
         */
        void check(List<ContentFile> files, Site site, List<String> pseudoniemen, Diagnostics found);
    }

    /**
     * Loads like {@link #load(Path, Diagnostics)}, but runs {@code check} on every record file's sources
     * as soon as that file is loaded, and keeps none of them: {@link LoadedContent#files()} then holds
     * only the single files (site.yaml, routekaart, ...). For a one-off build: memory then stays
     * independent of the number of record files, since no file's text or YAML tree outlives its own
     * check (what holding them cost: docs/performance.md, "Memory").
     */
    public static LoadedContent loadChecking(Path contentDir, Diagnostics diagnostics, SourceCheck check) {
        return loadChecking(contentDir, diagnostics, check, BuildProfile.DEFAULT);
    }

    /** As {@link #loadChecking(Path, Diagnostics, SourceCheck)}, for a build of this profile. */
    public static LoadedContent loadChecking(Path contentDir, Diagnostics diagnostics, SourceCheck check, BuildProfile profile) {
        return new ContentLoader(contentDir, diagnostics, null, java.util.Objects.requireNonNull(check)).with(profile).loadAll();
    }

    private ContentLoader with(BuildProfile profile) {
        unpacker = profile.packProse() ? new PackedProse.Unpacker() : null;
        return this;
    }

    /** The number of case files, counted before loading, from which a build's profile is decided. */
    public static int caseFiles(Path contentDir) {
        try (var files = Files.list(contentDir.resolve("casuistiek"))) {
            return (int) files.filter(f -> f.getFileName().toString().endsWith(".yaml")).count();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    /** One case loaded on its own, with its source file for the privacy guard. */
    public record LoadedCasus(Casus casus, List<ContentFile> files) {
    }

    /**
     * One case file on its own, for the preview's fast path: the case, if its file loads, and its
     * source. Checks across records (references, duplicates) are the full load's job.
     */
    public static Optional<LoadedCasus> loadCasus(Path contentDir, Path file, Diagnostics diagnostics) {
        ContentLoader one = new ContentLoader(contentDir, diagnostics, null);
        return one.parse(file, false).flatMap(one::casus).map(c -> new LoadedCasus(c, List.copyOf(one.files)));
    }

    /** Per-file load results of record folders, for incremental reloads. Thread-safe. */
    public static final class Cache {
        private record Entry(long size, long modified, Optional<?> value, List<ContentFile> files, Diagnostics diagnostics,
                String draft) {
        }

        private final Map<Path, Entry> entries = new java.util.concurrent.ConcurrentHashMap<>();
        private final Set<Path> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();

        /** Forgets a file, e.g. when a watcher saw it change within the clock's resolution. */
        public void invalidate(Path file) {
            entries.remove(file.toAbsolutePath().normalize());
        }

        public void clear() {
            entries.clear();
        }

        public int size() {
            return entries.size();
        }

        private void retainSeen() {
            entries.keySet().retainAll(seen);
            seen.clear();
        }
    }

    private LoadedContent loadAll() {
        if (!Files.isDirectory(contentDir)) {
            diagnostics.error(Source.file(contentDir.toString()), "geen-content",
                    "de map met content bestaat niet", "geef de juiste map op met --content MAP");
            return new LoadedContent(emptyKb(defaultSite()), List.of());
        }
        Site site = loadSite();
        this.site = site;
        List<Vuistregel> vuistregels = loadDir("vuistregels", ".md", ContentLoader::vuistregel);
        vuistregels = vuistregels.stream().sorted(Comparator.comparingInt(Vuistregel::nummer)).toList();
        List<Casus> casussen = loadDir("casuistiek", ".yaml", ContentLoader::casus);
        List<Weeffout> weeffouten = loadDir("weeffouten", ".yaml", ContentLoader::weeffout);
        List<AvgHoofdstuk> avg = loadDir("avg", ".md", ContentLoader::avgHoofdstuk).stream()
                .sorted(Comparator.comparingInt(AvgHoofdstuk::volgorde).thenComparing(AvgHoofdstuk::id)).toList();
        Deelregels deelregels = loadSingle("avg/deelregels.yaml", this::deelregels).orElse(Deelregels.empty());
        List<Organisatie> organisaties = loadDir("wijknetwerk", ".yaml", ContentLoader::organisatie);
        List<Leersessie> leersessies = loadDir("leersessies", ".yaml", ContentLoader::leersessie);
        List<Situatie> situaties = loadDir("situaties", ".yaml", ContentLoader::situatie).stream()
                .sorted(Comparator.comparingInt(Situatie::volgorde).thenComparing(Situatie::id)).toList();
        Optional<Routekaart> routekaart = loadSingle("routekaart/stappen.yaml", this::routekaart);
        Map<String, List<String>> vragenbank = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : loadDir("vragenbank", ".yaml", ContentLoader::vragen)) {
            vragenbank.put(e.getKey(), e.getValue());
        }
        Optional<Monitor> monitor = loadSingle("monitor/uitstroom.yaml", this::monitor);
        List<List<String>> synoniemen = loadSynonyms();
        files.sort(Comparator.comparing(ContentFile::path));
        KnowledgeBase kb = new KnowledgeBase(site, vuistregels, casussen, weeffouten, avg, deelregels, organisaties,
                leersessies, situaties, routekaart, Map.copyOf(vragenbank), monitor, synoniemen);
        return new LoadedContent(kb, List.copyOf(files), Set.copyOf(drafts));
    }

    private static KnowledgeBase emptyKb(Site site) {
        return new KnowledgeBase(site, List.of(), List.of(), List.of(), List.of(), Deelregels.empty(), List.of(),
                List.of(), List.of(), Optional.empty(), Map.of(), Optional.empty(), List.of());
    }

    static Site defaultSite() {
        return new Site("Wijkwijzer", "", "nl", "", List.of(Zichtbaarheid.PUBLIEK, Zichtbaarheid.PROFESSIONALS), Map.of(),
                5, List.of(), 3, 2, "#1f5f8b", "", new Site.Toegankelijkheid("", null, List.of(), ""));
    }

    // ---------------------------------------------------------------- files

    private String display(Path file) {
        return displayRoot + "/" + contentDir.relativize(file).toString().replace('\\', '/');
    }

    /**
     * Reads a file as strict UTF-8; a BOM is dropped and CRLF becomes LF. Nothing is read from a link
     * that leads out of the content folder ({@link Links}) or from a file over
     * {@link InputLimits#MAX_FILE_BYTES}, and a text with a forbidden character is not handed on.
     */
    private Optional<String> read(Path file) {
        String path = display(file);
        if (refusedLink(file)) {
            return Optional.empty();
        }
        try {
            byte[] bytes;
            long size = Files.size(file);
            if (size <= InputLimits.MAX_FILE_BYTES) {
                try (var in = Files.newInputStream(file)) {
                    // bounded: the file may have grown since its size was read
                    bytes = in.readNBytes((int) InputLimits.MAX_FILE_BYTES + 1);
                }
            } else {
                bytes = null;
            }
            if (bytes == null || bytes.length > InputLimits.MAX_FILE_BYTES) {
                diagnostics.error(Source.file(path), "bestand-te-groot",
                        "bestand is groter dan " + InputLimits.MAX_FILE_BYTES / (1024 * 1024) + " MiB en wordt niet gelezen",
                        "splits het bestand op of haal overbodige delen weg");
                return Optional.empty();
            }
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                diagnostics.error(Source.file(path).at(firstBadLine(bytes), 0), "geen-utf8",
                        "bestand is niet opgeslagen als UTF-8",
                        "sla het bestand op met codering UTF-8 (in Kladblok: Opslaan als > Codering: UTF-8)");
                return Optional.empty();
            }
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            text = text.replace("\r\n", "\n").replace('\r', '\n');
            if (!InputLimits.checkText(text, Source.file(path), diagnostics)) {
                return Optional.empty();
            }
            return Optional.of(text);
        } catch (IOException e) {
            diagnostics.error(Source.file(path), "onleesbaar", "bestand kan niet gelezen worden", "controleer de rechten");
            return Optional.empty();
        }
    }

    /** Reports a link on the way to {@code file} that leads out of the content folder; true if there is one. */
    private boolean refusedLink(Path file) {
        Optional<Links.Refused> link = Links.refused(contentDir, file);
        link.ifPresent(l -> diagnostics.error(Source.file(displayRoot + "/" + l.link()), "link-buiten-map",
                l.message(displayRoot), l.hint()));
        return link.isPresent();
    }

    private static int firstBadLine(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return 0;
    }

    private record Parsed(String id, Source file, YNode tree, String body, int bodyLine, String text) {
    }

    private Optional<Parsed> parse(Path file, boolean markdown) {
        String path = display(file);
        Source source = Source.file(path);
        String name = file.getFileName().toString();
        String id = name.substring(0, name.lastIndexOf('.'));
        Optional<String> text = read(file);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (!markdown) {
            return SafeYaml.parse(text.get(), source, 0, diagnostics)
                    .map(t -> {
                        InputLimits.checkTree(t, source, diagnostics);
                        return new Parsed(id, source, t, "", 0, text.get());
                    });
        }
        String t = text.get();
        if (!t.startsWith("---\n")) {
            diagnostics.error(source.at(1, 1), "geen-kop", "het bestand begint niet met een kop tussen '---' regels",
                    "zet bovenaan '---', dan de velden (zoals titel: ...), dan weer '---'");
            return Optional.empty();
        }
        int end = t.indexOf("\n---\n", 3);
        boolean endsAtEof = false;
        if (end < 0 && t.endsWith("\n---")) {
            end = t.length() - 4;
            endsAtEof = true;
        }
        if (end < 0) {
            diagnostics.error(source.at(1, 1), "geen-kop", "de kop wordt niet afgesloten met een regel '---'",
                    "zet na de laatste kopregel een regel met alleen '---'");
            return Optional.empty();
        }
        String front = t.substring(4, end + 1);
        int bodyLine = (int) front.chars().filter(c -> c == '\n').count() + 3;
        String body = endsAtEof ? "" : t.substring(end + 5);
        return SafeYaml.parse(front, source, 1, diagnostics).map(tree -> {
            InputLimits.checkTree(tree, source, diagnostics);
            InputLimits.checkMarkdown(body, source, bodyLine, diagnostics);
            return new Parsed(id, source, tree, body, bodyLine, t);
        });
    }

    private <T> List<T> loadDir(String dir, String ext, java.util.function.BiFunction<ContentLoader, Parsed, Optional<T>> reader) {
        Path folder = contentDir.resolve(dir);
        if (!Files.isDirectory(folder) || refusedLink(folder)) {
            return List.of();
        }
        List<Path> paths;
        try (Stream<Path> s = Files.list(folder)) {
            // links too, also dangling ones: read() refuses those that lead out of the content folder
            paths = s.filter(p -> Files.isRegularFile(p) || Files.isSymbolicLink(p)).sorted().toList();
        } catch (IOException e) {
            diagnostics.error(Source.file(display(folder)), "onleesbaar", "map kan niet gelezen worden", "");
            return List.of();
        }
        Map<String, String> seen = new HashMap<>();
        List<Path> accepted = new ArrayList<>();
        for (Path p : paths) {
            String name = p.getFileName().toString();
            boolean isYaml = name.endsWith(".yaml") || name.endsWith(".yml");
            boolean wanted = ext.equals(".md") ? name.endsWith(".md") : isYaml;
            if (name.startsWith(".") || name.equals("deelregels.yaml") && dir.equals("avg")) {
                continue;
            }
            if (!wanted) {
                if (!name.endsWith(".md") && !isYaml || ext.equals(".md") != name.endsWith(".md")) {
                    diagnostics.warning(Source.file(display(p)), "onbekend-bestand",
                            "bestand wordt overgeslagen: in deze map horen alleen " + ext + "-bestanden",
                            "hernoem het bestand naar <id>" + ext + " of haal het weg");
                }
                continue;
            }
            String id = name.substring(0, name.lastIndexOf('.'));
            if (!VALID_ID.matcher(id).matches()) {
                diagnostics.error(Source.file(display(p)), "ongeldig-id",
                        "bestandsnaam " + Quote.of(name) + " is geen geldig id",
                        "gebruik alleen kleine letters, cijfers en streepjes, bijvoorbeeld: " + Quote.bare(suggestId(id) + ext));
                continue;
            }
            if (id.length() > InputLimits.MAX_ID_LENGTH) {
                diagnostics.error(Source.file(display(p)), "ongeldig-id",
                        "bestandsnaam is te lang (" + id.length() + " tekens, hoogstens " + InputLimits.MAX_ID_LENGTH
                                + "); het id wordt een map- en bestandsnaam van de site",
                        "kies een korter id, bijvoorbeeld de eerste drie of vier woorden");
                continue;
            }
            String previous = seen.putIfAbsent(id, display(p));
            if (previous != null) {
                diagnostics.error(Source.file(display(p)), "dubbel-id", "id " + Quote.of(id) + " bestaat al in " + previous,
                        "geef één van de twee bestanden een andere naam");
                continue;
            }
            accepted.add(p);
        }
        boolean md = ext.equals(".md");
        return accepted.parallelStream()
                .map(p -> loadFile(p, md, reader))
                .flatMap(Optional::stream)
                .toList();
    }

    /**
     * Loads one record file with its own diagnostics and file list, so the result can be cached
     * per file and replayed when the file did not change.
     */
    private <T> Optional<T> loadFile(Path p, boolean md, java.util.function.BiFunction<ContentLoader, Parsed, Optional<T>> reader) {
        Path key = p.toAbsolutePath().normalize();
        long size = -1;
        long modified = -1;
        if (cache != null) {
            try {
                var attrs = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class);
                size = attrs.size();
                modified = attrs.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
            } catch (IOException e) {
                size = -1;
            }
            cache.seen.add(key);
            Cache.Entry hit = cache.entries.get(key);
            if (hit != null && size >= 0 && hit.size() == size && hit.modified() == modified) {
                return replay(hit);
            }
        }
        ContentLoader one = new ContentLoader(contentDir, new Diagnostics(), null);
        one.unpacker = unpacker;
        one.pools = pools;
        Optional<Parsed> parsed = one.parse(p, md);
        Optional<T> value = parsed.flatMap(x -> reader.apply(one, x));
        boolean draft = value.isPresent() && one.draft(parsed.get());
        if (value.isPresent() && !draft) {
            one.placeholders(parsed.get());
        }
        List<ContentFile> sources = List.copyOf(one.files);
        if (sourceCheck != null) {
            List<String> pseudoniemen = value.isPresent() && value.get() instanceof Casus c ? c.pseudoniemen() : List.of();
            sourceCheck.check(sources, site, pseudoniemen, one.diagnostics);
            sources = List.of();
        }
        Cache.Entry entry = new Cache.Entry(size, modified, value, sources, one.diagnostics,
                draft ? parsed.get().file().path() : "");
        if (cache != null && size >= 0) {
            cache.entries.put(key, entry);
        }
        return replay(entry);
    }

    /**
     * Whether a loaded record says {@code concept: true}. Read from the tree, as every record type
     * has the field; a value that is not true or false is an error at its line.
     */
    private boolean draft(Parsed p) {
        if (!(p.tree() instanceof YNode.YMap map) || !map.entries().containsKey(ContentSchemas.CONCEPT)) {
            return false;
        }
        YNode v = map.entries().get(ContentSchemas.CONCEPT).value();
        String text = v instanceof YNode.Scalar sc ? sc.value().strip().toLowerCase(java.util.Locale.ROOT) : "";
        switch (text) {
            case "true", "ja":
                drafts.add(p.file().path());
                return true;
            case "false", "nee":
                return false;
            default:
                diagnostics.error(p.file().at(v.line(), v.column()), "verkeerd-type", "veld 'concept' moet true of false zijn",
                        "concept: true houdt het bestand uit de site; haal de regel weg als het klaar is");
                return false;
        }
    }

    /**
     * Text that {@code nieuw} wrote as a placeholder ({@link ContentSchemas#PLACEHOLDER}) in a record
     * that is not a draft: an error per line, since it would be published as is. Comment lines (the
     * scaffold's switched-off optional fields) do not count.
     */
    private void placeholders(Parsed p) {
        String[] lines = p.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int at = lines[i].indexOf(ContentSchemas.PLACEHOLDER);
            if (at >= 0 && !lines[i].strip().startsWith("#")) {
                diagnostics.error(p.file().at(i + 1, at + 1), "voorbeeldtekst",
                        "hier staat nog de voorbeeldtekst van 'nieuw' (" + Quote.of(ContentSchemas.PLACEHOLDER + " ...") + ")",
                        "vervang die door je eigen tekst, of zet 'concept: true' in het bestand zolang het niet klaar is");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private <T> Optional<T> replay(Cache.Entry entry) {
        diagnostics.addAll(entry.diagnostics());
        if (!entry.draft().isEmpty()) {
            drafts.add(entry.draft());
        }
        synchronized (this) {
            files.addAll(entry.files());
        }
        return (Optional<T>) entry.value();
    }

    static String suggestId(String raw) {
        String s = java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "mijn-id" : s;
    }

    private <T> Optional<T> loadSingle(String relative, Function<Parsed, Optional<T>> reader) {
        Path p = contentDir.resolve(relative);
        if (!Files.isRegularFile(p)) {
            return Optional.empty();
        }
        return parse(p, false).flatMap(reader);
    }

    private synchronized void register(Parsed p, String type, Zichtbaarheid z, List<ContentFile.Exemption> exemptions) {
        files.add(new ContentFile(p.file().path(), type, p.id(), p.tree(), p.body(), p.bodyLine(), z, exemptions,
                p.text()));
    }

    // ---------------------------------------------------------------- types

    private Site loadSite() {
        Path p = contentDir.resolve("site.yaml");
        if (!Files.isRegularFile(p)) {
            diagnostics.error(Source.file(displayRoot + "/site.yaml"), "ontbrekend-bestand", "site.yaml ontbreekt",
                    "maak content/site.yaml met minstens titel, gemeente en wijken");
            return defaultSite();
        }
        return parse(p, false).flatMap(parsed -> Fields.root(ContentSchemas.SITE, parsed.tree(), parsed.file(), diagnostics, pools)
                .map(f -> {
                    register(parsed, "site", Zichtbaarheid.PUBLIEK, List.of());
                    List<Zichtbaarheid> doelgroepen = new ArrayList<>();
                    for (String d : f.texts("doelgroepen")) {
                        if (ContentSchemas.DOELGROEPEN.contains(d)) {
                            doelgroepen.add(Zichtbaarheid.of(d));
                        } else {
                            diagnostics.error(f.at("doelgroepen"), "ongeldige-waarde", "onbekende doelgroep " + Quote.of(d),
                                    nl.wijkwijzer.diagnostics.Suggest.hint(d, ContentSchemas.DOELGROEPEN));
                        }
                    }
                    if (doelgroepen.isEmpty()) {
                        doelgroepen = List.of(Zichtbaarheid.PUBLIEK, Zichtbaarheid.PROFESSIONALS);
                    }
                    Optional<Fields> privacy = f.block("privacy");
                    Optional<Fields> structureel = f.block("rapport").flatMap(r -> r.block("structureel"));
                    boolean voorbeeldcijfers = f.block("rapport").map(r -> r.bool("voorbeeldcijfers", false)).orElse(false);
                    Optional<Fields> huisstijl = f.block("huisstijl");
                    Optional<Fields> tg = f.block("toegankelijkheid");
                    String kleur = huisstijl.map(h -> h.text("kleur")).orElse("");
                    if (!kleur.isEmpty() && !kleur.matches("#[0-9a-fA-F]{6}")) {
                        diagnostics.error(huisstijl.get().at("kleur"), "ongeldige-waarde",
                                "kleur moet een hexcode zijn zoals \"#1f5f8b\"", "zet de kleur tussen aanhalingstekens");
                        kleur = "";
                    }
                    String logo = huisstijl.map(h -> h.text("logo")).orElse("");
                    if (!logo.isEmpty() && !logo.matches("[A-Za-z0-9][A-Za-z0-9._-]*\\.(svg|png|jpg|jpeg)")) {
                        diagnostics.error(huisstijl.get().at("logo"), "ongeldig-pad",
                                "logo moet een bestandsnaam in templates/static/ zijn (svg, png of jpg), zonder map",
                                "bijvoorbeeld: logo: logo.svg");
                        logo = "";
                    }
                    String basisUrl = f.text("basis-url");
                    if (!basisUrl.isEmpty() && !absoluteWebAddress(basisUrl)) {
                        diagnostics.error(f.at("basis-url"), "ongeldige-waarde",
                                "basis-url moet een volledig webadres zijn dat begint met https:// (of http://)",
                                "schrijf het adres van de publieke site, bijvoorbeeld: basis-url: https://wijkwijzer.example.org/");
                        basisUrl = "";
                    }
                    return new Site(f.text("titel"), f.text("gemeente"), f.text("taal").isEmpty() ? "nl" : f.text("taal"),
                            basisUrl, List.copyOf(doelgroepen), f.idNames("wijken"),
                            privacy.map(x -> x.integer("k-drempel", 5, 1, 100)).orElse(5),
                            privacy.map(x -> x.texts("verboden-namen")).orElse(List.of()),
                            structureel.map(x -> x.integer("min-casussen", 3, 1, 1000)).orElse(3),
                            structureel.map(x -> x.integer("min-wijken", 2, 1, 1000)).orElse(2),
                            kleur.isEmpty() ? "#1f5f8b" : kleur, logo,
                            new Site.Toegankelijkheid(tg.map(x -> x.text("status")).orElse(""),
                                    tg.map(x -> x.date("datum")).orElse(null),
                                    tg.map(x -> x.texts("bekende-beperkingen")).orElse(List.of()),
                                    tg.map(x -> x.text("contact")).orElse("")), voorbeeldcijfers,
                            f.bool("voorbeeldsite", false));
                })).orElse(defaultSite());
    }

    /**
     * Whether {@code url} is an absolute http(s) address with a host: the sitemap and other absolute
     * links are built from it, and a relative or schemeless value would make every one of them invalid.
     */
    static boolean absoluteWebAddress(String url) {
        if (url.chars().anyMatch(c -> c <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\')) {
            return false;
        }
        try {
            java.net.URI uri = new java.net.URI(url);
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null
                    && !uri.getHost().isEmpty() && uri.getRawUserInfo() == null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private Optional<Fields> root(Schema schema, Parsed p) {
        return Fields.root(schema, p.tree(), p.file(), diagnostics, pools);
    }

    private static Zichtbaarheid zichtbaarheid(Fields f) {
        return Zichtbaarheid.of(f.choice("zichtbaarheid"));
    }

    private static Beheer beheer(Fields f) {
        return f.block("beheer").map(b -> {
            var date = b.date("gecontroleerd");
            return date == null ? null : new Beheer(b.text("eigenaar"), date, b.integer("herzien-elke-maanden", 12, 1, 120));
        }).orElse(null);
    }

    private Origin origin(Fields f) {
        return new Origin(f.file().path(), pools.positions(f.file().path(), f.positions()));
    }

    private Optional<Vuistregel> vuistregel(Parsed p) {
        return root(ContentSchemas.VUISTREGEL, p).map(f -> {
            register(p, "vuistregel", Zichtbaarheid.PUBLIEK, List.of());
            return new Vuistregel(p.id(), f.integer("nummer", 0, 1, 5), f.text("titel"), f.text("kort"),
                    f.text("samenvatting"), f.texts("checklist"), f.texts("signalen"), f.texts("partners"), beheer(f),
                    p.body(), origin(f));
        });
    }

    private static List<Kosten.Post> posts(List<Fields> blocks) {
        return blocks.stream().map(b -> {
            String per = b.choice("per");
            int aantal = b.integer("aantal", 1, 1, 100_000);
            if (per.equals("keer") && b.text("aantal").isEmpty()) {
                b.diagnostics().error(b.at("per"), "ontbrekend-veld", "bij 'per: keer' hoort 'aantal' (hoe vaak per jaar)",
                        "voeg toe, bijvoorbeeld: aantal: 12");
            }
            String betaler = Kosten.ONBEKEND;
            if (b.text("betaler").isEmpty()) {
                b.diagnostics().warning(b.where(), "betaler-ontbreekt",
                        "de kostenpost '" + b.text("post") + "' zegt niet wie betaalt",
                        "voeg toe, bijvoorbeeld: betaler: gemeente (kies uit " + String.join(", ", Kosten.BETALERS) + ")");
            } else {
                String chosen = b.choice("betaler");
                betaler = chosen.isEmpty() ? Kosten.ONBEKEND : chosen;
            }
            return new Kosten.Post(b.text("post"), b.amount("bedrag"), per, per.equals("keer") ? aantal : 1, betaler);
        }).toList();
    }

    private Optional<Casus> casus(Parsed p) {
        return root(ContentSchemas.CASUS, p).map(f -> {
            Zichtbaarheid z = zichtbaarheid(f);
            List<ContentFile.Exemption> exemptions = f.blocks("privacy-uitzonderingen").stream()
                    .map(b -> new ContentFile.Exemption(b.choice("soort"), b.text("veld"), b.text("reden"))).toList();
            register(p, "casus", z, exemptions);
            Casus.Hulpvraag hulpvraag = f.block("hulpvraag")
                    .map(h -> new Casus.Hulpvraag(h.text("wat-wil-ik"), h.text("wat-kan-ik"), h.text("wat-heb-ik-nodig")))
                    .orElse(new Casus.Hulpvraag("", "", ""));
            List<Casus.Blokkade> blokkades = f.blocks("blokkades").stream()
                    .map(b -> new Casus.Blokkade(b.text("weeffout"), b.text("toelichting"))).toList();
            Kosten kosten = f.block("kosten")
                    .map(k -> new Kosten(posts(k.blocks("standaard")), posts(k.blocks("maatwerk"))))
                    .orElse(new Kosten(List.of(), List.of()));
            Casus.Waardendriehoek wd = f.block("waardendriehoek")
                    .map(w -> new Casus.Waardendriehoek(w.markdown("rendement"), w.markdown("legitimering"),
                            w.markdown("betrokkenheid")))
                    .orElse(null);
            Casus.Verhaal verhaal = new Casus.Verhaal(f.markdown("situatie"), hulpvraag, f.markdown("oplossing"), wd,
                    blokkades.stream().map(Casus.Blokkade::toelichting).toList());
            return new Casus(p.id(), f.text("titel"), f.text("samenvatting"), f.text("wijk"), f.date("datum"),
                    f.choice("status"), f.texts("vuistregels"), f.choice("doelgroep"), f.texts("pseudoniemen"),
                    f.bool("fictief", false), f.text("bron"), z, blokkades.stream().map(Casus.Blokkade::weeffout).toList(),
                    f.texts("partijen"), kosten, f.texts("leervragen"), origin(f),
                    unpacker == null ? verhaal : PackedProse.pack(verhaal, unpacker));
        });
    }

    private Optional<Weeffout> weeffout(Parsed p) {
        return root(ContentSchemas.WEEFFOUT, p).map(f -> {
            Zichtbaarheid z = zichtbaarheid(f);
            register(p, "weeffout", z, List.of());
            String status = f.choice("status");
            LocalDate gesignaleerd = f.date("gesignaleerd-op");
            LocalDate opgelost = f.date("opgelost-op");
            if (status.equals("opgelost") && opgelost == null && f.text("opgelost-op").isEmpty()) {
                diagnostics.error(f.at("status"), "ontbrekend-veld", "bij 'status: opgelost' hoort 'opgelost-op'",
                        "voeg toe wanneer de weeffout is opgelost, bijvoorbeeld: opgelost-op: 2026-05-01");
            } else if (opgelost != null && !status.equals("opgelost")) {
                diagnostics.warning(f.at("opgelost-op"), "opgelost-zonder-status",
                        "'opgelost-op' staat er, maar de status is '" + status + "'",
                        "zet 'status: opgelost', of haal 'opgelost-op' weg als de weeffout weer speelt");
            }
            if (opgelost != null && gesignaleerd != null && opgelost.isBefore(gesignaleerd)) {
                diagnostics.error(f.at("opgelost-op"), "buiten-bereik", "'opgelost-op' ligt voor 'gesignaleerd-op'",
                        "een weeffout kan pas opgelost zijn nadat hij gesignaleerd is");
            }
            List<Weeffout.Besluit> besluiten = f.blocks("besluiten").stream()
                    .map(b -> new Weeffout.Besluit(b.date("datum"), b.text("orgaan"), b.text("besluit"), b.choice("eigenaar"),
                            b.date("termijn"), b.choice("status")))
                    .sorted(Comparator.comparing(Weeffout.Besluit::datum, Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
            return new Weeffout(p.id(), f.text("titel"), f.choice("categorie"), f.texts("schotten"), f.choice("eigenaar"),
                    f.markdown("beschrijving"), f.markdown("voorstel"), status, gesignaleerd, opgelost, f.choice("barriere"),
                    f.choice("escalatieniveau"), besluiten, z, origin(f));
        });
    }

    private Optional<AvgHoofdstuk> avgHoofdstuk(Parsed p) {
        return root(ContentSchemas.AVG_HOOFDSTUK, p).map(f -> {
            Zichtbaarheid z = zichtbaarheid(f);
            register(p, "avg", z, List.of());
            return new AvgHoofdstuk(p.id(), f.text("titel"), f.integer("volgorde", 99, 0, 999), f.text("samenvatting"),
                    beheer(f), p.body(), z, origin(f));
        });
    }

    private Optional<Deelregels> deelregels(Parsed p) {
        return root(ContentSchemas.DEELREGELS, p).map(f -> {
            register(p, "deelregels", Zichtbaarheid.PUBLIEK, List.of());
            List<Deelregels.Regel> regels = f.blocks("regels").stream()
                    .map(r -> new Deelregels.Regel(r.text("gegevens"), r.text("ontvanger"), r.choice("mag"),
                            r.text("grondslag"), r.text("voorwaarden"), r.text("voorbeeld"), r.text("hoofdstuk"),
                            new Origin(p.file().path(), pools.positions(p.file().path(), r.positions()))))
                    .toList();
            return new Deelregels(f.idNames("gegevens"), f.idNames("ontvangers"), regels);
        });
    }

    private Optional<Organisatie> organisatie(Parsed p) {
        return root(ContentSchemas.ORGANISATIE, p).map(f -> {
            Zichtbaarheid z = zichtbaarheid(f);
            register(p, "organisatie", z, List.of());
            Organisatie.Contact contact = f.block("contact")
                    .map(c -> new Organisatie.Contact(c.text("telefoon"), c.text("email"), c.text("website")))
                    .orElse(new Organisatie.Contact("", "", ""));
            if (!contact.website().isEmpty() && !contact.website().matches("https?://[^\\s\"'<>]+")) {
                diagnostics.error(f.at("contact.website"), "ongeldige-waarde", "website moet beginnen met https://",
                        "bijvoorbeeld: website: https://example.org");
                contact = new Organisatie.Contact(contact.telefoon(), contact.email(), "");
            }
            return new Organisatie(p.id(), f.text("naam"), f.choice("soort"), f.markdown("wat-ze-doen"),
                    f.texts("vuistregels"), f.texts("wijken"), f.text("bereikbaarheid"), f.text("reactietijd"), contact,
                    beheer(f), z, origin(f));
        });
    }

    private Optional<Leersessie> leersessie(Parsed p) {
        return root(ContentSchemas.LEERSESSIE, p).map(f -> {
            Zichtbaarheid z = zichtbaarheid(f);
            register(p, "leersessie", z, List.of());
            List<Leersessie.Werkvorm> werkvormen = f.blocks("werkvormen").stream()
                    .map(w -> new Leersessie.Werkvorm(w.text("naam"), w.integer("minuten", 0, 0, 1000), w.text("beschrijving")))
                    .toList();
            return new Leersessie(p.id(), f.text("titel"), f.text("thema"), f.text("doel"), f.integer("duur", 90, 5, 1000),
                    f.texts("vuistregels"), f.texts("casussen"), f.texts("vragen"), werkvormen, f.markdown("trainersnotities"),
                    z, origin(f));
        });
    }

    private Optional<Situatie> situatie(Parsed p) {
        return root(ContentSchemas.SITUATIE, p).map(f -> {
            Zichtbaarheid z = zichtbaarheid(f);
            register(p, "situatie", z, List.of());
            List<Situatie.Hulp> hulp = f.blocks("organisaties").stream()
                    .map(h -> new Situatie.Hulp(h.text("organisatie"), h.text("waarom"))).toList();
            return new Situatie(p.id(), f.text("titel"), f.text("vraag"), f.markdown("uitleg"), f.integer("volgorde", 99, 0, 999),
                    hulp, f.texts("vuistregels"), z, origin(f));
        });
    }

    private Optional<Routekaart> routekaart(Parsed p) {
        return root(ContentSchemas.ROUTEKAART, p).map(f -> {
            register(p, "routekaart", Zichtbaarheid.PUBLIEK, List.of());
            List<Routekaart.Stap> stappen = f.blocks("stappen").stream()
                    .map(s -> {
                        List<String> domeinen = s.texts("domeinen");
                        for (String d : domeinen) {
                            if (!Routekaart.DOMEINEN.contains(d)) {
                                diagnostics.error(s.at("domeinen"), "ongeldige-waarde", "onbekend domein " + Quote.of(d),
                                        nl.wijkwijzer.diagnostics.Suggest.hint(d, Routekaart.DOMEINEN));
                            }
                        }
                        return new Routekaart.Stap(s.text("id"), s.text("titel"), s.markdown("wat"), s.texts("wie"),
                                s.texts("vuistregels"), domeinen);
                    }).toList();
            List<Routekaart.Domein> profiel = f.blocks("woonprofiel").stream()
                    .map(d -> new Routekaart.Domein(d.choice("domein"), d.text("titel"), d.texts("vragen"))).toList();
            return new Routekaart(f.text("titel"), f.markdown("inleiding"), stappen, profiel, origin(f));
        });
    }

    private Optional<Map.Entry<String, List<String>>> vragen(Parsed p) {
        return root(ContentSchemas.VRAGENBANK, p).map(f -> {
            register(p, "vragenbank", Zichtbaarheid.PUBLIEK, List.of());
            return Map.entry(p.id(), f.texts("vragen"));
        });
    }

    private Optional<Monitor> monitor(Parsed p) {
        return root(ContentSchemas.MONITOR, p).map(f -> {
            register(p, "monitor", Zichtbaarheid.PUBLIEK, List.of());
            Optional<Fields> doelen = f.block("doelen");
            Optional<Monitor.Capaciteit> capaciteit = doelen.flatMap(d -> d.block("capaciteit")).map(c -> {
                int start = c.integer("startjaar", 2000, 1900, 2200);
                int end = years(c, start, c.integer("doeljaar", 2000, 1900, 2200));
                return new Monitor.Capaciteit(c.integer("start", 0, 0, 1_000_000), c.integer("doel", 0, 0, 1_000_000), start, end);
            });
            Optional<Monitor.Uitstroom> uitstroom = doelen.flatMap(d -> d.block("uitstroom")).map(u -> {
                int start = u.integer("startjaar", 2000, 1900, 2200);
                int end = years(u, start, u.integer("doeljaar", 2000, 1900, 2200));
                return new Monitor.Uitstroom(u.integer("procent", 0, 0, 100), u.integer("clienten-start", 0, 0, 1_000_000),
                        start, end);
            });
            Optional<Monitor.Opvang> opvang = doelen.flatMap(d -> d.block("opvang")).map(o -> {
                int start = o.integer("startjaar", 2000, 1900, 2200);
                int end = years(o, start, o.integer("doeljaar", 2000, 1900, 2200));
                return new Monitor.Opvang(o.integer("max-maanden", 3, 1, 120), o.integer("procent-start", 0, 0, 100),
                        o.integer("procent-doel", 0, 0, 100), start, end);
            });
            List<Monitor.Kwartaal> kwartalen = f.blocks("kwartalen").stream().map(k -> {
                String q = k.text("kwartaal");
                if (!q.matches("\\d{4}-Q[1-4]")) {
                    diagnostics.error(k.at("kwartaal"), "ongeldige-waarde", "kwartaal moet de vorm JJJJ-Qn hebben",
                            "bijvoorbeeld: kwartaal: 2025-Q1");
                }
                Integer teLang = k.text("opvang-te-lang-procent").isEmpty() ? null
                        : k.integer("opvang-te-lang-procent", 0, 0, 100);
                Integer startgroep = k.text("uitstroom-startgroep-procent").isEmpty() ? null
                        : k.integer("uitstroom-startgroep-procent", 0, 0, 100);
                return new Monitor.Kwartaal(q, k.integer("capaciteit", 0, 0, 1_000_000), k.integer("uitstroom-bw", 0, 0, 1_000_000),
                        k.integer("instroom-bw", 0, 0, 1_000_000), k.integer("gemiddelde-verblijf-opvang-dagen", 0, 0, 100_000),
                        teLang, startgroep);
            }).sorted(Comparator.comparing(Monitor.Kwartaal::kwartaal)).toList();
            return new Monitor(capaciteit, uitstroom, opvang, kwartalen, f.bool("fictief", false), origin(f));
        });
    }

    /** A goal whose doeljaar lies before its startjaar has no straight path: an error at doeljaar. */
    private int years(Fields goal, int start, int end) {
        if (end < start) {
            diagnostics.error(goal.at("doeljaar"), "buiten-bereik", "het doeljaar ligt voor het startjaar",
                    "schrijf een doeljaar dat gelijk is aan of later is dan " + start);
            return start;
        }
        return end;
    }

    private List<List<String>> loadSynonyms() {
        Path p = contentDir.resolve("zoeken/synoniemen.txt");
        if (!Files.isRegularFile(p)) {
            return List.of();
        }
        List<List<String>> groups = new ArrayList<>();
        read(p).ifPresent(text -> {
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                List<String> terms = Stream.of(line.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .map(s -> s.toLowerCase(java.util.Locale.ROOT)).toList();
                if (terms.size() < 2) {
                    diagnostics.warning(Source.file(display(p)).at(i + 1, 1), "synoniem-alleen",
                            "regel bevat maar één woord en doet niets", "schrijf gelijke woorden met komma's: bw, beschermd wonen");
                    continue;
                }
                groups.add(terms);
            }
        });
        return List.copyOf(groups);
    }
}
