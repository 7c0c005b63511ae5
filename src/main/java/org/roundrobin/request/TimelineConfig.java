package org.roundrobin.request;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.roundrobin.law.Period;

@ConfigMapping(prefix = "roundrobin.complaints")
public interface TimelineConfig {

    /**
     * How long after the final response the ICO accepts a complaint ("6w" = six weeks, current guidance;
     * "3m" = three months, its guidance in 2018).
     */
    @WithDefault("6w")
    String icoWindow();

    default Timeline.Policy policy() {
        return new Timeline.Policy(Period.parse(icoWindow()));
    }
}
