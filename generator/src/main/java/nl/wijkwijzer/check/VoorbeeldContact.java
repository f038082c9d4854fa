package nl.wijkwijzer.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.wijkwijzer.diagnostics.Diagnostics;
import nl.wijkwijzer.diagnostics.Source;
import nl.wijkwijzer.model.KnowledgeBase;
import nl.wijkwijzer.model.Organisatie;
import nl.wijkwijzer.yaml.SafeYaml;
import nl.wijkwijzer.yaml.YNode;

/**
 * Placeholder contact data: reserved example domains (RFC 2606 and 6761) and phone numbers nobody
 * answers. One rule serves both check (a warning, unless site.yaml says {@code voorbeeldsite: true})
 * and the pages (the notice that the contact data are made up), so a site with real data never shows
 * the notice. Organisation contact data is not personal data; the privacy guard lets it through and
 * this check does not quote it either way: the message names the field, not the value.
 */
public final class VoorbeeldContact {
    private static final Pattern HOST = Pattern.compile("(?:@|://)([^/\\s?#:@>]+)");
    private static final Pattern SAME_DIGIT_RUN = Pattern.compile("(\\d)\\1{3}");

    private VoorbeeldContact() {
    }

    /** True when {@code value} (an e-mail address, website or phone number) is a placeholder. */
    public static boolean isVoorbeeld(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        Matcher m = HOST.matcher(value);
        if (m.find()) {
            String host = m.group(1).toLowerCase(Locale.ROOT);
            return host.endsWith(".example") || host.endsWith(".test") || host.equals("example")
                    || host.equals("test") || isExampleDomain(host, "example.org") || isExampleDomain(host, "example.com")
                    || isExampleDomain(host, "example.net");
        }
        return isVoorbeeldTelefoon(value);
    }

    private static boolean isExampleDomain(String host, String domain) {
        return host.equals(domain) || host.endsWith("." + domain);
    }

    private static boolean isVoorbeeldTelefoon(String value) {
        String digits = value.replaceAll("[^0-9]", "");
        if (digits.length() < 4 || value.matches(".*[A-Za-z].*")) {
            return false;
        }
        if (value.strip().startsWith("+31")) {
            digits = "0" + digits.substring(2).replaceFirst("^0", "");
        }
        return digits.startsWith("0000") || digits.equals("0123456789") || digits.equals("0612345678")
                || digits.startsWith("1234") || SAME_DIGIT_RUN.matcher(digits).find();
    }

    /** True when any contact field of the organisation is a placeholder. */
    public static boolean isVoorbeeld(Organisatie.Contact c) {
        return isVoorbeeld(c.telefoon()) || isVoorbeeld(c.email()) || isVoorbeeld(c.website());
    }

    /** Warns about every placeholder, unless the site is declared a voorbeeldsite. */
    public static void check(KnowledgeBase kb, Path content, Diagnostics diagnostics) {
        if (kb.site().voorbeeldsite()) {
            return;
        }
        for (Organisatie o : kb.organisaties()) {
            Organisatie.Contact c = o.contact();
            String[][] fields = {{"telefoon", c.telefoon()}, {"email", c.email()}, {"website", c.website()}};
            for (String[] f : fields) {
                if (isVoorbeeld(f[1])) {
                    warn(diagnostics, o.origin().at("contact." + f[0]), "contact." + f[0]);
                }
            }
        }
        if (isVoorbeeld(kb.site().toegankelijkheid().contact()) && content != null) {
            Path name = content.toAbsolutePath().normalize().getFileName();
            Source file = Source.file((name == null ? "content" : name.toString()) + "/site.yaml");
            warn(diagnostics, position(content.resolve("site.yaml"), file), "toegankelijkheid.contact");
        }
    }

    private static void warn(Diagnostics diagnostics, Source at, String field) {
        diagnostics.warning(at, "voorbeeld-contact", "'" + field + "' lijkt een voorbeeld, geen echt contactgegeven",
                "vul het echte nummer, adres of de echte website van de organisatie in, of haal het veld weg;"
                        + " is dit een voorbeeldsite, zet dan voorbeeldsite: true in site.yaml");
    }

    /** Where {@code toegankelijkheid.contact} stands in site.yaml; the file itself when that cannot be read. */
    private static Source position(Path siteYaml, Source file) {
        try {
            Optional<YNode> root = SafeYaml.parse(Files.readString(siteYaml, StandardCharsets.UTF_8), file, 0, new Diagnostics());
            if (root.isPresent() && root.get() instanceof YNode.YMap map && map.entries().get("toegankelijkheid") != null
                    && map.entries().get("toegankelijkheid").value() instanceof YNode.YMap tg
                    && tg.entries().get("contact") != null) {
                YNode.Entry contact = tg.entries().get("contact");
                return file.at(contact.line(), contact.column());
            }
        } catch (IOException | RuntimeException e) {
            // the loader has reported an unreadable site.yaml already
        }
        return file;
    }
}
