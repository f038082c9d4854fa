package nl.wijkwijzer.markdown;

import java.util.List;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * Markdown to plain text, the one way every stage does it (search texts and snippets, the report):
 * flexmark's text collector, so no markup and raw HTML kept as text; whitespace runs become one space,
 * or one line break where they hold one. Plain prose skips the parser ({@link SimpleProse}).
 */
public final class MarkdownText {
    private MarkdownText() {
    }

    private static final Parser PARSER = Parser.builder(new MutableDataSet().set(Parser.EXTENSIONS,
            List.of(TablesExtension.create()))).build();

    static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[ \\t\\x0B\\f\\r]+");
    static final java.util.regex.Pattern BREAKS = java.util.regex.Pattern.compile(" *\\n[ \\n]*");

    /** {@link #of} without the plain-prose shortcut (for tests). */
    static String withFlexmark(String markdown) {
        String text = new TextCollectingVisitor().collectAndGetText(PARSER.parse(markdown));
        return BREAKS.matcher(SPACES.matcher(text).replaceAll(" ")).replaceAll("\n").strip();
    }

    /**
     * Markdown to plain text (flexmark's text collector: no markup, raw HTML left out as text). A pure
     * function: a stage that meets the same text often remembers it in its build's cache.
     */
    public static String of(String markdown) {
        List<String> prose = SimpleProse.paragraphs(markdown);
        String text = prose != null ? SimpleProse.text(prose)
                : new TextCollectingVisitor().collectAndGetText(PARSER.parse(markdown));
        return normalized(text);
    }

    /**
     * Runs of spaces and tabs to one space, line breaks with the spaces around them to one, then
     * stripped: what {@link #SPACES} then {@link #BREAKS} give (a run of blanks holding a line break
     * ends as one line break, any other run as one space), in one pass instead of two regexes
     * (docs/performance.md). {@code NormalizedTextTest} compares both on random texts.
     */
    static String normalized(String text) {
        StringBuilder sb = null;
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (!isBlank(c)) {
                if (sb != null) {
                    sb.append(c);
                }
                i++;
                continue;
            }
            int end = i;
            boolean breaks = false;
            while (end < length && isBlank(text.charAt(end))) {
                breaks |= text.charAt(end) == '\n';
                end++;
            }
            char replacement = breaks ? '\n' : ' ';
            if (sb == null && (end - i != 1 || c != replacement)) {
                sb = new StringBuilder(length).append(text, 0, i);
            }
            if (sb != null) {
                sb.append(replacement);
            }
            i = end;
        }
        return (sb == null ? text : sb.toString()).strip();
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
