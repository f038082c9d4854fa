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
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;

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
            // Batik (with its own copy of the fonts) is slow to start: only documents with charts load it.
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
                if (tagged) {
                    tagFormFields(doc);
                }
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

    /**
     * The renderer makes a form field (AcroForm widget) of each {@code <input>} and {@code <textarea>},
     * but leaves the widgets out of the structure tree; PDF/UA (7.18.4) wants each inside a Form
     * element. Each widget gets one, in field order at the end of the document element, with its
     * title (the field's /TU, from the control's {@code title}) as alternative text.
     */
    static void tagFormFields(PDDocument doc) throws IOException {
        var catalog = doc.getDocumentCatalog();
        var root = catalog.getStructureTreeRoot();
        if (root == null || catalog.getAcroForm() == null) {
            return;
        }
        var document = root.getKids().stream().filter(k -> k instanceof PDStructureElement).map(k -> (PDStructureElement) k)
                .findFirst().orElse(null);
        if (document == null) {
            return;
        }
        COSArray nums = new COSArray();
        COSDictionary tree = root.getCOSObject().getCOSDictionary(COSName.PARENT_TREE);
        if (tree != null) {
            flattenNumberTree(tree, nums, 0);
        }
        int next = Math.max(root.getParentTreeNextKey(), maxKey(nums) + 1);
        boolean any = false;
        for (PDPage page : doc.getPages()) {
            for (PDAnnotation a : page.getAnnotations()) {
                if (!(a instanceof PDAnnotationWidget widget) || widget.getStructParent() >= 0) {
                    continue;
                }
                PDStructureElement form = new PDStructureElement("Form", document);
                form.setPage(page);
                PDObjectReference ref = new PDObjectReference();
                ref.setReferencedObject(widget);
                ref.setPage(page);
                form.appendKid(ref);
                String tu = widget.getCOSObject().getString(COSName.TU);
                if (tu == null && widget.getCOSObject().getCOSDictionary(COSName.PARENT) != null) {
                    tu = widget.getCOSObject().getCOSDictionary(COSName.PARENT).getString(COSName.TU);
                }
                if (tu != null && !tu.isBlank()) {
                    form.setAlternateDescription(tu);
                }
                document.appendKid(form);
                widget.setStructParent(next);
                nums.add(COSInteger.get(next));
                nums.add(form.getCOSObject());
                next++;
                any = true;
            }
        }
        if (any) {
            fullFontForFields(doc);
            COSDictionary flat = new COSDictionary();
            flat.setItem(COSName.NUMS, nums);
            root.getCOSObject().setItem(COSName.PARENT_TREE, flat);
            root.setParentTreeNextKey(next);
        }
    }

    /**
     * The document's fonts are subsets holding only the glyphs the page shows, so a viewer (or PDFBox)
     * that draws what someone types into a field would lack most letters. The fields therefore write
     * in the whole DejaVu Sans, embedded once (PDF/UA wants every font embedded).
     */
    private static void fullFontForFields(PDDocument doc) throws IOException {
        Path file = DEJAVU.resolve("DejaVuSans.ttf");
        var form = doc.getDocumentCatalog().getAcroForm();
        if (!Files.isReadable(file) || form == null) {
            return;
        }
        org.apache.pdfbox.pdmodel.font.PDType0Font font;
        try (var in = Files.newInputStream(file)) {
            font = org.apache.pdfbox.pdmodel.font.PDType0Font.load(doc, in, false);
        }
        var resources = form.getDefaultResources() == null ? new org.apache.pdfbox.pdmodel.PDResources() : form.getDefaultResources();
        COSName name = COSName.getPDFName("WwSans");
        resources.put(name, font);
        form.setDefaultResources(resources);
        String da = "/WwSans 10 Tf 0 g";
        form.setDefaultAppearance(da);
        for (var field : form.getFieldTree()) {
            if (field instanceof org.apache.pdfbox.pdmodel.interactive.form.PDVariableText text) {
                text.setDefaultAppearance(da);
            }
        }
    }

    /** Collects the key/value pairs of a number tree (leaves in key order) into one /Nums array. */
    private static void flattenNumberTree(COSDictionary node, COSArray into, int depth) {
        if (depth > 16) {
            return;
        }
        COSArray nums = node.getCOSArray(COSName.NUMS);
        if (nums != null) {
            for (int i = 0; i < nums.size(); i++) {
                into.add(nums.get(i));
            }
        }
        COSArray kids = node.getCOSArray(COSName.KIDS);
        if (kids != null) {
            for (int i = 0; i < kids.size(); i++) {
                if (kids.getObject(i) instanceof COSDictionary kid) {
                    flattenNumberTree(kid, into, depth + 1);
                }
            }
        }
    }

    private static int maxKey(COSArray nums) {
        int max = -1;
        for (int i = 0; i < nums.size(); i += 2) {
            if (nums.getObject(i) instanceof COSInteger n) {
                max = Math.max(max, n.intValue());
            }
        }
        return max;
    }

    private static byte[] md5(String s) {
        try {
            return MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
