package org.roundrobin.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.roundrobin.law.Jurisdiction;

/** A campaign as the API shows it. */
public record CampaignView(String slug, String title, String description, String requestText, List<QuestionView> questions,
                           Requester requester, Targets targets, int targetCount, Campaign.State state, LocalDate sentOn,
                           Instant launchedAt, String relatedTo, int version, Instant createdAt, Instant updatedAt) {

    public record QuestionView(int number, String label, String text) {
    }

    public record Requester(String name, String email) {
    }

    public record Targets(String tag, Jurisdiction jurisdiction, List<String> authorities) {
    }

    public static CampaignView of(Campaign c, int targetCount) {
        return new CampaignView(c.slug, c.title, c.description, c.requestText,
                c.questions.stream().map(q -> new QuestionView(q.number, q.label, q.text)).toList(),
                new Requester(c.requesterName, c.requesterEmail),
                new Targets(c.targetTag, c.targetJurisdiction,
                        c.targetAuthorities.isEmpty() ? null : c.targetAuthorities.stream().map(a -> a.slug).sorted().toList()),
                targetCount, c.state, c.sentOn, c.launchedAt, c.related == null ? null : c.related.slug, c.version,
                c.createdAt, c.updatedAt);
    }
}
