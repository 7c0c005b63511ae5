package org.roundrobin.replies;

import java.util.List;
import org.roundrobin.request.Outcome;

/**
 * What a reply seems to say: the overall outcome, the sections cited, and (when the reply answers question by
 * question) each question's outcome. Only ever a proposal: a person confirms or corrects it before it is recorded.
 *
 * @param outcome    overall outcome; null when there was no text to read (e.g. a scanned PDF)
 * @param sections   sections cited, normalised ("31(3)", "18(1)"), in section order
 * @param questions  per-question suggestions; empty when the reply does not answer question by question
 * @param evidence   the sentences the overall outcome and sections came from
 * @param textLayer  false when a PDF (or image) had no text to read: no OCR is attempted
 * @param confidence how sure the overall suggestion is, 0-1
 * @param notes      anything the reader should know (a file that could not be read, text cut at the limit)
 */
public record Suggestion(Outcome outcome, List<String> sections, List<QuestionSuggestion> questions, List<String> evidence,
                         boolean textLayer, double confidence, List<String> notes) {

    public Suggestion {
        sections = List.copyOf(sections);
        questions = List.copyOf(questions);
        evidence = List.copyOf(evidence);
        notes = List.copyOf(notes);
    }

    /** One question's suggested outcome, with the sentence it came from. */
    public record QuestionSuggestion(int question, Outcome outcome, List<String> sections, String evidence, double confidence) {
        public QuestionSuggestion {
            sections = List.copyOf(sections);
        }
    }

    static Suggestion nothingToRead(boolean textLayer, List<String> notes) {
        return new Suggestion(null, List.of(), List.of(), List.of(), textLayer, 0, notes);
    }

    Suggestion withNotes(boolean textLayer, List<String> more) {
        List<String> all = new java.util.ArrayList<>(notes);
        all.addAll(more);
        return new Suggestion(outcome, sections, questions, evidence, textLayer, confidence, all);
    }
}
