package org.roundrobin.request;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** "Today" for deadlines: the date in the UK, where the statutes count. Tests replace this bean to travel in time. */
@ApplicationScoped
public class AppClock {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    public Clock clock() {
        return Clock.system(UK);
    }

    public LocalDate today() {
        return LocalDate.now(clock());
    }
}
