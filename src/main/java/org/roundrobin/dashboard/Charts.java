package org.roundrobin.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.roundrobin.request.Outcome;
import org.roundrobin.web.OutcomeStyle;

/**
 * Chart geometry, worked out here so the Qute templates only draw: stacked outcome bars per question and the
 * histogram of response times. Coordinates are in SVG user units; the SVG scales to its container.
 */
public final class Charts {

    public static final int WIDTH = 640;
    static final int LABEL = 150;
    static final int BAR = 26;
    static final int GAP = 10;

    private Charts() {
    }

    @io.quarkus.qute.TemplateData
    public record Segment(OutcomeStyle style, long count, double x, double width, String percent) {
        /** Room to print the code inside the segment. */
        public boolean labelled() {
            return width >= 34;
        }

        public double textX() {
            return x + width / 2;
        }
    }

    @io.quarkus.qute.TemplateData
    public record Bar(int question, String label, long total, double y, List<Segment> segments) {
        public double textY() {
            return y + BAR / 2.0 + 5;
        }

        public double height() {
            return BAR;
        }

        public String shortLabel() {
            return label.length() > 18 ? label.substring(0, 17) + "…" : label;
        }

        public long count(OutcomeStyle style) {
            return segments.stream().filter(s -> s.style() == style).mapToLong(Segment::count).sum();
        }
    }

    @io.quarkus.qute.TemplateData
    public record OutcomeChart(List<Bar> bars, List<OutcomeStyle> legend, int width, int height, long authorities) {
        public String description() {
            StringBuilder sb = new StringBuilder();
            for (Bar b : bars) {
                sb.append("Q").append(b.question()).append(' ').append(b.label()).append(": ");
                sb.append(String.join(", ", b.segments().stream().map(s -> s.count() + " " + s.style().label().toLowerCase()).toList()));
                sb.append(". ");
            }
            return sb.toString().strip();
        }
    }

    /** One bar per question; "no reply yet" fills up to the number of authorities asked. */
    public static OutcomeChart outcomes(CampaignSummary s) {
        List<Bar> bars = new ArrayList<>();
        double span = WIDTH - LABEL - 10;
        int i = 0;
        for (CampaignSummary.QuestionRef q : s.questions()) {
            Map<Outcome, Long> counts = s.byQuestion().getOrDefault(String.valueOf(q.number()), Map.of());
            long answered = counts.values().stream().mapToLong(Long::longValue).sum();
            long total = Math.max(s.total(), answered);
            List<Segment> segs = new ArrayList<>();
            double x = LABEL;
            for (Outcome o : Outcome.values()) {
                long n = counts.getOrDefault(o, 0L);
                if (n > 0) {
                    double w = span * n / total;
                    segs.add(new Segment(OutcomeStyle.of(o), n, x, w, percent(n, total)));
                    x += w;
                }
            }
            long none = total - answered;
            if (none > 0) segs.add(new Segment(OutcomeStyle.NO_REPLY, none, x, span * none / total, percent(none, total)));
            bars.add(new Bar(q.number(), q.label(), total, 10 + i * (BAR + GAP), segs));
            i++;
        }
        return new OutcomeChart(bars, List.of(OutcomeStyle.values()), WIDTH, 10 + i * (BAR + GAP) + 10, s.total());
    }

    @io.quarkus.qute.TemplateData
    public record Bucket(String label, int from, Integer to, long count, double x, double y, double width, double height,
                         boolean late) {
        public double textX() {
            return x + width / 2;
        }

        public double countY() {
            return y - 4;
        }

        public String fill() {
            return late ? "#D55E00" : "#0072B2";
        }

        public String within() {
            return late ? "No, late" : "Yes";
        }
    }

    @io.quarkus.qute.TemplateData
    public record Histogram(List<Bucket> buckets, long responses, int width, int height, double baseline) {
        public int axisEnd() {
            return width - 6;
        }

        public double labelY() {
            return baseline + 16;
        }

        public double lateY() {
            return baseline + 30;
        }

        public String description() {
            return String.join("; ", buckets.stream().map(b -> b.label() + " working days: " + b.count()).toList());
        }
    }

    static final int[][] RANGES = {{0, 5}, {6, 10}, {11, 15}, {16, 20}, {21, 30}, {31, 40}, {41, -1}};

    /** Response times in working days, bucketed; buckets past 20 working days are late (the statutory limit). */
    public static Histogram histogram(Map<Integer, Long> byDays) {
        long[] counts = new long[RANGES.length];
        byDays.forEach((days, n) -> {
            for (int i = 0; i < RANGES.length; i++) {
                if (days >= RANGES[i][0] && (RANGES[i][1] < 0 || days <= RANGES[i][1])) {
                    counts[i] += n;
                    break;
                }
            }
        });
        long max = 1;
        for (long c : counts) max = Math.max(max, c);
        int height = 190;
        double baseline = 160;
        double slot = (WIDTH - 20.0) / RANGES.length;
        List<Bucket> buckets = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < RANGES.length; i++) {
            double h = 130.0 * counts[i] / max;
            String label = RANGES[i][1] < 0 ? RANGES[i][0] + "+" : RANGES[i][0] + "–" + RANGES[i][1];
            buckets.add(new Bucket(label, RANGES[i][0], RANGES[i][1] < 0 ? null : RANGES[i][1], counts[i], 10 + i * slot + 6,
                    baseline - h, slot - 12, h, RANGES[i][0] > 20));
            total += counts[i];
        }
        return new Histogram(buckets, total, WIDTH, height, baseline);
    }

    static String percent(long n, long total) {
        return total == 0 ? "0%" : Math.round(100.0 * n / total) + "%";
    }
}
