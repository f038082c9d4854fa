package nl.wijkwijzer.handouts;

import java.util.Optional;

/**
 * The time plan of a proposed leersessie: opening, one werkvorm per case, a group conversation and a
 * closing, whose minutes add up to exactly the session's duration. Cases get 20 to 40 minutes each in
 * steps of 5; what is left over goes to the group conversation. A short session (under 75 minutes)
 * gets a shorter opening, conversation and closing.
 */
public record Programma(int opening, int perCasus, int casussen, int vragen, int afsluiting) {
    /** The shortest session: a short opening and closing, one case and a short conversation. */
    public static final int MIN_DUUR = 40;
    /** Four hours; a longer session works better as two sessions. */
    public static final int MAX_DUUR = 240;
    static final int MIN_PER_CASUS = 20;
    static final int MAX_PER_CASUS = 40;
    /** The time a case gets when the trainer did not ask for a number of cases. */
    static final int GEWOON_PER_CASUS = 25;
    static final int MAX_CASUSSEN = 6;
    static final int KORT = 75;

    public int totaal() {
        return opening + perCasus * casussen + vragen + afsluiting;
    }

    /** Without a duration: the fixed plan (10 + 25 per case + 20 + 10). */
    public static Programma standaard(int casussen) {
        return new Programma(10, GEWOON_PER_CASUS, casussen, 20, 10);
    }

    private static int vast(int duur) {
        return duur < KORT ? 5 + 10 + 5 : 10 + 15 + 10;
    }

    /** How many cases fit in {@code duur} minutes: at most {@code gevraagd}, or a comfortable number when 0. */
    public static int casussenVoor(int duur, int gevraagd) {
        int ruimte = duur - vast(duur);
        int past = ruimte / MIN_PER_CASUS;
        int aantal = gevraagd > 0 ? Math.min(gevraagd, past) : Math.min(MAX_CASUSSEN, Math.max(1, ruimte / GEWOON_PER_CASUS));
        return Math.max(0, aantal);
    }

    /** The plan for {@code casussen} cases in exactly {@code duur} minutes; empty when they do not fit. */
    public static Optional<Programma> passend(int duur, int casussen) {
        if (duur < MIN_DUUR || duur > MAX_DUUR || casussen < 1) {
            return Optional.empty();
        }
        boolean kort = duur < KORT;
        int opening = kort ? 5 : 10;
        int afsluiting = kort ? 5 : 10;
        int vragen = kort ? 10 : 15;
        int ruimte = duur - opening - afsluiting - vragen;
        int perCasus = Math.min(MAX_PER_CASUS, ruimte / casussen / 5 * 5);
        if (perCasus < MIN_PER_CASUS) {
            return Optional.empty();
        }
        vragen += ruimte - perCasus * casussen;
        return Optional.of(new Programma(opening, perCasus, casussen, vragen, afsluiting));
    }
}
