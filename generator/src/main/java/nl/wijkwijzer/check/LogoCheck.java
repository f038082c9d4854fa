package nl.wijkwijzer.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

import nl.wijkwijzer.diagnostics.Diagnostics;
import nl.wijkwijzer.diagnostics.Source;
import nl.wijkwijzer.model.Site;
import nl.wijkwijzer.yaml.SafeYaml;
import nl.wijkwijzer.yaml.YNode;

/**
 * {@code huisstijl.logo} names a file in the templates' {@code static/} folder, which the build
 * copies to {@code assets/} and the page header shows. A name without a file would be a broken
 * image on every page, so it is an error at {@code site.yaml}'s line, in check and build alike.
 */
public final class LogoCheck {
    private LogoCheck() {
    }

    public static void check(Site site, Path content, Path templates, Diagnostics diagnostics) {
        if (site.logo().isEmpty() || templates == null) {
            return;
        }
        Path file = templates.resolve("static").resolve(site.logo());
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Path name = content.toAbsolutePath().normalize().getFileName();
        Source at = Source.file((name == null ? "content" : name.toString()) + "/site.yaml");
        diagnostics.error(logoPosition(content.resolve("site.yaml"), at), "logo-ontbreekt",
                "logo '" + site.logo() + "' staat niet in " + templates.resolve("static") + "/",
                "zet het bestand in die map, of haal logo weg uit huisstijl");
    }

    /** Where {@code huisstijl.logo} stands in site.yaml; the file itself when that cannot be read. */
    private static Source logoPosition(Path siteYaml, Source file) {
        try {
            Optional<YNode> root = SafeYaml.parse(Files.readString(siteYaml, StandardCharsets.UTF_8), file, 0, new Diagnostics());
            if (root.isPresent() && root.get() instanceof YNode.YMap map && map.entries().get("huisstijl") != null
                    && map.entries().get("huisstijl").value() instanceof YNode.YMap huisstijl
                    && huisstijl.entries().get("logo") != null) {
                YNode.Entry logo = huisstijl.entries().get("logo");
                return file.at(logo.line(), logo.column());
            }
        } catch (IOException | RuntimeException e) {
            // the loader has reported an unreadable site.yaml already
        }
        return file;
    }
}
