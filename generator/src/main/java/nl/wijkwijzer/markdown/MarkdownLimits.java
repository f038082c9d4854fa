package nl.wijkwijzer.markdown;

/**
 * What flexmark can parse and render without running out of stack or time, judged from the text
 * alone (flexmark's own parser is what overflows, so it cannot be asked). Measured on flexmark 0.64.8
 * with a 1 MiB thread stack (see docs/fuzzing.md): 1,000 nested block quotes ({@code >>>>...}), 1,000
 * nested list items ({@code - - - ...} or ever deeper indentation) and a run of 3,000 {@code *}
 * overflow the stack; 300 levels and 1,000 stars do not. The limits below are far under that and far
 * over real content (three or four levels).
 *
 * <p>The autolink extension costs time quadratic in the length of a word without spaces that holds
 * many link starts: 50,000 characters of {@code www.a} took 6 s, 250 KB took 136 s. Up to
 * {@link #MAX_AUTOLINK_WORD} characters it costs at most ~1 ms per word, so a text with a longer word
 * is rendered without automatic links (explicit {@code [tekst](url)} links still work).
 *
 * <p>The check ({@code ContentLoader}) refuses a text over a nesting limit with file and line, and
 * {@link Markdown} renders such a text as escaped plain text, so even an unchecked caller never crashes.
 */
public final class MarkdownLimits {
    /** Block quotes and list items inside each other. */
    public static final int MAX_NESTING = 50;
    /** One run of the same emphasis character ({@code *} or {@code _}). */
    public static final int MAX_DELIMITER_RUN = 200;
    /** A word (characters without a space, tab or line break) longer than this turns autolinking off. */
    public static final int MAX_AUTOLINK_WORD = 500;

    private MarkdownLimits() {
    }

    /**
     * A limit {@code markdown} goes over.
     *
     * @param line    0-based line inside the text
     * @param message Dutch, without the offending text
     * @param hint    Dutch, what to change
     */
    public record Problem(int line, String message, String hint) {
    }

    /** The first limit {@code markdown} goes over, or null. Linear in the length of the text. */
    public static Problem problem(String markdown) {
        int line = 0;
        int start = 0;
        int n = markdown.length();
        while (start <= n) {
            int end = markdown.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            if (nestingBound(markdown, start, end) > MAX_NESTING) {
                return new Problem(line, "tekst is te diep genest (meer dan " + MAX_NESTING
                        + " citaten ('>') of lijsten in elkaar)",
                        "gebruik minder niveaus; zet een teken dat als tekst bedoeld is achter een \\ (zoals \\>)");
            }
            char run = 0;
            int length = 0;
            for (int i = start; i < end; i++) {
                char c = markdown.charAt(i);
                if ((c == '*' || c == '_') && c == run) {
                    if (++length > MAX_DELIMITER_RUN) {
                        return new Problem(line, "meer dan " + MAX_DELIMITER_RUN + " tekens '" + c + "' achter elkaar",
                                "haal de reeks weg of korter; voor een lijn over de hele breedte: schrijf *** op een eigen regel");
                    }
                } else {
                    run = c;
                    length = 1;
                }
            }
            line++;
            start = end + 1;
        }
        return null;
    }

    /**
     * An upper bound on the number of containers (block quotes, list items) open on the line
     * {@code [start, end)}: every container that holds a line either starts on it (a {@code >} or a list
     * marker in the line's lead) or is continued by it ({@code >}, or two or more columns of
     * indentation per list level: a list item's content starts at least two columns right of its
     * marker). Counting every marker with the one space after it, and half of every other column of
     * white space in the lead, therefore never counts too few. Lazy continuation lines open nothing.
     */
    static int nestingBound(String s, int start, int end) {
        int markers = 0;
        int columns = 0;
        int i = start;
        while (i < end) {
            char c = s.charAt(i);
            if (c == ' ') {
                columns++;
                i++;
            } else if (c == '\t') {
                columns += 4;
                i++;
            } else if (c == '>') {
                markers++;
                i = afterOneSpace(s, i + 1, end);
            } else if ((c == '-' || c == '*' || c == '+') && (i + 1 == end || s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '\t')) {
                markers++;
                i = afterOneSpace(s, i + 1, end);
            } else if (c >= '0' && c <= '9') {
                int j = i;
                while (j < end && j - i < 10 && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                    j++;
                }
                if (j < end && (s.charAt(j) == '.' || s.charAt(j) == ')')
                        && (j + 1 == end || s.charAt(j + 1) == ' ' || s.charAt(j + 1) == '\t')) {
                    markers++;
                    i = afterOneSpace(s, j + 1, end);
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return markers + columns / 2;
    }

    /** The space that belongs to a marker ("> ", "- ") is part of its width, not indentation. */
    private static int afterOneSpace(String s, int i, int end) {
        return i < end && s.charAt(i) == ' ' ? i + 1 : i;
    }

    /** Whether autolinking {@code markdown} stays within its time bound: no word over {@link #MAX_AUTOLINK_WORD}. */
    public static boolean autolinkAffordable(String markdown) {
        int word = 0;
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
                word = 0;
            } else if (++word > MAX_AUTOLINK_WORD) {
                return false;
            }
        }
        return true;
    }
}
