package nl.wijkwijzer.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.wijkwijzer.model.Casus;
import nl.wijkwijzer.model.Weeffout;
import nl.wijkwijzer.pages.Planning.CasusCard;
import nl.wijkwijzer.markdown.SafeHtml;

/** The weeffouten: their index ({@code weeffouten.ftlh}) and a page each ({@code weeffout.ftlh}). */
public final class WeeffoutPages {
    private WeeffoutPages() {
    }

    public record WeeffoutItem(String href, String titel, String categorie, String eigenaar, String status, int aantal) {
    }

    public record WeeffoutenPage(List<WeeffoutItem> items) {
    }

    public record WeeffoutPage(Weeffout w, String categorie, String eigenaar, String status, String gesignaleerd,
            SafeHtml beschrijvingHtml, SafeHtml voorstelHtml, List<CasusCard> casussen, int aantalCasussen, long wijken) {
    }

    static void plan(Planning p) {
        var kb = p.kb;
        Map<String, List<Casus>> byWeeffout = new LinkedHashMap<>();
        for (Casus c : kb.casussen()) {
            c.blokkadeWeeffouten().stream().filter(w -> !w.isEmpty()).distinct()
                    .forEach(w -> byWeeffout.computeIfAbsent(w, k -> new ArrayList<>()).add(c));
        }
        p.add("weeffouten/index.html", "weeffouten.ftlh", "Weeffouten", new WeeffoutenPage(kb.weeffouten().stream()
                .map(w -> new WeeffoutItem(w.id() + ".html", Planning.text(w.titel()), Planning.text(Labels.of(w.categorie())),
                        Planning.text(Labels.of(w.eigenaar())), Planning.text(Labels.of(w.status())),
                        byWeeffout.getOrDefault(w.id(), List.of()).size())).toList()));
        for (Weeffout w : kb.weeffouten()) {
            String path = Urls.weeffout(w.id());
            List<Casus> cases = byWeeffout.getOrDefault(w.id(), List.of()).stream().sorted(Planning.byDateDesc()).toList();
            p.add(path, "weeffout.ftlh", w.titel(), new WeeffoutPage(w, Planning.text(Labels.of(w.categorie())),
                    Planning.text(Labels.of(w.eigenaar())), Planning.text(Labels.of(w.status())), Format.date(w.gesignaleerdOp()),
                    p.markdown.html(w.beschrijving()), p.markdown.html(w.voorstel()),
                    cases.stream().limit(Planning.PAGE_SIZE).map(c -> p.card(path, c)).toList(), cases.size(),
                    cases.stream().map(Casus::wijk).distinct().count()));
        }
    }
}
