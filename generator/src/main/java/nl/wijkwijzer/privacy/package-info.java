/**
 * The privacy guard: refuses to publish apparent personal data. The entry point is
 * {@link nl.wijkwijzer.privacy.PrivacyGuard#check} (and its per-file form while loading); everything else
 * is package-private. The detectors themselves live in {@code nl.wijkwijzer.personal}, below both this
 * package and {@code diagnostics}: a message that would quote a value asks
 * {@link nl.wijkwijzer.personal.PersonalData#looksPersonal} ({@code diagnostics.Quote}).
 *
 * <h2>What is scanned</h2>
 * Every YAML value, the Markdown body, every map key the redacteur chose (a wijk id in site.yaml, a
 * misspelt field name; the content model's own field names are skipped) and the id of every file (its
 * name). Before detection the text is {@link nl.wijkwijzer.privacy.NormalisedText normalised}: Unicode
 * digits (full-width, Arabic-Indic, ...) become ASCII digits, Unicode spaces (U+00A0, U+2007, U+202F, ...)
 * plain spaces, Unicode dashes hyphens, full-width signs and letters ASCII, and zero-width characters and
 * soft hyphens go; positions are mapped back to the original text.
 *
 * <h2>What is reported</h2>
 * <ul>
 * <li>{@code privacy-bsn}: nine digits (123456782, 1234.56.782, 123.456.782, 123 456 782, 123-456-782)
 * that pass the elfproef, with or without "BSN" nearby. Failing the elfproef is never a BSN. Eight digits
 * whose nine-digit form with a leading zero passes the elfproef (a spreadsheet dropped the zero), when
 * "BSN", "burgerservicenummer" or "sofinummer" stands within 40 characters or the number is the whole
 * text.</li>
 * <li>{@code privacy-iban}: any registry country, with or without spaces, right length and mod 97.</li>
 * <li>{@code privacy-telefoon}: Dutch numbers of ten digits in every usual notation, with +31, +31 (0)
 * or 0031, and foreign numbers written with + or 00. Never: 0800/0900/0906/0909 service numbers and
 * "14 0xx" municipal numbers, anywhere (no private person has one). In an organisation's
 * {@code contact.telefoon} every number but a mobile (06) one is allowed.</li>
 * <li>{@code privacy-e-mail}: every address, also written out ("naam [at] domein [dot] nl",
 * "naam (at) domein.nl", "naam at domein punt nl": with the at between plain spaces only for a common
 * top-level domain), except in an organisation's {@code contact.email}, in site.yaml
 * {@code toegankelijkheid.contact}, and at reserved example domains (example.org, .test).</li>
 * <li>{@code privacy-adres}: street word + house number, or a postcode with a house number or street
 * within 40 characters, or a postcode right after "postcode", "adres", "woont in" and the like. A postcode
 * in lower case counts only without a space ("5211ab"). A postcode alone is not reported.</li>
 * <li>{@code privacy-geboortedatum}: a full date near "geboren", "geb." or "geboortedatum", or near an
 * age ("(48 jaar)", "48 jaar oud", "48-jarige"); a two-digit year ("14-03-75", "3-4-'85",
 * "12 april '79") only near the words.</li>
 * <li>{@code privacy-naam}: a name from site.yaml {@code privacy.verboden-namen}, as whole words,
 * ignoring case and accents.</li>
 * <li>{@code privacy-voornaam} (warning, cases only): a common first name from {@code voornamen.txt},
 * capitalised inside a sentence and not declared under {@code pseudoniemen}. Names that are also Dutch
 * words (Roos, Wil, Mark, ...) only count right after a lower-case word.</li>
 * </ul>
 *
 * <h2>Messages</h2>
 * "mogelijk BSN in 'situatie'" at the file, line and column of the value itself; never the value. A key:
 * "mogelijk IBAN in een veldnaam in 'wijken'" at the key. A file name: "mogelijk BSN in de bestandsnaam" at
 * line 1 of the file, with the hint to rename it (no acknowledgement: a name is always easy to change). The
 * Markdown body of a guide is the field {@code tekst}. A redacteur acknowledges a false positive under
 * {@code privacy-uitzonderingen} (soort, veld, reden) for that kind in that field of that file only;
 * an acknowledgement that matches nothing is a warning ({@code privacy-uitzondering-ongebruikt}).
 */
package nl.wijkwijzer.privacy;
