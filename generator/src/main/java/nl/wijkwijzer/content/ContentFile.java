package nl.wijkwijzer.content;

import java.util.List;

import nl.wijkwijzer.model.Zichtbaarheid;
import nl.wijkwijzer.yaml.YNode;

/**
 * One loaded source file as text, kept for the stages that scan text rather than the model (the
 * privacy guard, readability).
 *
 * @param tree       the YAML data or front matter
 * @param body       the Markdown body ("" for YAML files)
 * @param bodyLine   1-based line where the body starts
 * @param exemptions acknowledged false positives of the privacy guard
 * @param text       the whole file as read (LF line ends, no BOM), so the privacy guard can point at the
 *                   exact line and column of a value inside a quoted or multi-line YAML text; "" if unknown
 */
public record ContentFile(String path, String type, String id, YNode tree, String body, int bodyLine,
        Zichtbaarheid zichtbaarheid, List<Exemption> exemptions, String text) {

    /** Without the source text; positions inside multi-line values are then approximate. */
    public ContentFile(String path, String type, String id, YNode tree, String body, int bodyLine,
            Zichtbaarheid zichtbaarheid, List<Exemption> exemptions) {
        this(path, type, id, tree, body, bodyLine, zichtbaarheid, exemptions, "");
    }

    public record Exemption(String soort, String veld, String reden) {
    }
}
