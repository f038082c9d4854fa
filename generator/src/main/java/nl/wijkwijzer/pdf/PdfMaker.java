package nl.wijkwijzer.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Turns rendered XHTML into a PDF. The output depends on the input only: creation date and document
 * id are fixed (the id is a hash of the XHTML), so two builds of the same content are byte-identical.
 */
public final class PdfMaker {
    /** The family name the print stylesheet asks for; mapped to DejaVu Sans when it is installed. */
    public static final String FAMILY = "Wijkwijzer Sans";
    static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu");
    private static final List<Object[]> FACES = List.of(
            new Object[] {"DejaVuSans.ttf", 400, FontStyle.NORMAL},
            new Object[] {"DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL},
            new Object[] {"DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC},
            new Object[] {"DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC});

    /** Held so the level setting is not lost when the logger would otherwise be collected. */
    private static final List<java.util.logging.Logger> QUIET = List.of(
            java.util.logging.Logger.getLogger("org.apache.pdfbox"), java.util.logging.Logger.getLogger("org.apache.fontbox"));

    static {
        // The renderer logs every stylesheet and font at INFO; a build prints diagnostics only.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        QUIET.forEach(l -> l.setLevel(java.util.logging.Level.SEVERE));
    }

    private PdfMaker() {
    }

    /** @param xhtml a well-formed XHTML document (the print templates produce one) */
    public static byte[] toPdf(String xhtml, String title) {
        return toPdf(xhtml, title, java.time.LocalDate.of(2000, 1, 1));
    }

    /** @param date the creation date written into the PDF (a content date, never the wall clock) */
    public static byte[] toPdf(String xhtml, String title, java.time.LocalDate date) {
        // Layout costs 100-500 ms a document, and the output depends on these inputs only: the
        // audiences share handouts, and a preview rebuild mostly re-renders unchanged sources.
        // When both audiences ask for the same document at once, one lays it out and the other waits.
        return MEMO.get(date + "\n" + title + "\n" + xhtml, k -> layout(xhtml, title, date)).clone();
    }

    private static final nl.wijkwijzer.Memo<String, byte[]> MEMO = nl.wijkwijzer.Memo.entries(64, false);

    private static byte[] layout(String xhtml, String title, java.time.LocalDate date) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(xhtml, null);
        builder.withProducer("Wijkwijzer");
        for (Object[] face : FACES) {
            Path file = DEJAVU.resolve((String) face[0]);
            if (Files.isReadable(file)) {
                builder.useFont(file.toFile(), FAMILY, (Integer) face[1], (FontStyle) face[2], true);
            }
        }
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            PDDocument doc = renderer.createPDFKeepOpen();
            try {
                fix(doc, xhtml, title, date);
                ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
                doc.save(out);
                return out.toByteArray();
            } finally {
                doc.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("PDF maken mislukt: " + title, e);
        }
    }

    /** Replaces the time-dependent parts of the document with values derived from the input. */
    private static void fix(PDDocument doc, String xhtml, String title, java.time.LocalDate date) {
        Calendar fixed = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        fixed.clear();
        fixed.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 0, 0, 0);
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(title);
        info.setProducer("Wijkwijzer");
        info.setCreator("Wijkwijzer");
        info.setCreationDate(fixed);
        info.setModificationDate(fixed);
        doc.setDocumentInformation(info);
        byte[] id = md5(xhtml);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
        doc.setDocumentId(0L);
    }

    private static byte[] md5(String s) {
        try {
            return MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
