package org.roundrobin.mail;

import org.roundrobin.security.CampaignAccess;
import org.roundrobin.security.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.roundrobin.authority.Authority;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.campaign.Campaigns;
import org.roundrobin.http.ProblemException;
import org.roundrobin.job.Job;
import org.roundrobin.web.Form;

/**
 * Launching by email from the launch page, and the campaign's outbox draining: a progress bar counted from the
 * letter table, polled by htmx while letters wait, right after a reload and in any browser.
 */
@Path("/campaigns")
@Produces(MediaType.TEXT_HTML)
public class EmailLaunchPages {

    @Inject
    EmailLaunchJob launchJob;
    @Inject
    MailViews views;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance launch(Campaign campaign, Form form);

        static native TemplateInstance outbox(Campaign campaign, OutboxProgress progress, Job job, List<Authority> withoutAddress,
                                              java.util.Map<String, Long> requests);

        static native TemplateInstance outbox$bar(OutboxProgress progress);
    }

    /** The send-by-email form on its own (the launch page embeds it; a refused submit comes back here). */
    @GET
    @Path("{slug}/launch/email")
    @Transactional
    @CampaignAccess(Role.EDITOR)
    public String form(@PathParam("slug") String slug) {
        return page(Campaigns.find(slug), Form.empty()).render();
    }

    @POST
    @Path("{slug}/launch/email")
    @CampaignAccess(Role.EDITOR)
    public Response launch(@PathParam("slug") String slug, @RestForm String note) {
        Form form = Form.empty().put("note", note);
        try {
            launchJob.start(slug, note == null || note.isBlank() ? null : note.strip());
            return Response.seeOther(URI.create("/campaigns/" + slug + "/outbox")).build();
        } catch (ProblemException p) {
            if (p.status == 404) throw p;
            form.add(p, f -> f.equals("note") ? f : null);
            String html = QuarkusTransaction.requiringNew().call(() -> page(Campaigns.find(slug), form).render());
            return Response.status(p.status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
        }
    }

    @GET
    @Path("{slug}/outbox")
    @Transactional
    @CampaignAccess(Role.VIEWER)
    public String outbox(@PathParam("slug") String slug) {
        Campaign c = Campaigns.find(slug);
        return Templates.outbox(c, OutboxProgress.of(c), Job.latest(EmailLaunchJob.KIND, slug).orElse(null), views.withoutAddress(c),
                c.isDraft() ? java.util.Map.of() : views.unsentRequests(c)).render();
    }

    /** The bar alone, for htmx to poll. */
    @GET
    @Path("{slug}/outbox/bar")
    @Transactional
    @CampaignAccess(Role.VIEWER)
    public String bar(@PathParam("slug") String slug) {
        return Templates.outbox$bar(OutboxProgress.of(Campaigns.find(slug))).render();
    }

    private TemplateInstance page(Campaign c, Form form) {
        return Templates.launch(c, form);
    }
}
