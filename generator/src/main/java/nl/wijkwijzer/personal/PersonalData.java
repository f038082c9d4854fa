package nl.wijkwijzer.personal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether a single value looks like personal data: the question a message asks before it repeats
 * something the redacteur wrote ({@code diagnostics.Quote}). The privacy guard over content
 * ({@code privacy.PrivacyGuard}) runs the same detectors with its per-field rules; this package depends
 * on no other of the project, so both can use it without a cycle.
 */
public final class PersonalData {
    private static final ForbiddenNames NO_NAMES = new ForbiddenNames(List.of());

    private PersonalData() {
    }

    /**
     * Whether a text holds anything the guard reports (with no forbidden names configured), or a common first
     * name anywhere in it. The first names count in any position here, because a quoted value has no
     * sentence around it.
     */
    public static boolean looksPersonal(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        if (!TextScanner.scan(text, TextScanner.Rules.DEFAULT, NO_NAMES, FirstNames.standard(), Set.of(),
                new ArrayList<>()).isEmpty()) {
            return true;
        }
        return FirstNames.standard().containsName(new Words(NormalisedText.of(text).text));
    }
}
