package org.roundrobin.replies;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * For working on the classifier (not a test): scores one half of the corpus directly, without the web layer, and
 * prints every mistake. Run: mvn -o -q test-compile exec:java is not set up, so use
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.roundrobin.replies.CorpusReport tune}.
 */
public final class CorpusReport {

    public static void main(String[] args) {
        String half = args.length > 0 ? args[0] : "tune";
        String only = args.length > 1 ? args[1] : null;
        List<Corpus.Reply> replies = Corpus.replies().stream().filter(r -> half.equals("all") || r.half().equals(half)).toList();
        Corpus.Score score = Corpus.score(replies, r -> {
            ReplyText text = Extraction.read(r.bytes(), r.mediaType(), r.file(), Limits.DEFAULT);
            Suggestion s = Classifier.classify(text.text(), r.law(), r.questions());
            if (only != null && r.file().contains(only)) System.out.println(r.file() + "\n" + text.text() + "\n=> " + s + "\n");
            Map<Integer, org.roundrobin.request.Outcome> answers = new TreeMap<>();
            s.questions().forEach(q -> answers.put(q.question(), q.outcome()));
            return new Corpus.Answer(s.outcome(), new TreeSet<>(s.sections()), answers);
        });
        System.out.println(half + ": " + score);
        new LinkedHashSet<>(score.mistakes()).forEach(m -> System.out.println("  " + m));
    }
}
