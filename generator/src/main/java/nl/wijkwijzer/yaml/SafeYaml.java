package nl.wijkwijzer.yaml;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

import nl.wijkwijzer.diagnostics.Diagnostics;
import nl.wijkwijzer.diagnostics.Source;

/**
 * Parses YAML into a {@link YNode} tree without constructing any Java object from tags. SnakeYAML
 * only composes nodes here; limits stop alias bombs, deep nesting and huge files before they cost
 * memory or time, and every non-standard tag is refused.
 */
public final class SafeYaml {
    public static final int MAX_FILE_CHARS = 256 * 1024;
    public static final int MAX_DEPTH = 20;
    public static final int MAX_ALIASES = 10;
    static final int MAX_NODES = 50_000;
    private static final Set<String> STANDARD_TAGS = Set.of("str", "int", "float", "bool", "null", "timestamp",
            "map", "seq");

    private static final String UNSAFE_TAG =
            "YAML-tag is niet toegestaan (alleen gewone tekst, getallen, datums, lijsten en blokken)";
    private static final String UNSAFE_TAG_HINT = "haal de tag (het woord dat met ! begint) weg";

    private SafeYaml() {
    }

    /**
     * SnakeYAML's loader settings for one parse: limits against alias bombs, deep nesting and huge files.
     * Made per parse (a plain settings object; the composer below is what {@code Yaml.compose} builds,
     * without the constructor and representer that {@code Yaml} would set up and this class never uses).
     */
    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_FILE_CHARS + 1);
        options.setAllowRecursiveKeys(false);
        options.setAllowDuplicateKeys(false);
        options.setProcessComments(false);
        return options;
    }

    /** SnakeYAML's node tree of {@code text}, composed as {@code Yaml.compose} does, with nothing kept between calls. */
    private static Node compose(String text) {
        LoaderOptions options = loaderOptions();
        return new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options), new Resolver(), options)
                .getSingleNode();
    }

    /**
     * @param lineOffset added to every line number (for front matter that starts below a {@code ---} line)
     * @return the root node, or empty after reporting why to {@code diagnostics}
     */
    public static Optional<YNode> parse(String text, Source file, int lineOffset, Diagnostics diagnostics) {
        if (text.length() > MAX_FILE_CHARS) {
            diagnostics.error(file, "bestand-te-groot",
                    "bestand is groter dan " + (MAX_FILE_CHARS / 1024) + " KiB",
                    "splits de tekst op of haal overbodige delen weg");
            return Optional.empty();
        }
        YNode simple = SimpleYaml.parse(text, lineOffset);
        if (simple != null) {
            return Optional.of(simple);
        }
        return parseWithSnakeYaml(text, file, lineOffset, diagnostics);
    }

    /** {@link #parse} without the {@link SimpleYaml} fast path (and without the size check). */
    static Optional<YNode> parseWithSnakeYaml(String text, Source file, int lineOffset, Diagnostics diagnostics) {
        Node root;
        try {
            root = compose(text);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            Source at = mark == null ? file : file.at(mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
            if (String.valueOf(e.getProblem()).contains("tag is not allowed")) {
                diagnostics.error(at, "yaml-onveilige-tag", UNSAFE_TAG, UNSAFE_TAG_HINT);
                return Optional.empty();
            }
            diagnostics.error(at, "yaml-syntax", "YAML klopt niet: " + describe(e.getProblem()),
                    "controleer inspringing, dubbele punten en aanhalingstekens op deze regel");
            return Optional.empty();
        } catch (YAMLException e) {
            diagnostics.error(file, "yaml-syntax", "YAML kan niet gelezen worden: " + describe(e.getMessage()),
                    "houd het bestand eenvoudig: velden, lijsten en tekst, zonder ankers of tags");
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            // SnakeYAML's Tag constructor refuses a tag whose %-escapes decode to leading or trailing
            // spaces before its own checks can mark the spot (found by LoaderFuzzTest): still a tag.
            diagnostics.error(file, "yaml-onveilige-tag", UNSAFE_TAG, UNSAFE_TAG_HINT);
            return Optional.empty();
        }
        if (root == null) {
            return Optional.of(new YNode.YMap(Map.of(), 1 + lineOffset, 1));
        }
        try {
            return Optional.of(new Converter(file, lineOffset).convert(root, 0));
        } catch (Rejected r) {
            diagnostics.error(r.at, r.code, r.getMessage(), r.hint);
            return Optional.empty();
        }
    }

    /**
     * SnakeYAML's English problem text, kept short; it names syntax, and a value only in passing (an alias
     * name, a found character), which goes through {@link nl.wijkwijzer.diagnostics.Quote#text}.
     */
    private static String describe(String problem) {
        if (problem == null) {
            return "onbekende fout";
        }
        String p = nl.wijkwijzer.diagnostics.Quote.text(problem.length() > 160 ? problem.substring(0, 160) + "..." : problem);
        if (p.contains("Number of aliases")) {
            return "te veel verwijzingen (aliassen) naar hetzelfde blok";
        }
        if (p.contains("Nesting Depth")) {
            return "te diep geneste structuur (meer dan " + MAX_DEPTH + " niveaus)";
        }
        if (p.contains("code points")) {
            return "bestand is te groot";
        }
        if (p.contains("mapping values are not allowed")) {
            return "een dubbele punt op een onverwachte plek (zet de tekst tussen aanhalingstekens)";
        }
        if (p.contains("found duplicate key")) {
            return "een veld staat twee keer in hetzelfde blok";
        }
        return p;
    }

    private static final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Source at;
        final String code;
        final String hint;

        Rejected(Source at, String code, String message, String hint) {
            super(message, null, false, false);
            this.at = at;
            this.code = code;
            this.hint = hint;
        }
    }

    private static final class Converter {
        private final Source file;
        private final int lineOffset;
        private final Set<Node> onPath = Collections.newSetFromMap(new IdentityHashMap<>());
        private int count;

        Converter(Source file, int lineOffset) {
            this.file = file;
            this.lineOffset = lineOffset;
        }

        private Source at(Node n) {
            return file.at(n.getStartMark().getLine() + 1 + lineOffset, n.getStartMark().getColumn() + 1);
        }

        YNode convert(Node node, int depth) {
            if (++count > MAX_NODES || depth > MAX_DEPTH) {
                throw new Rejected(at(node), "yaml-te-groot", "te veel of te diep geneste waarden",
                        "houd het bestand eenvoudig: velden, lijsten en tekst");
            }
            String tag = tagName(node);
            int line = node.getStartMark().getLine() + 1 + lineOffset;
            int column = node.getStartMark().getColumn() + 1;
            if (!onPath.add(node)) {
                throw new Rejected(at(node), "yaml-kringverwijzing", "een blok verwijst naar zichzelf",
                        "haal ankers (&) en verwijzingen (*) weg");
            }
            try {
                return switch (node) {
                    case ScalarNode s -> {
                        boolean block = s.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL
                                || s.getScalarStyle() == DumperOptions.ScalarStyle.FOLDED;
                        yield new YNode.Scalar(s.getValue(), tag, block, line, column);
                    }
                    case SequenceNode seq -> {
                        List<YNode> items = new ArrayList<>();
                        for (Node item : seq.getValue()) {
                            items.add(convert(item, depth + 1));
                        }
                        yield new YNode.YList(List.copyOf(items), line, column);
                    }
                    case MappingNode map -> {
                        Map<String, YNode.Entry> entries = new LinkedHashMap<>();
                        for (NodeTuple t : map.getValue()) {
                            if (!(t.getKeyNode() instanceof ScalarNode key)) {
                                throw new Rejected(at(t.getKeyNode()), "yaml-sleutel",
                                        "een veldnaam moet gewone tekst zijn", "schrijf 'naam: waarde'");
                            }
                            tagName(key);
                            if (entries.containsKey(key.getValue())) {
                                throw new Rejected(at(key), "dubbel-veld",
                                        "veld " + nl.wijkwijzer.diagnostics.Quote.of(key.getValue())
                                                + " staat twee keer in hetzelfde blok",
                                        "haal één van de twee weg; alleen de laatste zou anders tellen");
                            }
                            entries.put(key.getValue(), new YNode.Entry(key.getValue(),
                                    key.getStartMark().getLine() + 1 + lineOffset, key.getStartMark().getColumn() + 1,
                                    convert(t.getValueNode(), depth + 1)));
                        }
                        yield new YNode.YMap(Collections.unmodifiableMap(entries), line, column);
                    }
                    default -> throw new Rejected(at(node), "yaml-onbekend", "onbekend soort YAML-waarde", "");
                };
            } finally {
                onPath.remove(node);
            }
        }

        private String tagName(Node node) {
            Tag tag = node.getTag();
            String value = tag.getValue();
            String name = value.startsWith(Tag.PREFIX) ? value.substring(Tag.PREFIX.length()) : value;
            if (!STANDARD_TAGS.contains(name)) {
                throw new Rejected(at(node), "yaml-onveilige-tag", UNSAFE_TAG, UNSAFE_TAG_HINT);
            }
            return name;
        }
    }
}
