package org.roundrobin.casework;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.roundrobin.http.Problem.FieldError;
import org.roundrobin.io.Checks;
import org.roundrobin.io.Cursor;
import org.roundrobin.io.DataSection;
import org.roundrobin.io.ExportScope;
import org.roundrobin.io.Restore;
import org.roundrobin.io.section.AuthoritySection;
import org.roundrobin.io.section.RequestSection;
import org.roundrobin.law.Law;
import org.roundrobin.request.Answer;
import org.roundrobin.request.DecisionOutcome;
import org.roundrobin.request.EventType;
import org.roundrobin.request.FoiRequest;

/**
 * Regulator cases in the export document ({@code "cases"}). A case names its request by campaign and authority and
 * its lead by reference. Its complaint and decision live on the request's timeline (restored by the requests section):
 * the case's copies of them must agree with that timeline, and a restore links the case to it as {@link Casework}
 * does ({@link RegulatorCase#mirror}), appending no event.
 */
@ApplicationScoped
public class CaseSection implements DataSection<CaseSection.Item> {

    public static final String NAME = "cases";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String reference, String campaign, String authority, String leadReference, LocalDate submittedOn,
                       LocalDate acceptedOn, String grounds, List<String> sectionsContested, Decision decision,
                       Instant createdAt, Instant updatedAt) {

        String requestKey() {
            return RequestSection.Item.key(campaign, authority);
        }
    }

    /** {@code complianceDue}: only when the notice set a date other than the law's default. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Decision(LocalDate decidedOn, DecisionOutcome outcome, String stepsOrdered, LocalDate complianceDue) {
    }

    @Inject
    RequestSection requests;

    @Override
    public String name() {
        return NAME;
    }

    /** After requests (30) and correspondence (40). */
    @Override
    public int order() {
        return 50;
    }

    @Override
    public Class<Item> itemType() {
        return Item.class;
    }

    /** One statement, by reference. */
    @Override
    public void export(ExportScope scope, Consumer<Item> out) {
        Map<String, Object> params = scope.isAll() ? Map.of() : Map.of("campaign", scope.campaign());
        try (Cursor cases = Cursor.open("select c.reference, camp.slug, a.slug, l.reference, c.submittedOn, c.acceptedOn, c.grounds,"
                + " c.sectionsContested, c.decidedOn, c.outcome, c.stepsOrdered, c.complianceDueOverride, c.createdAt, c.updatedAt"
                + " from RegulatorCase c join c.request r join r.campaign camp join r.authority a left join c.lead l"
                + (scope.isAll() ? "" : " where camp.slug = :campaign") + " order by c.reference", params)) {
            while (cases.hasNext()) {
                Object[] c = cases.next();
                List<String> sections = Answer.parseSections((String) c[7]);
                Decision d = c[8] == null && c[9] == null && c[10] == null && c[11] == null ? null
                        : new Decision((LocalDate) c[8], (DecisionOutcome) c[9], (String) c[10], (LocalDate) c[11]);
                out.accept(new Item((String) c[0], (String) c[1], (String) c[2], (String) c[3], (LocalDate) c[4], (LocalDate) c[5],
                        (String) c[6], sections.isEmpty() ? null : sections, d, (Instant) c[12], (Instant) c[13]));
            }
        }
    }

    @Override
    public boolean isEmpty() {
        return RegulatorCase.count() == 0;
    }

    /** A stored case, when merging: its request and its lead. */
    private record Stored(String requestKey, String lead) {
    }

    @Override
    public void check(List<Item> items, Restore restore) {
        Map<String, Stored> stored = restore.merge ? stored() : Map.of();
        Map<String, String> caseOfRequest = new HashMap<>();
        stored.forEach((ref, s) -> caseOfRequest.put(s.requestKey(), ref));
        Map<String, Integer> indexOf = new HashMap<>();
        Map<String, String> leads = new HashMap<>(); // reference -> lead, the document's over the database's
        stored.forEach((ref, s) -> leads.put(ref, s.lead()));
        Set<String> requestsSeen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Item c = items.get(i);
            Checks k = Checks.of(restore, NAME, i);
            if (c == null) {
                k.fail(null, "is empty");
                continue;
            }
            Optional<CaseReference> ref = reference(c.reference(), "reference", k);
            String lead = c.leadReference() == null ? null : reference(c.leadReference(), "leadReference", k).map(CaseReference::text).orElse(null);
            if (ref.isPresent()) {
                String text = ref.get().text();
                if (indexOf.putIfAbsent(text, i) != null) k.fail("reference", "case " + text + " appears twice in the document");
                if (text.equals(lead)) k.fail("leadReference", "a case cannot lead itself");
                leads.put(text, lead);
            }
            k.required(c.submittedOn(), "submittedOn");
            if (c.acceptedOn() != null && c.submittedOn() != null && c.acceptedOn().isBefore(c.submittedOn())) {
                k.fail("acceptedOn", c.acceptedOn() + " is before the complaint was submitted (" + c.submittedOn() + ")");
            }
            k.max(c.grounds(), Casework.MAX_TEXT, "grounds");
            if (c.decision() != null) k.max(c.decision().stepsOrdered(), Casework.MAX_TEXT, "decision.stepsOrdered");
            boolean named = k.required(c.campaign(), "campaign");
            if (!k.required(c.authority(), "authority") || !named) continue;
            var request = requests.facts(restore, c.campaign(), c.authority());
            Law law = restore.declared(AuthoritySection.Facts.class, c.authority()).map(AuthoritySection.Facts::law).orElse(null);
            if (request.isEmpty() || law == null) {
                k.fail("campaign", "no request of " + c.requestKey() + " is in the document or in this database");
                continue;
            }
            if (!requestsSeen.add(c.requestKey())) {
                k.fail("authority", "the request of " + c.requestKey() + " has two cases in the document (the regulator opens one per request)");
            }
            if (ref.isEmpty()) continue;
            String text = ref.get().text();
            String other = caseOfRequest.get(c.requestKey());
            if (other != null && !other.equals(text)) k.fail("reference", "the request of " + c.requestKey() + " already has case " + other + " here");
            Stored here = stored.get(text);
            if (here != null && !here.requestKey().equals(c.requestKey())) {
                k.fail("campaign", "case " + text + " is about the request of " + here.requestKey() + " here, not " + c.requestKey());
            }
            if (ref.get().regulator() != law.regulator()) {
                k.fail("reference", text + " is a " + ref.get().regulator().label() + " reference, but the request of " + c.requestKey()
                        + " is under " + law + " (" + law.regulator().label() + ")");
            }
            List<FieldError> sectionErrors = new ArrayList<>();
            Casework.sections(c.sectionsContested(), law, sectionErrors);
            sectionErrors.forEach(e -> k.fail(e.field(), e.message()));
            if (c.submittedOn() != null && request.get().state() != null) timeline(c, text, law, request.get(), k);
        }
        leadsExistWithoutCycles(items, indexOf, leads, restore);
    }

    /** The case's copies of the complaint and decision agree with the request's timeline, and its complaint names this case. */
    private static void timeline(Item c, String reference, Law law, RequestSection.Facts request, Checks k) {
        var s = request.state();
        if (s.complaintOn() == null) {
            k.fail("submittedOn", "the request of " + c.requestKey() + " has no complaint (COMPLAINT_SUBMITTED) on its timeline:"
                    + " a case is recorded with its complaint");
            return;
        }
        RegulatorCase.Mirror want = RegulatorCase.Mirror.of(s, law, c.submittedOn());
        Decision d = c.decision() == null ? new Decision(null, null, null, null) : c.decision();
        String says = ", but the request's timeline says ";
        if (!want.submittedOn().equals(c.submittedOn())) k.fail("submittedOn", c.submittedOn() + says + want.submittedOn());
        if (!Objects.equals(want.decidedOn(), d.decidedOn())) k.fail("decision.decidedOn", d.decidedOn() + says + want.decidedOn());
        if (!Objects.equals(want.outcome(), d.outcome())) k.fail("decision.outcome", d.outcome() + says + want.outcome());
        if (!Objects.equals(want.complianceDueOverride(), d.complianceDue())) {
            k.fail("decision.complianceDue", d.complianceDue() + says + want.complianceDueOverride());
        }
        for (RequestSection.EventFacts e : request.events().values()) {
            if (e.type() == EventType.COMPLAINT_SUBMITTED && c.submittedOn().equals(e.on()) && e.caseReference() != null
                    && !e.caseReference().equalsIgnoreCase(reference)) {
                k.fail("reference", "the complaint of " + e.on() + " on the request's timeline names case " + e.caseReference()
                        + ", not " + reference);
            }
        }
    }

    /** Every lead is a case in the document or the database, and following leads never comes back to where it started. */
    private static void leadsExistWithoutCycles(List<Item> items, Map<String, Integer> indexOf, Map<String, String> leads, Restore restore) {
        indexOf.forEach((ref, i) -> {
            String lead = leads.get(ref);
            if (lead == null || lead.equals(ref)) return; // leading itself is reported already
            if (!leads.containsKey(lead)) {
                restore.error(NAME, i, "leadReference", "no case has the reference " + lead + " in the document or in this database");
                return;
            }
            List<String> chain = new ArrayList<>(List.of(ref));
            Set<String> seen = new HashSet<>(chain);
            for (String up = lead; up != null; up = leads.get(up)) {
                chain.add(up);
                if (up.equals(ref)) {
                    restore.error(NAME, i, "leadReference", "following " + lead + " would make a cycle of leads: " + String.join(" → ", chain));
                    return;
                }
                if (!seen.add(up)) return; // leads into a cycle elsewhere: reported on the cases in it
            }
        });
    }

    private static Optional<CaseReference> reference(String text, String field, Checks k) {
        if (!k.required(text, field)) return Optional.empty();
        Optional<CaseReference> ref = CaseReference.parse(text);
        if (ref.isEmpty()) k.fail(field, "'" + text + "' is not a case reference the regulators use (" + CaseReference.allFormats() + ")");
        return ref;
    }

    private static Map<String, Stored> stored() {
        Map<String, Stored> map = new HashMap<>();
        for (Object[] row : Panache.getEntityManager().createQuery("select c.reference, camp.slug, a.slug, l.reference from RegulatorCase c"
                + " join c.request r join r.campaign camp join r.authority a left join c.lead l", Object[].class).getResultList()) {
            map.put((String) row[0], new Stored(RequestSection.Item.key((String) row[1], (String) row[2]), (String) row[3]));
        }
        return map;
    }

    @Override
    public Counts restore(List<Item> items, Restore restore) {
        Map<String, RegulatorCase> cases = new HashMap<>();
        if (restore.merge) RegulatorCase.<RegulatorCase>listAll().forEach(c -> cases.put(c.reference, c));
        Map<String, Item> byRef = new HashMap<>();
        items.forEach(i -> byRef.put(canonical(i.reference()), i));
        int[] counts = new int[3]; // added, updated, unchanged
        for (Item item : items) write(canonical(item.reference()), byRef, cases, restore, counts);
        return Counts.of(counts[0], counts[1], counts[2]);
    }

    /** Writes a case after its lead (the check ruled out cycles), so each row is inserted once, complete. */
    private void write(String ref, Map<String, Item> byRef, Map<String, RegulatorCase> cases, Restore restore, int[] counts) {
        Item item = byRef.remove(ref);
        if (item == null) return; // written already, or not in the document
        String leadRef = item.leadReference() == null ? null : canonical(item.leadReference());
        if (leadRef != null) write(leadRef, byRef, cases, restore, counts);
        RegulatorCase c = cases.get(ref);
        boolean fresh = c == null;
        if (fresh) {
            c = new RegulatorCase();
            c.reference = ref;
            c.regulator = CaseReference.parse(ref).orElseThrow().regulator();
            c.request = restore.entity(FoiRequest.class, item.requestKey());
            c.createdAt = item.createdAt();
            c.updatedAt = item.updatedAt();
        }
        List<String> sections = Casework.sections(item.sectionsContested(), c.law(), new ArrayList<>());
        String stepsOrdered = item.decision() == null ? null : item.decision().stepsOrdered();
        RegulatorCase lead = leadRef == null ? null : cases.get(leadRef);
        var state = requests.facts(restore, item.campaign(), item.authority()).orElseThrow().state();
        RegulatorCase.Mirror mirror = RegulatorCase.Mirror.of(state, c.law(), item.submittedOn());
        List<Object> want = Arrays.asList(lead, item.acceptedOn(), item.grounds(), sections, stepsOrdered, mirror);
        if (!fresh && want.equals(Arrays.asList(c.lead, c.acceptedOn, c.grounds, c.sections(), c.stepsOrdered,
                new RegulatorCase.Mirror(c.submittedOn, c.decidedOn, c.outcome, c.complianceDueOverride)))) {
            counts[2]++;
            return;
        }
        c.lead = lead;
        c.acceptedOn = item.acceptedOn();
        c.grounds = item.grounds();
        c.sectionsContested = sections.isEmpty() ? null : String.join(";", sections);
        c.stepsOrdered = stepsOrdered;
        // Linked to its timeline as casework links it: the copies come from the replay (the check compared them with the item).
        c.submittedOn = item.submittedOn();
        c.mirror(state);
        if (fresh) c.persist();
        cases.put(ref, c);
        counts[fresh ? 0 : 1]++;
    }

    private static String canonical(String reference) {
        return CaseReference.parse(reference).orElseThrow().text();
    }
}
