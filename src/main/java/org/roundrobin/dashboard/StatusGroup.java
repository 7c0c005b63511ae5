package org.roundrobin.dashboard;

import static org.roundrobin.request.Status.*;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.roundrobin.request.Status;
import org.roundrobin.web.Labels;

/**
 * The status strip's groups: what a campaigner asks at a glance (how many answered, are late, are in review).
 * Each group is a set of statuses as seen today; {@link #where} turns it into SQL on the stored projection,
 * so the filtered list is one query however many requests a campaign has.
 */
public enum StatusGroup {
    RESPONDED(EnumSet.of(Status.RESPONDED)),
    AWAITING(EnumSet.of(AWAITING_RESPONSE, AWAITING_CLARIFICATION)),
    OVERDUE(EnumSet.of(Status.OVERDUE)),
    VERY_OVERDUE(EnumSet.of(Status.VERY_OVERDUE)),
    IN_REVIEW(EnumSet.of(REVIEW_PENDING, REVIEW_OVERDUE, REVIEWED)),
    WITH_REGULATOR(EnumSet.of(Status.WITH_REGULATOR, DECIDED, APPEALED)),
    CLOSED(EnumSet.of(Status.CLOSED, WITHDRAWN)),
    NOT_SENT(EnumSet.of(Status.NOT_SENT));

    public final Set<Status> statuses;

    StatusGroup(Set<Status> statuses) {
        this.statuses = statuses;
    }

    public String label() {
        return Labels.text("group." + name());
    }

    /** The URL form, e.g. {@code very-overdue}. */
    public String param() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static Optional<StatusGroup> parse(String param) {
        if (param == null || param.isBlank()) return Optional.empty();
        for (StatusGroup g : values()) {
            if (g.param().equals(param.strip()) || g.name().equalsIgnoreCase(param.strip())) return Optional.of(g);
        }
        return Optional.empty();
    }

    public long count(Map<Status, Long> byStatus) {
        return statuses.stream().mapToLong(s -> byStatus.getOrDefault(s, 0L)).sum();
    }

    /** A JPQL condition on request {@code r} (binds {@code :today} when it needs the date). */
    public String where() {
        return "(" + String.join(" or ", statuses.stream().map(StatusGroup::condition).toList()) + ")";
    }

    public boolean needsToday() {
        return statuses.stream().anyMatch(s -> s.state() != s || s == AWAITING_RESPONSE || s == REVIEW_PENDING);
    }

    /** The status as seen today, in SQL: the same rule as {@link Status#at}, on the stored state and dates. */
    static String condition(Status s) {
        return switch (s) {
            case AWAITING_RESPONSE -> "(r.state = org.roundrobin.request.Status.AWAITING_RESPONSE and (r.dueOn is null or r.dueOn >= :today))";
            case OVERDUE -> "(r.state = org.roundrobin.request.Status.AWAITING_RESPONSE and r.dueOn < :today and (r.veryOverdueOn is null or r.veryOverdueOn >= :today))";
            case VERY_OVERDUE -> "(r.state = org.roundrobin.request.Status.AWAITING_RESPONSE and r.veryOverdueOn < :today)";
            case REVIEW_PENDING -> "(r.state = org.roundrobin.request.Status.REVIEW_PENDING and (r.reviewDueOn is null or r.reviewDueOn >= :today))";
            case REVIEW_OVERDUE -> "(r.state = org.roundrobin.request.Status.REVIEW_PENDING and r.reviewDueOn < :today)";
            default -> "(r.state = org.roundrobin.request.Status." + s.name() + ")";
        };
    }
}
