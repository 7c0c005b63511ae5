package org.roundrobin.mail;

import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.roundrobin.authority.Authority;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.request.AppClock;
import org.roundrobin.request.Correspondence;
import org.roundrobin.request.EventType;
import org.roundrobin.request.FoiRequest;
import org.roundrobin.request.RequestState;
import org.roundrobin.request.Status;
import org.roundrobin.web.Form;

/**
 * The mail feature's parts of other pages (the request page, the dashboard, the launch page), read by their
 * templates as {@code {inject:mail....}} so those pages' controllers need not know about mail. Each part costs a
 * fixed number of statements; the dashboard's chaser panel is worked out once per page.
 */
@Named("mail")
@RequestScoped
public class MailViews {

    private static final Set<Letter.Status> PENDING = Set.of(Letter.Status.HELD, Letter.Status.QUEUED, Letter.Status.SENDING);

    @Inject
    ChaserPolicy policy;
    @Inject
    AppClock clock;
    @Inject
    MailConfig config;

    private final Map<Long, ChaserPanel> panels = new HashMap<>();

    /** What the request page shows about mail: its letters and the letters a person may send now. */
    @TemplateData
    public record RequestPanel(List<LetterRow> letters, ChaseView chase, boolean reviewAllowed, String reviewWhyNot,
                               boolean hasAddress, boolean sending, String back) {
    }

    /** The dashboard's chasers: the policy's view of each overdue request, those awaiting approval, and the settings. */
    @TemplateData
    public record ChaserPanel(String slug, Map<Long, ChaseView> byRequest, List<LetterRow> held, boolean auto, boolean digest,
                              int version, long due) {
        public ChaseView of(long requestId) {
            return byRequest.get(requestId);
        }

        public String back() {
            return "/campaigns/" + slug;
        }

        /** The settings form as stored now. */
        public Form settings() {
            return Form.empty().put("chasers", auto ? "AUTO" : "APPROVE").put("digest", digest).put("version", version);
        }
    }

    /** The launch page's email choice: who can be reached, and who must be sent to by hand. */
    @TemplateData
    public record EmailLaunchView(String slug, List<Target> withoutAddress, int sendable, boolean sending) {
    }

    @TemplateData
    public record Target(String slug, String name) {
    }

    public EmailLaunchView emailLaunch(Campaign c) {
        List<Target> without = withoutAddress(c).stream().map(a -> new Target(a.slug, a.name)).toList();
        int total = c.isDraft() ? c.resolveTargetIds().size() : c.targetCount();
        return new EmailLaunchView(c.slug, without, total - without.size(), sending());
    }

    /** An empty form, for a tag shown before anything was submitted. */
    public Form blank() {
        return Form.empty();
    }

    /** Sending is possible at all: a From address is configured. */
    public boolean sending() {
        return config.from().address().filter(a -> !a.isBlank()).isPresent();
    }

    public RequestPanel request(FoiRequest r, RequestState state) {
        List<LetterRow> letters = Letter.forRequest(r).stream().map(LetterRow::of).toList();
        boolean hasAddress = r.authority.foiEmail != null && Addresses.parse(r.authority.foiEmail).isPresent();
        ChaseView chase = state.status() == Status.OVERDUE || state.status() == Status.VERY_OVERDUE
                ? ChaseView.of(policy.decide(List.of(r), clock.today()).get(0)) : null;
        // Offered once asking makes sense: after a response, or once the response is late (not while it is still due).
        boolean review = state.allowed().contains(EventType.REVIEW_REQUESTED) && state.status() != Status.AWAITING_RESPONSE;
        String whyNot = null;
        if (review && !hasAddress) whyNot = "the authority has no usable email address: send the review request by hand and record it.";
        else if (review && letters.stream().anyMatch(l -> l.kind() == LetterKind.REVIEW_REQUEST && PENDING.contains(l.status()))) {
            whyNot = "a review request is already waiting in the outbox.";
        }
        return new RequestPanel(letters, chase, review && whyNot == null, whyNot, hasAddress, sending(), "/requests/" + r.id);
    }

    /** The chaser panel of a campaign's dashboard (worked out once per page, however many rows ask). */
    public ChaserPanel chasers(Campaign c) {
        return panels.computeIfAbsent(c.id, id -> org.roundrobin.campaign.CampaignCache.get(c, "chasers", clock.today(), () -> {
            MailSettings settings = MailSettings.of(id);
            ChaserPolicy.CampaignView view = policy.campaign(c, clock.today(), settings.chasersAuto);
            Map<Long, ChaseView> byRequest = view.decisions().stream().map(ChaseView::of)
                    .collect(Collectors.toMap(ChaseView::requestId, Function.identity()));
            List<LetterRow> held = view.held().stream().map(LetterRow::of).toList();
            long due = byRequest.values().stream().filter(ChaseView::canChase).count();
            return new ChaserPanel(c.slug, byRequest, held, settings.chasersAuto, settings.digest, settings.version, due);
        }));
    }

    /** Every reply and other message kept with the request, oldest first. */
    public List<MessageView> correspondence(FoiRequest r) {
        return Correspondence.forRequest(r).stream().map(MessageView::of).toList();
    }

    public java.time.LocalDate today() {
        return clock.today();
    }

    public OutboxProgress outbox(Campaign c) {
        OutboxProgress p = org.roundrobin.campaign.CampaignCache.get(c, "outbox", clock.today(), () -> OutboxProgress.of(c));
        // Nothing counted yet may mean a launch is queueing (a job, not a change to the campaign): ask again.
        return p.total() == 0 && c.sentOn == null ? OutboxProgress.of(c) : p;
    }

    /** Targets a launch by email cannot reach: a draft's targets without an address, or a launched campaign's unsent ones. */
    public List<Authority> withoutAddress(Campaign c) {
        if (c.isDraft()) return c.resolveTargets().stream().filter(a -> a.foiEmail == null || a.foiEmail.isBlank()).toList();
        return Authority.list("select r.authority from FoiRequest r where r.campaign = ?1 and r.state = ?2 "
                + "and (r.authority.foiEmail is null or r.authority.foiEmail = '') order by r.authority.name", c, Status.NOT_SENT);
    }

    /**
     * A launched campaign's unsent requests to authorities without an address, by authority slug (to link the ones to
     * send by hand): their ids only, not every unsent request (50,000 queued letters' requests were 50,000 entities).
     */
    public Map<String, Long> unsentRequests(Campaign c) {
        Map<String, Long> ids = new HashMap<>();
        for (Object[] row : FoiRequest.getEntityManager().createQuery("select a.slug, r.id from FoiRequest r join r.authority a"
                + " where r.campaign = :c and r.state = :s and (a.foiEmail is null or a.foiEmail = '')", Object[].class)
                .setParameter("c", c).setParameter("s", Status.NOT_SENT).getResultList()) {
            ids.put((String) row[0], (Long) row[1]);
        }
        return ids;
    }
}
