package nl.wijkwijzer.pages;

import java.util.ArrayList;
import java.util.List;

import nl.wijkwijzer.check.VoorbeeldContact;
import nl.wijkwijzer.content.ContentSchemas;
import nl.wijkwijzer.content.Schema;
import nl.wijkwijzer.model.Site;
import nl.wijkwijzer.pages.ContactLinks.ContactLink;

/**
 * The pages every site has besides its content: the accessibility statement ({@code toegankelijkheid.ftlh}),
 * the field reference ({@code velden.ftlh}), the 404 page, and the bestuur site's home page.
 */
public final class ServicePages {
    private ServicePages() {
    }

    public record ToegankelijkheidPage(Site.Toegankelijkheid verklaring, ContactLink contact, boolean voorbeeldContact,
            String datum) {
    }

    public record FieldRow(String name, String type, boolean required, String allowed, String fallback, String example,
            String description) {
    }

    public record SchemaView(String name, String location, String description, List<FieldRow> fields) {
    }

    public record VeldenPage(List<SchemaView> schemas) {
    }

    public record NotFoundPage() {
    }

    /** The publications the knowledge base was written from (the text is in the template). */
    public record BronnenPage() {
    }

    public record BestuurIndexPage(boolean voorbeeldcijfers) {
    }

    static void toegankelijkheid(Planning p) {
        Site.Toegankelijkheid t = p.kb.site().toegankelijkheid();
        p.add("toegankelijkheid.html", "toegankelijkheid.ftlh", "Toegankelijkheid", new ToegankelijkheidPage(t,
                ContactLinks.ofText(t.contact()), VoorbeeldContact.isVoorbeeld(t.contact()), Format.date(t.datum())));
    }

    static void velden(Planning p) {
        p.add("help/velden.html", "velden.ftlh", "Velden van de content", new VeldenPage(ContentSchemas.all().stream()
                .map(s -> new SchemaView(Planning.text(s.name()), Planning.text(s.location()), Planning.text(s.description()),
                        flatten(s, ""))).toList()));
    }

    static void bronnen(Planning p) {
        p.add("bronnen.html", "bronnen.ftlh", "Bronnen", new BronnenPage());
    }

    static void notFound(Planning p) {
        p.add("404.html", "404.ftlh", "Pagina niet gevonden", new NotFoundPage());
    }

    static void bestuurIndex(Planning p) {
        p.add("index.html", "bestuur-index.ftlh", p.kb.site().titel() + ": rapport voor het bestuur",
                new BestuurIndexPage(p.kb.site().voorbeeldcijfers()));
    }

    private static List<FieldRow> flatten(Schema s, String prefix) {
        List<FieldRow> rows = new ArrayList<>();
        for (Schema.Field f : s.fields()) {
            String allowed = !f.allowed().isEmpty() ? String.join(", ", f.allowed())
                    : f.refersTo().isEmpty() ? "" : "id van een " + f.refersTo();
            rows.add(new FieldRow(prefix + f.name(), f.type().label(), f.required(), allowed, Planning.text(f.fallback()),
                    Planning.text(f.example()), Planning.text(f.description())));
            if (f.nested() != null) {
                String sep = f.type() == Schema.Type.LIJST_BLOKKEN ? "[]." : ".";
                rows.addAll(flatten(f.nested(), prefix + f.name() + sep));
            }
        }
        return rows;
    }
}
