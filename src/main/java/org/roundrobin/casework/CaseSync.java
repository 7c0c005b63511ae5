package org.roundrobin.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.EnumSet;
import java.util.Set;
import org.roundrobin.request.EventType;
import org.roundrobin.request.Timelines;

/**
 * Keeps a case in step with its request's timeline, whoever appends: the casework API, or someone recording a
 * decision notice or a correction directly on the request. Runs inside the appending transaction.
 */
@ApplicationScoped
public class CaseSync {

    private static final Set<EventType> CASE_EVENTS = EnumSet.of(EventType.COMPLAINT_SUBMITTED, EventType.DECISION_NOTICE,
            EventType.CORRECTED);

    void onAppended(@Observes Timelines.Appended appended) {
        if (!CASE_EVENTS.contains(appended.event().type)) return;
        RegulatorCase.findByRequest(appended.event().request).ifPresent(c -> c.mirror(appended.state()));
    }
}
