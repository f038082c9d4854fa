package nl.wijkwijzer.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import nl.wijkwijzer.personal.PersonalData;
import nl.wijkwijzer.content.ContentFile;
import nl.wijkwijzer.yaml.YNode;

/**
 * One scanned text: a scalar of the YAML tree or the Markdown body, with its field path as a
 * redacteur writes it under {@code privacy-uitzonderingen: veld} ({@code situatie},
 * {@code hulpvraag.wat-wil-ik}, {@code blokkades[2].toelichting}, list items counted from 1).
 *
 * @param scalar the YAML scalar, or null for the Markdown body
 */
record TextField(String path, String text, YNode.Scalar scalar) {

    /** Field path of the Markdown body under the front matter. */
    static final String BODY = "tekst";

    static final Pattern SAFE_KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

    static List<TextField> of(ContentFile file) {
        List<TextField> out = new ArrayList<>();
        if (file.tree() != null) {
            walk(file.tree(), "", out);
        }
        if (file.body() != null && !file.body().isEmpty()) {
            out.add(new TextField(BODY, file.body(), null));
        }
        return out;
    }

    /**
     * A map key as written in the file, with the field path of the block it is in ("wijken", "" at the top),
     * for keys the redacteur chose (wijk ids, deelregels ids, a misspelt field name). The field names of the
     * content model are left out: they are the same in every file and never personal.
     */
    record Key(String parent, String key, int line, int column) {
    }

    static List<Key> keys(ContentFile file) {
        List<Key> out = new ArrayList<>();
        if (file.tree() != null) {
            keys(file.tree(), "", out);
        }
        return out;
    }

    private static void keys(YNode node, String path, List<Key> out) {
        switch (node) {
            case YNode.Scalar s -> {
            }
            case YNode.YMap m -> {
                for (YNode.Entry e : m.entries().values()) {
                    if (!SCHEMA_FIELD_NAMES.contains(e.key())) {
                        out.add(new Key(path, e.key(), e.line(), e.column()));
                    }
                    String key = safeKey(e.key());
                    keys(e.value(), path.isEmpty() ? key : path + "." + key, out);
                }
            }
            case YNode.YList l -> {
                for (int i = 0; i < l.items().size(); i++) {
                    keys(l.items().get(i), path + "[" + (i + 1) + "]", out);
                }
            }
        }
    }

    /** Every field name of every content type, nested ones included. */
    private static final java.util.Set<String> SCHEMA_FIELD_NAMES = schemaFieldNames();

    private static java.util.Set<String> schemaFieldNames() {
        java.util.Set<String> names = new java.util.HashSet<>();
        java.util.ArrayDeque<nl.wijkwijzer.content.Schema> todo = new java.util.ArrayDeque<>(
                nl.wijkwijzer.content.ContentSchemas.all());
        while (!todo.isEmpty()) {
            for (nl.wijkwijzer.content.Schema.Field f : todo.pop().fields()) {
                names.add(f.name());
                if (f.nested() != null) {
                    todo.push(f.nested());
                }
            }
        }
        return java.util.Set.copyOf(names);
    }

    private static void walk(YNode node, String path, List<TextField> out) {
        switch (node) {
            case YNode.Scalar s -> {
                if (!s.isNull() && !s.value().isEmpty()) {
                    out.add(new TextField(path.isEmpty() ? "(bestand)" : path, s.value(), s));
                }
            }
            case YNode.YMap m -> {
                for (YNode.Entry e : m.entries().values()) {
                    String key = safeKey(e.key());
                    walk(e.value(), path.isEmpty() ? key : path + "." + key, out);
                }
            }
            case YNode.YList l -> {
                for (int i = 0; i < l.items().size(); i++) {
                    walk(l.items().get(i), path + "[" + (i + 1) + "]", out);
                }
            }
        }
    }

    /**
     * Field names go into messages, so a key that is not a plain field name (and could itself be the
     * personal data, typed by mistake before a colon), or that looks personal ("111222333", a wijk id that
     * is an IBAN), is never repeated.
     */
    static String safeKey(String key) {
        return SCHEMA_FIELD_NAMES.contains(key) || isSafeKey(key) && !PersonalData.looksPersonal(key) ? key
                : "(onbekend veld)";
    }

    /** {@link #SAFE_KEY} by hand: this runs for every key of every file. */
    static boolean isSafeKey(String key) {
        if (key.isEmpty() || key.length() > 60 || key.charAt(0) == '-') {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    boolean isBody() {
        return scalar == null;
    }
}
