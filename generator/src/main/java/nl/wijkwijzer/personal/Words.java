package nl.wijkwijzer.personal;

import java.util.Arrays;

/**
 * The words of a text for the name checks: runs of letters (with their accents). Hyphens and
 * apostrophes split words, so "Özdemir-Bakker" holds "Bakker" and "Jan's" holds "Jan".
 */
public final class Words {
    final String text;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private String[] folded;
    private int size;

    public Words(String text) {
        this.text = text;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isWordChar(text.charAt(i))) {
                i++;
            }
            add(start, i);
        }
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private void add(int start, int end) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        size++;
    }

    public int size() {
        return size;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    String word(int i) {
        return text.substring(starts[i], ends[i]);
    }

    public String folded(int i) {
        if (folded == null) {
            folded = new String[size];
        }
        if (folded[i] == null) {
            folded[i] = Chars.fold(word(i));
        }
        return folded[i];
    }

    /** "Jan", "Ayşe": an upper-case letter followed by lower-case letters only. */
    boolean isCapitalised(int i) {
        int s = starts[i];
        int e = ends[i];
        if (e - s < 2 || !Character.isUpperCase(text.charAt(s))) {
            return false;
        }
        for (int k = s + 1; k < e; k++) {
            char c = text.charAt(k);
            if (!Character.isLowerCase(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return true;
    }

    /** Words follow each other with only white space, a hyphen or an apostrophe between them. */
    boolean joined(int i, int next) {
        int gap = starts[next] - ends[i];
        if (gap < 1 || gap > 3) {
            return false;
        }
        for (int k = ends[i]; k < starts[next]; k++) {
            char c = text.charAt(k);
            if (!Character.isWhitespace(c) && c != '-' && c != '\'' && c != '’' && c != '\u00A0') {
                return false;
            }
        }
        return true;
    }
}
