package nl.wijkwijzer.personal;

/**
 * The kinds of personal data the guard looks for. {@link #code()} is the value a redacteur writes
 * under {@code privacy-uitzonderingen: soort} and equals {@code ContentSchemas.PRIVACY_SOORTEN}.
 */
public enum Soort {
    BSN("bsn", "BSN", "Haal het nummer weg: een tekst op deze site heeft nooit een BSN nodig."),
    IBAN("iban", "IBAN", "Haal het rekeningnummer weg of schrijf alleen 'een bankrekening'."),
    TELEFOON("telefoon", "telefoonnummer",
            "Haal het nummer weg of noem alleen de organisatie. Het algemene nummer van een organisatie hoort in "
                    + "het wijknetwerk bij contact: telefoon."),
    EMAIL("e-mail", "e-mailadres",
            "Haal het adres weg. Het algemene e-mailadres van een organisatie hoort in het wijknetwerk bij "
                    + "contact: email."),
    ADRES("adres", "adres", "Noem geen straat met huisnummer of postcode. Schrijf bijvoorbeeld 'een flat in de wijk'."),
    GEBOORTEDATUM("geboortedatum", "geboortedatum",
            "Noem geen geboortedatum. Een leeftijd in hele jaren, of 'rond de 40', is genoeg."),
    NAAM("naam", "verboden naam",
            "Deze naam staat in site.yaml bij privacy: verboden-namen. Vervang hem door een verzonnen voornaam en "
                    + "zet die bij pseudoniemen."),
    VOORNAAM("voornaam", "echte voornaam",
            "Is het een verzonnen naam? Zet hem dan bij pseudoniemen. Is het een echte naam? Vervang hem door een "
                    + "verzonnen naam.");

    private final String code;
    private final String label;
    private final String hint;

    Soort(String code, String label, String hint) {
        this.code = code;
        this.label = label;
        this.hint = hint;
    }

    /** Value of {@code privacy-uitzonderingen: soort}, and the suffix of the diagnostic code. */
    public String code() {
        return code;
    }

    /** Dutch word used in the message: "mogelijk {label} in 'situatie'". */
    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }

    public boolean isWarning() {
        return this == VOORNAAM;
    }
}
