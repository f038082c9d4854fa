package nl.wijkwijzer.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Checks on a finished PDF that need no validator: the structure tree a screen reader walks, pages
 * that are nearly empty, and figures that really hold vector drawing. Each returns the problems it
 * finds as short strings for test messages (empty: fine).
 */
public final class PdfChecks {
    private PdfChecks() {
    }

    /** A tagged figure: its alternative text and the number of path-painting operators inside it. */
    public record Figure(String alt, int page, int paintedPaths) {
    }

    /**
     * What PDF/UA asks of the structure, checked with PDFBox: a structure tree, /MarkInfo Marked,
     * /Lang, the title shown as window title, headings that start at H1 and never skip a level, every
     * figure with /Alt, every table with a header cell.
     */
    public static List<String> structureProblems(byte[] pdf, String lang) {
        List<String> problems = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentCatalog cat = doc.getDocumentCatalog();
            PDStructureTreeRoot root = cat.getStructureTreeRoot();
            if (root == null) {
                problems.add("geen StructTreeRoot");
                return problems;
            }
            if (cat.getMarkInfo() == null || !cat.getMarkInfo().isMarked()) {
                problems.add("MarkInfo/Marked is niet true");
            }
            if (!lang.equals(cat.getLanguage())) {
                problems.add("Lang is " + cat.getLanguage() + ", verwacht " + lang);
            }
            if (cat.getViewerPreferences() == null || !cat.getViewerPreferences().displayDocTitle()) {
                problems.add("DisplayDocTitle staat niet aan");
            }
            String title = doc.getDocumentInformation().getTitle();
            if (title == null || title.isBlank()) {
                problems.add("geen titel");
            }
            List<String> tags = new ArrayList<>();
            collect(root, tags, problems);
            int previous = 0;
            for (String t : tags) {
                if (t.matches("H[1-6]")) {
                    int level = t.charAt(1) - '0';
                    if (level > previous + 1) {
                        problems.add("kop " + t + " na " + (previous == 0 ? "geen kop" : "H" + previous));
                    }
                    previous = level;
                }
            }
            if (tags.contains("Table") && !tags.contains("TH")) {
                problems.add("tabel zonder kopcel (TH)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    private static void collect(PDStructureNode node, List<String> tags, List<String> problems) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                tags.add(e.getStructureType());
                if ("Figure".equals(e.getStructureType()) && (e.getAlternateDescription() == null
                        || e.getAlternateDescription().isBlank())) {
                    problems.add("figuur zonder Alt");
                }
                collect(e, tags, problems);
            }
        }
    }

    /** The figures in reading order, with their /Alt and how many paths are painted inside each. */
    public static List<Figure> figures(byte[] pdf) {
        List<Figure> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> alts = new ArrayList<>();
            PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
            if (root != null) {
                figureAlts(root, alts);
            }
            int n = 0;
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                for (int painted : paintedPathsPerFigure(doc.getPage(p))) {
                    out.add(new Figure(n < alts.size() ? alts.get(n) : null, p + 1, painted));
                    n++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void figureAlts(PDStructureNode node, List<String> alts) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                if ("Figure".equals(e.getStructureType())) {
                    alts.add(e.getAlternateDescription());
                }
                figureAlts(e, alts);
            }
        }
    }

    /** Per /Figure marked-content sequence on the page: the number of fill and stroke operators in it. */
    private static List<Integer> paintedPathsPerFigure(PDPage page) throws IOException {
        List<Integer> counts = new ArrayList<>();
        Deque<Boolean> marked = new ArrayDeque<>();
        List<COSBase> operands = new ArrayList<>();
        int inFigure = 0;
        int current = 0;
        PDFStreamParser parser = new PDFStreamParser(page);
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (!(token instanceof Operator op)) {
                operands.add((COSBase) token);
                continue;
            }
            switch (op.getName()) {
                case "BDC", "BMC" -> {
                    boolean figure = !operands.isEmpty() && COSName.getPDFName("Figure").equals(operands.get(0));
                    marked.push(figure);
                    if (figure && inFigure++ == 0) {
                        current = 0;
                    }
                }
                case "EMC" -> {
                    if (!marked.isEmpty() && marked.pop() && --inFigure == 0) {
                        counts.add(current);
                    }
                }
                case "Do" -> {
                    if (inFigure > 0 && !operands.isEmpty() && operands.get(0) instanceof COSName name) {
                        current += painted(page.getResources(), name, 0);
                    }
                }
                default -> {
                    if (inFigure > 0 && PAINT.contains(op.getName())) {
                        current++;
                    }
                }
            }
            operands.clear();
        }
        return counts;
    }

    private static final java.util.Set<String> PAINT = java.util.Set.of("f", "F", "f*", "S", "s", "B", "B*", "b", "b*");

    /** Paint operators inside a form XObject, its nested forms included. */
    private static int painted(PDResources resources, COSName name, int depth) throws IOException {
        if (resources == null || depth > 8 || !(resources.getXObject(name) instanceof PDFormXObject form)) {
            return 0;
        }
        int n = 0;
        List<COSBase> operands = new ArrayList<>();
        PDFStreamParser parser = new PDFStreamParser(form);
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (!(token instanceof Operator op)) {
                operands.add((COSBase) token);
                continue;
            }
            if (PAINT.contains(op.getName())) {
                n++;
            } else if ("Do".equals(op.getName()) && !operands.isEmpty() && operands.get(0) instanceof COSName inner) {
                n += painted(form.getResources(), inner, depth + 1);
            }
            operands.clear();
        }
        return n;
    }

    /** The text of each page, ligatures unfolded and white space squashed. */
    public static List<String> pageTexts(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(Normalizer.normalize(stripper.getText(doc), Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip());
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Pages (1-based) other than the first (the cover) and the last that hold fewer than
     * {@code minChars} characters of text besides the running header and footer, and no figure.
     */
    public static List<Integer> nearEmptyPages(byte[] pdf, List<String> running, int minChars) {
        List<String> texts = pageTexts(pdf);
        List<Integer> withFigure = figures(pdf).stream().map(Figure::page).toList();
        List<Integer> out = new ArrayList<>();
        for (int p = 2; p < texts.size(); p++) {
            String t = texts.get(p - 1);
            for (String r : running) {
                t = t.replace(r, "");
            }
            t = t.replaceAll("pagina \\d+ van \\d+", "").strip();
            if (t.length() < minChars && !withFigure.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /** The footer the print stylesheet puts on every page ("Pagina 3 van 9", or only the number in the A5 booklet). */
    private static final java.util.regex.Pattern FOOTER = java.util.regex.Pattern.compile("(?i)(pagina )?\\d+( van \\d+)?");

    /**
     * Pages (1-based), except the last, whose text (without the footer) is shorter than
     * {@code fraction} of the average length of the other pages: a page with a few lines that spilled
     * over, or a heading alone.
     */
    public static List<Integer> sparsePages(byte[] pdf, double fraction) {
        List<Integer> lengths = pageTexts(pdf).stream()
                .map(t -> t.replaceAll("(?i)pagina \\d+ van \\d+", "").replaceAll("\\s+", "").length()).toList();
        List<Integer> out = new ArrayList<>();
        if (lengths.size() < 2) {
            return out;
        }
        long total = lengths.stream().mapToLong(Integer::longValue).sum();
        for (int p = 0; p < lengths.size() - 1; p++) {
            double othersAverage = (double) (total - lengths.get(p)) / (lengths.size() - 1);
            if (lengths.get(p) < fraction * othersAverage) {
                out.add(p + 1);
            }
        }
        return out;
    }

    /** One line of text on a page: its text, whether it is set bold, its font size and its top. */
    public record Line(int page, String text, boolean bold, float size, float top) {
    }

    /** The lines of each page in reading order (PDFBox's text order, sorted by position). */
    public static List<List<Line>> lines(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<List<Line>> pages = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                List<Line> lines = new ArrayList<>();
                int page = p;
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                        if (positions.isEmpty() || text.isBlank()) {
                            return;
                        }
                        org.apache.pdfbox.text.TextPosition first = positions.get(0);
                        String font = first.getFont().getName() == null ? "" : first.getFont().getName();
                        lines.add(new Line(page, Normalizer.normalize(text, Normalizer.Form.NFKC).strip(),
                                font.contains("Bold"), first.getFontSizeInPt(), first.getYDirAdj()));
                    }
                };
                stripper.setSortByPosition(true);
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                stripper.getText(doc);
                pages.add(lines);
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Headings that are the last text on their page (the footer aside): bold lines of at least
     * {@code headingSize} pt, as the print stylesheet sets h1 to h3. Each as "page N: text".
     */
    public static List<String> headingsEndingAPage(byte[] pdf, float headingSize) {
        List<String> out = new ArrayList<>();
        List<List<Line>> pages = lines(pdf);
        for (int p = 0; p < pages.size() - 1; p++) {
            Line last = null;
            for (Line l : pages.get(p)) {
                if (FOOTER.matcher(l.text()).matches()) {
                    continue;
                }
                if (last == null || l.top() >= last.top()) {
                    last = l;
                }
            }
            if (last != null && last.bold() && last.size() >= headingSize - 0.01f) {
                out.add("pagina " + (p + 1) + ": " + last.text());
            }
        }
        return out;
    }
}
