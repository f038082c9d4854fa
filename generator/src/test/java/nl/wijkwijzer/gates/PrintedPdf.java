package nl.wijkwijzer.gates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * What a browser printed, read back with PDFBox: the text in the order it was drawn, and a box per run
 * of glyphs on each page, to find text printed over other text or off the paper.
 */
final class PrintedPdf {
    /** A run of glyphs on one baseline, in PDF points from the top left of its page. */
    record Run(int page, String text, float left, float top, float right, float bottom) {
        boolean overlaps(Run o, float tolerance) {
            return page == o.page && Math.min(right, o.right) - Math.max(left, o.left) > tolerance
                    && Math.min(bottom, o.bottom) - Math.max(top, o.top) > tolerance;
        }

        @Override
        public String toString() {
            return "\"" + text + "\" (pagina " + page + String.format(Locale.ROOT, ", x %.0f-%.0f, y %.0f-%.0f)", left, right, top, bottom);
        }
    }

    /** Page number boxes sit in the bottom margin (16-20 mm); body text ends above it. 14 mm in points. */
    private static final float MARGIN_BOX_BAND = 14 * 72 / 25.4f;

    private final String text;
    private final List<Run> runs = new ArrayList<>();
    private final List<PDRectangle> pages = new ArrayList<>();

    PrintedPdf(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            doc.getPages().forEach(p -> pages.add(p.getMediaBox()));
            PDFTextStripper stripper = new PDFTextStripper() {
                /**
                 * Text in the band at the foot of the paper is a page margin box (@page @bottom-center:
                 * "Pagina 3 van 9"), which the browser draws between the two halves of a paragraph that
                 * breaks over pages; it is not page content, so it is left out of the comparison.
                 * Text below the paper's edge is kept, for {@link #offPaper()}.
                 */
                @Override
                protected void processTextPosition(TextPosition t) {
                    float height = getCurrentPage().getMediaBox().getHeight();
                    if (t.getYDirAdj() > height - MARGIN_BOX_BAND && t.getYDirAdj() <= height) {
                        return;
                    }
                    super.processTextPosition(t);
                }

                @Override
                protected void writeString(String s, List<TextPosition> positions) throws IOException {
                    collect(getCurrentPageNo(), positions);
                    super.writeString(s, positions);
                }
            };
            // Drawing order, which for a browser is document order (tree order within the flow).
            stripper.setSortByPosition(false);
            text = stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void collect(int page, List<TextPosition> positions) {
        StringBuilder sb = new StringBuilder();
        float left = 0, top = 0, right = 0, bottom = 0;
        TextPosition prev = null;
        for (TextPosition p : positions) {
            boolean sameRun = prev != null && Math.abs(p.getYDirAdj() - prev.getYDirAdj()) < 0.5f
                    && p.getXDirAdj() - (prev.getXDirAdj() + prev.getWidthDirAdj()) < prev.getFontSizeInPt() * 0.6f
                    && p.getXDirAdj() >= prev.getXDirAdj();
            if (!sameRun && prev != null) {
                add(page, sb, left, top, right, bottom);
                sb.setLength(0);
            }
            // From about cap height above the baseline to a bit below it (0.7 and 0.1 of the font size).
            // PDFBox's glyph heights alone are too small to see two lines printed half over each other;
            // the full em box (1.0) is taller than the gap between lines set at line-height 1.2.
            float ascent = p.getFontSizeInPt() * 0.7f;
            float descent = p.getFontSizeInPt() * 0.1f;
            if (sb.isEmpty()) {
                left = p.getXDirAdj();
                top = p.getYDirAdj() - ascent;
                bottom = p.getYDirAdj() + descent;
            }
            sb.append(p.getUnicode());
            right = p.getXDirAdj() + p.getWidthDirAdj();
            top = Math.min(top, p.getYDirAdj() - ascent);
            bottom = Math.max(bottom, p.getYDirAdj() + descent);
            prev = p;
        }
        if (prev != null) {
            add(page, sb, left, top, right, bottom);
        }
    }

    private void add(int page, StringBuilder sb, float left, float top, float right, float bottom) {
        if (!sb.toString().isBlank()) {
            runs.add(new Run(page, sb.toString().strip(), left, top, right, bottom));
        }
    }

    int pageCount() {
        return pages.size();
    }

    /** All text without white space (line breaks fall differently on paper), folded to compare. */
    String compactText() {
        return compact(text);
    }

    static String compact(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("[\\s\\u00A0\\u00AD\\u200B]+", "");
    }

    /** Pairs of runs on one page that are printed over each other. */
    List<String> overlaps() {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            for (int j = i + 1; j < runs.size(); j++) {
                if (runs.get(i).overlaps(runs.get(j), 1.5f)) {
                    found.add("tekst over tekst: " + runs.get(i) + " en " + runs.get(j));
                }
            }
        }
        return found;
    }

    /** Runs that fall (partly) outside their sheet of paper. */
    List<String> offPaper() {
        List<String> found = new ArrayList<>();
        for (Run r : runs) {
            PDRectangle box = pages.get(r.page() - 1);
            if (r.left() < -1 || r.right() > box.getWidth() + 1 || r.top() < -1 || r.bottom() > box.getHeight() + 1) {
                found.add("buiten het papier: " + r);
            }
        }
        return found;
    }
}
