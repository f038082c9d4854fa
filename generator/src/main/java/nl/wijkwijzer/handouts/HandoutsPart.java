package nl.wijkwijzer.handouts;

import nl.wijkwijzer.pdf.PdfMaker;
import static nl.wijkwijzer.pages.PagePlanner.m;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import nl.wijkwijzer.markdown.Markdown;
import nl.wijkwijzer.model.Casus;
import nl.wijkwijzer.model.KnowledgeBase;
import nl.wijkwijzer.model.Kosten;
import nl.wijkwijzer.model.Leersessie;
import nl.wijkwijzer.model.Organisatie;
import nl.wijkwijzer.model.Routekaart;
import nl.wijkwijzer.model.Vuistregel;
import nl.wijkwijzer.model.Weeffout;
import nl.wijkwijzer.model.Zichtbaarheid;
import nl.wijkwijzer.pages.ContactLinks;
import nl.wijkwijzer.pages.Format;
import nl.wijkwijzer.pages.Labels;
import nl.wijkwijzer.pages.Page;
import nl.wijkwijzer.pages.PagePlanner;
import nl.wijkwijzer.pages.PagePlanner.Link;
import nl.wijkwijzer.pages.SitePart;
import nl.wijkwijzer.render.Renderer;
import nl.wijkwijzer.render.TrustedMarkup;

/**
 * Material for trainers and for print: leersessie handouts, the vragenbank, the routekaart with a
 * blank woonprofiel, and the booklet "Wijknetwerk in beeld". Every print document is one template
 * rendered twice: as an HTML print page and as the XHTML source of its PDF.
 *
 * <p>Each leersessie has two handouts: {@code <id>-handout} for participants (situatie, hulpvraag and
 * questions; no blokkades, oplossing, costs or trainersnotities, which the werkvormen ask them to work
 * out) and {@code <id>-trainer} with everything, in the professionals build only.
 */
public final class HandoutsPart implements SitePart {

    @Override
    public Output contribute(KnowledgeBase view, Zichtbaarheid audience, BuildContext context) {
        Plan plan = new Plan(view, audience, context.renderer(), context.cache());
        plan.leersessies();
        plan.vragenbank();
        plan.routekaart();
        plan.boekje();
        return new Output(List.copyOf(plan.pages), Map.copyOf(plan.files));
    }

    private static final String A5_DEFAULT_PAGE = "\n@page { size: A5; margin: 14mm 12mm 16mm 12mm; }\n";

    private static final class Plan {
        private final KnowledgeBase kb;
        private final Zichtbaarheid audience;
        private final Renderer renderer;
        private final nl.wijkwijzer.util.BuildCache cache;
        private final String printCss;
        private final List<Page> pages = new ArrayList<>();
        private final Map<String, byte[]> files = new LinkedHashMap<>();
        private final Map<String, Vuistregel> vuistregels;
        private final Map<String, Organisatie> organisaties;
        private final Map<String, Weeffout> weeffouten;
        private final Map<String, Casus> casussen;

        Plan(KnowledgeBase kb, Zichtbaarheid audience, Renderer renderer, nl.wijkwijzer.util.BuildCache cache) {
            this.kb = kb;
            this.cache = cache;
            this.audience = audience;
            this.renderer = renderer;
            byte[] css = renderer.staticAssets().get("print.css");
            this.printCss = css == null ? "" : new String(css, StandardCharsets.UTF_8).replace("]]>", "");
            this.vuistregels = kb.vuistregelById();
            this.organisaties = kb.organisatieById();
            this.weeffouten = kb.weeffoutById();
            this.casussen = kb.casusById();
        }

        private Map<String, Object> frame(String path, String title) {
            return PagePlanner.frame(path, title, kb, audience);
        }

        private void page(String path, String template, String title, Map<String, Object> model) {
            Map<String, Object> full = frame(path, title);
            full.putAll(model);
            pages.add(new Page(path, template, full));
        }

        /** A print page at {@code base + ".html"} and its PDF at {@code base + ".pdf"}. */
        private void printDocument(String base, String template, String title, Link back, Map<String, Object> model) {
            String htmlPath = base + ".html";
            String name = base.substring(base.lastIndexOf('/') + 1);
            Map<String, Object> html = frame(htmlPath, title);
            html.putAll(model);
            html.put("pdf", false);
            html.put("pdfHref", name + ".pdf");
            html.put("backHref", back.href());
            html.put("backLabel", back.label());
            pages.add(new Page(htmlPath, template, html));
            Map<String, Object> pdf = new LinkedHashMap<>(html);
            pdf.put("pdf", true);
            // The PDF renderer lays the body out on the default page, so an A5 document also needs an A5 default page.
            pdf.put("printCss", TrustedMarkup.stylesheet("a5".equals(model.get("size")) ? printCss + A5_DEFAULT_PAGE : printCss));
            files.put(base + ".pdf", PdfMaker.toPdf(renderer.render(template, pdf), title + " | " + kb.site().titel(),
                    java.time.LocalDate.of(2000, 1, 1), cache));
        }

        private Link vuistregelLink(String from, String id) {
            Vuistregel v = vuistregels.get(id);
            return new Link(PagePlanner.rootOf(from) + "vuistregels/" + id + ".html", v == null ? id : v.kort());
        }

        private List<Link> organisatieLinks(String from, List<String> ids) {
            return ids.stream().filter(organisaties::containsKey).map(id -> new Link(
                    PagePlanner.rootOf(from) + "wijknetwerk/" + id + ".html", organisaties.get(id).naam())).toList();
        }

        // -------------------------------------------------------- leersessies

        void leersessies() {
            for (Leersessie l : kb.leersessies()) {
                List<Casus> cases = l.casussen().stream().map(casussen::get).filter(Objects::nonNull).toList();
                List<Map<String, Object>> bank = new ArrayList<>();
                for (String v : l.vuistregels()) {
                    List<String> vragen = kb.vragenbank().getOrDefault(v, List.of());
                    if (!vragen.isEmpty() && vuistregels.containsKey(v)) {
                        bank.add(m("vuistregel", vuistregels.get(v).kort(), "vragen", vragen));
                    }
                }
                Map<String, Object> model = m(
                        "thema", l.thema(), "doel", l.doel(), "duur", l.duur(),
                        "vuistregels", l.vuistregels().stream().filter(vuistregels::containsKey)
                                .map(id -> vuistregels.get(id).kort()).toList(),
                        "werkvormen", l.werkvormen(),
                        "vragen", l.vragen(),
                        "vragenbank", bank,
                        "samenvattingen", l.vuistregels().stream().filter(vuistregels::containsKey).map(vuistregels::get)
                                .map(v -> m("nummer", v.nummer(), "titel", v.titel(), "samenvatting", v.samenvatting(),
                                        "checklist", v.checklist().stream().map(Markdown::inline).toList(),
                                        "signalen", v.signalen().stream().map(Markdown::inline).toList()))
                                .toList());
                boolean trainer = audience == Zichtbaarheid.PROFESSIONALS;
                Map<String, Object> deelnemer = new LinkedHashMap<>(model);
                deelnemer.put("versie", "deelnemer");
                deelnemer.put("casussen", cases.stream().map(c -> handoutCase(c, false)).toList());
                deelnemer.put("trainerHref", trainer ? l.id() + "-trainer.html" : "");
                printDocument("leersessies/" + l.id() + "-handout", "leersessie-handout.ftlh", l.titel(),
                        new Link(l.id() + ".html", "Terug naar de leersessie"), deelnemer);
                if (trainer) {
                    // The trainer's version holds every case's oplossing, costs and the trainersnotities:
                    // professionals only, like the notes on the leersessie page.
                    Map<String, Object> voorTrainer = new LinkedHashMap<>(model);
                    voorTrainer.put("versie", "trainer");
                    voorTrainer.put("casussen", cases.stream().map(c -> handoutCase(c, true)).toList());
                    voorTrainer.put("notitiesHtml", Markdown.toHtml(l.trainersnotities()));
                    voorTrainer.put("deelnemerHref", l.id() + "-handout.html");
                    printDocument("leersessies/" + l.id() + "-trainer", "leersessie-handout.ftlh", l.titel() + " (trainer)",
                            new Link(l.id() + ".html", "Terug naar de leersessie"), voorTrainer);
                }
            }
        }

        /**
         * One case of a handout. The participants' version has the situatie, the hulpvraag and the
         * leervragen only: where it gets stuck (the blokkades), the oplossing and the costs are what the
         * werkvormen ask them to work out, so those are in the trainer's version alone.
         */
        private Map<String, Object> handoutCase(Casus c, boolean trainer) {
            Casus.Hulpvraag h = c.hulpvraag();
            boolean hulp = h != null && !(h.watWilIk().isBlank() && h.watKanIk().isBlank() && h.watHebIkNodig().isBlank());
            Map<String, Object> view = m("titel", c.titel(), "samenvatting", c.samenvatting(), "wijk", kb.site().wijkNaam(c.wijk()),
                    "situatieHtml", Markdown.toHtml(c.situatie()),
                    "hulpvraag", hulp ? m("wil", h.watWilIk(), "kan", h.watKanIk(), "nodig", h.watHebIkNodig()) : Map.of(),
                    "leervragen", c.leervragen().stream().map(Markdown::inline).toList());
            if (trainer) {
                view.put("blokkades", c.blokkades().stream().map(b -> m("toelichting", Markdown.inline(b.toelichting()),
                        "weeffout", b.heeftWeeffout() && weeffouten.containsKey(b.weeffout())
                                ? weeffouten.get(b.weeffout()).titel() : "")).toList());
                view.put("oplossingHtml", Markdown.toHtml(c.oplossing()));
                view.put("kosten", kostenView(c.kosten()));
                Casus.Waardendriehoek w = c.waardendriehoek();
                view.put("driehoek", w == null || (w.rendement().isBlank() && w.legitimering().isBlank() && w.betrokkenheid().isBlank())
                        ? Map.of() : m("rendement", Markdown.inline(w.rendement()), "legitimering", Markdown.inline(w.legitimering()),
                                "betrokkenheid", Markdown.inline(w.betrokkenheid())));
            }
            return view;
        }

        private static Map<String, Object> kostenView(Kosten k) {
            if (k == null || k.isEmpty()) {
                return Map.of();
            }
            List<Map<String, Object>> posten = new ArrayList<>();
            k.standaard().forEach(p -> posten.add(post("Standaardroute", p)));
            k.maatwerk().forEach(p -> posten.add(post("Maatwerk", p)));
            java.math.BigDecimal verschil = k.besparingPerJaar();
            return m("posten", posten,
                    "standaard", Format.euro(k.standaardPerJaar()), "maatwerk", Format.euro(k.maatwerkPerJaar()),
                    "standaardEenmalig", Format.euro(k.standaardEenmalig()), "maatwerkEenmalig", Format.euro(k.maatwerkEenmalig()),
                    "verschil", verschil.signum() == 0 ? "De vaste kosten per jaar zijn voor beide routes gelijk."
                            : "Maatwerk is per jaar " + Format.euro(verschil.abs()) + (verschil.signum() > 0 ? " goedkoper" : " duurder")
                                    + " dan de standaardroute.");
        }

        private static Map<String, Object> post(String route, Kosten.Post p) {
            String per = switch (p.per()) {
                case "eenmalig" -> "eenmalig";
                case "keer" -> "per keer, " + p.aantal() + " keer per jaar";
                default -> "per " + p.per();
            };
            return m("route", route, "post", p.post(), "bedrag", Format.euro(p.bedrag()), "per", per);
        }

        // -------------------------------------------------------- vragenbank

        void vragenbank() {
            List<Map<String, Object>> items = new ArrayList<>();
            for (Vuistregel v : kb.vuistregels()) {
                String path = "vragenbank/" + v.id() + ".html";
                List<Casus> withQuestions = kb.casussen().stream()
                        .filter(c -> c.vuistregels().contains(v.id()) && !c.leervragen().isEmpty())
                        .sorted((a, b) -> a.id().compareTo(b.id())).toList();
                List<String> vragen = kb.vragenbank().getOrDefault(v.id(), List.of());
                page(path, "vragenbank.ftlh", "Vragenbank: " + v.kort(), m(
                        "v", v, "vuistregelHref", "../vuistregels/" + v.id() + ".html",
                        "vragen", vragen,
                        "checklist", v.checklist().stream().map(Markdown::inline).toList(),
                        "casussen", withQuestions.stream().map(c -> m("href", "../" + nl.wijkwijzer.pages.Urls.casus(c.id()),
                                "titel", c.titel(), "leervragen", c.leervragen().stream().map(Markdown::inline).toList()))
                                .toList(),
                        "sessies", kb.leersessies().stream().filter(l -> l.vuistregels().contains(v.id()))
                                .map(l -> new Link("../leersessies/" + l.id() + ".html", l.titel())).toList()));
                items.add(m("href", v.id() + ".html", "nummer", v.nummer(), "titel", v.titel(), "aantal", vragen.size(),
                        "leervragen", withQuestions.stream().mapToInt(c -> c.leervragen().size()).sum()));
            }
            page("vragenbank/index.html", "vragenbank-index.ftlh", "Vragenbank", m("items", items));
        }

        // -------------------------------------------------------- routekaart

        void routekaart() {
            Optional<Routekaart> route = kb.routekaart();
            String path = "routekaart.html";
            if (route.isEmpty()) {
                page(path, "routekaart.ftlh", "Routekaart naar een woonprofiel", m("stappen", List.of()));
                return;
            }
            Routekaart r = route.get();
            List<Routekaart.Stap> stappen = r.stappen();
            List<Map<String, Object>> domeinen = new ArrayList<>();
            for (String d : Routekaart.DOMEINEN) {
                List<Link> steps = new ArrayList<>();
                for (int i = 0; i < stappen.size(); i++) {
                    if (stappen.get(i).domeinen().contains(d)) {
                        steps.add(new Link(stappen.get(i).id(), (i + 1) + ". " + stappen.get(i).titel()));
                    }
                }
                domeinen.add(m("id", d, "label", Labels.of(d), "stappen", steps));
            }
            page(path, "routekaart.ftlh", r.titel(), m(
                    "inleidingHtml", Markdown.toHtml(r.inleiding()),
                    "domeinen", domeinen,
                    "stappen", stappen.stream().map(s -> m("id", s.id(), "titel", s.titel(),
                            "watHtml", Markdown.toHtml(s.wat()),
                            "wie", organisatieLinks(path, s.wie()),
                            "vuistregels", s.vuistregels().stream().map(v -> vuistregelLink(path, v)).toList(),
                            "domeinen", s.domeinen().stream().map(Labels::of).toList())).toList()));

            List<Map<String, Object>> form = new ArrayList<>();
            for (Map<String, Object> d : domeinen) {
                String id = (String) d.get("id");
                Routekaart.Domein block = r.woonprofiel().stream().filter(b -> b.domein().equals(id)).findFirst().orElse(null);
                @SuppressWarnings("unchecked")
                List<Link> steps = (List<Link>) d.get("stappen");
                form.add(m("id", id, "titel", block == null || block.titel().isBlank() ? Labels.of(id) : block.titel(),
                        "vragen", block == null ? List.of() : block.vragen(),
                        "stappen", steps.stream().map(Link::label).toList()));
            }
            printDocument("routekaart/woonprofiel", "woonprofiel.ftlh", "Woonprofiel",
                    new Link("../routekaart.html", "Terug naar de routekaart"), m("domeinen", form));
        }

        // -------------------------------------------------------- wijknetwerk in beeld

        /**
         * The A5 booklet: an overview of which partners help per vuistregel, then each partner once
         * (alphabetically) with the vuistregels it serves and its contact details as links.
         */
        void boekje() {
            List<Organisatie> partners = kb.organisaties().stream()
                    .sorted((a, b) -> a.naam().compareToIgnoreCase(b.naam())).toList();
            List<Map<String, Object>> groepen = new ArrayList<>();
            for (Vuistregel v : kb.vuistregels()) {
                groepen.add(m("nummer", v.nummer(), "titel", v.titel(), "kort", v.kort(),
                        "partners", partners.stream().filter(o -> o.vuistregels().contains(v.id())).map(Organisatie::naam).toList()));
            }
            printDocument("wijknetwerk/wijknetwerk-in-beeld", "wijknetwerk-boekje.ftlh", "Wijknetwerk in beeld",
                    new Link("index.html", "Terug naar het wijknetwerk"), m("groepen", groepen,
                            "organisaties", partners.stream().map(this::orgView).toList(), "size", "a5"));
        }

        private Map<String, Object> orgView(Organisatie o) {
            return m("naam", o.naam(), "soort", Labels.of(o.soort()),
                    "wijken", o.wijken().isEmpty() ? "alle wijken"
                            : String.join(", ", o.wijken().stream().map(kb.site()::wijkNaam).toList()),
                    "vuistregels", kb.vuistregels().stream().filter(v -> o.vuistregels().contains(v.id()))
                            .map(v -> v.kort() + " (vuistregel " + v.nummer() + ")").toList(),
                    "watHtml", Markdown.toHtml(o.watZeDoen()), "reactietijd", o.reactietijd(),
                    "bereikbaarheid", o.bereikbaarheid(),
                    "contact", o.contact() == null ? List.of() : ContactLinks.of(o.contact()));
        }
    }
}
