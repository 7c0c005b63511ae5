package org.roundrobin.casework;

import java.time.LocalDate;
import java.util.List;
import org.roundrobin.authority.AuthorityView;
import org.roundrobin.law.Law;
import org.roundrobin.law.Regulator;
import org.roundrobin.request.DecisionOutcome;
import org.roundrobin.request.FoiRequest;
import org.roundrobin.request.RequestViews;
import org.roundrobin.request.Status;

/** Cases as the API shows them: a row (in lists and groups) and the full case with its decision and group. */
public final class CaseViews {

    private CaseViews() {
    }

    /** Where the request lives: its API resource and its page. */
    public record RequestLink(long id, String link, String page) {
        public static RequestLink of(FoiRequest r) {
            return new RequestLink(r.id, "/api/requests/" + r.id, "/requests/" + r.id);
        }
    }

    public record Row(String reference, String follows, AuthorityView.Ref authority, String campaign, RequestLink request,
                      Status status, LocalDate submittedOn, LocalDate decidedOn, DecisionOutcome outcome) {
        public static Row of(RegulatorCase c, LocalDate today) {
            return new Row(c.reference, c.lead == null ? null : c.lead.reference, AuthorityView.Ref.of(c.request.authority),
                    c.campaign().slug, RequestLink.of(c.request), c.request.statusOn(today), c.submittedOn, c.decidedOn, c.outcome);
        }
    }

    /**
     * The decision and the dates derived from it by {@code law}. {@code complianceDueFromNotice}: the notice set the
     * date (otherwise the law's default period from the notice).
     */
    public record Decision(LocalDate decidedOn, DecisionOutcome outcome, String stepsOrdered, LocalDate complianceDue,
                           boolean complianceDueFromNotice, LocalDate appealBy, String appealTo) {
        static Decision of(RegulatorCase c) {
            if (!c.isDecided()) return null;
            return new Decision(c.decidedOn, c.outcome, c.stepsOrdered, c.complianceDue(), c.complianceDueOverride != null,
                    c.appealBy(), CaseViews.appealTo(c.law()));
        }
    }

    /** The lead and everyone following it; once the lead is decided, the followers still waiting for their decision. */
    public record Group(Row lead, List<Row> followers, boolean leadDecided, List<String> undecidedFollowers) {
        static Group of(LeadGroups.Group g, LocalDate today) {
            boolean decided = g.lead().isDecided();
            return new Group(Row.of(g.lead(), today), g.followers().stream().map(f -> Row.of(f, today)).toList(), decided,
                    decided ? g.followers().stream().filter(f -> !f.isDecided()).map(f -> f.reference).toList() : List.of());
        }
    }

    public record Full(String reference, Regulator regulator, String leadReference, RequestLink request,
                       AuthorityView.Ref authority, RequestViews.CampaignRef campaign, Law law, Status status,
                       LocalDate submittedOn, LocalDate acceptedOn, String grounds, List<String> sectionsContested,
                       Decision decision, Group group, int version) {
        public static Full of(RegulatorCase c, LocalDate today) {
            FoiRequest r = c.request;
            return new Full(c.reference, c.regulator, c.lead == null ? null : c.lead.reference, RequestLink.of(r),
                    AuthorityView.Ref.of(r.authority), new RequestViews.CampaignRef(r.campaign.slug, r.campaign.title), r.law(),
                    r.statusOn(today), c.submittedOn, c.acceptedOn, c.grounds, c.sections(), Decision.of(c),
                    Group.of(LeadGroups.of(c), today), c.version);
        }
    }

    /** Where a decision is appealed (domain.md: FOIA s.57 to the tribunal; FOISA s.56 to the Court of Session). */
    static String appealTo(Law law) {
        return law == Law.FOISA ? "the Court of Session, on a point of law (FOISA s.56)"
                : "the First-tier Tribunal (General Regulatory Chamber, Information Rights) (FOIA s.57)";
    }
}
