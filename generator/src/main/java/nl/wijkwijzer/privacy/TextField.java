package nl.wijkwijzer.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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
     * personal data, typed by mistake before a colon) is never repeated.
     */
    private static String safeKey(String key) {
        return isSafeKey(key) ? key : "(onbekend veld)";
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
