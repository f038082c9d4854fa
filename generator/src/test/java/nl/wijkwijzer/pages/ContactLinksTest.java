package nl.wijkwijzer.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import nl.wijkwijzer.model.Organisatie;

/** Contact values become tel:, mailto: and https links, or stay plain text. */
class ContactLinksTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0800-0000401|tel:08000000401",
            "14 073|tel:14073",
            "020 555 8172|tel:0205558172",
            "+31 (0)20 555 8172|tel:+31205558172",
            "+31 20 555 8172|tel:+31205558172",
            "(020) 555-8172|tel:0205558172",
            "bel het loket|''",
            "javascript:alert(1)|''",
            "12|''"})
    void telephone(String value, String href) {
        assertEquals(href, ContactLinks.tel(value));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://wijkteam-noord.nl/hulp|https://wijkteam-noord.nl/hulp",
            "javascript:alert(1)|''",
            "JavaScript://wijkteam.nl/%0aalert(1)|''",
            "http://wijkteam.nl|''",
            "data:text/html,<b>x</b>|''",
            "https://wijkteam.nl\" onclick=\"x|''"})
    void websiteOnlyHttps(String value, String href) {
        assertEquals(href, ContactLinks.website(value));
    }

    @Test
    void organisationContactInFieldOrder() {
        List<ContactLinks.ContactLink> links = ContactLinks.of(
                new Organisatie.Contact("020 555 8172", "info@wijkteam-noord.nl", "javascript:alert(1)"));
        assertEquals(List.of(new ContactLinks.ContactLink("Telefoon", "020 555 8172", "tel:0205558172"),
                new ContactLinks.ContactLink("E-mail", "info@wijkteam-noord.nl", "mailto:info@wijkteam-noord.nl"),
                new ContactLinks.ContactLink("Website", "javascript:alert(1)", "")), links);
    }

    @Test
    void freeTextContactBecomesWhicheverLinkItIs() {
        assertEquals("mailto:toegankelijkheid@gemeente-noord.nl", ContactLinks.ofText(" toegankelijkheid@gemeente-noord.nl ").href());
        assertEquals("https://gemeente-noord.nl/melden", ContactLinks.ofText("https://gemeente-noord.nl/melden").href());
        assertEquals("tel:14073", ContactLinks.ofText("14 073").href());
        assertEquals("", ContactLinks.ofText("de balie in het stadhuis").href());
    }
}
