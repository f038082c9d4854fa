package nl.wijkwijzer.build;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the glitches of generated Dutch text a reader notices (issue 23): a field's capital in
 * mid-sentence ("reageert Binnen een week"), a double full stop, a "·" separator with nothing on
 * one side, the polite "u"/"uw" where the site says "je", and picocli's English help texts. It
 * scans text as a person sees it: the visible text of a page, one line per block element.
 */
public final class TextGlitches {
    /** A glitch: its kind and the text around it. */
    public record Glitch(String kind, String where, String context) {
        @Override
        public String toString() {
            return kind + " in " + where + ": …" + context + "…";
        }
    }

    /**
     * First words of field values (reactietijd, bereikbaarheid, ...) that are never a name, so after a
     * lower-case word in the same line they are a field's capital in mid-sentence. After a colon a
     * capital may start a whole sentence ("Eropaf-team: Binnen vier uur aan huis.") and after a comma a
     * title in a list of titles keeps its capital, so those count not.
     */
    private static final Pattern CAPITAL = Pattern.compile(
            "\\p{Ll};? (Binnen|Direct|Dezelfde|Op|Via|Bij|Eerste|Spoed|Je|Dag|Elke|Meestal|Alleen|Per|Na)\\b");
    /** Two full stops that are not part of an ellipsis "...", also with a space between. */
    private static final Pattern DOUBLE_STOP = Pattern.compile("(?<!\\.)\\.\\s*\\.(?!\\.)");
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*·|·\\s*$|·\\s*·");
    /** "u" or "uw" as a whole word (not in "u.i.", "U-bocht" or an address like "Dorpsstraat 4 u"). */
    private static final Pattern POLITE = Pattern.compile("(?<![\\p{L}\\p{N}.'’-])(?:[Uu]|[Uu]w)(?![\\p{L}\\p{N}.'’-])");
    private static final List<String> ENGLISH_HELP = List.of("Usage:", "Show this help", "Print version",
            "Display help", "Commands:", "Options:", "Parameters:", "COMMAND", "Default:", "the specified command");

    private TextGlitches() {
    }

    /** The glitches in the visible text of one HTML page. */
    public static List<Glitch> inPage(String where, String html) {
        return inText(where, visibleLines(html));
    }

    /** The glitches in a command's help output, including picocli's English phrases. */
    public static List<Glitch> inHelp(String where, String help) {
        List<Glitch> found = new ArrayList<>(inText(where, help));
        for (String phrase : ENGLISH_HELP) {
            int at = help.indexOf(phrase);
            if (at >= 0) {
                found.add(new Glitch("Engels in de hulp", where, context(help, at, at + phrase.length())));
            }
        }
        return found;
    }

    static List<Glitch> inText(String where, String text) {
        List<Glitch> found = new ArrayList<>();
        for (String line : text.split("\n")) {
            find(found, "hoofdletter midden in een zin", CAPITAL, where, line);
            find(found, "dubbele punt", DOUBLE_STOP, where, line);
            find(found, "losse ·", SEPARATOR, where, line);
            find(found, "u in plaats van je", POLITE, where, line);
        }
        return found;
    }

    private static void find(List<Glitch> found, String kind, Pattern p, String where, String line) {
        Matcher m = p.matcher(line);
        while (m.find()) {
            found.add(new Glitch(kind, where, context(line, m.start(), m.end())));
        }
    }

    private static String context(String s, int start, int end) {
        return s.substring(Math.max(0, start - 40), Math.min(s.length(), end + 25)).strip();
    }

    /** The body's visible text, a line per block element (so a heading and the next paragraph do not join). */
    static String visibleLines(String html) {
        Element body = Jsoup.parse(html).body();
        body.select("script, style, template, [hidden], noscript").remove();
        StringBuilder sb = new StringBuilder();
        body.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(t.text());
                } else if (node instanceof Element e && (e.isBlock() || e.nameIs("br"))) {
                    sb.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    sb.append('\n');
                }
            }
        });
        return sb.toString().replaceAll("[ \\t\\u00a0]+", " ").replaceAll(" *\\n *", "\n");
    }
}
