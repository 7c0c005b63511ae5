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
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.campaign.Campaigns;
import org.roundrobin.http.ProblemException;
import org.roundrobin.request.AppClock;
import org.roundrobin.request.FoiRequest;
import org.roundrobin.request.Status;
import org.roundrobin.web.Form;
import org.roundrobin.web.Notices;
import org.roundrobin.web.Redirects;

/**
 * A campaign's chasers from its dashboard: chase every overdue request (through the chaser policy, so the campaign's
 * approve/auto choice holds), approve the held chasers, and the campaign's mail settings. Each action redirects back
 * to the page it came from, which says what happened.
 */
@Path("/campaigns")
@Produces(MediaType.TEXT_HTML)
public class ChaserPages {

    @Inject
    ChaserPolicy policy;
    @Inject
    Outbox outbox;
    @Inject
    AppClock clock;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(Campaign campaign, Form form);
    }

    @POST
    @Path("{slug}/chase")
    @CampaignAccess(Role.EDITOR)
    public Response chaseAll(@PathParam("slug") String slug, @RestForm String back) {
        List<Long> overdue = QuarkusTransaction.requiringNew().call(() -> FoiRequest.<FoiRequest>list(
                "campaign = ?1 and state = ?2 and dueOn < ?3", Campaigns.find(slug), Status.AWAITING_RESPONSE, clock.today())
                .stream().map(r -> r.id).toList());
        return chased(policy.chase(overdue, clock.today()), Redirects.local(back, "/campaigns/" + slug), "overdue");
    }

    static Response chased(List<ChaserPolicy.Decision> decisions, String back, String fragment) {
        int queued = 0, held = 0, noAddress = 0, other = 0;
        for (ChaserPolicy.Decision d : decisions) {
            switch (d.verdict()) {
                case QUEUED -> queued++;
                case HELD -> held++;
                case NO_ADDRESS -> noAddress++;
                default -> other++;
            }
        }
        return Redirects.seeOther(back, Notices.query(Notices.Code.CHASED, queued, held, other, noAddress), fragment);
    }

    /** Sends every chaser held for approval; one no longer needed (the authority answered meanwhile) is cancelled instead. */
    @POST
    @Path("{slug}/chasers/approve")
    @CampaignAccess(Role.EDITOR)
    public Response approveAll(@PathParam("slug") String slug, @RestForm String back) {
        int[] n = QuarkusTransaction.requiringNew().call(() -> {
            List<Letter> held = Letter.heldFor(Campaigns.find(slug));
            int approved = outbox.approve(held);
            return new int[] {approved, held.size() - approved};
        });
        return Redirects.seeOther(Redirects.local(back, "/campaigns/" + slug), Notices.query(Notices.Code.APPROVED, n[0], 0, n[1], 0), "chasers");
    }

    @GET
    @Path("{slug}/mail-settings")
    @Transactional
    @CampaignAccess(Role.VIEWER)
    public String settingsPage(@PathParam("slug") String slug) {
        Campaign c = Campaigns.find(slug);
        MailSettings s = MailSettings.of(c.id);
        return Templates.settings(c, Form.empty().put("chasers", s.chasersAuto ? "AUTO" : "APPROVE")
                .put("digest", s.digest).put("version", s.version)).render();
    }

    @POST
    @Path("{slug}/mail-settings")
    @CampaignAccess(Role.OWNER)
    public Response saveSettings(@PathParam("slug") String slug, @RestForm String chasers, @RestForm String digest,
                                 @RestForm String version, @RestForm String back) {
        Form form = Form.empty().put("chasers", chasers).put("digest", "true".equals(digest)).put("version", version);
        if (!"AUTO".equals(chasers) && !"APPROVE".equals(chasers)) {
            form.error("chasers", "choose whether chasers wait for your approval or are sent when due");
        }
        if (!form.invalid()) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    MailSettings s = MailSettings.of(Campaigns.find(slug).id);
                    if (s.isPersistent() && !String.valueOf(s.version).equals(version)) {
                        throw ProblemException.conflict("Someone else changed these settings meanwhile: they are shown as they are now; choose again");
                    }
                    s.chasersAuto = "AUTO".equals(chasers);
                    s.digest = "true".equals(digest);
                    s.persist();
                });
                return Redirects.seeOther(Redirects.local(back, "/campaigns/" + slug), Notices.query(Notices.Code.MAIL_SETTINGS), "mail-settings");
            } catch (ProblemException p) {
                if (p.status == 404) throw p;
                QuarkusTransaction.requiringNew().run(() -> {
                    MailSettings s = MailSettings.of(Campaigns.find(slug).id);
                    form.put("chasers", s.chasersAuto ? "AUTO" : "APPROVE").put("digest", s.digest).put("version", s.version);
                });
                form.add(p, f -> null);
            }
        }
        int status = form.hasError("chasers") ? 400 : 409;
        String html = QuarkusTransaction.requiringNew().call(() -> Templates.settings(Campaigns.find(slug), form).render());
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }
}
