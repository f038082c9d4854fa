package nl.wijkwijzer.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Bar charts as inline SVG, drawn at build time: no script, scales with the page, and readable by
 * screen readers through its title and description (each chart also has a data table next to it).
 * Only figures that passed disclosure control or are not counts (amounts, places) are drawn.
 */
final class SvgCharts {
    /** One coloured series; {@code fill} is a colour from a palette that passes WCAG contrast on white. */
    record Series(String naam, String fill, List<BigDecimal> values) {
    }

    private static final int WIDTH = 720;
    // Room for a 36-character label at 12 px in a wide sans (DejaVu, as in the PDF).
    private static final int LABEL = 300;
    private static final int BAR = 14;

    private SvgCharts() {
    }

    static String horizontalBars(String id, String title, String desc, List<String> labels, List<Series> series,
            Function<BigDecimal, String> format) {
        BigDecimal max = series.stream().flatMap(s -> s.values().stream()).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        if (max.signum() <= 0) {
            max = BigDecimal.ONE;
        }
        int group = series.size() * BAR + 12;
        int legend = 24;
        int height = legend + labels.size() * group + 8;
        int plot = WIDTH - LABEL - 110;
        StringBuilder sb = new StringBuilder();
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"grafiek\" role=\"img\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(height).append("\" aria-labelledby=\"").append(id).append("-titel ").append(id)
                .append("-uitleg\">\n<title id=\"").append(id).append("-titel\">").append(esc(title)).append("</title>\n<desc id=\"")
                .append(id).append("-uitleg\">").append(esc(desc)).append("</desc>\n");
        int x = 0;
        for (Series s : series) {
            sb.append("<rect x=\"").append(x).append("\" y=\"4\" width=\"12\" height=\"12\" fill=\"").append(s.fill())
                    .append("\"/><text x=\"").append(x + 16).append("\" y=\"14\" font-size=\"12\">").append(esc(s.naam()))
                    .append("</text>\n");
            x += 16 + 8 * s.naam().length() + 24;
        }
        for (int i = 0; i < labels.size(); i++) {
            int y = legend + i * group;
            sb.append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(y + group / 2 + 2)
                    .append("\" font-size=\"12\" text-anchor=\"end\">").append(esc(shorten(labels.get(i), 36))).append("</text>\n");
            for (int j = 0; j < series.size(); j++) {
                BigDecimal v = series.get(j).values().get(i);
                int w = (int) Math.round(Math.max(0, v.doubleValue()) / max.doubleValue() * plot);
                int by = y + j * BAR;
                sb.append("<rect x=\"").append(LABEL).append("\" y=\"").append(by).append("\" width=\"").append(w)
                        .append("\" height=\"").append(BAR - 2).append("\" fill=\"").append(series.get(j).fill()).append("\"/>")
                        .append("<text x=\"").append(LABEL + w + 4).append("\" y=\"").append(by + BAR - 4)
                        .append("\" font-size=\"11\">").append(esc(format.apply(v))).append("</text>\n");
            }
        }
        sb.append("</svg>");
        return sb.toString();
    }

    private static String shorten(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String pct(double d) {
        return String.format(Locale.ROOT, "%.0f", d);
    }
}
