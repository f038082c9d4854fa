package nl.wijkwijzer.privacy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import nl.wijkwijzer.personal.Finding;
import nl.wijkwijzer.personal.FirstNames;
import nl.wijkwijzer.personal.ForbiddenNames;
import nl.wijkwijzer.personal.Soort;
import nl.wijkwijzer.personal.TextScanner;
import nl.wijkwijzer.personal.Words;
import nl.wijkwijzer.personal.PersonalData;
import nl.wijkwijzer.content.ContentFile;
import nl.wijkwijzer.content.ContentSchemas;
import nl.wijkwijzer.content.LoadedContent;
import nl.wijkwijzer.content.Schema;
import nl.wijkwijzer.diagnostics.Diagnostics;
import nl.wijkwijzer.util.BuildCache;
import nl.wijkwijzer.util.BuildProfile;
import nl.wijkwijzer.diagnostics.Source;
import nl.wijkwijzer.model.Casus;
import nl.wijkwijzer.model.Site;
import nl.wijkwijzer.yaml.YNode;

/**
 * Refuses to publish apparent personal data. Scans every text of every content file (each YAML value
 * and the Markdown body) for BSNs, IBANs, telephone numbers, e-mail addresses, addresses, dates of birth
 * and the names in {@code privacy: verboden-namen}; each is an error ({@code privacy-bsn}, ...). In cases
 * it also warns about common first names that are not declared as pseudonyms ({@code privacy-voornaam}).
 *
 * <p>A message names the file, line, column, kind and field, and never the value itself: diagnostics end
 * up in build logs, and a log is exactly where personal data must not leak to.
 *
 * <p>A redacteur acknowledges a false positive under {@code privacy-uitzonderingen} with soort, veld and
 * reden; it covers that kind in that one field of that one file. An acknowledgement that matches nothing
 * is reported ({@code privacy-uitzondering-ongebruikt}) so stale ones do not pile up. There is no switch
 * to turn the guard off.
 */
public final class PrivacyGuard {
    private PrivacyGuard() {
    }

    static final String UNUSED = "privacy-uitzondering-ongebruikt";
    private static final Pattern SAFE_FIELD = Pattern.compile("[a-z0-9][a-z0-9.\\-\\[\\]()]{0,119}");

    /**
     * What the guard checks: source files, the site (for {@link Site#verbodenNamen()}) and the declared
     * pseudonyms per case file, keyed by {@link ContentFile#path()}.
     *
     * @param remember where the findings are remembered per loaded file object: the preview session's
     *                 cache, whose loader hands back the same objects for unchanged files. A one-off
     *                 build checks each file once ({@link BuildCache#uncached()}): remembering would
     *                 keep every file in memory.
     */
    public record Scope(List<ContentFile> files, Site site, Map<String, List<String>> pseudoniemenPerCasusPath,
            BuildCache remember) {
        /** Every loaded file; the pseudonyms come from the cases in {@code content.kb()}. */
        public static Scope of(LoadedContent content, BuildCache remember) {
            Map<String, List<String>> pseudoniemen = new HashMap<>();
            for (Casus c : content.kb().casussen()) {
                pseudoniemen.put(c.origin().path(), c.pseudoniemen());
            }
            return new Scope(content.files(), content.kb().site(), pseudoniemen, remember);
        }

        /** Some files with the pseudonyms of the cases among them (none for a file not in the map). */
        public static Scope of(List<ContentFile> files, Site site, Map<String, List<String>> pseudoniemenPerCasusPath) {
            return new Scope(files, site, pseudoniemenPerCasusPath, BuildCache.uncached());
        }
    }

    /**
     * The guard's one entry: adds a diagnostic for every finding in the scope's files; changes nothing
     * else. {@code diagnostics} must be thread-safe: files are checked in parallel. The loader runs it
     * on each record file as it loads it ({@link #whileLoading()}), with the same findings as on the
     * whole load.
     */
    public static void check(Scope scope, Diagnostics diagnostics) {
        ForbiddenNames forbidden = new ForbiddenNames(scope.site().verbodenNamen());
        BuildCache.Memo<MemoKey, Diagnostics> memo = scope.remember().memo(FINDINGS);
        FirstNames firstNames = FirstNames.standard();
        List<ContentFile> files = scope.files();
        java.util.function.Consumer<ContentFile> each = file -> {
            List<String> pseudoniemen = scope.pseudoniemenPerCasusPath().getOrDefault(file.path(), List.of());
            MemoKey key = new MemoKey(file, scope.site().verbodenNamen(), pseudoniemen);
            java.util.function.Function<MemoKey, Diagnostics> check = k -> {
                Diagnostics found = new Diagnostics();
                checkFile(file, forbidden, firstNames, pseudoniemen, found);
                return found;
            };
            diagnostics.addAll(memo.get(key, check));
        };
        // One record's few files (the loader's call) are not worth a parallel stream.
        if (files.size() < 4) {
            files.forEach(each);
        } else {
            files.parallelStream().forEach(each);
        }
    }

    /**
     * {@link #check} as the loader calls it, one record file at a time while loading
     * ({@link nl.wijkwijzer.content.ContentLoader#loadChecking(java.nio.file.Path, Diagnostics,
     * nl.wijkwijzer.content.ContentLoader.SourceCheck)}): not another check, only the loader's calling form.
     */
    public static nl.wijkwijzer.content.ContentLoader.SourceCheck whileLoading() {
        return (files, site, pseudoniemen, found) -> {
            Map<String, List<String>> byPath = new HashMap<>();
            files.forEach(f -> byPath.put(f.path(), pseudoniemen));
            check(Scope.of(files, site, byPath), found);
        };
    }

    /**
     * The findings of a file depend on the file (path, type, text, exemptions), the site's forbidden
     * names and the case's pseudonyms only. A preview rebuild checks every file again, nearly all
     * unchanged, and the loader's cache then returns the very same object: so the file is compared by
     * identity (a changed file is a new object), which spares hashing every YAML tree on each rebuild.
     */
    private record MemoKey(ContentFile file, List<String> verbodenNamen, List<String> pseudoniemen) {
        @Override
        public boolean equals(Object o) {
            return o instanceof MemoKey k && k.file == file && k.verbodenNamen.equals(verbodenNamen)
                    && k.pseudoniemen.equals(pseudoniemen);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * System.identityHashCode(file) + verbodenNamen.hashCode()) + pseudoniemen.hashCode();
        }
    }

    private static final BuildCache.Kind<MemoKey, Diagnostics> FINDINGS = BuildCache.Kind.entries("privacy",
            BuildProfile::entryMemoSize);

    private static void checkFile(ContentFile file, ForbiddenNames forbidden, FirstNames firstNames,
            List<String> pseudoniemen, Diagnostics diagnostics) {
        Set<String> pseudonyms = foldedWords(pseudoniemen);
        boolean exemptable = acceptsExemptions(file);
        Set<ContentFile.Exemption> used = new HashSet<>();
        SourcePositions positions = null;
        Source source = Source.file(file.path());
        for (TextField field : TextField.of(file)) {
            TextScanner.Rules rules = rules(file.type(), field.path());
            if (rules == null) {
                continue;
            }
            List<Finding> allowed = new ArrayList<>();
            List<Finding> found = TextScanner.scan(field.text(), rules, forbidden, firstNames, pseudonyms, allowed);
            if (found.isEmpty()) {
                continue;
            }
            found.removeIf(f -> exempted(file, f.soort(), field.path(), used));
            List<Finding> kept = TextScanner.withoutOverlaps(found, allowed);
            if (kept.isEmpty()) {
                continue;
            }
            if (positions == null) {
                positions = new SourcePositions(file);
            }
            int[] offsets = kept.stream().mapToInt(Finding::start).toArray();
            SourcePositions.Position[] at = positions.of(field, offsets);
            for (int k = 0; k < kept.size(); k++) {
                Soort soort = kept.get(k).soort();
                Source where = source.at(at[k].line(), at[k].column());
                String message = "mogelijk " + soort.label() + " in '" + field.path() + "'";
                String hint = soort.hint() + (exemptable ? acknowledgeHint(soort, field.path()) : "");
                if (soort.isWarning()) {
                    diagnostics.warning(where, "privacy-" + soort.code(), message, hint);
                } else {
                    diagnostics.error(where, "privacy-" + soort.code(), message, hint);
                }
            }
        }
        checkNames(file, forbidden, diagnostics);
        for (ContentFile.Exemption e : file.exemptions()) {
            if (!used.contains(e)) {
                diagnostics.warning(exemptionSource(file, e), UNUSED,
                        "uitzondering voor '" + e.soort() + "' in '" + shown(e.veld()) + "' wordt niet gebruikt",
                        "De privacycontrole vindt in dat veld geen " + describe(e.soort()) + " (meer). Haal de "
                                + "uitzondering weg, of controleer soort en veld (bijvoorbeeld veld: blokkades[2].toelichting).");
            }
        }
    }

    /**
     * The id (the file name) and the keys the redacteur chose: an id becomes a web address, a search entry
     * and a line in the report, a wijk id a filter page, so they are scanned like text. There is no
     * acknowledgement for these: a name is always easy to change.
     */
    private static void checkNames(ContentFile file, ForbiddenNames forbidden, Diagnostics diagnostics) {
        Source source = Source.file(file.path());
        for (Finding f : scanName(file.id(), forbidden)) {
            diagnostics.error(source.at(1, 0), "privacy-" + f.soort().code(),
                    "mogelijk " + f.soort().label() + " in de bestandsnaam",
                    "Geef het bestand een andere naam. De bestandsnaam is het id: dat komt in webadressen, zoekbestanden "
                            + "en het rapport. Kies een korte beschrijving, bijvoorbeeld huur-achterstand-zuid.");
        }
        for (TextField.Key k : TextField.keys(file)) {
            TextScanner.Rules rules = rules(file.type(), k.parent().isEmpty() ? k.key() : k.parent());
            if (rules == null) {
                continue;
            }
            for (Finding f : scanName(k.key(), forbidden)) {
                diagnostics.error(source.at(k.line(), k.column()), "privacy-" + f.soort().code(),
                        "mogelijk " + f.soort().label() + " in een veldnaam"
                                + (k.parent().isEmpty() ? "" : " in '" + k.parent() + "'"),
                        "Kies een andere naam vóór de dubbele punt. Een veldnaam of id komt in webadressen en "
                                + "meldingen terecht.");
            }
        }
    }

    private static List<Finding> scanName(String name, ForbiddenNames forbidden) {
        if (name == null || name.isEmpty()) {
            return List.of();
        }
        List<Finding> allowed = new ArrayList<>();
        List<Finding> found = TextScanner.scan(name, TextScanner.Rules.DEFAULT, forbidden, FirstNames.standard(),
                Set.of(), allowed);
        return found.isEmpty() ? found : TextScanner.withoutOverlaps(found, allowed);
    }

    private static String acknowledgeHint(Soort soort, String field) {
        return " Is het geen persoonsgegeven? Erken de melding dan onder privacy-uitzonderingen met soort: "
                + soort.code() + ", veld: " + field + " en een reden.";
    }

    /**
     * What a field may hold. Returns null for a field that is not scanned at all: the list of forbidden
     * names in site.yaml, which would otherwise report itself.
     */
    static TextScanner.Rules rules(String type, String path) {
        return switch (type) {
            case "site" -> path.startsWith("privacy.verboden-namen") ? null
                    : path.equals("toegankelijkheid.contact") ? new TextScanner.Rules(true, true, false)
                    : TextScanner.Rules.DEFAULT;
            case "organisatie" -> new TextScanner.Rules(path.equals("contact.telefoon"), path.equals("contact.email"),
                    false);
            case "casus" -> new TextScanner.Rules(false, false, !path.startsWith("pseudoniemen"));
            default -> TextScanner.Rules.DEFAULT;
        };
    }

    private static boolean exempted(ContentFile file, Soort soort, String path, Set<ContentFile.Exemption> used) {
        boolean any = false;
        for (ContentFile.Exemption e : file.exemptions()) {
            if (soort.code().equals(e.soort().strip()) && path.equals(e.veld().strip())) {
                used.add(e);
                any = true;
            }
        }
        return any;
    }

    /** Whether this kind of file has a {@code privacy-uitzonderingen} field, so the hint can point there. */
    private static boolean acceptsExemptions(ContentFile file) {
        if (!file.exemptions().isEmpty()) {
            return true;
        }
        for (Schema schema : ContentSchemas.all()) {
            if (schema.name().equals(file.type())) {
                return schema.field("privacy-uitzonderingen").isPresent();
            }
        }
        return false;
    }

    /** The position of the acknowledgement's own entry, so the warning points at what to delete. */
    private static Source exemptionSource(ContentFile file, ContentFile.Exemption e) {
        Source source = Source.file(file.path());
        if (file.tree() instanceof YNode.YMap root
                && root.entries().get("privacy-uitzonderingen") instanceof YNode.Entry entry
                && entry.value() instanceof YNode.YList list) {
            for (YNode item : list.items()) {
                if (item instanceof YNode.YMap m && e.soort().equals(text(m, "soort")) && e.veld().equals(text(m, "veld"))) {
                    return source.at(m.line(), m.column());
                }
            }
            return source.at(entry.line(), entry.column());
        }
        return source;
    }

    private static String text(YNode.YMap m, String key) {
        YNode.Entry e = m.entries().get(key);
        return e != null && e.value() instanceof YNode.Scalar s && !s.isNull() ? s.value().strip() : "";
    }

    /** A field path as typed by the redacteur, shown only when it looks like one. */
    private static String shown(String veld) {
        String v = veld.strip();
        return SAFE_FIELD.matcher(v).matches() && !PersonalData.looksPersonal(v) ? v : "(onbekend veld)";
    }

    private static String describe(String soort) {
        for (Soort s : Soort.values()) {
            if (s.code().equals(soort)) {
                return s.label();
            }
        }
        return "melding van deze soort";
    }

    private static Set<String> foldedWords(List<String> names) {
        Set<String> out = new HashSet<>();
        for (String name : names) {
            Words w = new Words(name);
            for (int i = 0; i < w.size(); i++) {
                out.add(w.folded(i));
            }
        }
        return out;
    }
}
