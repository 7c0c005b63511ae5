package org.roundrobin.request;

import java.time.LocalDate;

/**
 * Every date a request's timeline implies, all computed by {@code law} (never typed in). Null where the
 * step has not been reached. {@code responseDue} is the statutory date; {@code extendedTo} a public-interest
 * extension; the authority is late after {@link #effectiveDue()}.
 */
public record Deadlines(LocalDate responseDue, LocalDate extendedTo, LocalDate veryOverdueOn, LocalDate reviewRequestBy,
                        LocalDate reviewResponseDue, LocalDate complaintBy, LocalDate complianceDue, LocalDate appealBy) {

    public static final Deadlines NONE = new Deadlines(null, null, null, null, null, null, null, null);

    public LocalDate effectiveDue() {
        return extendedTo != null ? extendedTo : responseDue;
    }
}
