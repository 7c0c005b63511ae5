package org.roundrobin.replies;

import java.util.List;

/** For working on the classifier (not a test): prints each sentence of a corpus reply with its signals and citations. */
public final class SignalDump {
    public static void main(String[] args) {
        Corpus.Reply r = Corpus.replies().stream().filter(x -> x.file().contains(args[0])).findFirst().orElseThrow();
        String text = Extraction.read(r.bytes(), r.mediaType(), r.file(), Limits.DEFAULT).text();
        List<String> lines = ReplyLines.of(text);
        System.out.println(QuestionBlocks.find(lines, r.questions()));
        for (Sentences.Sentence s : Sentences.of(lines, 0, lines.size())) {
            String t = QuestionBlocks.withoutMarker(s.text());
            System.out.println(s.line() + "/" + s.paragraph() + " " + Signals.of(t) + " " + Citations.find(t, r.law()).stream().map(Citations.Found::cited).toList() + " | " + s.text());
        }
    }
}
