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
 */
public record ContentFile(String path, String type, String id, YNode tree, String body, int bodyLine,
        Zichtbaarheid zichtbaarheid, List<Exemption> exemptions) {

    public record Exemption(String soort, String veld, String reden) {
    }
}
