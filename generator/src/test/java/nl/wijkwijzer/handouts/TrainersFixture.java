package nl.wijkwijzer.handouts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Paths and helpers shared by the trainers tests. */
public final class TrainersFixture {
    private TrainersFixture() {
    }

    public static Path root() {
        return Path.of(System.getProperty("wijkwijzer.root", "..")).toAbsolutePath().normalize();
    }

    /** The small content folder under test resources. */
    public static Path fixtureContent() {
        return root().resolve("generator/src/test/resources/trainers/content");
    }

    /** Copies a content folder so a test may write into it. */
    public static Path copy(Path from, Path to) {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a PDF with ligatures unfolded and all white space as single spaces. */
    public static String pdfText(Path pdf) {
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            String text = new PDFTextStripper().getText(doc);
            return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String squash(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
    }
}
