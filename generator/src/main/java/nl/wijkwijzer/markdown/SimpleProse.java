package nl.wijkwijzer.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * Recognises Markdown that is nothing but paragraphs of plain prose (most case texts are) and
 * gives what flexmark would give for it, without parsing: {@code <p>} per paragraph, and the
 * paragraphs as text. The test is deliberately narrow: any character or line start that could mean
 * markup (emphasis, links, code, HTML, entities, lists, headings, quotes, tables, autolinks,
 * indents, hard breaks) sends the text to flexmark. {@code SimpleProseTest} compares both ways on
 * the default content, a synthetic corpus and generated texts.
 */
public final class SimpleProse {
    private static final String MARKUP = "\\`*_[]<>#&|~@";
    private static final String LINE_START = "-+=*#>0123456789";
    /** ASCII characters that end the fast path: controls and {@link #MARKUP} (a table: this runs per character). */
    private static final boolean[] ASCII_STOP = new boolean[128];

    static {
        for (int c = 0; c < 128; c++) {
            ASCII_STOP[c] = c < 0x20 || c == 0x7f || MARKUP.indexOf(c) >= 0;
        }
    }

    private SimpleProse() {
    }

    /** The paragraphs (lines joined with a newline), or null when the text may hold any markup. */
    public static List<String> paragraphs(String markdown) {
        if (markdown.contains("://") || markdown.contains("www.")) {
            return null;
        }
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int start = 0;
        int length = markdown.length();
        while (start <= length) {
            int end = markdown.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            if (end == start) {
                if (!current.isEmpty()) {
                    paragraphs.add(current.toString());
                    current.setLength(0);
                }
            } else {
                char first = markdown.charAt(start);
                char last = markdown.charAt(end - 1);
                if (LINE_START.indexOf(first) >= 0 || Character.isWhitespace(first) || Character.isSpaceChar(first)
                        || Character.isWhitespace(last) || Character.isSpaceChar(last)) {
                    return null;
                }
                for (int i = start; i < end; i++) {
                    char c = markdown.charAt(i);
                    if (c < 128 ? ASCII_STOP[c] : Character.isSurrogate(c) || Character.getType(c) == Character.FORMAT
                            || Character.isWhitespace(c)) {
                        return null;
                    }
                }
                if (!current.isEmpty()) {
                    current.append('\n');
                }
                current.append(markdown, start, end);
            }
            start = end + 1;
        }
        if (!current.isEmpty()) {
            paragraphs.add(current.toString());
        }
        return paragraphs;
    }

    /** flexmark's HTML for these paragraphs (before the sanitizer). */
    public static String html(List<String> paragraphs) {
        StringBuilder sb = new StringBuilder();
        for (String p : paragraphs) {
            sb.append("<p>").append(p.replace("\"", "&quot;")).append("</p>\n");
        }
        return sb.toString();
    }

    /** flexmark's collected text for these paragraphs. */
    public static String text(List<String> paragraphs) {
        return String.join("\n\n", paragraphs);
    }
}
