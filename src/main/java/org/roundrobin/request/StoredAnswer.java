package org.roundrobin.request;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A question's outcome as stored, both on the event that said it and (as a projection) on the request. */
@Embeddable
public class StoredAnswer {

    public int question;
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    /** Sections cited, normalised and joined with ';' (e.g. "31(3);24(2)"). */
    public String sections;

    public StoredAnswer() {
    }

    public StoredAnswer(Answer a) {
        this.question = a.question();
        this.outcome = a.outcome();
        this.sections = a.sectionsText();
    }

    public Answer toAnswer() {
        return new Answer(question, outcome, Answer.parseSections(sections));
    }
}
