package nl.wijkwijzer.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The report as PDF via openhtmltopdf. Deterministic: the creation date is the report's "stand van"
 * and the file ID is derived from the content, so identical input gives identical bytes. DejaVu Sans
 * is embedded when the machine has it; otherwise the built-in Helvetica is used and the PDF stays valid.
 */
public final class ReportPdf {
    static final Path FONT_DIR = Path.of("/usr/share/fonts/truetype/dejavu");

    /** Held so the level sticks (java.util.logging keeps loggers weakly). */
    private static final java.util.logging.Logger PDFBOX_LOG = java.util.logging.Logger.getLogger("org.apache.pdfbox");

    static {
        // openhtmltopdf logs every step at INFO on stderr; the build reports its own problems.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        PDFBOX_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    private ReportPdf() {
    }

    static boolean fontAvailable() {
        return Files.isRegularFile(FONT_DIR.resolve("DejaVuSans.ttf")) && Files.isRegularFile(FONT_DIR.resolve("DejaVuSans-Bold.ttf"));
    }

    /** @param xhtml a well-formed XHTML document; {@code stand} the date put in the PDF's metadata */
    public static byte[] render(String xhtml, java.time.LocalDate stand, String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withProducer("Wijkwijzer");
        if (fontAvailable()) {
            builder.useFont(FONT_DIR.resolve("DejaVuSans.ttf").toFile(), "DejaVu Sans", 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(FONT_DIR.resolve("DejaVuSans-Bold.ttf").toFile(), "DejaVu Sans", 700, BaseRendererBuilder.FontStyle.NORMAL, true);
        }
        builder.withHtmlContent(xhtml, null);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            PDDocument doc = renderer.createPDFKeepOpen();
            try (doc) {
                Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
                when.clear();
                when.set(stand.getYear(), stand.getMonthValue() - 1, stand.getDayOfMonth());
                PDDocumentInformation info = doc.getDocumentInformation();
                info.setCreationDate(when);
                info.setModificationDate(when);
                info.setTitle(title);
                info.setProducer("Wijkwijzer");
                info.setCreator("Wijkwijzer");
                byte[] id = java.security.MessageDigest.getInstance("MD5")
                        .digest(xhtml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                COSArray ids = new COSArray();
                ids.add(new COSString(id));
                ids.add(new COSString(id));
                doc.getDocument().getTrailer().setItem(COSName.ID, ids);
                doc.save(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
