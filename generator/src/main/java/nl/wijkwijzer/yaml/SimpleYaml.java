package nl.wijkwijzer.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads the plain YAML that content files are made of (block mappings and lists, one-line plain and
 * quoted values, literal blocks, one-line flow lists and blocks) straight into the {@link YNode} tree
 * SnakeYAML's path would give, with the same positions and tags; anything else it declines, and
 * {@link SafeYaml} hands the text to SnakeYAML. The test is deliberately narrow, as in
 * {@code SimpleProse}: tabs, carriage returns, special characters, anchors, tags, folded or indented
 * block headers, multi-line plain or quoted values, escapes, inline comments, empty values,
 * duplicate keys and document markers all decline. Plain values get their tag from SnakeYAML's own
 * {@link Resolver}. {@code SimpleYamlParityTest} compares both paths on the default content, a
 * synthetic corpus and mutated files. It exists because composing is the largest single part of
 * loading (docs/performance.md, "Hand-written fast paths").
 */
final class SimpleYaml {
    /** Only read ({@code resolve} looks up its tables; nothing adds a resolver after construction), so safe to share. */
    private static final Resolver RESOLVER = new Resolver();
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]*");
    /**
     * YAML limits an implicit key to 1,024 characters and SnakeYAML refuses a longer one ("could not
     * find expected ':'"); a key from this length on is left to SnakeYAML, so its error is the one
     * reported. The margin covers how SnakeYAML counts (from the key's start to the ':').
     */
    static final int MAX_KEY = 1000;
    /** Characters a plain value may not start with (YAML indicators). */
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
    private static final int MAX_DEPTH = 10;
    private static final Set<String> STANDARD_TAGS = Set.of("str", "int", "float", "bool", "null", "timestamp");

    /** Thrown to decline: the text is left to SnakeYAML. Without a stack trace, it is cheap. */
    private static final class Decline extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Decline INSTANCE = new Decline();

        private Decline() {
            super(null, null, false, false);
        }
    }

    private final String[] lines;
    private final boolean endsWithBreak;
    private final int lineOffset;
    private int nodes;
    /** The next line to read. */
    private int at;

    private SimpleYaml(String[] lines, boolean endsWithBreak, int lineOffset) {
        this.lines = lines;
        this.endsWithBreak = endsWithBreak;
        this.lineOffset = lineOffset;
    }

    /** The tree of {@code text}, or null when it is not in the plain subset. */
    static YNode parse(String text, int lineOffset) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n' && (c < 0x20 || c > 0x7e && c < 0xa0 || c >= 0xd800 && c < 0xe000 || c > 0xfffd)) {
                return null; // tabs, carriage returns, C1 controls (NEL), surrogates, non-characters: SnakeYAML decides
            }
        }
        if (text.indexOf('\u2028') >= 0 || text.indexOf('\u2029') >= 0 || text.indexOf('\ufeff') >= 0) {
            return null;
        }
        SimpleYaml parser = new SimpleYaml(text.split("\n", -1), text.endsWith("\n"), lineOffset);
        try {
            int first = parser.nextContent(0);
            if (first < 0 || indentation(parser.lines[first]) != 0) {
                return null;
            }
            YNode root = parser.map(0, first, 0, 0);
            if (parser.nextContent(parser.at) >= 0) {
                return null; // something left over, e.g. a less indented line SnakeYAML would reject
            }
            return root;
        } catch (Decline d) {
            return null;
        }
    }

    /** The first line from {@code from} on that is neither blank nor a comment, or -1. */
    private int nextContent(int from) {
        for (int i = from; i < lines.length; i++) {
            String line = lines[i];
            int indent = indentation(line);
            if (indent < line.length() && line.charAt(indent) != '#') {
                return i;
            }
        }
        return -1;
    }

    /**
     * The next content line after the value just read, when it stands at column {@code indent} (the
     * block goes on); -1 when the block ends (the end of the text, or a less indented line). A more
     * indented line after a complete value declines.
     */
    private int nextInBlock(int indent) {
        int next = nextContent(at);
        if (next < 0 || indentation(lines[next]) < indent) {
            return -1;
        }
        if (indentation(lines[next]) > indent) {
            throw decline();
        }
        return next;
    }

    private static int indentation(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static Decline decline() {
        return Decline.INSTANCE;
    }

    private int line(int index) {
        return index + 1 + lineOffset;
    }

    private void count(int depth) {
        if (++nodes > SafeYaml.MAX_NODES || depth > MAX_DEPTH) {
            throw decline();
        }
    }

    /**
     * A block mapping whose keys stand at column {@code indent}; the first key is on line
     * {@code first} at column {@code firstColumn} (after "- " for a mapping in a list item).
     */
    private YNode.YMap map(int indent, int first, int firstColumn, int depth) {
        count(depth);
        Map<String, YNode.Entry> entries = new LinkedHashMap<>();
        int index = first;
        int column = firstColumn;
        while (true) {
            String line = lines[index];
            int colon = line.indexOf(':', column);
            if (colon < 0 || colon + 1 < line.length() && line.charAt(colon + 1) != ' ') {
                throw decline();
            }
            String key = line.substring(column, colon);
            if (key.length() >= MAX_KEY || !KEY.matcher(key).matches() || entries.containsKey(key)) {
                throw decline();
            }
            int valueColumn = colon + 1;
            while (valueColumn < line.length() && line.charAt(valueColumn) == ' ') {
                valueColumn++;
            }
            at = index + 1;
            YNode value;
            if (valueColumn == line.length()) {
                value = nested(indent, depth + 1);
            } else {
                value = inline(line, index, valueColumn, indent, depth + 1);
            }
            entries.put(key, new YNode.Entry(key, line(index), column + 1, value));
            int next = nextInBlock(indent);
            if (next < 0) {
                break;
            }
            if (lines[next].startsWith("-", indent)) {
                throw decline(); // a list item at key level
            }
            index = next;
            column = indent;
        }
        return new YNode.YMap(Collections.unmodifiableMap(entries), line(first), firstColumn + 1);
    }

    /** The value of a key with nothing after its colon: a mapping or list on the next lines. */
    private YNode nested(int keyIndent, int depth) {
        int next = nextContent(at);
        if (next < 0) {
            throw decline(); // an empty value: SnakeYAML gives it its null node
        }
        String line = lines[next];
        int indent = indentation(line);
        boolean item = line.startsWith("- ", indent) || line.length() == indent + 1 && line.charAt(indent) == '-';
        if (item && indent >= keyIndent) {
            return list(indent, next, depth);
        }
        if (indent > keyIndent) {
            return map(indent, next, indent, depth);
        }
        throw decline();
    }

    /** A block list whose dashes stand at column {@code indent}, from line {@code first}. */
    private YNode.YList list(int indent, int first, int depth) {
        count(depth);
        List<YNode> items = new ArrayList<>();
        int index = first;
        while (true) {
            String line = lines[index];
            if (!line.startsWith("- ", indent)) {
                throw decline(); // a lone dash: the item is on the next lines
            }
            int valueColumn = indent + 2;
            while (valueColumn < line.length() && line.charAt(valueColumn) == ' ') {
                valueColumn++;
            }
            if (valueColumn == line.length()) {
                throw decline();
            }
            at = index + 1;
            if (startsMapping(line, valueColumn)) {
                items.add(map(valueColumn, index, valueColumn, depth + 1));
            } else {
                items.add(inline(line, index, valueColumn, indent, depth + 1));
            }
            int next = nextInBlock(indent);
            if (next < 0) {
                break;
            }
            if (!lines[next].startsWith("-", indent)) {
                // a key at the dashes' column ends a list that is a mapping value at the same indent
                if (depth > 0) {
                    break;
                }
                throw decline();
            }
            index = next;
        }
        return new YNode.YList(List.copyOf(items), line(first), indent + 1);
    }

    /**
     * Whether the text at {@code column} reads as "key:" followed by a space or the end of the line.
     * Any other ": " in a plain value makes {@link #plain} decline (SnakeYAML would read a mapping).
     */
    private static boolean startsMapping(String line, int column) {
        int i = column;
        while (i < line.length() && (Character.isLetterOrDigit(line.charAt(i)) || line.charAt(i) == '-' || line.charAt(i) == '_')) {
            i++;
        }
        return i > column && i < line.length() && line.charAt(i) == ':' && (i + 1 == line.length() || line.charAt(i + 1) == ' ');
    }

    /**
     * A value that starts on this line at {@code column}: plain, quoted, a literal block or a
     * one-line flow list or mapping. {@code parentIndent} is the key's or dash's column.
     */
    private YNode inline(String line, int index, int column, int parentIndent, int depth) {
        count(depth);
        char c = line.charAt(column);
        YNode value = switch (c) {
            case '"' -> quoted(line, index, column, '"');
            case '\'' -> quoted(line, index, column, '\'');
            case '|' -> literal(line, index, column, parentIndent);
            case '[' -> flowList(line, index, column, depth);
            case '{' -> flowMap(line, index, column, depth);
            default -> plain(line.substring(column, endOfSpaces(line)), index, column, false);
        };
        if (c != '|') {
            int next = nextContent(at);
            if (next >= 0 && indentation(lines[next]) > parentIndent) {
                throw decline(); // a continuation line, or a value SnakeYAML would reject
            }
        }
        return value;
    }

    /** Where the trailing spaces (only U+0020: YAML's white space) of {@code line} start. */
    private static int endOfSpaces(String line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        return end;
    }

    private static boolean onlySpaces(String line, int from) {
        return endOfSpaces(line) <= from;
    }

    private YNode.Scalar plain(String text, int index, int column, boolean flow) {
        if (text.isEmpty() || INDICATORS.indexOf(text.charAt(0)) >= 0 || text.contains(": ") || text.endsWith(":")
                || text.contains(" #") || text.contains("  ")) {
            throw decline();
        }
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '[' || ch == ']' || ch == '{' || ch == '}' || flow && (ch == ',' || ch == ':' || ch == '#' || ch == '?')) {
                throw decline();
            }
        }
        Tag tag = RESOLVER.resolve(NodeId.scalar, text, true);
        String name = tag.getValue().startsWith(Tag.PREFIX) ? tag.getValue().substring(Tag.PREFIX.length()) : tag.getValue();
        if (!STANDARD_TAGS.contains(name)) {
            throw decline();
        }
        return new YNode.Scalar(text, name, false, line(index), column + 1);
    }

    private YNode.Scalar quoted(String line, int index, int column, char quote) {
        StringBuilder value = new StringBuilder();
        int i = column + 1;
        while (true) {
            if (i >= line.length()) {
                throw decline(); // continues on the next line
            }
            char ch = line.charAt(i);
            if (ch == quote) {
                if (quote == '\'' && i + 1 < line.length() && line.charAt(i + 1) == '\'') {
                    value.append('\'');
                    i += 2;
                    continue;
                }
                break;
            }
            if (quote == '"' && ch == '\\') {
                throw decline();
            }
            value.append(ch);
            i++;
        }
        if (!onlySpaces(line, i + 1)) {
            throw decline();
        }
        String text = value.toString();
        if (text.contains("  ") || text.startsWith(" ") || text.endsWith(" ")) {
            throw decline(); // how spaces fold is SnakeYAML's business
        }
        return new YNode.Scalar(text, "str", false, line(index), column + 1);
    }

    /** A literal block ({@code |} or {@code |-}) under a key at {@code parentIndent}. */
    private YNode.Scalar literal(String line, int index, int column, int parentIndent) {
        String header = line.substring(column + 1, Math.max(column + 1, endOfSpaces(line)));
        boolean strip = header.equals("-");
        if (!header.isEmpty() && !strip) {
            throw decline();
        }
        int first = index + 1;
        if (first >= lines.length || onlySpaces(lines[first], 0)) {
            throw decline();
        }
        int indent = indentation(lines[first]);
        if (indent <= parentIndent) {
            throw decline();
        }
        StringBuilder value = new StringBuilder();
        int pendingBreaks = 0;
        int i = first;
        int lastContent = -1;
        for (; i < lines.length; i++) {
            String l = lines[i];
            int lineIndent = indentation(l);
            if (lineIndent == l.length()) { // blank
                if (lineIndent > indent) {
                    throw decline();
                }
                pendingBreaks++;
                continue;
            }
            if (lineIndent < indent) {
                break;
            }
            if (lastContent >= 0) {
                value.append("\n".repeat(pendingBreaks + 1));
            }
            pendingBreaks = 0;
            value.append(l, indent, l.length());
            lastContent = i;
        }
        if (i == lines.length && !endsWithBreak) {
            throw decline(); // the block runs to the end without a final line break: chomping differs
        }
        if (!strip) {
            value.append('\n');
        }
        at = lastContent + 1;
        return new YNode.Scalar(value.toString(), "str", true, line(index), column + 1);
    }

    private YNode.YList flowList(String line, int index, int column, int depth) {
        int close = line.indexOf(']', column);
        if (close < 0 || !onlySpaces(line, close + 1)) {
            throw decline();
        }
        List<YNode> items = new ArrayList<>();
        String inside = line.substring(column + 1, close);
        if (!onlySpaces(inside, 0)) {
            int start = column + 1;
            for (String part : inside.split(",", -1)) {
                int lead = indentation(part);
                String item = part.substring(lead, Math.max(lead, endOfSpaces(part)));
                if (item.isEmpty() || part.length() - lead - item.length() > 1 || lead > 1) {
                    throw decline();
                }
                count(depth + 1);
                items.add(plain(item, index, start + lead, true));
                start += part.length() + 1;
            }
        }
        return new YNode.YList(List.copyOf(items), line(index), column + 1);
    }

    private YNode.YMap flowMap(String line, int index, int column, int depth) {
        int close = line.indexOf('}', column);
        if (close < 0 || !onlySpaces(line, close + 1)) {
            throw decline();
        }
        Map<String, YNode.Entry> entries = new LinkedHashMap<>();
        String inside = line.substring(column + 1, close);
        if (onlySpaces(inside, 0)) {
            throw decline();
        }
        int start = column + 1;
        for (String part : inside.split(",", -1)) {
            int lead = indentation(part);
            int colon = part.indexOf(": ");
            if (colon < 0 || lead > 1) {
                throw decline();
            }
            String key = part.substring(lead, colon);
            if (key.length() >= MAX_KEY || !KEY.matcher(key).matches() || entries.containsKey(key)) {
                throw decline();
            }
            String rest = part.substring(colon + 2);
            String item = rest.substring(0, endOfSpaces(rest));
            if (item.isEmpty() || indentation(rest) > 0 || rest.length() - item.length() > 1) {
                throw decline();
            }
            count(depth + 1);
            YNode.Scalar value = plain(item, index, start + colon + 2, true);
            entries.put(key, new YNode.Entry(key, line(index), start + lead + 1, value));
            start += part.length() + 1;
        }
        return new YNode.YMap(Collections.unmodifiableMap(entries), line(index), column + 1);
    }
}
