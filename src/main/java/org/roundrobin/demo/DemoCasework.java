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
import org.roundrobin.casework.CaseInputs;
import org.roundrobin.casework.Casework;
import org.roundrobin.casework.RegulatorCase;
import org.roundrobin.law.Law;
import org.roundrobin.request.DecisionOutcome;
import org.roundrobin.request.EventInput;
import org.roundrobin.request.EventType;
import org.roundrobin.request.FoiRequest;
import org.roundrobin.request.Outcome;
import org.roundrobin.request.RequestQueries;
import org.roundrobin.request.ReviewResult;
import org.roundrobin.request.Status;
import org.roundrobin.request.Timelines;

/**
 * The demo's casework: the ICO considered six forces' complaints together under lead case FS50739797 and
 * decided them on 20 September 2018. Cambridgeshire's complaint and decision are real (already on its
 * timeline); the notice does not give its own reference, so FS50000001 stands in. Which force holds the lead
 * and the four named references, and those forces' reviews and complaints, are illustrative.
 */
@ApplicationScoped
public class DemoCasework {

    public static final String LEAD = "FS50739797";
    public static final String CAMBRIDGESHIRE = "FS50000001";
    static final List<String> NAMED = List.of("FS50739875", "FS50741036", "FS50748297", "FS50744546");
    static final String SEED = "demo-casework-iot-2017";
    static final LocalDate DECIDED = LocalDate.of(2018, 9, 20);
    static final String STEPS = "Confirm or deny whether the information requested is held and, if held, disclose it or issue "
            + "a refusal notice that complies with section 17 of FOIA, within 35 calendar days.";
    private static final Logger LOG = Logger.getLogger(DemoCasework.class);

    @ConfigProperty(name = "roundrobin.demo.enabled", defaultValue = "false")
    boolean enabled;
    @Inject
    Casework casework;
    @Inject
    Timelines timelines;

    @Transactional
    void onStart(@Observes @Priority(30) StartupEvent start) {
        if (enabled && !SeedLog.isApplied(SEED) && Campaign.findBySlug(DemoCampaign.SLUG).isPresent()) {
            load();
            SeedLog.markApplied(SEED);
        }
    }

    /** Records the six cases of the group on the demo campaign (nothing if the lead case exists). */
    @Transactional
    public void load() {
        if (RegulatorCase.findByReference(LEAD).isPresent()) return;
        List<FoiRequest> requests = RequestQueries.forCampaign(Campaign.findBySlug(DemoCampaign.SLUG).orElseThrow());
        FoiRequest cambs = requests.stream().filter(r -> r.authority.slug.equals("cambridgeshire")).findFirst().orElseThrow();
        // Five other FOIA forces that refused; those that neither confirmed nor denied first, by name.
        List<FoiRequest> others = new ArrayList<>(requests.stream().filter(r -> r != cambs && r.law() == Law.FOIA
                && r.state == Status.RESPONDED && r.outcome == Outcome.NCND).limit(5).toList());
        requests.stream().filter(r -> r != cambs && r.law() == Law.FOIA && r.state == Status.RESPONDED && r.outcome != Outcome.ANSWERED
                && !others.contains(r)).limit(5 - others.size()).forEach(others::add);
        List<String> references = new ArrayList<>(List.of(LEAD));
        references.addAll(NAMED);
        for (int i = 0; i < others.size(); i++) {
            FoiRequest r = others.get(i);
            timelines.append(r, EventInput.of(EventType.REVIEW_REQUESTED, LocalDate.of(2017, 10, 16)).withNote(DemoCampaign.ILLUSTRATIVE));
            timelines.append(r, new EventInput(EventType.REVIEW_RESPONDED, LocalDate.of(2017, 11, 13), DemoCampaign.ILLUSTRATIVE,
                    null, null, null, null, ReviewResult.UPHELD, null, null, null, null, null));
            casework.open(new CaseInputs.Open(references.get(i), r.id, i == 0 ? null : LEAD, LocalDate.of(2017, 12, 18), null,
                    "Illustrative: other forces answered the same questions about phones and computers.", List.of("31(3)"),
                    DemoCampaign.ILLUSTRATIVE));
        }
        RegulatorCase own = casework.open(new CaseInputs.Open(CAMBRIDGESHIRE, cambs.id, LEAD, LocalDate.of(2018, 4, 16), null,
                "Other forces answered similar questions about phones and computers, but neither confirmed nor denied holding "
                        + "information about connected devices: the responses are inconsistent. Q5 (not held) is not contested.",
                List.of("31(3)"), "The decision notice does not give Cambridgeshire's own case reference: FS50000001 stands in for it."));
        own.stepsOrdered = STEPS;
        for (int i = 0; i < others.size(); i++) {
            casework.decide(references.get(i), new CaseInputs.Decision(DECIDED, DecisionOutcome.UPHELD, STEPS, null,
                    DemoCampaign.ILLUSTRATIVE));
        }
        LOG.info("Loaded the demo casework: lead case " + LEAD + " with " + (others.size()) + " followers");
    }
}
