package nl.wijkwijzer.content;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.wijkwijzer.diagnostics.Diagnostics;
import nl.wijkwijzer.diagnostics.Quote;
import nl.wijkwijzer.diagnostics.Source;
import nl.wijkwijzer.diagnostics.Suggest;
import nl.wijkwijzer.yaml.YNode;

/**
 * Typed, position-aware access to one YAML block, checked against its {@link Schema}. Every problem
 * becomes a diagnostic and a neutral value is returned, so loading always goes on.
 */
final class Fields {
    private final Schema schema;
    private final YNode.YMap map;
    private final Source file;
    private final String prefix;
    private final Diagnostics diagnostics;
    private final Map<String, Source> positions;
    private final Pools pools;

    private Fields(Schema schema, YNode.YMap map, Source file, String prefix, Diagnostics diagnostics,
            Map<String, Source> positions, Pools pools) {
        this.pools = pools;
        this.schema = schema;
        this.map = map;
        this.file = file;
        this.prefix = prefix;
        this.diagnostics = diagnostics;
        this.positions = positions;
        checkKeys();
    }

    /** Reads a top-level node; reports an error and returns empty when it is not a block of fields. */
    static Optional<Fields> root(Schema schema, YNode node, Source file, Diagnostics diagnostics, Pools pools) {
        if (!(node instanceof YNode.YMap m)) {
            diagnostics.error(file.at(node.line(), node.column()), "verkeerd-type",
                    "het bestand moet velden bevatten ('naam: waarde'), maar bevat " + node.kind(),
                    "begin met bijvoorbeeld 'titel: ...'");
            return Optional.empty();
        }
        return Optional.of(new Fields(schema, m, file, "", diagnostics, new LinkedHashMap<>(), pools));
    }

    Map<String, Source> positions() {
        return Map.copyOf(positions);
    }

    Source file() {
        return file;
    }

    Source where() {
        return file.at(map.line(), map.column());
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    private void checkKeys() {
        Map<String, Schema.Field> known = schema.byName();
        for (YNode.Entry e : map.entries().values()) {
            if (!known.containsKey(e.key())) {
                diagnostics.error(file.at(e.line(), e.column()), "onbekend-veld",
                        "onbekend veld " + Quote.of(prefix + e.key()) + (schema.location().isEmpty() ? "" : " in " + schema.name()),
                        Suggest.hint(e.key(), known.keySet()));
            }
        }
        for (Schema.Field f : schema.fields()) {
            if (f.required() && !present(f.name())) {
                diagnostics.error(where(), "ontbrekend-veld", "verplicht veld '" + prefix + f.name() + "' ontbreekt",
                        "voeg toe, bijvoorbeeld: " + f.name() + ": " + (f.example().isEmpty() ? "..." : f.example()));
            }
        }
    }

    private boolean present(String name) {
        YNode.Entry e = map.entries().get(name);
        return e != null && !(e.value() instanceof YNode.Scalar s && (s.isNull() || s.value().isBlank()));
    }

    private Schema.Field declared(String name) {
        return schema.field(name).orElseThrow(() -> new IllegalStateException(
                "field '" + name + "' is not declared in schema " + schema.name()));
    }

    private Optional<YNode> value(String name) {
        declared(name);
        YNode.Entry e = map.entries().get(name);
        if (e == null || e.value() instanceof YNode.Scalar s && s.isNull()) {
            return Optional.empty();
        }
        positions.put(prefix + name, file.at(e.value().line(), e.value().column()));
        return Optional.of(e.value());
    }

    Source at(String name) {
        return positions.getOrDefault(prefix + name, where());
    }

    private void typeError(YNode node, String name, String expected) {
        diagnostics.error(file.at(node.line(), node.column()), "verkeerd-type",
                "veld '" + prefix + name + "' moet " + expected + " zijn, maar is " + node.kind(),
                expected.startsWith("een lijst") ? "schrijf bijvoorbeeld: " + name + ": [eerste, tweede]" : "");
    }

    String text(String name) {
        Optional<YNode> v = value(name);
        if (v.isEmpty()) {
            return declared(name).fallback();
        }
        if (v.get() instanceof YNode.Scalar s) {
            return pools.shared(s.value().strip());
        }
        typeError(v.get(), name, "tekst");
        return "";
    }

    /** Markdown keeps its line structure; only trailing white space goes. */
    String markdown(String name) {
        Optional<YNode> v = value(name);
        if (v.isPresent() && v.get() instanceof YNode.Scalar s) {
            return s.value().stripTrailing();
        }
        return text(name);
    }

    int integer(String name, int fallback, int min, int max) {
        Optional<YNode> v = value(name);
        if (v.isEmpty()) {
            return fallback;
        }
        if (v.get() instanceof YNode.Scalar s) {
            try {
                int n = Integer.parseInt(s.value().strip());
                if (n < min || n > max) {
                    diagnostics.error(at(name), "buiten-bereik",
                            "veld '" + prefix + name + "' moet tussen " + min + " en " + max + " liggen", "");
                }
                return n;
            } catch (NumberFormatException e) {
                diagnostics.error(at(name), "verkeerd-type", "veld '" + prefix + name + "' moet een geheel getal zijn",
                        "schrijf alleen cijfers, bijvoorbeeld: " + name + ": 12");
                return fallback;
            }
        }
        typeError(v.get(), name, "een getal");
        return fallback;
    }

    BigDecimal amount(String name) {
        Optional<YNode> v = value(name);
        if (v.isPresent() && v.get() instanceof YNode.Scalar s) {
            try {
                BigDecimal b = new BigDecimal(s.value().strip());
                if (b.signum() < 0) {
                    diagnostics.error(at(name), "buiten-bereik", "bedrag in '" + prefix + name + "' mag niet negatief zijn", "");
                }
                return b;
            } catch (NumberFormatException e) {
                diagnostics.error(at(name), "verkeerd-type", "veld '" + prefix + name + "' moet een bedrag zijn",
                        "schrijf het bedrag in euro's zonder punt of euroteken, bijvoorbeeld: 3000 of 62.50");
            }
        } else if (v.isPresent()) {
            typeError(v.get(), name, "een bedrag");
        }
        return BigDecimal.ZERO;
    }

    LocalDate date(String name) {
        Optional<YNode> v = value(name);
        if (v.isPresent() && v.get() instanceof YNode.Scalar s) {
            try {
                return LocalDate.parse(s.value().strip());
            } catch (DateTimeParseException e) {
                diagnostics.error(at(name), "ongeldige-datum", "veld '" + prefix + name + "' is geen geldige datum",
                        "schrijf de datum als JJJJ-MM-DD, bijvoorbeeld: " + name + ": 2025-03-14");
            }
        } else if (v.isPresent()) {
            typeError(v.get(), name, "een datum");
        }
        return null;
    }

    boolean bool(String name, boolean fallback) {
        Optional<YNode> v = value(name);
        if (v.isPresent() && v.get() instanceof YNode.Scalar s) {
            return switch (s.value().strip().toLowerCase(java.util.Locale.ROOT)) {
                case "true", "ja" -> true;
                case "false", "nee" -> false;
                default -> {
                    diagnostics.error(at(name), "verkeerd-type", "veld '" + prefix + name + "' moet true of false zijn", "");
                    yield fallback;
                }
            };
        } else if (v.isPresent()) {
            typeError(v.get(), name, "true of false");
        }
        return fallback;
    }

    /** A value from the schema's allowed list; a wrong value gets the nearest allowed one as hint. */
    String choice(String name) {
        Schema.Field f = declared(name);
        String value = text(name);
        if (value.isEmpty()) {
            return f.fallback();
        }
        if (!f.allowed().contains(value)) {
            diagnostics.error(at(name), "ongeldige-waarde",
                    Quote.of(value) + " is geen geldige waarde voor '" + prefix + name + "'", Suggest.hint(value, f.allowed()));
            return f.fallback();
        }
        return value;
    }

    List<String> texts(String name) {
        Optional<YNode> v = value(name);
        if (v.isEmpty()) {
            return List.of();
        }
        if (!(v.get() instanceof YNode.YList list)) {
            typeError(v.get(), name, "een lijst");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            YNode item = list.items().get(i);
            positions.put(prefix + name + "[" + (i + 1) + "]", file.at(item.line(), item.column()));
            if (item instanceof YNode.Scalar s && !s.isNull()) {
                out.add(pools.shared(s.value().strip()));
            } else {
                diagnostics.error(file.at(item.line(), item.column()), "verkeerd-type",
                        "elk item in '" + prefix + name + "' moet tekst zijn, maar item " + (i + 1) + " is " + item.kind(), "");
            }
        }
        return List.copyOf(out);
    }

    Map<String, String> idNames(String name) {
        Optional<YNode> v = value(name);
        if (v.isEmpty()) {
            return Map.of();
        }
        if (!(v.get() instanceof YNode.YMap m)) {
            typeError(v.get(), name, "een blok 'id: naam'");
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (YNode.Entry e : m.entries().values()) {
            positions.put(prefix + name + "." + e.key(), file.at(e.line(), e.column()));
            if (!ContentLoader.VALID_ID.matcher(e.key()).matches()) {
                diagnostics.error(file.at(e.line(), e.column()), "ongeldig-id", Quote.of(e.key()) + " is geen geldig id",
                        "gebruik kleine letters, cijfers en streepjes, bijvoorbeeld: zuidoost");
            }
            if (e.value() instanceof YNode.Scalar s && !s.isNull()) {
                out.put(e.key(), s.value().strip());
            } else {
                diagnostics.error(file.at(e.line(), e.column()), "verkeerd-type", Quote.of(e.key()) + " moet een naam hebben",
                        "schrijf: " + Quote.bare(e.key()) + ": Naam");
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    Optional<Fields> block(String name) {
        Schema.Field f = declared(name);
        Optional<YNode> v = value(name);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (!(v.get() instanceof YNode.YMap m)) {
            typeError(v.get(), name, "een blok met velden");
            return Optional.empty();
        }
        return Optional.of(new Fields(f.nested(), m, file, prefix + name + ".", diagnostics, positions, pools));
    }

    List<Fields> blocks(String name) {
        Schema.Field f = declared(name);
        Optional<YNode> v = value(name);
        if (v.isEmpty()) {
            return List.of();
        }
        if (!(v.get() instanceof YNode.YList list)) {
            typeError(v.get(), name, "een lijst");
            return List.of();
        }
        List<Fields> out = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            YNode item = list.items().get(i);
            if (item instanceof YNode.YMap m) {
                out.add(new Fields(f.nested(), m, file, prefix + name + "[" + (i + 1) + "].", diagnostics, positions, pools));
            } else {
                diagnostics.error(file.at(item.line(), item.column()), "verkeerd-type",
                        "item " + (i + 1) + " van '" + prefix + name + "' moet een blok met velden zijn, maar is " + item.kind(),
                        "begin elk item met '- " + f.nested().fields().get(0).name() + ": ...'");
            }
        }
        return List.copyOf(out);
    }
}
