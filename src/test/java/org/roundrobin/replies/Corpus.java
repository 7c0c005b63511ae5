package org.roundrobin.replies;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.roundrobin.law.Law;
import org.roundrobin.request.Outcome;

/** The labelled reply corpus (src/test/resources/replies) and its scores. */
public final class Corpus {

    /** One labelled reply, with the bytes to send (PDF and Word files are built from the text). */
    public record Reply(String file, String format, Law law, int questions, String half, Outcome outcome,
                        Set<String> sections, Map<Integer, Outcome> answers) {

        public String mediaType() {
            return switch (format) {
                case "pdf" -> "application/pdf";
                case "docx" -> FileType.DOCX_MEDIA_TYPE;
                case "html" -> "text/html";
                default -> "text/plain";
            };
        }

        public String text() {
            return resource("corpus/" + file);
        }

        public byte[] bytes() {
            return switch (format) {
                case "pdf" -> ReplyFiles.pdf(text());
                case "docx" -> ReplyFiles.docx(text());
                default -> text().getBytes(StandardCharsets.UTF_8);
            };
        }
    }

    /** What the classifier said about one reply. */
    public record Answer(Outcome outcome, Set<String> sections, Map<Integer, Outcome> answers) {
    }

    /** Scores over some replies, and the mistakes behind them. */
    public record Score(int replies, double outcomeAccuracy, double sectionsF1, double questionAccuracy, int questions,
                        List<String> mistakes) {
        @Override
        public String toString() {
            return String.format("%d replies: overall outcome accuracy %.3f, sections F1 (micro) %.3f, per-question accuracy %.3f (%d questions)",
                    replies, outcomeAccuracy, sectionsF1, questionAccuracy, questions);
        }
    }

    private Corpus() {
    }

    public static List<Reply> replies() {
        List<Reply> out = new ArrayList<>();
        for (String line : resource("labels.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] c = line.split("\t");
            Set<String> sections = new TreeSet<>();
            if (!c[6].equals("-")) sections.addAll(List.of(c[6].split(";")));
            Map<Integer, Outcome> answers = new LinkedHashMap<>();
            if (!c[7].equals("-")) {
                for (String qa : c[7].split(" ")) {
                    String[] kv = qa.split(":");
                    answers.put(Integer.parseInt(kv[0]), Outcome.valueOf(kv[1]));
                }
            }
            out.add(new Reply(c[0], c[1], Law.valueOf(c[2]), Integer.parseInt(c[3]), c[4], Outcome.valueOf(c[5]), sections, answers));
        }
        return out;
    }

    public static Score score(List<Reply> replies, Function<Reply, Answer> classify) {
        int right = 0, tp = 0, fp = 0, fn = 0, qRight = 0, qTotal = 0;
        List<String> mistakes = new ArrayList<>();
        for (Reply r : replies) {
            Answer a = classify.apply(r);
            if (a.outcome() == r.outcome()) right++;
            else mistakes.add(r.file() + ": outcome " + a.outcome() + ", expected " + r.outcome());
            for (String s : a.sections()) {
                if (r.sections().contains(s)) tp++;
                else fp++;
            }
            for (String s : r.sections()) if (!a.sections().contains(s)) fn++;
            if (!a.sections().equals(r.sections())) mistakes.add(r.file() + ": sections " + a.sections() + ", expected " + r.sections());
            for (Map.Entry<Integer, Outcome> e : r.answers().entrySet()) {
                qTotal++;
                Outcome got = a.answers().get(e.getKey());
                if (got == e.getValue()) qRight++;
                else mistakes.add(r.file() + ": Q" + e.getKey() + " " + got + ", expected " + e.getValue());
            }
        }
        double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Score(replies.size(), (double) right / replies.size(), f1, qTotal == 0 ? 1 : (double) qRight / qTotal, qTotal, mistakes);
    }

    static String resource(String path) {
        try (InputStream in = Corpus.class.getResourceAsStream("/replies/" + path)) {
            if (in == null) throw new IllegalArgumentException("No test resource replies/" + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
