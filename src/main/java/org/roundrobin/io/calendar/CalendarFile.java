package org.roundrobin.io.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Deadlines as an iCalendar feed (RFC 5545), written by ical4j: one all-day event per deadline, with a UID
 * made of the kind and the request ({@code response-42@host}), so a subscribed calendar moves an entry when
 * its date changes instead of adding a second one.
 */
public final class CalendarFile {

    private CalendarFile() {
    }

    public static String render(String name, List<DeadlineFeed.Deadline> deadlines, String baseUrl) {
        String host = URI.create(baseUrl).getHost();
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        Calendar cal = new Calendar();
        cal.add(new ProdId("-//Round Robin//Deadlines//EN"));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        cal.add(ImmutableMethod.PUBLISH);
        cal.add(new XProperty("X-WR-CALNAME", name));
        cal.add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
        for (DeadlineFeed.Deadline d : deadlines) {
            String who = d.kind() == DeadlineFeed.Kind.COMPLAINT_BY ? d.regulator() + " complaint about " + d.authority() : d.authority();
            VEvent e = new VEvent(d.on(), d.on().plusDays(1), who + ": " + d.kind().words + " (" + d.campaignTitle() + ")");
            e.add(new Uid(d.kind().uidPart() + "-" + d.requestId() + "@" + host));
            String link = base + "/api/requests/" + d.requestId();
            e.add(new Description(d.kind().words + " for the request to " + d.authority() + " in the campaign \"" + d.campaignTitle()
                    + "\" (" + d.campaign() + "). " + link));
            e.add(new Url(URI.create(link)));
            e.add(ImmutableTransp.TRANSPARENT);
            cal.add(e);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(cal, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
