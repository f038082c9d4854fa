package nl.wijkwijzer.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Gate: every page type prints right from the browser (Ctrl+P, A4). The page is printed to PDF by
 * Chromium itself and read back with PDFBox: every block of text the page shows on paper is in the PDF,
 * in document order; no text is printed over other text; nothing falls off the paper.
 */
class PrintGateTest extends BrowserTestBase {
    @AfterEach
    void screenAgain() {
        browser.emulateMedia("");
    }

    /**
     * The text blocks of the page as printed (the print style sheet applied), in document order: each
     * entry is the block's text and whether its place in the order can be checked (text in a float is
     * drawn before the flow around it, so it is only checked to be there).
     */
    @SuppressWarnings("unchecked")
    static List<List<Object>> printedBlocks() {
        browser.emulateMedia("print");
        try {
            return (List<List<Object>>) browser.js("""
                    const sel = 'h1,h2,h3,h4,h5,p,li,dt,dd,th,td,caption,figcaption,pre,blockquote';
                    const root = document.querySelector('main') || document.body;
                    const out = [];
                    for (const e of root.querySelectorAll(sel)) {
                      if (e.querySelector(sel) || e.closest('svg')) continue;
                      if (!e.checkVisibility({visibilityProperty: true, opacityProperty: true})) continue;
                      const r = e.getBoundingClientRect();
                      if (r.width <= 2 || r.height <= 2) continue; // visually hidden (screen readers only)
                      const t = e.innerText.trim();
                      if (!t) continue;
                      let inFloat = false;
                      for (let a = e; a && a !== root; a = a.parentElement) {
                        if (getComputedStyle(a).float !== 'none') { inFloat = true; break; }
                      }
                      out.push([t, !inFloat]);
                    }
                    return out;""");
        } finally {
            browser.emulateMedia("");
        }
    }

    /** Everything wrong with how the open page prints; empty when it prints right. */
    static List<String> printProblems() {
        List<List<Object>> blocks = printedBlocks();
        PrintedPdf pdf = new PrintedPdf(browser.printToPdf());
        String printed = pdf.compactText();
        List<String> problems = new ArrayList<>();
        int at = 0;
        for (List<Object> block : blocks) {
            String text = (String) block.get(0);
            String want = PrintedPdf.compact(text);
            boolean ordered = (Boolean) block.get(1);
            int found = printed.indexOf(want, ordered ? at : 0);
            if (found < 0) {
                String label = text.length() > 60 ? text.substring(0, 60) + "…" : text;
                problems.add((printed.contains(want) ? "niet op volgorde: " : "ontbreekt: ") + "\"" + label.replace('\n', ' ') + "\"");
            } else if (ordered) {
                at = found + want.length();
            }
        }
        if (blocks.isEmpty()) {
            problems.add("geen tekst gevonden om te controleren");
        }
        problems.addAll(pdf.overlaps());
        problems.addAll(pdf.offPaper());
        return problems;
    }

    /** One page of every page type, and every case page (their cost tables break over pages at different places). */
    @Test
    void everyPageTypePrintsAllItsTextInOrderWithoutOverlap() {
        BuiltSite site = BuiltSite.get();
        Set<Path> pages = new LinkedHashSet<>(PageTypes.representatives(site));
        site.htmlPages().stream().filter(p -> site.relative(p).matches("professionals/casuistiek/[^/]+\\.html"))
                .filter(p -> !p.getFileName().toString().matches("(index|status-.*|vuistregel-.*|wijk-.*)\\.html"))
                .forEach(pages::add);
        assertTrue(pages.size() > 40, "pages: " + pages.size());
        Map<String, List<String>> problems = new TreeMap<>();
        for (Path page : pages) {
            browser.open(page);
            List<String> p = printProblems();
            if (!p.isEmpty()) {
                problems.put(site.relative(page), p.subList(0, Math.min(p.size(), 5)));
            }
        }
        assertEquals(Map.of(), problems);
    }

    /** The case pages' old print bug, rebuilt: a table breaking over two pages inside a grid. */
    @Test
    void gateReportsTextPrintedOverOtherText() {
        browser.open(Fixtures.path("print-overlap.html"));
        List<String> problems = printProblems();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("tekst over tekst: ") && p.contains("\"Deze regel komt na de tabel")),
                problems.toString());
    }

    @Test
    void gateReportsTableRowsCutOffThePaper() {
        browser.open(Fixtures.path("print-cut.html"));
        List<String> problems = printProblems();
        assertTrue(problems.contains("ontbreekt: \"Rij 3 kolom 12\""), problems.toString());
    }

    @Test
    void gateFindsNothingOnAPageThatPrintsRight() {
        browser.open(Fixtures.path("valid.html"));
        assertEquals(List.of(), printProblems());
    }
}
