package nl.wijkwijzer.check;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Flesch-Douma, the Dutch adaptation of the Flesch reading ease (Douma 1960):
 * {@code 206.835 - 0.93 * (words / sentences) - 77 * (syllables / words)}. Higher is easier; B1
 * texts usually score 60 or more. Syllables are counted as vowel groups, which fits Dutch spelling:
 * double vowels and diphthongs (aa, ee, oo, uu, ie, oe, eu, ei, ij, ou, au, ui) are one group, and a
 * trema (ë, ï) starts a new syllable (beïnvloeden, ideeën).
 */
public final class Readability {
    static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");
    /** Sentence ends: . ! ? before a space, a colon or semicolon at a line end, a blank line. */
    static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$)|[:;]\\s*\\n|\\n\\s*\\n");

    /** Counts and score of one text. {@code score} is NaN when the text has no words. */
    public record Score(int words, int sentences, int syllables, double score) {
    }

    private Readability() {
    }

    public static Score of(String text) {
        return score(text);
    }

    /** Scores remembered per build: a preview rebuild scores every public text again; nearly all did not change. */
    public static final nl.wijkwijzer.util.BuildCache.Kind<String, Score> SCORES = nl.wijkwijzer.util.BuildCache.Kind.entries(
            "leesbaarheid", nl.wijkwijzer.util.BuildProfile::entryMemoSize);

    /**
     * One pass over the text, by hand: what {@link #WORD} finds are the words, and a sentence is a
     * stretch with at least one word between two matches of {@link #SENTENCE_END}. Invariant: the
     * same counts as the regexes, which {@code ReadabilityParityTest} checks (why by hand:
     * docs/performance.md, "Hand-written fast paths").
     */
    static Score score(String text) {
        String plain = plainText(text);
        int words = 0;
        int syllables = 0;
        int sentences = 0;
        boolean wordInSentence = false;
        int n = plain.length();
        int i = 0;
        while (i < n) {
            int c = plain.codePointAt(i);
            if (Character.isLetter(c)) {
                int end = i + Character.charCount(c);
                while (end < n) {
                    int next = plain.codePointAt(end);
                    if (!(Character.isLetter(next) || next == '\'' || next == '’' || next == '-')) {
                        break;
                    }
                    end += Character.charCount(next);
                }
                words++;
                syllables += syllables(plain.substring(i, end));
                wordInSentence = true;
                i = end;
                continue;
            }
            int end = sentenceEnd(plain, i);
            if (end < 0) {
                i += Character.charCount(c);
                continue;
            }
            if (wordInSentence) {
                sentences++;
                wordInSentence = false;
            }
            i = end;
        }
        if (wordInSentence) {
            sentences++;
        }
        sentences = Math.max(1, sentences);
        double score = words == 0 ? Double.NaN
                : 206.835 - 0.93 * ((double) words / sentences) - 77.0 * ((double) syllables / words);
        return new Score(words, sentences, syllables, score);
    }

    /** Where a match of {@link #SENTENCE_END} starting at {@code i} ends, or -1 when none starts there. */
    private static int sentenceEnd(String s, int i) {
        char c = s.charAt(i);
        int n = s.length();
        if (c == '.' || c == '!' || c == '?') {
            int end = i;
            while (end < n && (s.charAt(end) == '.' || s.charAt(end) == '!' || s.charAt(end) == '?')) {
                end++;
            }
            // (?=\s|$): a space character, the end, or ($ without MULTILINE) a last line terminator.
            if (end == n || isRegexSpace(s.charAt(end)) || end == n - 1 && "\u0085\u2028\u2029".indexOf(s.charAt(end)) >= 0) {
                return end;
            }
            return -1;
        }
        if (c == ':' || c == ';' || c == '\n') {
            // [:;]\s*\n and \n\s*\n: the greedy \s* gives back up to the last line break of the run.
            int lastBreak = -1;
            for (int j = i + 1; j < n && isRegexSpace(s.charAt(j)); j++) {
                if (s.charAt(j) == '\n') {
                    lastBreak = j;
                }
            }
            return lastBreak < 0 ? -1 : lastBreak + 1;
        }
        return -1;
    }

    /** Java regex {@code \s} without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
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
        // plain prose, and a regex that finds nothing still tries every position.
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
