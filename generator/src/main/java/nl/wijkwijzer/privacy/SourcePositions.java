package nl.wijkwijzer.privacy;

import java.util.Arrays;

import nl.wijkwijzer.content.ContentFile;
import nl.wijkwijzer.yaml.YNode;

/**
 * Turns a char offset inside a scanned text into the line and column of the file, so a message points
 * at the value itself rather than at the start of its field.
 *
 * <p>A YAML value is not a substring of the file: quotes, escapes ("\u00e9"), line folding and the
 * indentation of block scalars all sit in between. So the value is walked alongside the file text from
 * the scalar's start, matching character by character and stepping over what YAML removed. This runs
 * only for texts with a finding. Without the file text (a {@link ContentFile} built without it), single
 * line plain values are still exact; elsewhere the line is right and the column is 0 (unknown).
 */
final class SourcePositions {
    record Position(int line, int column) {
    }

    private final String text;
    private final int bodyLine;
    private int[] lineStarts;

    SourcePositions(ContentFile file) {
        this.text = file.text() == null ? "" : file.text();
        this.bodyLine = file.bodyLine();
    }

    /** @param offsets char offsets into {@code field.text()}, in ascending order */
    Position[] of(TextField field, int[] offsets) {
        if (field.isBody()) {
            return inBody(field.text(), offsets);
        }
        YNode.Scalar scalar = field.scalar();
        int start = text.isEmpty() ? -1 : offsetOf(scalar.line(), scalar.column());
        Position[] out = new Position[offsets.length];
        int[] mapped = start < 0 ? new int[offsets.length] : align(scalar, start, offsets);
        if (start < 0) {
            Arrays.fill(mapped, -1);
        }
        for (int k = 0; k < offsets.length; k++) {
            out[k] = mapped[k] >= 0 ? positionOf(mapped[k]) : approximate(scalar, offsets[k]);
        }
        return out;
    }

    private Position[] inBody(String body, int[] offsets) {
        Position[] out = new Position[offsets.length];
        int line = bodyLine;
        int lineStart = 0;
        int i = 0;
        for (int k = 0; k < offsets.length; k++) {
            for (; i < offsets[k]; i++) {
                if (body.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            out[k] = new Position(line, body.codePointCount(lineStart, offsets[k]) + 1);
        }
        return out;
    }

    private static Position approximate(YNode.Scalar scalar, int offset) {
        String v = scalar.value();
        int newlines = 0;
        for (int i = 0; i < offset; i++) {
            if (v.charAt(i) == '\n') {
                newlines++;
            }
        }
        if (!scalar.block() && newlines == 0) {
            return new Position(scalar.line(), scalar.column() + v.codePointCount(0, offset));
        }
        return new Position(scalar.line() + (scalar.block() ? 1 : 0) + newlines, 0);
    }

    private int[] lineStarts() {
        if (lineStarts == null) {
            int count = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    count++;
                }
            }
            int[] starts = new int[count];
            int k = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts[k++] = i + 1;
                }
            }
            lineStarts = starts;
        }
        return lineStarts;
    }

    /** File offset of a 1-based line and column (columns count code points, as SnakeYAML does), or -1. */
    private int offsetOf(int line, int column) {
        int[] starts = lineStarts();
        if (line < 1 || line > starts.length || column < 1) {
            return -1;
        }
        int lineStart = starts[line - 1];
        int lineEnd = line < starts.length ? starts[line] - 1 : text.length();
        int offset = lineStart;
        for (int c = 1; c < column; c++) {
            if (offset >= lineEnd) {
                return -1;
            }
            offset += Character.charCount(text.codePointAt(offset));
        }
        return offset;
    }

    private Position positionOf(int offset) {
        int[] starts = lineStarts();
        int line = Arrays.binarySearch(starts, offset);
        if (line < 0) {
            line = -line - 2;
        }
        return new Position(line + 1, text.codePointCount(starts[line], offset) + 1);
    }

    /** File offsets of the given value offsets, or -1 where the walk lost track. */
    private int[] align(YNode.Scalar scalar, int start, int[] offsets) {
        String v = scalar.value();
        int[] result = new int[offsets.length];
        Arrays.fill(result, -1);
        int n = text.length();
        int s = start;
        // Node properties (a tag such as !!str or an anchor) come before the value itself.
        while (s < n && (text.charAt(s) == '!' || text.charAt(s) == '&')) {
            while (s < n && !Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (s < n && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
        }
        boolean doubleQuoted = false;
        boolean singleQuoted = false;
        if (scalar.block()) {
            int newline = text.indexOf('\n', s); // the header line: '|' or '>' and indicators
            s = newline < 0 ? n : newline + 1;
        } else if (s < n && text.charAt(s) == '"') {
            doubleQuoted = true;
            s++;
        } else if (s < n && text.charAt(s) == '\'') {
            singleQuoted = true;
            s++;
        }
        int k = 0;
        for (int i = 0; i < v.length() && k < offsets.length; i++) {
            char c = v.charAt(i);
            int at = -1;
            int extra = 0;
            while (s < n) {
                char sc = text.charAt(s);
                if (doubleQuoted && sc == '\\' && s + 1 < n) {
                    char e = text.charAt(s + 1);
                    if (e == '\n') { // an escaped line break joins the lines and produces nothing
                        s += 2;
                        while (s < n && (text.charAt(s) == ' ' || text.charAt(s) == '\t')) {
                            s++;
                        }
                        continue;
                    }
                    at = s;
                    s += e == 'x' ? 4 : e == 'u' ? 6 : e == 'U' ? 10 : 2;
                    extra = Character.isHighSurrogate(c) ? 1 : 0;
                    break;
                }
                if (singleQuoted && sc == '\'' && s + 1 < n && text.charAt(s + 1) == '\'') {
                    at = s;
                    s += 2;
                    break;
                }
                if (sc == c) {
                    at = s;
                    s++;
                    break;
                }
                if (isSpace(c)) { // a folded line break or stripped trailing space
                    at = s;
                    if (isSpace(sc)) {
                        s++;
                    }
                    break;
                }
                s++; // indentation, a line break or a quote that YAML removed
            }
            if (at < 0) {
                break;
            }
            for (int j = i; j <= i + extra; j++) {
                while (k < offsets.length && offsets[k] == j) {
                    result[k++] = at;
                }
            }
            i += extra;
        }
        return result;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t';
    }
}
