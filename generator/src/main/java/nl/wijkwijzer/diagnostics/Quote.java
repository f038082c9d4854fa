package nl.wijkwijzer.diagnostics;

import nl.wijkwijzer.personal.PersonalData;

/**
 * The one way a message repeats something the redacteur wrote (a value, a key, a file name, an id):
 * only when the privacy guard finds nothing personal in it. Otherwise the message describes it instead
 * ({@value #DESCRIBED}): diagnostics end up in terminals, build logs and the preview, where personal data
 * must not leak to, and the guard reports the value itself at its own place anyway.
 *
 * <p>Long values are shortened to {@value #MAX} characters; the guard looks at the whole value and at the
 * shortened one, so a cut can never turn a harmless value into a shown number.
 */
public final class Quote {
    private Quote() {
    }

    /** Said instead of a value that looks like personal data. */
    public static final String DESCRIBED = "(een waarde die op persoonsgegevens lijkt)";

    /** Longest quoted value, in characters. */
    static final int MAX = 60;

    /** {@code 'value'}, or {@link #DESCRIBED}. */
    public static String of(String value) {
        String shown = bare(value);
        return shown == DESCRIBED ? DESCRIBED : "'" + shown + "'";
    }

    /** The value without quotes (for a hint such as "schrijf: noord: Naam"), or {@link #DESCRIBED}. */
    public static String bare(String value) {
        if (value == null) {
            return "";
        }
        String shown = value.length() > MAX ? value.substring(0, cut(value)) + "…" : value;
        if (PersonalData.looksPersonal(value) || shown != value && PersonalData.looksPersonal(shown)) {
            return DESCRIBED;
        }
        return shown;
    }

    /** A whole text (say a parser's own message that may cite the input), or {@link #DESCRIBED}. */
    public static String text(String value) {
        return value == null || !PersonalData.looksPersonal(value) ? value : DESCRIBED;
    }

    /** Where to cut at most {@link #MAX} characters without splitting a surrogate pair. */
    private static int cut(String value) {
        return Character.isHighSurrogate(value.charAt(MAX - 1)) ? MAX - 1 : MAX;
    }
}
