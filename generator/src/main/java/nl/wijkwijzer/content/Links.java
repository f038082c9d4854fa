package nl.wijkwijzer.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Symbolic links in {@code content/} and {@code templates/}. A link whose target lies inside the
 * same folder is followed (a redacteur may link one chapter into two places); a link that leads out
 * of it, or nowhere, is refused before anything of its target is read, so an outside file is never
 * published, searched or quoted in a message. Links are resolved with {@link Path#toRealPath}, so a
 * chain of links counts by where it ends.
 */
public final class Links {
    private Links() {
    }

    /**
     * A refused link.
     *
     * @param link     the link's path relative to the folder, with '/' (never its target)
     * @param dangling true when the target does not exist
     */
    public record Refused(String link, boolean dangling) {
        /** The Dutch reason, for a diagnostic that already names {@link #link}. */
        public String message(String folder) {
            return dangling ? "dit is een symbolische link die nergens heen wijst; hij wordt niet gevolgd"
                    : "dit is een symbolische link naar iets buiten de map " + folder + "; hij wordt niet gevolgd";
        }

        public String hint() {
            return "zet het bestand zelf in de map (kopieer het) in plaats van een link, of haal de link weg";
        }
    }

    /**
     * The first link on the way from {@code root} to {@code path} (path included) that leads outside
     * {@code root} or nowhere; empty when there is none or {@code path} is not under {@code root}.
     */
    public static Optional<Refused> refused(Path root, Path path) {
        Path base = root.toAbsolutePath().normalize();
        Path target = path.toAbsolutePath().normalize();
        if (!target.startsWith(base)) {
            return Optional.empty();
        }
        Path realRoot = null;
        Path current = base;
        for (Path name : base.relativize(target)) {
            current = current.resolve(name);
            if (!Files.isSymbolicLink(current)) {
                continue;
            }
            String link = base.relativize(current).toString().replace('\\', '/');
            try {
                if (realRoot == null) {
                    realRoot = base.toRealPath();
                }
                if (!current.toRealPath().startsWith(realRoot)) {
                    return Optional.of(new Refused(link, false));
                }
            } catch (IOException e) {
                return Optional.of(new Refused(link, true));
            }
        }
        return Optional.empty();
    }
}
