package org.roundrobin.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.demo.DemoCampaign;
import org.roundrobin.demo.DemoCasework;
import org.roundrobin.request.DecisionOutcome;
import org.roundrobin.request.EventType;
import org.roundrobin.request.Status;

/**
 * The demo (dev mode) shows Cambridgeshire's case under lead FS50739797 with the four named followers, decided on
 * 20 September 2018. Loaded in a transaction that is rolled back: the shared test database keeps the real
 * references free for {@link CaseworkWorkedExampleTest}, whichever runs first.
 */
@QuarkusTest
class DemoCaseworkTest {

    static final List<String> REFERENCES = List.of(DemoCasework.LEAD, DemoCasework.CAMBRIDGESHIRE, "FS50739875", "FS50741036",
            "FS50748297", "FS50744546");

    @Inject
    DemoCampaign demo;
    @Inject
    DemoCasework casework;
    @Inject
    ComplaintPacks packs;

    @Test
    void theDemoGroupsCambridgeshireUnderTheLeadCase() {
        QuarkusTransaction.begin();
        try {
            forgetCases();
            if (Campaign.findBySlug(DemoCampaign.SLUG).isEmpty()) demo.load();
            casework.load();
            casework.load(); // a second load adds nothing

            RegulatorCase own = RegulatorCase.findByReference(DemoCasework.CAMBRIDGESHIRE).orElseThrow();
            CaseViews.Full view = CaseViews.Full.of(own, LocalDate.of(2018, 10, 1));
            assertEquals("cambridgeshire", view.authority().slug());
            assertEquals(DemoCasework.LEAD, view.leadReference());
            assertEquals(Status.DECIDED, view.status());
            assertEquals(LocalDate.of(2018, 4, 16), view.submittedOn());
            assertEquals(LocalDate.of(2018, 9, 20), view.decision().decidedOn());
            assertEquals(DecisionOutcome.UPHELD, view.decision().outcome());
            assertEquals(LocalDate.of(2018, 10, 25), view.decision().complianceDue());
            assertEquals(LocalDate.of(2018, 10, 18), view.decision().appealBy());
            assertTrue(view.decision().stepsOrdered().startsWith("Confirm or deny"));
            assertEquals(DemoCasework.LEAD, view.group().lead().reference());
            assertNotEquals("cambridgeshire", view.group().lead().authority().slug());
            assertEquals(REFERENCES.subList(1, 6).stream().sorted().toList(),
                    view.group().followers().stream().map(CaseViews.Row::reference).sorted().toList());
            assertEquals(5, view.group().followers().stream().map(f -> f.authority().slug()).distinct().count());
            assertTrue(view.group().leadDecided());
            assertEquals(List.of(), view.group().undecidedFollowers());
            assertTrue(view.group().followers().stream().allMatch(f -> LocalDate.of(2018, 9, 20).equals(f.decidedOn())));

            // Cambridgeshire's real timeline is kept: its complaint and decision were adopted, not appended twice.
            assertEquals(List.of(EventType.SENT, EventType.RESPONDED, EventType.NOTE, EventType.REVIEW_REQUESTED,
                    EventType.REVIEW_RESPONDED, EventType.COMPLAINT_SUBMITTED, EventType.DECISION_NOTICE, EventType.NOTE),
                    own.request.events.stream().map(e -> e.type).toList());
            assertEquals(6, RegulatorCase.forCampaign(Campaign.findBySlug(DemoCampaign.SLUG).orElseThrow()).size());
            assertTrue(packs.render(own.campaign(), "cambridgeshire", false).contains("| ICO case reference | FS50000001 |"));
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    /** Frees the real references if another test recorded them (undone with the rest at rollback). */
    private static void forgetCases() {
        var em = Panache.getEntityManager();
        em.createQuery("update RegulatorCase c set c.lead = null where c.lead.id in "
                + "(select l.id from RegulatorCase l where l.reference in :refs)").setParameter("refs", REFERENCES).executeUpdate();
        em.createQuery("delete from RegulatorCase c where c.reference in :refs").setParameter("refs", REFERENCES).executeUpdate();
    }
}
