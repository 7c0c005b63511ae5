package org.roundrobin.support;

import io.quarkus.arc.Arc;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/** Counts the SQL statements a piece of work prepares (Hibernate statistics are on in the test profile). */
public final class Statements {

    private Statements() {
    }

    public static long count(Runnable work) {
        Statistics stats = Arc.container().instance(SessionFactory.class).get().getStatistics();
        if (!stats.isStatisticsEnabled()) throw new IllegalStateException("Hibernate statistics are off in this profile");
        stats.clear();
        work.run();
        return stats.getPrepareStatementCount();
    }
}
