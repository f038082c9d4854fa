package nl.wijkwijzer.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A deterministic synthetic knowledge base for benchmarks and scale tests: the site.yaml,
 * vuistregels, weeffouten and wijknetwerk of a source folder (the real content for the benchmarks,
 * {@link #testBase()} for tests), plus {@code n} generated cases with realistic Dutch text
 * lengths, valid references, costs, both audiences and dates over three years. The texts contain no
 * digits at all, so nothing can look like a phone number, postcode, IBAN or date of birth.
 */
public final class SyntheticCorpus {
    private static final String[] OPENINGS = {
        "De bewoner woont al een tijd in een voorziening voor beschermd wonen.",
        "Een vrouw verblijft sinds de zomer in de maatschappelijke opvang.",
        "Een man komt na een lange opname terug in de wijk.",
        "Een jonge bewoner wil graag op zichzelf gaan wonen.",
        "Een gezin komt in beeld na een melding van de woningcorporatie.",
        "Een oudere bewoner raakt na een verhuizing het overzicht kwijt.",
    };
    private static final String[] SENTENCES = {
        "De post blijft liggen en rekeningen worden niet betaald.",
        "Er is weinig contact met familie en de buren kennen hem nauwelijks.",
        "Het sociaal wijkteam kent de bewoner al langer en heeft een goede band opgebouwd.",
        "De woningcorporatie maakt zich zorgen over de huurachterstand.",
        "De begeleiding stopt omdat de indicatie afloopt.",
        "De huisarts ziet dat het slechter gaat en neemt contact op met het wijkteam.",
        "Zij wil graag werken, maar een gewone baan is nu nog te zwaar.",
        "De schulden lopen op omdat de uitkering een tijd stopte.",
        "Er zijn zorgen over overlast in het portiek.",
        "De bewoner heeft behoefte aan rust en een vaste plek.",
        "Niemand aan tafel voelt zich eigenaar van het probleem.",
        "Elke organisatie volgt de eigen regels en het eigen budget.",
        "Een ervaringsdeskundige gaat mee naar het eerste gesprek.",
        "Het lukt niet om op tijd een passende woning te vinden.",
        "De bewoner wil niet terug naar de opvang.",
        "De wijkagent kent de situatie en denkt mee over een oplossing.",
        "Er is een wachtlijst voor begeleiding in de wijk.",
        "De bewoner zegt zelf dat het beter gaat met een vaste dagbesteding.",
        "Het overleg tussen de partners verloopt stroef omdat gegevens niet gedeeld worden.",
        "Er ontstaat een plan waarin de bewoner zelf de regie houdt.",
        "De kosten van de standaardroute zijn hoog en helpen niet.",
        "Vrienden uit de buurt bieden hulp bij de boodschappen.",
        "De energierekening is hoog en de waarborgsom is niet betaald.",
        "Het team spreekt af om elke twee weken samen te kijken hoe het gaat.",
        "De bewoner vindt het moeilijk om hulp te vragen.",
        "Een buurtplein biedt een plek om andere mensen te ontmoeten.",
    };
    private static final String[] TITLE_A = {"Een", "Geen", "Eerst", "Samen", "Snel", "Rustig", "Later"};
    private static final String[] TITLE_B = {"woning", "plan", "begeleider", "budget", "kaart", "afspraak", "plek",
        "buurman", "werkplaats", "sleutel"};
    private static final String[] TITLE_C = {"in de wijk", "na de opvang", "zonder wachtlijst", "over de schotten",
        "met de buren", "voor de lange termijn", "na beschermd wonen"};
    private static final String[] POSTS = {"Begeleiding", "Opvang", "Dagbesteding", "Huurachterstand", "Schuldhulp",
        "Casusoverleg", "Woonbegeleiding", "Vervoer"};
    private static final String[] PER = {"jaar", "maand", "week", "eenmalig"};
    private static final String[] WIJKEN_FALLBACK = {"zuidoost"};
    private static final String[] VUISTREGELS = {"wonen", "financien", "daginvulling", "ondersteuning", "leefomgeving"};
    private static final String[] STATUSSEN = {"open", "lopend", "doorbraak", "afgesloten"};
    private static final String[] DOELGROEPEN = {"beschermd-wonen", "maatschappelijke-opvang", "thuiswonend"};
    private static final LocalDate START = LocalDate.of(2023, 1, 1);

    private static final String[] VRIJE_BLOKKADES = {
        "Zonder briefadres kan de aanvraag voor een uitkering niet beginnen.",
        "De energieleverancier vraagt een hoge waarborgsom voor de aansluiting.",
        "De huurachterstand uit de vorige woning blokkeert een nieuw contract.",
        "Er is geen plek bij de dagbesteding in de eigen wijk.",
        "De buren klagen over geluid en de corporatie dreigt met ontbinding.",
    };

    private SyntheticCorpus() {
    }

    /**
     * The small frozen knowledge base tests build their corpora on ({@code src/test/resources/kennisbank/content}:
     * site.yaml, five vuistregels, two weeffouten, five organisations), so that an edit of the editorial
     * {@code content/} never changes a test's corpus. The benchmarks build on the real content instead.
     */
    public static Path testBase() {
        return Path.of(System.getProperty("wijkwijzer.root", "..")).toAbsolutePath().normalize()
                .resolve("generator/src/test/resources/kennisbank/content");
    }

    /**
     * The corpus as a loaded knowledge base, for benchmarks of a single stage: written to a temporary
     * folder, read back through the real loader, folder removed.
     */
    public static nl.wijkwijzer.model.KnowledgeBase knowledgeBase(Path source, int n, long seed) throws IOException {
        Path dir = Files.createTempDirectory("wijkwijzer-corpus");
        try {
            Path content = dir.resolve("content");
            write(source, content, n, seed);
            nl.wijkwijzer.diagnostics.Diagnostics d = new nl.wijkwijzer.diagnostics.Diagnostics();
            nl.wijkwijzer.model.KnowledgeBase kb = nl.wijkwijzer.content.ContentLoader.load(content, d).kb();
            if (d.hasErrors()) {
                throw new IllegalStateException("synthetic corpus does not load: " + d.sorted().get(0).format());
            }
            return kb;
        } finally {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * Writes a complete content folder into {@code target} (created; existing generated cases are
     * replaced). {@code source} is the real content folder the shared records are copied from.
     */
    public static void write(Path source, Path target, int n, long seed) throws IOException {
        Files.createDirectories(target);
        Files.copy(source.resolve("site.yaml"), target.resolve("site.yaml"), StandardCopyOption.REPLACE_EXISTING);
        for (String dir : List.of("vuistregels", "weeffouten", "wijknetwerk")) {
            copyDir(source.resolve(dir), target.resolve(dir));
        }
        List<String> wijken = wijken(source.resolve("site.yaml"));
        List<String> weeffouten = ids(target.resolve("weeffouten"));
        List<String> organisaties = ids(target.resolve("wijknetwerk"));
        Path cases = target.resolve("casuistiek");
        Files.createDirectories(cases);
        try {
            IntStream.range(0, n).parallel().forEach(i -> {
                try {
                    Files.writeString(cases.resolve(id(i) + ".yaml"),
                            casus(new Random(seed * 1_000_003L + i), wijken, weeffouten, organisaties),
                            StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The id of generated case {@code i}: letters only, so ids sort and never contain digit runs. */
    public static String id(int i) {
        StringBuilder sb = new StringBuilder();
        int v = i;
        do {
            sb.append((char) ('a' + v % 26));
            v /= 26;
        } while (v > 0);
        return "casus-" + sb.reverse();
    }

    private static void copyDir(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(from)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Files.copy(p, to.resolve(p.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static List<String> ids(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".yaml"))
                    .map(f -> f.substring(0, f.length() - 5)).sorted().toList();
        }
    }

    /** The wijk ids of site.yaml, read line by line: the block under 'wijken:' indented by two spaces. */
    static List<String> wijken(Path siteYaml) throws IOException {
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (String line : Files.readAllLines(siteYaml, StandardCharsets.UTF_8)) {
            if (line.startsWith("wijken:")) {
                in = true;
            } else if (in && line.startsWith("  ") && line.contains(":")) {
                out.add(line.strip().substring(0, line.strip().indexOf(':')));
            } else if (in && !line.isBlank()) {
                break;
            }
        }
        return out.isEmpty() ? List.of(WIJKEN_FALLBACK) : out;
    }

    private static <T> T pick(Random r, T[] a) {
        return a[r.nextInt(a.length)];
    }

    private static <T> T pick(Random r, List<T> a) {
        return a.get(r.nextInt(a.size()));
    }

    private static String text(Random r, int minWords, int maxWords, boolean paragraphs) {
        int target = minWords + r.nextInt(maxWords - minWords + 1);
        StringBuilder sb = new StringBuilder(pick(r, OPENINGS));
        int words = sb.toString().split(" ").length;
        int inParagraph = 1;
        while (true) {
            String s = pick(r, SENTENCES);
            int w = s.split(" ").length;
            if (words + w > maxWords || words >= target) {
                if (words >= minWords) {
                    break;
                }
            }
            if (paragraphs && inParagraph >= 5) {
                sb.append("\n\n");
                inParagraph = 0;
            } else {
                sb.append(' ');
            }
            sb.append(s);
            words += w;
            inParagraph++;
        }
        return sb.toString();
    }

    private static String block(String text) {
        return "|\n  " + text.replace("\n\n", "\n\n  ").replace("\n\n  \n", "\n\n") + "\n";
    }

    private static String q(String s) {
        return "\"" + s.replace("\"", "'") + "\"";
    }

    static String casus(Random r, List<String> wijken, List<String> weeffouten, List<String> organisaties) {
        StringBuilder y = new StringBuilder(4096);
        y.append("titel: ").append(q(pick(r, TITLE_A) + " " + pick(r, TITLE_B) + " " + pick(r, TITLE_C))).append('\n');
        y.append("samenvatting: ").append(q(text(r, 15, 30, false))).append('\n');
        y.append("wijk: ").append(pick(r, wijken)).append('\n');
        y.append("datum: ").append(START.plusDays(r.nextInt(3 * 365))).append('\n');
        y.append("status: ").append(pick(r, STATUSSEN)).append('\n');
        Set<String> regels = new LinkedHashSet<>();
        int nr = 1 + r.nextInt(3);
        while (regels.size() < nr) {
            regels.add(pick(r, VUISTREGELS));
        }
        y.append("vuistregels: [").append(String.join(", ", regels)).append("]\n");
        y.append("doelgroep: ").append(pick(r, DOELGROEPEN)).append('\n');
        y.append("fictief: true\n");
        y.append("zichtbaarheid: ").append(r.nextInt(3) == 0 ? "professionals" : "publiek").append('\n');
        y.append("situatie: ").append(block(text(r, 100, 200, true)));
        y.append("hulpvraag:\n");
        y.append("  wat-wil-ik: ").append(q(text(r, 8, 20, false))).append('\n');
        y.append("  wat-kan-ik: ").append(q(text(r, 8, 20, false))).append('\n');
        y.append("  wat-heb-ik-nodig: ").append(q(text(r, 8, 20, false))).append('\n');
        y.append("blokkades:\n");
        int nb = 1 + r.nextInt(2);
        for (int i = 0; i < nb; i++) {
            y.append("  - weeffout: ").append(pick(r, weeffouten)).append('\n');
            y.append("    toelichting: ").append(q(text(r, 10, 25, false))).append('\n');
        }
        if (r.nextInt(5) == 0) {
            // A blocker not yet in the catalogue, as the report groups into "mogelijk nieuwe weeffout".
            y.append("  - toelichting: ").append(q(pick(r, VRIJE_BLOKKADES))).append('\n');
        }
        y.append("oplossing: ").append(block(text(r, 40, 80, true)));
        Set<String> partijen = new LinkedHashSet<>();
        int np = 2 + r.nextInt(3);
        while (partijen.size() < np) {
            partijen.add(pick(r, organisaties));
        }
        y.append("partijen: [").append(String.join(", ", partijen)).append("]\n");
        y.append("kosten:\n  standaard:\n");
        posts(r, y);
        y.append("  maatwerk:\n");
        posts(r, y);
        y.append("waardendriehoek:\n");
        y.append("  rendement: ").append(q(text(r, 10, 25, false))).append('\n');
        y.append("  legitimering: ").append(q(text(r, 10, 25, false))).append('\n');
        y.append("  betrokkenheid: ").append(q(text(r, 10, 25, false))).append('\n');
        y.append("leervragen:\n");
        y.append("  - Wie aan tafel kan deze blokkade wegnemen?\n");
        y.append("  - Wat zou de bewoner zelf als eerste willen veranderen?\n");
        return y.toString();
    }

    private static void posts(Random r, StringBuilder y) {
        int n = 1 + r.nextInt(2);
        for (int i = 0; i < n; i++) {
            String post = pick(r, POSTS);
            // The payer follows from the post, so the random stream (and every corpus made before) stays the same.
            String betaler = nl.wijkwijzer.model.Kosten.BETALERS.get(java.util.Arrays.asList(POSTS).indexOf(post)
                    % nl.wijkwijzer.model.Kosten.BETALERS.size());
            y.append("    - {post: ").append(post).append(", bedrag: ").append(50 * (1 + r.nextInt(400)))
                    .append(", per: ").append(pick(r, PER)).append(", betaler: ").append(betaler).append("}\n");
        }
    }

    /** {@code java -cp ... nl.wijkwijzer.bench.SyntheticCorpus SOURCE TARGET N [SEED]} */
    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]), args.length > 3 ? Long.parseLong(args[3]) : 42L);
    }
}
