package org.roundrobin.casework;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.roundrobin.http.ProblemException;

/** The deadline radar: the campaigner's own windows across every campaign. */
@Path("/api/radar")
@Produces(MediaType.APPLICATION_JSON)
public class RadarResource {

    static final int MAX_DAYS = 366;

    @Inject
    Radar radar;
    @Inject
    org.roundrobin.security.Access access;

    /**
     * Windows closing within {@code days} days (default 14), soonest first, and (unless {@code closed=false})
     * those that closed with the step not taken, flagged {@code closed: true}. No transaction: it only reads, and a
     * call waiting for another's scan ({@link Radar#alone}) holds no pool connection meanwhile.
     */
    @GET
    @Authenticated
    public Radar.View radar(@QueryParam("days") @DefaultValue("14") String days, @QueryParam("closed") @DefaultValue("true") String closed) {
        int n;
        try {
            n = Integer.parseInt(days.strip());
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 0 || n > MAX_DAYS) throw ProblemException.invalid("days", "'" + days + "' is not a number of days from 0 to " + MAX_DAYS);
        String c = closed.strip().toLowerCase(java.util.Locale.ROOT);
        if (!c.equals("true") && !c.equals("false")) throw ProblemException.invalid("closed", "'" + closed + "' is not true or false");
        return radar.scan(n, c.equals("true"), access.visibleCampaignIds());
    }
}
