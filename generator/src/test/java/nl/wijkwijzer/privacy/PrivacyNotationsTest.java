package nl.wijkwijzer.privacy;

import static nl.wijkwijzer.privacy.PrivacyTesting.assertFindings;
import static nl.wijkwijzer.privacy.PrivacyTesting.fakeBsn;
import static nl.wijkwijzer.privacy.PrivacyTesting.fakeIban;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The notations an attack used to slip personal data past the guard: Unicode digits and spaces, a BSN
 * that lost its leading zero, e-mail addresses written out, a lower-case postcode, a birth date with an
 * apostrophe year. Each row names its attack class first, so a run shows per class what got through. The
 * second half is ordinary prose that must stay quiet.
 */
class PrivacyNotationsTest {
    private static final String BSN = fakeBsn("12345678");
    private static final String IBAN = fakeIban("NL", "ZZZZ0123456789");

    /** Nine digits starting with a zero that pass the elfproef, without the zero: how a spreadsheet shows them. */
    private static final String BSN_8 = eightDigitBsn();

    private static String eightDigitBsn() {
        for (int prefix = 1234567; prefix < 1234667; prefix++) {
            String nine = fakeBsn("0" + prefix);
            if (nine != null) {
                return nine.substring(1);
            }
        }
        return null;
    }

    /** Digits of {@code s} written in another Unicode digit block starting at {@code zero}. */
    private static String digits(String s, char zero) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c >= '0' && c <= '9' ? (char) (zero + (c - '0')) : c);
        }
        return sb.toString();
    }

    /** Groups of three digits joined by {@code sep}: "111 222 333" with another kind of space. */
    private static String grouped(String nine, String sep) {
        return nine.substring(0, 3) + sep + nine.substring(3, 6) + sep + nine.substring(6);
    }

    static Stream<Arguments> notations() {
        assertNotNull(BSN);
        assertNotNull(BSN_8);
        String ibanNbsp = IBAN.substring(0, 4) + "\u00A0" + IBAN.substring(4, 8) + "\u00A0" + IBAN.substring(8, 12)
                + "\u00A0" + IBAN.substring(12, 16) + "\u00A0" + IBAN.substring(16);
        return Stream.of(
                // unicode: other spaces and other digits
                row("unicode", "BSN " + grouped(BSN, "\u00A0") + " staat op de brief", "bsn=" + grouped(BSN, "\u00A0")),
                row("unicode", "BSN " + grouped(BSN, "\u202F") + " staat op de brief", "bsn=" + grouped(BSN, "\u202F")),
                row("unicode", "BSN " + grouped(BSN, "\u2007") + " staat op de brief", "bsn=" + grouped(BSN, "\u2007")),
                row("unicode", "nummer " + digits(BSN, '\uFF10') + " in het dossier", "bsn=" + digits(BSN, '\uFF10')),
                row("unicode", "nummer " + digits(BSN, '\u0660') + " in het dossier", "bsn=" + digits(BSN, '\u0660')),
                row("unicode", "nummer " + digits(BSN, '\u0966') + " in het dossier", "bsn=" + digits(BSN, '\u0966')),
                row("unicode", "nummer " + grouped(digits(BSN, '\uFF10'), "\u00A0") + " hier",
                        "bsn=" + grouped(digits(BSN, '\uFF10'), "\u00A0")),
                row("unicode", "BSN " + grouped(BSN, "\u2013") + " (streepjes)", "bsn=" + grouped(BSN, "\u2013")),
                row("unicode", "BSN " + grouped(BSN, "\u200B") + " (onzichtbare spaties)", "bsn=" + grouped(BSN, "\u200B")),
                row("unicode", "rekening " + ibanNbsp + " van de bewoner", "iban=" + ibanNbsp),
                row("unicode", "rekening " + digits(IBAN, '\uFF10') + " van de bewoner", "iban=" + digits(IBAN, '\uFF10')),
                row("unicode", "bel 06\u00A0" + digits("12345678", '\uFF10') + " na vijven",
                        "telefoon=06\u00A0" + digits("12345678", '\uFF10')),
                row("unicode", "geboren op " + digits("14-03-1975", '\uFF10'), "geboortedatum=" + digits("14-03-1975", '\uFF10')),
                row("unicode", "mail jan\uFF20voorbeeldmail.nl", "e-mail=jan\uFF20voorbeeldmail.nl"),
                row("unicode", "Hij woont aan de Kerkstraat\u00A0" + digits("12", '\uFF10') + " sinds kort",
                        "adres=Kerkstraat\u00A0" + digits("12", '\uFF10')),
                // bsn-8: the leading zero dropped
                row("bsn-8", "BSN " + BSN_8 + " (de nul viel weg in Excel)", "bsn=" + BSN_8),
                row("bsn-8", "burgerservicenummer: " + BSN_8, "bsn=" + BSN_8),
                row("bsn-8", BSN_8, "bsn=" + BSN_8),
                row("bsn-8", "sofinummer " + BSN_8, "bsn=" + BSN_8),
                // e-mail written out
                row("e-mail-uitgeschreven", "mail naam [at] domein [dot] nl voor een afspraak", "e-mail=naam [at] domein [dot] nl"),
                row("e-mail-uitgeschreven", "mail naam (at) domein.nl voor een afspraak", "e-mail=naam (at) domein.nl"),
                row("e-mail-uitgeschreven", "mail naam at domein dot nl voor een afspraak", "e-mail=naam at domein dot nl"),
                row("e-mail-uitgeschreven", "mail j.jansen AT provider DOT com", "e-mail=j.jansen AT provider DOT com"),
                row("e-mail-uitgeschreven", "mail naam{at}domein{dot}nl", "e-mail=naam{at}domein{dot}nl"),
                row("e-mail-uitgeschreven", "mail naam[@]domein.nl", "e-mail=naam[@]domein.nl"),
                row("e-mail-uitgeschreven", "mail naam @ domein.nl", "e-mail=naam @ domein.nl"),
                row("e-mail-uitgeschreven", "mail naam apenstaartje domein punt nl", "e-mail=naam apenstaartje domein punt nl"),
                row("e-mail-uitgeschreven", "mail naam (at) mail (punt) provider (punt) nl",
                        "e-mail=naam (at) mail (punt) provider (punt) nl"),
                row("e-mail-uitgeschreven", "mail naam at domein.nl", "e-mail=naam at domein.nl"),
                // postcode: lower case, no space, no street
                row("postcode", "postcode 5211ab", "adres=5211ab"),
                row("postcode", "Zij woont in 5211ab, vlak bij het station", "adres=5211ab"),
                row("postcode", "adres: 5211ab", "adres=5211ab"),
                row("postcode", "post naar 5211ab 12", "adres=5211ab 12"),
                row("postcode", "nummer 12, 5211ab in de wijk", "adres=12, 5211ab"),
                row("postcode", "Woonachtig op 5211Ab", "adres=5211Ab"),
                // geboortedatum: apostrophe year
                row("geboortedatum-apostrof", "geb. 12 april '79", "geboortedatum=12 april '79"),
                row("geboortedatum-apostrof", "geboren op 3-4-'85 in Tilburg", "geboortedatum=3-4-'85"),
                row("geboortedatum-apostrof", "geboren op 3/4/\u201985", "geboortedatum=3/4/\u201985"),
                row("geboortedatum-apostrof", "Zij is op 1 mei \u201981 geboren.", "geboortedatum=1 mei \u201981"),
                row("geboortedatum-apostrof", "geboren 2 mrt. '80", "geboortedatum=2 mrt. '80"));
    }

    /** Ordinary text: none of these may be reported. */
    static Stream<Arguments> prose() {
        return Stream.of(
                Arguments.of("kenmerk " + BSN_8 + " op de factuur"),
                Arguments.of("besproken op 20240314 aan tafel"),
                Arguments.of("versie 2024ab van het formulier"),
                Arguments.of("code 5211ab op de brief"),
                Arguments.of("Ze woont in postcodegebied 5211 ab."),
                Arguments.of("de 1500km lange route"),
                Arguments.of("tussen 2019 en 2023 in de wijk"),
                Arguments.of("een kamer van 12m2 in 2019"),
                Arguments.of("Op 12 april '79 opende het buurthuis."),
                Arguments.of("Vanaf 1 januari '24 geldt de nieuwe regel."),
                Arguments.of("Ze is geboren in '79 en woont hier al lang."),
                Arguments.of("Wat at je vandaag? Hij at brood met kaas."),
                Arguments.of("Kijk op de site punt nl of vraag het de buurman."),
                Arguments.of("naam [at] domein zonder einde"),
                Arguments.of("De afspraak is at home, zei ze lachend."),
                Arguments.of("Een bedrag van \u20AC\u00A0" + grouped(BSN, ".") + " per jaar."),
                Arguments.of("Op " + digits("14-03-2024", '\uFF10') + " besproken."),
                Arguments.of("Wet 2015 en artikel 6"));
    }

    private static Arguments row(String attack, String text, String... expected) {
        return Arguments.of(attack, text, List.of(expected));
    }

    @ParameterizedTest(name = "[{0}] {index}")
    @MethodSource("notations")
    void everyNotationIsReported(String attack, String text, List<String> expected) {
        assertFindings("casus", text, List.of(), List.of(), expected);
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("prose")
    void ordinaryProseStaysQuiet(String text) {
        assertFindings("casus", text, List.of(), List.of(), List.of());
    }
}
