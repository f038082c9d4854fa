package nl.wijkwijzer.check;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flesch-Douma, the Dutch adaptation of the Flesch reading ease (Douma 1960):
 * {@code 206.835 - 0.93 * (words / sentences) - 77 * (syllables / words)}. Higher is easier; B1
 * texts usually score 60 or more. Syllables are counted as vowel groups, which fits Dutch spelling:
 * double vowels and diphthongs (aa, ee, oo, uu, ie, oe, eu, ei, ij, ou, au, ui) are one group, and a
 * trema (ë, ï) starts a new syllable (beïnvloeden, ideeën).
 */
public final class Readability {
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");
    /** Sentence ends: . ! ? before a space, a colon or semicolon at a line end, a blank line. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$)|[:;]\\s*\\n|\\n\\s*\\n");

    /** Counts and score of one text. {@code score} is NaN when the text has no words. */
    public record Score(int words, int sentences, int syllables, double score) {
    }

    private Readability() {
    }

    public static Score of(String text) {
        return MEMO.get(text, Readability::score);
    }

    /** A preview rebuild scores every public text again; nearly all of them did not change. */
    private static final nl.wijkwijzer.Memo<String, Score> MEMO = nl.wijkwijzer.Memo.entries(200_000, true);

    private static Score score(String text) {
        String plain = plainText(text);
        int words = 0;
        int syllables = 0;
        Matcher m = WORD.matcher(plain);
        while (m.find()) {
            words++;
            syllables += syllables(m.group());
        }
        // A sentence is a stretch of text with at least one word between two sentence ends.
        int sentences = 0;
        for (String part : SENTENCE_END.split(plain)) {
            if (WORD.matcher(part).find()) {
                sentences++;
            }
        }
        sentences = Math.max(1, sentences);
        double score = words == 0 ? Double.NaN
                : 206.835 - 0.93 * ((double) words / sentences) - 77.0 * ((double) syllables / words);
        return new Score(words, sentences, syllables, score);
    }

    /** Syllables of one Dutch word: the number of vowel groups, at least one. */
    public static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace("ij", "i");
        int count = 0;
        boolean inVowel = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            boolean trema = c == 'ë' || c == 'ï' || c == 'ü' || c == 'ö' || c == 'ä';
            boolean vowel = trema || isVowel(c);
            if (vowel && (!inVowel || trema)) {
                count++;
            }
            inVowel = vowel;
        }
        return Math.max(1, count);
    }

    private static boolean isVowel(char c) {
        if ("aeiouy".indexOf(c) >= 0) {
            return true;
        }
        if (c < 0x80) {
            return false; // an ASCII letter decomposes to itself (this spared a Normalizer call per consonant)
        }
        String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        return base.length() > 1 && "aeiouy".indexOf(base.charAt(0)) >= 0;
    }

    /** Markdown source to running text: link targets, code, markup and table rules removed. */
    static String plainText(String markdown) {
        // Each pass runs only when the text has the character its pattern needs: most case texts are
        // plain prose, and a regex that finds nothing still tries every position (JFR: ~5% of a 10k build).
        String s = markdown.contains("[TOC]") ? TOC.matcher(markdown).replaceAll("") : markdown;
        s = s.indexOf('`') >= 0 ? CODE.matcher(s).replaceAll(" ") : s;
        s = s.contains("](") ? LINK.matcher(s).replaceAll("$1") : s;
        s = s.contains("http") ? URL.matcher(s).replaceAll(" ") : s;
        s = s.indexOf('<') >= 0 ? TAG.matcher(s).replaceAll(" ") : s;
        s = s.indexOf('|') >= 0 ? TABLE_RULE.matcher(s).replaceAll("") : s;
        // List items, headings and table cells end a sentence even without a full stop.
        s = BLOCK_START.matcher(s).replaceAll("\n\n");
        s = s.replace("|", "\n\n");
        return s.indexOf('*') >= 0 || s.indexOf('_') >= 0 || s.indexOf('>') >= 0 ? MARKUP.matcher(s).replaceAll(" ") : s;
    }

    static final Pattern TOC = Pattern.compile("(?m)^\\s*\\[TOC]\\s*$");
    static final Pattern CODE = Pattern.compile("`[^`]*`");
    static final Pattern LINK = Pattern.compile("!?\\[([^]]*)]\\([^)]*\\)");
    static final Pattern URL = Pattern.compile("https?://\\S+");
    static final Pattern TAG = Pattern.compile("<[^>]+>");
    static final Pattern TABLE_RULE = Pattern.compile("(?m)^\\s*\\|?[-:| ]+\\|[-:| ]*$");
    static final Pattern BLOCK_START = Pattern.compile("(?m)^\\s*([-*+]|\\d+[.)]|#{1,6})\\s+");
    static final Pattern MARKUP = Pattern.compile("[*_>]");
}
