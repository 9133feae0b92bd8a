package io.mycelium.bench.report;

import java.util.List;
import java.util.Locale;

/**
 * A hand-written SVG bar chart: for every figure, how many times better Mycelium is than Pekko and
 * than the raw baseline, on a logarithmic axis around 1x (right of the line: Mycelium is better).
 */
final class Chart {
    private static final int LABEL_WIDTH = 330;
    private static final int PLOT_WIDTH = 520;
    private static final int ROW_HEIGHT = 30;
    private static final int TOP = 60;
    private static final double MIN = 0.01;
    private static final double MAX = 100;

    private Chart() {
    }

    static String svg(List<Row> rows, String subtitle) {
        int height = TOP + rows.size() * ROW_HEIGHT + 50;
        int width = LABEL_WIDTH + PLOT_WIDTH + 30;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\""
                + " height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n", width, height));
        s.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", width, height));
        s.append("<text x=\"10\" y=\"20\" font-size=\"15\" font-weight=\"bold\">Mycelium, times better"
                + " than Apache Pekko (green) and than the raw baseline (grey); log scale</text>\n");
        s.append("<text x=\"10\" y=\"38\" fill=\"#555\">").append(escape(subtitle)).append("</text>\n");
        for (double tick : new double[] {0.01, 0.1, 1, 10, 100}) {
            double x = x(tick);
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\""
                    + " stroke=\"%s\"/>%n", x, TOP - 8, x, TOP + rows.size() * ROW_HEIGHT,
                    tick == 1 ? "#000" : "#ddd"));
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%sx</text>%n",
                    x, TOP + rows.size() * ROW_HEIGHT + 16, tick < 1 ? Double.toString(tick) : Long.toString((long) tick)));
        }
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            int y = TOP + i * ROW_HEIGHT;
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n",
                    LABEL_WIDTH - 8, y + 18, escape(row.figure())));
            bar(s, row.advantageOverPekko(), y + 4, "#2e8b57");
            bar(s, row.advantageOverBaseline(), y + 16, "#999");
        }
        s.append("</svg>\n");
        return s.toString();
    }

    private static void bar(StringBuilder s, double ratio, int y, String colour) {
        if (Double.isNaN(ratio) || Double.isInfinite(ratio) || ratio <= 0) {
            return;
        }
        double clamped = Math.max(MIN, Math.min(MAX, ratio));
        double one = x(1);
        double end = x(clamped);
        double left = Math.min(one, end);
        s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"10\""
                + " fill=\"%s\"/>%n", left, y, Math.max(1, Math.abs(end - one)), colour));
        String label = ratio >= 10 ? String.format(Locale.ROOT, "%.0fx", ratio)
                : String.format(Locale.ROOT, "%.2fx", ratio);
        double labelX = end >= one ? end + 4 : end - 4;
        s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"%s\">%s</text>%n",
                labelX, y + 9, end >= one ? "start" : "end", label));
    }

    private static double x(double ratio) {
        double f = (Math.log10(ratio) - Math.log10(MIN)) / (Math.log10(MAX) - Math.log10(MIN));
        return LABEL_WIDTH + f * PLOT_WIDTH;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
