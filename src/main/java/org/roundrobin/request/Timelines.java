package org.roundrobin.request;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.roundrobin.http.Problem.FieldError;
import org.roundrobin.http.ProblemException;
import org.roundrobin.security.CurrentUser;

/**
 * Appends events to request timelines. Every append replays the whole timeline with the new event
 * ({@link Timeline#replay}); if that breaks a rule nothing is written. The projection on {@link FoiRequest}
 * is rewritten from the replay in the same transaction, and the request's version always moves on, so two
 * people recording at once cannot both succeed on the same version.
 */
@ApplicationScoped
public class Timelines {

    @Inject
    AppClock clock;
    @Inject
    TimelineConfig config;
    @Inject
    CurrentUser currentUser;
    /** Fired after each append, in its transaction: features keeping records beside a timeline (casework) follow it. */
    @Inject
    Event<Appended> appendedEvents;

    public record Appended(RequestEvent event, RequestState state) {
    }

    public static FoiRequest find(long id) {
        FoiRequest r = FoiRequest.findById(id);
        if (r == null) throw ProblemException.notFound("Request " + id);
        return r;
    }

    /** The derived state on today's date. */
    public RequestState state(FoiRequest r) {
        return state(r, clock.today());
    }

    public RequestState state(FoiRequest r, LocalDate today) {
        return Timeline.replay(r.law(), entries(r), today, config.policy());
    }

    @Transactional
    public Appended append(long requestId, EventInput in) {
        return append(find(requestId), in);
    }

    /** Appends one event, or throws a problem (400 bad fields, 409 not allowed now or stale version) having written nothing. */
    @Transactional
    public Appended append(FoiRequest r, EventInput in) {
        if (in.version() != null && in.version() != r.version) {
            throw new ProblemException(409, "Edited by someone else", "Request " + r.id + " is at version " + r.version
                    + " but your event was based on version " + in.version() + "; reload it and record the event again", List.of());
        }
        List<FieldError> errors = new ArrayList<>();
        Entry draft = EventChecks.check(in, r.campaign, r.law(), errors);
        if (draft == null) throw ProblemException.invalid(errors);
        List<Entry> entries = entries(r);
        int seq = entries.stream().mapToInt(Entry::seq).max().orElse(0) + 1;
        entries.add(draft.withIdentity(-1, seq));
        RequestState state = replayOrRefuse(r, entries);

        RequestEvent e = new RequestEvent();
        e.request = r;
        e.seq = seq;
        e.type = in.type();
        e.on = in.on();
        e.recordedAt = Instant.now();
        e.recordedBy = recordedBy(in);
        e.note = blankToNull(in.note());
        e.notePrivate = Boolean.TRUE.equals(in.privateNote());
        e.authorityReference = blankToNull(in.authorityReference());
        e.extendedTo = in.extendedTo();
        e.reviewResult = in.reviewResult();
        e.decision = in.decision();
        e.complianceDue = in.complianceDue();
        e.caseReference = blankToNull(in.caseReference());
        e.corrects = in.corrects();
        draft.answers().forEach(a -> e.answers.add(new StoredAnswer(a)));
        e.persist();
        r.events.add(e);
        project(r, state);
        if (seq > 1) {
            // A NOTE changes no projected column: force the version on so concurrent appends still collide.
            Panache.getEntityManager().lock(r, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        Appended appended = new Appended(e, state);
        appendedEvents.fire(appended);
        return appended;
    }

    private RequestState replayOrRefuse(FoiRequest r, List<Entry> entries) {
        try {
            return Timeline.replay(r.law(), entries, clock.today(), config.policy());
        } catch (Timeline.Refused refused) {
            ProblemException p = new ProblemException(409, "Not allowed now", refused.getMessage(), List.of());
            if (refused.statusThen != null) p.with("requestStatus", refused.statusThen);
            return throwWithAllowed(p, r, refused);
        }
    }

    private RequestState throwWithAllowed(ProblemException p, FoiRequest r, Timeline.Refused refused) {
        // "allowed" is what may be recorded now (today), which is what a person can act on.
        Set<EventType> now = refused.allowedThen;
        try {
            now = state(r).allowed();
        } catch (Timeline.Refused ignored) {
            // the stored timeline itself no longer replays (e.g. the law's calendar changed): keep the moment's list
        }
        throw p.with("allowed", now);
    }

    /** Rewrites the projection columns from a replay; unchanged answers are left alone (no rewrite). Public for restores (io). */
    public static void project(FoiRequest r, RequestState s) {
        r.state = s.state();
        r.outcome = s.outcome();
        r.sentOn = s.sentOn();
        r.dueOn = s.deadlines().effectiveDue();
        r.veryOverdueOn = s.deadlines().veryOverdueOn();
        r.respondedOn = s.respondedOn();
        r.reviewDueOn = s.deadlines().reviewResponseDue();
        r.workingDaysTaken = s.workingDaysTaken();
        r.replyToClassify = s.replyToClassify();
        List<Answer> current = r.answers.stream().map(StoredAnswer::toAnswer).toList();
        if (!current.equals(s.answers())) {
            r.answers.clear();
            s.answers().forEach(a -> r.answers.add(new StoredAnswer(a)));
            Set<String> sections = new LinkedHashSet<>();
            s.answers().forEach(a -> sections.addAll(a.sections()));
            r.sections.clear();
            r.sections.addAll(sections);
        }
    }

    static List<Entry> entries(FoiRequest r) {
        List<Entry> list = new ArrayList<>(r.events.size() + 1);
        for (RequestEvent e : r.events) list.add(e.toEntry());
        return list;
    }

    private String recordedBy(EventInput in) {
        String user = currentUser.name();
        if (user != null) return user;
        return Objects.requireNonNullElse(blankToNull(in.recordedBy()), "campaigner");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
