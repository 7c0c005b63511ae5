package org.roundrobin.replies;

import static org.roundrobin.support.Api.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.roundrobin.request.Outcome;

/**
 * The labelled corpus, classified through the API as a client would (PDF and Word replies as real files). Prints
 * and keeps (target/replies-corpus-scores.txt) the scores of both halves: "tune" was looked at while the classifier
 * was written, "holdout" only at the end. Fails below 0.90 sections F1 or 0.85 outcome accuracy.
 */
@QuarkusTest
class ReplyCorpusTest {

    static final double MIN_SECTIONS_F1 = 0.90;
    static final double MIN_OUTCOME_ACCURACY = 0.85;

    private static Corpus.Answer viaApi(Corpus.Reply r) {
        JsonPath json = given().contentType(r.mediaType()).body(r.bytes())
                .queryParam("law", r.law().name()).queryParam("questions", r.questions())
                .post("/api/classify").then().statusCode(200).extract().jsonPath();
        String outcome = json.getString("outcome");
        Map<Integer, Outcome> answers = new TreeMap<>();
        List<Map<String, Object>> questions = json.getList("questions");
        for (Map<String, Object> q : questions) answers.put((Integer) q.get("question"), Outcome.valueOf((String) q.get("outcome")));
        return new Corpus.Answer(outcome == null ? null : Outcome.valueOf(outcome), new TreeSet<>(json.getList("sections", String.class)), answers);
    }

    @Test
    void theCorpusIsClassifiedWellEnough() throws IOException {
        List<Corpus.Reply> replies = Corpus.replies();
        assertTrue(replies.size() >= 20, "at least 20 labelled replies");
        StringBuilder report = new StringBuilder();
        Map<String, Corpus.Answer> answers = new HashMap<>();
        replies.forEach(r -> answers.put(r.file(), viaApi(r)));
        Corpus.Score all = null;
        for (String half : List.of("tune", "holdout", "all")) {
            List<Corpus.Reply> some = replies.stream().filter(r -> half.equals("all") || r.half().equals(half)).toList();
            Corpus.Score score = Corpus.score(some, r -> answers.get(r.file()));
            report.append(half).append(": ").append(score).append('\n');
            score.mistakes().forEach(m -> report.append("  ").append(m).append('\n'));
            if (half.equals("all")) all = score;
        }
        System.out.println("Reply corpus scores\n" + report);
        Files.writeString(Path.of("target", "replies-corpus-scores.txt"), report);
        assertTrue(all.sectionsF1() >= MIN_SECTIONS_F1, "sections F1 " + all.sectionsF1() + " below " + MIN_SECTIONS_F1 + "\n" + report);
        assertTrue(all.outcomeAccuracy() >= MIN_OUTCOME_ACCURACY, "outcome accuracy " + all.outcomeAccuracy() + " below "
                + MIN_OUTCOME_ACCURACY + "\n" + report);
    }
}
