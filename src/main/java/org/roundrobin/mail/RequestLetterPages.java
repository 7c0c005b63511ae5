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
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.roundrobin.http.ProblemException;
import org.roundrobin.request.AppClock;
import org.roundrobin.request.FoiRequest;
import org.roundrobin.request.Status;
import org.roundrobin.request.Timelines;
import org.roundrobin.web.Notices;
import org.roundrobin.web.Redirects;

/**
 * One request's letters from its page: send a chaser now (through the chaser policy), send the review request
 * (when the timeline allows it), and preview a letter before it is queued.
 */
@Path("/requests")
@Produces(MediaType.TEXT_HTML)
public class RequestLetterPages {

    @Inject
    ChaserPolicy policy;
    @Inject
    ReviewRequests reviews;
    @Inject
    Composer composer;
    @Inject
    Timelines timelines;
    @Inject
    AppClock clock;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance preview(FoiRequest request, LetterRow letter, String kind, String text);
    }

    @POST
    @Path("{id}/chase")
    @CampaignAccess(value = Role.EDITOR, from = CampaignAccess.From.REQUEST)
    public Response chase(@PathParam("id") long id, @RestForm String back) {
        QuarkusTransaction.requiringNew().run(() -> Timelines.find(id));
        String target = Redirects.local(back, "/requests/" + id);
        return ChaserPages.chased(policy.chase(List.of(id), clock.today()), target, target.startsWith("/campaigns/") ? "overdue" : "letters");
    }

    /** Queues the review request by email now (a person decided); a 409 page when the timeline does not allow it. */
    @POST
    @Path("{id}/review-request")
    @CampaignAccess(value = Role.EDITOR, from = CampaignAccess.From.REQUEST)
    public Response reviewRequest(@PathParam("id") long id, @RestForm String back) {
        reviews.queue(id);
        return Redirects.seeOther(Redirects.local(back, "/requests/" + id), Notices.query(Notices.Code.REVIEW_QUEUED), "letters");
    }

    /** The letter of this kind as it would go now (or as it was stored, once queued). Nothing is stored. */
    @GET
    @Path("{id}/letters/{kind: [A-Za-z0-9_-]+}")
    @Transactional
    @CampaignAccess(value = Role.VIEWER, from = CampaignAccess.From.REQUEST)
    public String preview(@PathParam("id") long id, @PathParam("kind") String kind) {
        FoiRequest r = Timelines.find(id);
        LetterKind k = LetterKind.parse(kind).orElseThrow(() -> ProblemException.notFound("Letter kind '" + kind + "' (one of "
                + Arrays.stream(LetterKind.values()).map(x -> x.template).toList() + ")"));
        Letter l = Letter.latest(r, k).orElseGet(() -> composer.compose(r, k, r.state == Status.NOT_SENT ? null : timelines.state(r),
                clock.today(), null));
        LetterRow row = l.id == null ? null : LetterRow.of(l);
        String from = l.fromName == null ? l.fromAddress : l.fromName + " <" + l.fromAddress + ">";
        String head = "From: " + from + "\nTo: " + l.toAddress + (l.replyTo == null ? "" : "\nReply-To: " + l.replyTo)
                + "\nSubject: " + l.subject + "\n\n";
        return Templates.preview(r, row, LetterRow.label(k), head + l.bodyText).render();
    }
}
