package org.roundrobin.replies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.roundrobin.law.Law;
import org.roundrobin.replies.Suggestion.QuestionSuggestion;
import org.roundrobin.request.Outcome;

class ClassifierTest {

    private static Suggestion foia(String text, int questions) {
        return Classifier.classify(text, Law.FOIA, questions);
    }

    private static List<Outcome> outcomes(Suggestion s) {
        return s.questions().stream().map(QuestionSuggestion::outcome).toList();
    }

    @Test
    void eachOutcomeHasItsWords() {
        assertEquals(Outcome.NCND, foia("The force can neither confirm nor deny that it holds the information, by virtue of section 31(3).", 0).outcome());
        assertEquals(Outcome.NCND, foia("We refuse to confirm or deny whether the information is held (section 24(2)).", 0).outcome());
        assertEquals(Outcome.NOT_HELD, foia("No information is held.", 0).outcome());
        assertEquals(Outcome.NOT_HELD, foia("The force does not hold this information.", 0).outcome());
        assertEquals(Outcome.COST_LIMIT, foia("To answer would exceed the appropriate limit of 18 hours.", 0).outcome());
        assertEquals(Outcome.COST_LIMIT, foia("The request is refused under section 12(1).", 0).outcome());
        assertEquals(Outcome.VEXATIOUS, foia("We consider the request vexatious under section 14(1).", 0).outcome());
        assertEquals(Outcome.VEXATIOUS, foia("Section 14(2) applies to this request.", 0).outcome());
        assertEquals(Outcome.PARTLY_ANSWERED, foia("The information you requested is held in part. Figures for 2022 are below.", 0).outcome());
        assertEquals(Outcome.EXEMPT, foia("The information is held but is exempt under section 31(1)(a) and is withheld.", 0).outcome());
        assertEquals(Outcome.ANSWERED, foia("Please find attached the policy you requested.", 0).outcome());
        assertEquals(Outcome.ANSWERED, foia("In 2022 there were 143 discharges.", 0).outcome());
    }

    @Test
    void aRefusalNextToDisclosedFiguresIsAPartialAnswer() {
        Suggestion s = foia("In 2022 there were 412 reports of spiking.\n\nThe names of premises are exempt under section 31(1)(a) and withheld.", 0);
        assertEquals(Outcome.PARTLY_ANSWERED, s.outcome());
        assertEquals(List.of("31(1)"), s.sections());
    }

    @Test
    void costWithNcndOnCostIsACostRefusal() {
        Suggestion s = foia("Section 12(2) applies: we cannot confirm or deny whether the information is held, as establishing it would exceed the appropriate limit.", 0);
        assertEquals(Outcome.COST_LIMIT, s.outcome());
        assertEquals(List.of("12(2)"), s.sections());
    }

    @Test
    void numberedAnswerBlocksMapToQuestions() {
        String reply = "Our response is below.\n\n1. How many drones do you own?\nThe force owns 12 drones.\n\n"
                + "2. How many pilots are trained?\nNo information held.\n\n"
                + "3. Which supplier provides them?\nThe force neither confirms nor denies that it holds this information, by virtue of section 31(3).\n";
        Suggestion s = foia(reply, 3);
        assertEquals(List.of(Outcome.ANSWERED, Outcome.NOT_HELD, Outcome.NCND), outcomes(s));
        assertEquals(Outcome.PARTLY_ANSWERED, s.outcome(), "Outcome.overall of the three");
        assertEquals(List.of("31(3)"), s.questions().get(2).sections());
        assertEquals("No information held.", s.questions().get(1).evidence());
        s.questions().forEach(q -> assertTrue(q.confidence() > 0 && q.confidence() <= 1, "confidence in (0,1]"));
    }

    @Test
    void qAndQuestionAndLetterMarkersAreRead() {
        assertEquals(List.of(Outcome.NOT_HELD, Outcome.ANSWERED),
                outcomes(foia("Q1 How many?\nA1 No information held.\n\nQ2 How much?\nA2 The total was £4,512.", 2)));
        assertEquals(List.of(Outcome.ANSWERED, Outcome.NOT_HELD),
                outcomes(foia("Question 1: Do you use X?\nYes.\n\nQuestion 2: How much was spent?\nThe force does not hold this information.", 2)));
        assertEquals(List.of(Outcome.ANSWERED, Outcome.COST_LIMIT),
                outcomes(foia("a) How many?\nThere were 31.\n\nb) Why?\nExtracting reasons would exceed the appropriate limit (section 12).", 2)));
    }

    @Test
    void proseNamingQuestionsAnswersTheQuotedQuestions() {
        String reply = "You asked:\n1. Do you have capability X?\n2. Who is your lead officer?\n3. What training is planned?\n\n"
                + "Response\nThe force can neither confirm nor deny that it holds information relevant to questions 1 and 3, by virtue of section 31(3).\n\n"
                + "In relation to question 2, no information is held.\n\nYours sincerely";
        Suggestion s = foia(reply, 3);
        assertEquals(List.of(Outcome.NCND, Outcome.NOT_HELD, Outcome.NCND), outcomes(s));
        assertEquals(Outcome.NCND, s.outcome(), "no disclosure: the strongest refusal stands");
    }

    @Test
    void aWholeRequestRefusalAnswersEveryQuotedQuestion() {
        String reply = "Your request:\n1. How many arrests?\n2. For which offences?\n\nResponse\n"
                + "Providing this would exceed the appropriate limit; we rely on section 12(1).";
        Suggestion s = foia(reply, 2);
        assertEquals(List.of(Outcome.COST_LIMIT, Outcome.COST_LIMIT), outcomes(s));
        assertEquals(List.of("12(1)"), s.questions().get(0).sections());
    }

    @Test
    void withoutNumberedBlocksOnlyTheOverallOutcomeIsGiven() {
        Suggestion s = foia("The force neither confirms nor denies that it holds any information, by virtue of section 31(3).", 4);
        assertEquals(Outcome.NCND, s.outcome());
        assertEquals(List.of(), s.questions());
        assertNotNull(s.evidence().get(0));
        assertTrue(s.evidence().get(0).contains("neither confirms nor denies"));
    }

    @Test
    void theQuotedRequestBelowAReplyIsNotRead() {
        String reply = "Please find attached the policy you requested.\n\nRegards\nFOI Team\n\n-----Original Message-----\n"
                + "From: A Person\nSent: 1 May 2023\n\nIf the information is not held, please say so. If it is exempt under section 31, release the rest.";
        Suggestion s = foia(reply, 1);
        assertEquals(Outcome.ANSWERED, s.outcome());
        assertEquals(List.of(), s.sections());
    }

    @Test
    void questionsAndConditionalsAreNotAnswers() {
        Suggestion s = foia("If the information is not held, the force will say so. Does the force hold records of X?\n\nPlease find the figure below.\n\nTotal: 42", 0);
        assertEquals(Outcome.ANSWERED, s.outcome());
    }

    @Test
    void foisaNeitherConfirmNorDenyUnderSection18() {
        Suggestion s = Classifier.classify("I can neither confirm nor deny whether the information is held. I rely on section 18(1) of FOISA"
                + " in conjunction with sections 34(1)(b), 35(1)(a) & (b).", Law.FOISA, 1);
        assertEquals(Outcome.NCND, s.outcome());
        assertEquals(List.of("18(1)", "34(1)", "35(1)"), s.sections());
        assertEquals(List.of("18(1)", "34(1)", "35(1)"), s.questions().get(0).sections());
    }

    @Test
    void longRunOnListsDoNotOverflowTheStack() {
        Suggestion s = foia("Sections 31(3), " + "1, ".repeat(60_000) + "and questions " + "2 and ".repeat(20_000) + "3.", 3);
        assertTrue(s.sections().contains("31(3)"));
        s.evidence().forEach(e -> assertTrue(e.length() <= Sentences.MAX, "evidence is a sentence, not the whole text"));
    }

    @Test
    void emptyTextHasNoSuggestion() {
        Suggestion s = foia("  \n\n ", 2);
        assertEquals(null, s.outcome());
        assertEquals(0.0, s.confidence());
    }
}
