package org.roundrobin.request;

import org.roundrobin.security.CampaignAccess;
import org.roundrobin.security.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.roundrobin.authority.Authority;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.campaign.Campaigns;
import org.roundrobin.http.ProblemException;
import org.roundrobin.job.Job;
import org.roundrobin.web.Form;

/** Launching a campaign: the date it was sent, then a progress bar while every request is recorded as sent. */
@Path("/campaigns")
@Produces(MediaType.TEXT_HTML)
public class LaunchPages {

    @Inject
    LaunchJob launchJob;
    @Inject
    AppClock clock;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance launch(Campaign campaign, List<Authority> targets, int count, Job job, long unsent, Form form);
    }

    @GET
    @Path("{slug}/launch")
    @Transactional
    @CampaignAccess(Role.EDITOR)
    public String launch(@PathParam("slug") String slug) {
        return page(Campaigns.find(slug), Form.empty().put("sentOn", clock.today())).render();
    }

    @POST
    @Path("{slug}/launch")
    @CampaignAccess(Role.EDITOR)
    public Response submit(@PathParam("slug") String slug, @RestForm String sentOn, @RestForm String note, @RestForm String resume) {
        Form form = Form.empty().put("sentOn", sentOn).put("note", note);
        try {
            Job job = resume != null ? launchJob.resume(slug, blank(note)) : launchJob.start(slug, date(sentOn), blank(note));
            return Response.seeOther(URI.create("/jobs/" + job.id)).build();
        } catch (ProblemException p) {
            if (p.status == 404) throw p;
            form.add(p, f -> f.equals("sentOn") || f.equals("note") ? f : null);
            String html = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> page(Campaigns.find(slug), form).render());
            return Response.status(p.status).type(MediaType.TEXT_HTML_TYPE).entity(html).build();
        }
    }

    private TemplateInstance page(Campaign c, Form form) {
        List<Authority> targets = c.isDraft() ? c.resolveTargets() : List.of();
        Job job = Job.latest(LaunchJob.KIND, c.slug).orElse(null);
        return Templates.launch(c, targets.stream().limit(20).toList(), c.isDraft() ? targets.size() : c.targetCount(), job,
                c.isDraft() ? 0 : LaunchJob.unsent(c), form);
    }

    static LocalDate date(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("sentOn", "'" + text + "' is not a date; use the form yyyy-mm-dd");
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
