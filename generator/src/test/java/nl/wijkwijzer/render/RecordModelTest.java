package nl.wijkwijzer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;

/**
 * {@link MarkupWrapper} reads records through its own accessors; a template must print exactly what
 * it prints with FreeMarker's default wrapper: components, other methods without parameters, getters
 * by property name, nested records in lists and maps, null components, missing names.
 */
class RecordModelTest {
    public record Inner(String naam, int aantal) {
    }

    public record Outer(String titel, int keer, boolean open, Inner inner, List<Inner> lijst, Map<String, Inner> kaart,
            String leeg, Double bedrag) {
        public String afgeleid() {
            return titel.toUpperCase() + "!";
        }

        public String getOmschrijving() {
            return "omschrijving van " + titel;
        }

        public boolean isGesloten() {
            return !open;
        }

        public String getURL() {
            return "https://voorbeeld.invalid/" + keer;
        }

        public String metArgument(String x) {
            return x;
        }
    }

    private static final String TEMPLATE = """
            ${m.titel} ${m.keer} ${m.open?c} ${m.inner.naam}/${m.inner.aantal}
            <#list m.lijst as i>[${i.naam} ${i.aantal}]</#list>
            <#list m.kaart as k, v>{${k}=${v.naam}}</#list>
            ${m.leeg!'geen'} ${m.leeg???c} ${m.bedrag!0} ${m.afgeleid} ${m.omschrijving}
            ${m.gesloten?c} ${m.URL} ${m.bestaatNiet!'ontbreekt'} ${m.inner?has_content?c} ${m?is_hash?c}
            <#if m.open>open<#else>dicht</#if> ${m.titel?length} ${m.lijst?size} ${m.kaart?size}
            """;

    private static String render(ObjectWrapper wrapper, Object model) throws Exception {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setObjectWrapper(wrapper);
        cfg.setNumberFormat("computer");
        Template t = new Template("t.ftlh", TEMPLATE, cfg);
        StringWriter out = new StringWriter();
        t.process(Map.of("m", model), out);
        return out.toString();
    }

    @Test
    void printsWhatTheDefaultWrapperPrints() throws Exception {
        Map<String, Inner> kaart = new LinkedHashMap<>();
        kaart.put("a", new Inner("x <y>", 1));
        kaart.put("b", new Inner("z & w", 2));
        for (Outer m : List.of(
                new Outer("Huur & schuld", 3, true, new Inner("een", 1), List.of(new Inner("twee", 2), new Inner("drie", 3)),
                        kaart, null, 12.5),
                new Outer("<b>leeg</b>", 0, false, new Inner("", 0), List.of(), Map.of(), "", null))) {
            String expected = render(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build(), m);
            String actual = render(new MarkupWrapper(Configuration.VERSION_2_3_34, HTMLOutputFormat.INSTANCE), m);
            assertEquals(expected, actual);
            assertTrue(actual.contains("omschrijving van"), actual);
        }
    }

    @Test
    void answersToTheNamesOfTheDefaultWrapper() {
        var names = MarkupWrapper.accessorsOf(Outer.class).keySet();
        assertEquals(java.util.Set.of("titel", "keer", "open", "inner", "lijst", "kaart", "leeg", "bedrag", "afgeleid",
                "omschrijving", "gesloten", "URL"), names);
    }
}
