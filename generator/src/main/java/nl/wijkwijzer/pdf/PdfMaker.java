package nl.wijkwijzer.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.io.StringReader;
import java.util.Calendar;
import java.util.EnumSet;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

/**
 * Turns rendered XHTML into a tagged PDF (PDF/UA-1). The output depends on the input only: creation
 * date and document id are fixed (the id is a hash of the XHTML), so two builds of the same content
 * are byte-identical.
 *
 * <p>What PDF/UA asks of the XHTML (the print templates provide it): {@code lang} on the root element
 * (the catalog's /Lang and the Document element's language), a {@code <title>} (shown as the window
 * title: /DisplayDocTitle), headings in order without skipped levels, tables with {@code <th>} (a
 * {@code scope="row"} header becomes a row header), and a text alternative for every figure: an
 * {@code <img>} needs {@code alt}; an inline {@code <svg>} gets the text of its {@code <title>} and
 * {@code <desc>} as its alternative here, so the charts need no PDF-only markup. Fonts are embedded
 * (DejaVu, also inside the charts); without DejaVu the PDF falls back to a base-14 font and is no
 * longer PDF/UA.
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
        return toPdf(xhtml, title, date, nl.wijkwijzer.util.BuildCache.uncached());
    }

    /**
     * As {@link #toPdf(String, String, java.time.LocalDate)}, remembered in {@code cache}: layout costs
     * 100-500 ms a document, and the output depends on these inputs only; the audiences share handouts,
     * and a preview rebuild mostly re-renders unchanged sources. When both audiences ask for the same
     * document at once, one lays it out and the other waits.
     */
    public static byte[] toPdf(String xhtml, String title, java.time.LocalDate date, nl.wijkwijzer.util.BuildCache cache) {
        return cache.memo(LAYOUTS).get(date + "\n" + title + "\n" + xhtml, k -> layout(xhtml, title, date)).clone();
    }

    private static final nl.wijkwijzer.util.BuildCache.Kind<String, byte[]> LAYOUTS = nl.wijkwijzer.util.BuildCache.Kind.entries(
            "pdf", nl.wijkwijzer.util.BuildProfile::pdfDocuments);

    private static byte[] layout(String xhtml, String title, java.time.LocalDate date) {
        return layout(xhtml, title, date, true);
    }

    /**
     * Lays the document out without the memo (the build calls {@link #toPdf}); tests use it to show
     * that the same input gives the same bytes, and with {@code tagged} false that the PDF/UA checks
     * reject an untagged PDF.
     */
    public static byte[] layout(String xhtml, String title, java.time.LocalDate date, boolean tagged) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        Document source = parse(xhtml, title);
        boolean svg = source.getElementsByTagNameNS(SVG_NS, "svg").getLength() > 0;
        builder.withW3cDocument(withFigureAlternatives(source), null);
        builder.withProducer("Wijkwijzer");
        builder.usePdfUaAccessibility(tagged);
        if (svg) {
            // Batik and its copy of the fonts cost ~1 s to start and ~20 ms a document: only for charts.
            builder.useSVGDrawer(new BatikSVGDrawer());
        }
        for (Object[] face : FACES) {
            Path file = DEJAVU.resolve((String) face[0]);
            if (Files.isReadable(file)) {
                builder.useFont(file.toFile(), FAMILY, (Integer) face[1], (FontStyle) face[2], true,
                        svg ? EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG) : EnumSet.of(FSFontUseCase.DOCUMENT));
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

    private static Document parse(String xhtml, String title) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            // The XHTML is our own template output; nothing external is ever loaded.
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setExpandEntityReferences(false);
            f.setXIncludeAware(false);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("PDF maken mislukt: de XHTML van '" + title + "' is geen geldige XML: "
                    + e.getMessage(), e);
        }
    }

    /**
     * A figure in a tagged PDF needs a text alternative (/Alt); the renderer takes it from the
     * element's {@code alt} attribute. An inline SVG says what it shows in its {@code <title>} and
     * {@code <desc>} (as on the web page), so those become its {@code alt} here.
     */
    static Document withFigureAlternatives(Document doc) {
        NodeList svgs = doc.getElementsByTagNameNS(SVG_NS, "svg");
        for (int i = 0; i < svgs.getLength(); i++) {
            Element svg = (Element) svgs.item(i);
            if (!svg.getAttribute("alt").isBlank()) {
                continue;
            }
            StringBuilder alt = new StringBuilder();
            for (String part : new String[] {"title", "desc"}) {
                NodeList n = svg.getElementsByTagNameNS(SVG_NS, part);
                if (n.getLength() > 0 && n.item(0).getParentNode() == svg) {
                    String text = n.item(0).getTextContent().strip();
                    if (!text.isEmpty()) {
                        alt.append(alt.isEmpty() ? "" : ". ").append(text.endsWith(".") ? text.substring(0, text.length() - 1) : text);
                    }
                }
            }
            String label = svg.getAttribute("aria-label").strip();
            svg.setAttribute("alt", !alt.isEmpty() ? alt + "." : label);
        }
        return doc;
    }

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

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
