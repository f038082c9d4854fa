package nl.wijkwijzer.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import nl.wijkwijzer.model.Organisatie;

/**
 * Contact data as links a phone can use: {@code tel:} with digits and a leading + only, {@code mailto:}
 * for an address, and a website only when it is https (so never {@code javascript:} or another scheme).
 * A value that fits none of these is shown as text without a link. Templates place {@link ContactLink}s
 * as they are; FreeMarker escapes both the text and the href.
 */
public final class ContactLinks {
    /** One contact value: its label, the text shown and the link; {@code href} is empty for plain text. */
    public record ContactLink(String soort, String tekst, String href) {
    }

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
    private static final Pattern HTTPS = Pattern.compile("https://[A-Za-z0-9.-]+(?::\\d+)?(?:[/?#][^\\s\"'<>`]*)?");
    /** Phone notations: digits, spaces, hyphens, dots, slashes, brackets and one leading +. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]+");

    private ContactLinks() {
    }

    public static List<ContactLink> of(Organisatie.Contact c) {
        List<ContactLink> links = new ArrayList<>();
        if (!c.telefoon().isBlank()) {
            links.add(new ContactLink("Telefoon", c.telefoon().strip(), tel(c.telefoon())));
        }
        if (!c.email().isBlank()) {
            links.add(new ContactLink("E-mail", c.email().strip(), mailto(c.email())));
        }
        if (!c.website().isBlank()) {
            links.add(new ContactLink("Website", c.website().strip(), website(c.website())));
        }
        return List.copyOf(links);
    }

    /** A free-text contact (site.yaml toegankelijkheid.contact) as whichever link it is, or plain text. */
    public static ContactLink ofText(String value) {
        String v = value.strip();
        String href = mailto(v);
        if (href.isEmpty()) {
            href = website(v);
        }
        if (href.isEmpty()) {
            href = tel(v);
        }
        return new ContactLink("", v, href);
    }

    /** {@code tel:} with digits and a leading + only; "+31 (0)20 ..." drops the (0). Empty when no number. */
    static String tel(String value) {
        String v = value.strip();
        if (!PHONE.matcher(v).matches()) {
            return "";
        }
        boolean plus = v.startsWith("+");
        if (plus) {
            v = v.replace("(0)", "");
        }
        String digits = v.replaceAll("[^0-9]", "");
        return digits.length() < 3 ? "" : "tel:" + (plus ? "+" : "") + digits;
    }

    static String mailto(String value) {
        String v = value.strip();
        return EMAIL.matcher(v).matches() ? "mailto:" + v : "";
    }

    static String website(String value) {
        String v = value.strip();
        return HTTPS.matcher(v).matches() ? v : "";
    }
}
