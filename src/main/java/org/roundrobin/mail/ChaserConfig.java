package org.roundrobin.mail;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings under {@code roundrobin.chasers}: when overdue requests are chased. */
@ConfigMapping(prefix = "roundrobin.chasers")
public interface ChaserConfig {

    /** When the chaser job runs (Europe/London); "off" to stop it. */
    @WithDefault("0 0 9 * * ?")
    String cron();

    /** Working days after the first chaser was sent before the second is queued. */
    @WithDefault("10")
    int secondAfterWorkingDays();

    /** Working days after the second chaser before a review request or complaint is suggested. */
    @WithDefault("10")
    int suggestAfterWorkingDays();
}
