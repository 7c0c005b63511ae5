package org.roundrobin.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.roundrobin.authority.SeedLog;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.campaign.CampaignInput;
import org.roundrobin.campaign.Campaigns;
import org.roundrobin.law.Law;
import org.roundrobin.request.DecisionOutcome;
import org.roundrobin.request.EventInput;
import org.roundrobin.request.EventInput.OutcomeInput;
import org.roundrobin.request.EventType;
import org.roundrobin.request.FoiRequest;
import org.roundrobin.request.Launcher;
import org.roundrobin.request.Outcome;
import org.roundrobin.request.RequestQueries;
import org.roundrobin.request.ReviewResult;
import org.roundrobin.request.Timelines;

/**
 * The demo: the 2017 "Internet of Things" round robin to every UK police force (domain.md's worked example).
 * Cambridgeshire's timeline is the real one from ICO decision notice FS50739797; every other force's
 * response is illustrative, generated deterministically and marked as such in its note.
 */
@ApplicationScoped
public class DemoCampaign {

    public static final String SLUG = "iot-2017";
    static final String SEED = "demo-iot-2017";
    static final LocalDate SENT = LocalDate.of(2017, 8, 10);
    static final String ILLUSTRATIVE = "Illustrative demo data, not this force's real response.";
    private static final Logger LOG = Logger.getLogger(DemoCampaign.class);

    @ConfigProperty(name = "roundrobin.demo.enabled", defaultValue = "false")
    boolean enabled;
    @Inject
    Campaigns campaigns;
    @Inject
    Launcher launcher;
    @Inject
    Timelines timelines;

    @Transactional
    void onStart(@Observes @Priority(20) StartupEvent start) {
        if (enabled && !SeedLog.isApplied(SEED) && Campaign.findBySlug(SLUG).isEmpty()) {
            load();
            SeedLog.markApplied(SEED);
        }
    }

    /** Creates, launches and fills the demo campaign. */
    @Transactional
    public void load() {
        campaigns.create(new CampaignInput(
                "Policing and the Internet of Things", SLUG,
                "A six-question request about police capability with connected devices, sent to every UK police force on "
                        + "10 August 2017. Cambridgeshire Constabulary's timeline is real (ICO decision notice FS50739797); "
                        + "every other force's response is illustrative demo data.",
                REQUEST_TEXT, QUESTIONS, new CampaignInput.Requester("Demo Campaigner", "campaigner@example.org"),
                new CampaignInput.Targets("police", null, null), null, null));
        launcher.recordSent(SLUG, SENT, null);
        int i = 0;
        for (FoiRequest r : RequestQueries.forCampaign(Campaign.findBySlug(SLUG).orElseThrow())) {
            if (r.authority.slug.equals("cambridgeshire")) {
                cambridgeshire(r);
            } else {
                illustrative(r, i++);
            }
        }
        LOG.info("Loaded the demo campaign " + SLUG);
    }

    /** The real timeline, as domain.md gives it. */
    private void cambridgeshire(FoiRequest r) {
        List<OutcomeInput> outcomes = new ArrayList<>();
        for (int q = 1; q <= 6; q++) {
            outcomes.add(q == 5 ? new OutcomeInput(q, Outcome.NOT_HELD, null) : new OutcomeInput(q, Outcome.NCND, List.of("31(3)")));
        }
        append(r, new EventInput(EventType.RESPONDED, LocalDate.of(2017, 9, 8),
                "Q5 not held; Q1-4 and Q6 neither confirmed nor denied under s.31(3), public interest favouring NCND.",
                null, null, outcomes, null, null, null, null, null, null, null));
        append(r, EventInput.of(EventType.NOTE, LocalDate.of(2018, 1, 31)).withNote(
                "Complaint first made to the ICO, which asked for an internal review first."));
        append(r, EventInput.of(EventType.REVIEW_REQUESTED, LocalDate.of(2018, 4, 11)));
        append(r, new EventInput(EventType.REVIEW_RESPONDED, LocalDate.of(2018, 4, 12),
                "Declined: asked for after the 40-working-day window closed on 3 November 2017.",
                null, null, null, null, ReviewResult.DECLINED, null, null, null, null, null));
        append(r, EventInput.of(EventType.COMPLAINT_SUBMITTED, LocalDate.of(2018, 4, 16))
                .withNote("Complaint renewed; Q5 not contested. Considered with five other forces under lead case FS50739797."));
        append(r, EventInput.of(EventType.DECISION_NOTICE, LocalDate.of(2018, 9, 20))
                .withDecision(DecisionOutcome.UPHELD, null)
                .withNote("Not entitled to rely on s.31(3) to neither confirm nor deny. Step: confirm or deny, and disclose or "
                        + "issue a valid refusal, within 35 calendar days."));
    }

    /** A plausible spread of responses, fixed by the force's position so every demo looks the same. */
    private void illustrative(FoiRequest r, int i) {
        Law law = r.law();
        LocalDate due = law.due(org.roundrobin.law.Step.RESPONSE, SENT);
        int pattern = Math.floorMod(r.authority.slug.hashCode(), 20);
        if (pattern == 0) return; // never replied: overdue
        if (pattern == 1) {
            append(r, EventInput.of(EventType.ACKNOWLEDGED, SENT.plusDays(3)).withNote(ILLUSTRATIVE));
            return;
        }
        LocalDate on = law.workingDays().addWorkingDays(SENT, 8 + Math.floorMod(i * 7, 25)); // some after the due date
        if (on.isAfter(due.plusDays(30))) on = due.plusDays(30);
        List<OutcomeInput> outcomes = new ArrayList<>();
        for (int q = 1; q <= 6; q++) {
            outcomes.add(outcome(pattern, q, law));
        }
        append(r, new EventInput(EventType.RESPONDED, on, ILLUSTRATIVE, "FOI-2017-" + (1000 + i), null, outcomes,
                null, null, null, null, null, null, null));
    }

    private static OutcomeInput outcome(int pattern, int q, Law law) {
        if (law == Law.FOISA) {
            return q == 5 ? new OutcomeInput(q, Outcome.ANSWERED, null)
                    : new OutcomeInput(q, Outcome.NCND, List.of("18(1)", "35(1)(a)"));
        }
        return switch (pattern) {
            case 2, 3, 4 -> q == 5 ? new OutcomeInput(q, Outcome.NOT_HELD, null) : new OutcomeInput(q, Outcome.NCND, List.of("31(3)"));
            case 5, 6 -> q <= 2 ? new OutcomeInput(q, Outcome.EXEMPT, List.of("31(1)(a)")) : new OutcomeInput(q, Outcome.ANSWERED, null);
            case 7 -> new OutcomeInput(q, Outcome.COST_LIMIT, List.of("12(1)"));
            case 8, 9 -> q == 2 ? new OutcomeInput(q, Outcome.PARTLY_ANSWERED, List.of("43(2)")) : new OutcomeInput(q, Outcome.ANSWERED, null);
            case 10, 11 -> q == 3 || q == 5 ? new OutcomeInput(q, Outcome.NOT_HELD, null) : new OutcomeInput(q, Outcome.ANSWERED, null);
            case 12 -> q == 2 ? new OutcomeInput(q, Outcome.NCND, List.of("24(2)", "31(3)")) : new OutcomeInput(q, Outcome.ANSWERED, null);
            default -> new OutcomeInput(q, Outcome.ANSWERED, null);
        };
    }

    private void append(FoiRequest r, EventInput e) {
        timelines.append(r, e);
    }

    static final List<CampaignInput.QuestionInput> QUESTIONS = List.of(
            new CampaignInput.QuestionInput(1, "Capability", "Does the force have the capability to examine connected (Internet of Things) devices?"),
            new CampaignInput.QuestionInput(2, "Suppliers", "What software, hardware or contractors are used to do so?"),
            new CampaignInput.QuestionInput(3, "Plans", "Are there plans to develop this capability?"),
            new CampaignInput.QuestionInput(4, "Guidance", "Is there guidance or policy on obtaining evidence from connected devices?"),
            new CampaignInput.QuestionInput(5, "DMI", "Who is the force's current Digital Media Investigator?"),
            new CampaignInput.QuestionInput(6, "Training", "What plans are there to train officers in this area?"));

    static final String REQUEST_TEXT = """
            Dear Freedom of Information Officer,

            Under the Freedom of Information Act 2000 (or, for Police Scotland, the Freedom of Information (Scotland) \
            Act 2002), please provide the following information about your force's work with connected devices \
            (the "Internet of Things": smart speakers, wearables, connected home devices and vehicles).

            1. Does the force have the capability to examine connected devices for evidence?
            2. What software, hardware or contractors does the force use to do so?
            3. Does the force have plans to develop this capability?
            4. Does the force have any guidance or policies on obtaining evidence from connected devices?
            5. Who is the force's current Digital Media Investigator (job title is sufficient)?
            6. What plans does the force have to train officers to recognise and obtain evidence from connected devices?

            If any part of this request is unclear, please contact me. I would prefer to receive the information by email.

            Yours faithfully,
            """;
}
