package org.roundrobin.support;

import io.quarkus.test.Mock;
import java.time.LocalDate;
import org.roundrobin.request.AppClock;

/** Lets a test set "today" (e.g. to replay the 2017 worked example day by day); otherwise the real date. */
@Mock
public class TestClock extends AppClock {

    private static volatile LocalDate fixed;

    public static void set(LocalDate today) {
        fixed = today;
    }

    public static void reset() {
        fixed = null;
    }

    @Override
    public LocalDate today() {
        return fixed != null ? fixed : super.today();
    }
}
