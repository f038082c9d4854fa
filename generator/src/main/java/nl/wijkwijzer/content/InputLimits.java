package nl.wijkwijzer.content;

import nl.wijkwijzer.diagnostics.Diagnostics;
import nl.wijkwijzer.diagnostics.Source;
import nl.wijkwijzer.markdown.MarkdownLimits;
import nl.wijkwijzer.yaml.SafeYaml;
import nl.wijkwijzer.yaml.YNode;

/**
 * Limits on content that the loader enforces, so that whatever {@code check} passes, {@code build}
 * can make (both run the same loader): a file's size before it is read, the length of an id (it
 * becomes a file name), characters no page or PDF can hold, and the nesting that flexmark can take
 * ({@link MarkdownLimits}). Every limit is a diagnostic with file and line, never the offending text.
 */
final class InputLimits {
    /** The most a content file may hold: the UTF-8 bytes of {@link SafeYaml#MAX_FILE_CHARS} characters (1 MiB). */
    static final long MAX_FILE_BYTES = SafeYaml.MAX_FILE_CHARS * 4L;
    /** The longest id (file name without extension); ids become folder and file names of the site. */
    static final int MAX_ID_LENGTH = 80;

    private InputLimits() {
    }

    /**
     * Whether {@code c} may not appear in content: C0 controls other than tab and line feed, DEL, C1
     * controls, lone surrogates and Unicode non-characters (U+FDD0-U+FDEF, U+xFFFE, U+xFFFF). They are
     * invisible in an editor, clear or retitle a terminal (ESC), and make the PDF library fail.
     */
    static boolean forbidden(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20) {
            return c != '\t' && c != '\n';
        }
        if (c >= 0x7f && c <= 0x9f) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                return true;
            }
            int cp = Character.toCodePoint(c, s.charAt(i + 1));
            return (cp & 0xfffe) == 0xfffe;
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return c >= 0xfdd0 && c <= 0xfdef || c == 0xfffe || c == 0xffff;
    }

    /** Index of the first forbidden character in {@code s}, or -1. */
    static int firstForbidden(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // fast path: ordinary printable characters
            if (c >= 0x20 && c < 0x7f || c >= 0xa0 && c < 0xd800) {
                continue;
            }
            if (forbidden(s, i)) {
                return i;
            }
        }
        return -1;
    }

    /** "U+0001" for the character at {@code i} (a code point that names no personal data). */
    static String codeOf(String s, int i) {
        return String.format("U+%04X", (int) s.charAt(i));
    }

    private static void reportCharacter(Diagnostics d, Source at, String s, int i) {
        char c = s.charAt(i);
        boolean control = c < 0x20 || c >= 0x7f && c <= 0x9f;
        d.error(at, "ongeldig-teken", (control ? "onzichtbaar stuurteken " : "ongeldig teken ") + codeOf(s, i)
                + " in de tekst; dat kan niet op een pagina of in een pdf",
                "haal het teken weg: typ het woord opnieuw, of plak de tekst als platte tekst"
                        + " (een \\u- of \\x-code tussen aanhalingstekens maakt zo'n teken ook)");
    }

    /**
     * Checks a whole file's text (line {@code 1} is its first line); true when it may be parsed.
     * Raw control characters are reported here with line and column, before YAML reports them
     * without a place.
     */
    static boolean checkText(String text, Source file, Diagnostics d) {
        int i = firstForbidden(text);
        if (i < 0) {
            return true;
        }
        int line = 1;
        int lineStart = 0;
        for (int k = 0; k < i; k++) {
            if (text.charAt(k) == '\n') {
                line++;
                lineStart = k + 1;
            }
        }
        reportCharacter(d, file.at(line, i - lineStart + 1), text, i);
        return false;
    }

    /**
     * Checks every key and text value of a YAML tree: characters made by escapes ({@code "\u0001"},
     * {@code "\ud800"}), and the Markdown nesting limits (any text may be rendered as Markdown).
     */
    static void checkTree(YNode node, Source file, Diagnostics d) {
        switch (node) {
            case YNode.Scalar s -> {
                int i = firstForbidden(s.value());
                if (i >= 0) {
                    reportCharacter(d, file.at(s.line(), s.column()), s.value(), i);
                    return;
                }
                checkMarkdown(s.value(), file, s.line() + (s.block() ? 1 : 0), d);
            }
            case YNode.YList l -> l.items().forEach(item -> checkTree(item, file, d));
            case YNode.YMap m -> {
                for (YNode.Entry e : m.entries().values()) {
                    int i = firstForbidden(e.key());
                    if (i >= 0) {
                        reportCharacter(d, file.at(e.line(), e.column()), e.key(), i);
                    } else if (e.key().length() > MAX_ID_LENGTH) {
                        // a key may be an id (wijken, gegevens) and so a file name of the site
                        d.error(file.at(e.line(), e.column()), "ongeldig-id", "naam voor de dubbele punt is te lang ("
                                + e.key().length() + " tekens, hoogstens " + MAX_ID_LENGTH + ")",
                                "kies een korter id of een kortere veldnaam");
                    }
                    checkTree(e.value(), file, d);
                }
            }
        }
    }

    /** Checks a Markdown text whose first line is line {@code firstLine} of the file. */
    static void checkMarkdown(String markdown, Source file, int firstLine, Diagnostics d) {
        MarkdownLimits.Problem p = MarkdownLimits.problem(markdown);
        if (p != null) {
            d.error(file.at(firstLine + p.line(), 0), "markdown-limiet", p.message(), p.hint());
        }
    }
}
