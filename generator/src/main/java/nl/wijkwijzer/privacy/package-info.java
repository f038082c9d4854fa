/**
 * The privacy guard: refuses to publish apparent personal data. The one entry point is
 * {@link nl.wijkwijzer.privacy.PrivacyGuard#check}; everything else is package-private.
 *
 * <h2>What is reported</h2>
 * <ul>
 * <li>{@code privacy-bsn}: nine digits (123456782, 1234.56.782, 123.456.782, 123 456 782, 123-456-782)
 * that pass the elfproef, with or without "BSN" nearby. Failing the elfproef is never a BSN.</li>
 * <li>{@code privacy-iban}: any registry country, with or without spaces, right length and mod 97.</li>
 * <li>{@code privacy-telefoon}: Dutch numbers of ten digits in every usual notation, with +31, +31 (0)
 * or 0031, and foreign numbers written with + or 00. Never: 0800/0900/0906/0909 service numbers and
 * "14 0xx" municipal numbers, anywhere (no private person has one). In an organisation's
 * {@code contact.telefoon} every number but a mobile (06) one is allowed.</li>
 * <li>{@code privacy-e-mail}: every address, except in an organisation's {@code contact.email}, in
 * site.yaml {@code toegankelijkheid.contact}, and at reserved example domains (example.org, .test).</li>
 * <li>{@code privacy-adres}: street word + house number, or a postcode with a house number or street
 * within 40 characters. A postcode alone is not reported.</li>
 * <li>{@code privacy-geboortedatum}: a full date near "geboren", "geb." or "geboortedatum", or near an
 * age ("(48 jaar)", "48 jaar oud", "48-jarige").</li>
 * <li>{@code privacy-naam}: a name from site.yaml {@code privacy.verboden-namen}, as whole words,
 * ignoring case and accents.</li>
 * <li>{@code privacy-voornaam} (warning, cases only): a common first name from {@code voornamen.txt},
 * capitalised inside a sentence and not declared under {@code pseudoniemen}. Names that are also Dutch
 * words (Roos, Wil, Mark, ...) only count right after a lower-case word.</li>
 * </ul>
 *
 * <h2>Messages</h2>
 * "mogelijk BSN in 'situatie'" at the file, line and column of the value itself; never the value. The
 * Markdown body of a guide is the field {@code tekst}. A redacteur acknowledges a false positive under
 * {@code privacy-uitzonderingen} (soort, veld, reden) for that kind in that field of that file only;
 * an acknowledgement that matches nothing is a warning ({@code privacy-uitzondering-ongebruikt}).
 */
package nl.wijkwijzer.privacy;
