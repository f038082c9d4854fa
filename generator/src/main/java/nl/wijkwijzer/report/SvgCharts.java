package nl.wijkwijzer.report;

import java.math.BigDecimal;
import java.util.List;
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

    /**
     * One line of a line chart; {@code values} align with the chart's x labels, null = no point there.
     * {@code dash} is an SVG dash pattern ("" for a solid line), so lines differ without colour too.
     */
    record Line(String naam, String stroke, String dash, boolean markers, List<Double> values) {
    }

    private static final int LINE_HEIGHT = 260;
    private static final int AXIS = 56;

    /**
     * A line chart over quarters, y from 0 to a rounded maximum. Only every fourth x label (the first
     * quarter of a year) is written, as the year.
     */
    static String lines(String id, String title, String desc, List<String> quarters, List<Line> lines,
            Function<Double, String> format) {
        double max = lines.stream().flatMap(l -> l.values().stream()).filter(v -> v != null).mapToDouble(Double::doubleValue)
                .max().orElse(1);
        double step = niceStep(max / 4);
        double top = Math.max(step, Math.ceil(max / step) * step);
        int legend = 24;
        int plotTop = legend + 8;
        int plotBottom = LINE_HEIGHT - 28;
        int plotLeft = AXIS;
        int plotRight = WIDTH - 12;
        int n = Math.max(2, quarters.size());
        StringBuilder sb = new StringBuilder();
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"grafiek\" role=\"img\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(LINE_HEIGHT).append("\" aria-labelledby=\"").append(id).append("-titel ").append(id)
                .append("-uitleg\">\n<title id=\"").append(id).append("-titel\">").append(esc(title)).append("</title>\n<desc id=\"")
                .append(id).append("-uitleg\">").append(esc(desc)).append("</desc>\n");
        int x = 0;
        for (Line l : lines) {
            sb.append("<line x1=\"").append(x).append("\" y1=\"10\" x2=\"").append(x + 24).append("\" y2=\"10\" stroke=\"")
                    .append(l.stroke()).append("\" stroke-width=\"3\"").append(dash(l)).append("/><text x=\"").append(x + 30)
                    .append("\" y=\"14\" font-size=\"12\">").append(esc(l.naam())).append("</text>\n");
            x += 30 + 7 * l.naam().length() + 24;
        }
        for (int i = 0; i <= 4; i++) {
            double v = top * i / 4;
            int y = (int) Math.round(plotBottom - (plotBottom - plotTop) * v / top);
            sb.append("<line x1=\"").append(plotLeft).append("\" y1=\"").append(y).append("\" x2=\"").append(plotRight)
                    .append("\" y2=\"").append(y).append("\" stroke=\"#d0d0d0\" stroke-width=\"1\"/><text x=\"").append(plotLeft - 6)
                    .append("\" y=\"").append(y + 4).append("\" font-size=\"11\" text-anchor=\"end\">").append(esc(format.apply(v)))
                    .append("</text>\n");
        }
        int every = quarters.size() > 48 ? 8 : 4;
        for (int i = 0; i < quarters.size(); i++) {
            String q = quarters.get(i);
            if (q.endsWith("Q1") && (Integer.parseInt(q.substring(0, 4)) % (every / 4) == 0)) {
                int px = xAt(i, n, plotLeft, plotRight);
                sb.append("<line x1=\"").append(px).append("\" y1=\"").append(plotBottom).append("\" x2=\"").append(px)
                        .append("\" y2=\"").append(plotBottom + 4).append("\" stroke=\"#555\"/><text x=\"").append(px)
                        .append("\" y=\"").append(plotBottom + 18).append("\" font-size=\"11\" text-anchor=\"middle\">")
                        .append(q, 0, 4).append("</text>\n");
            }
        }
        for (Line l : lines) {
            StringBuilder path = new StringBuilder();
            boolean pen = false;
            for (int i = 0; i < l.values().size() && i < quarters.size(); i++) {
                Double v = l.values().get(i);
                if (v == null) {
                    pen = false;
                    continue;
                }
                int px = xAt(i, n, plotLeft, plotRight);
                int py = (int) Math.round(plotBottom - (plotBottom - plotTop) * Math.max(0, v) / top);
                path.append(pen ? " L" : (path.length() == 0 ? "M" : " M")).append(px).append(' ').append(py);
                pen = true;
                if (l.markers()) {
                    sb.append("<circle cx=\"").append(px).append("\" cy=\"").append(py).append("\" r=\"2.5\" fill=\"")
                            .append(l.stroke()).append("\"/>\n");
                }
            }
            if (path.length() > 0) {
                sb.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(l.stroke())
                        .append("\" stroke-width=\"2\"").append(dash(l)).append("/>\n");
            }
        }
        sb.append("</svg>");
        return sb.toString();
    }

    private static String dash(Line l) {
        return l.dash().isEmpty() ? "" : " stroke-dasharray=\"" + l.dash() + "\"";
    }

    private static int xAt(int i, int n, int left, int right) {
        return (int) Math.round(left + (right - left) * (double) i / (n - 1));
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    static double niceStep(double raw) {
        if (raw <= 0) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= raw) {
                return m * p;
            }
        }
        return 10 * p;
    }

    private static String shorten(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
