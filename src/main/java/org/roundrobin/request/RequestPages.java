package org.roundrobin.request;

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
import org.roundrobin.http.ProblemException;
import org.roundrobin.web.Form;

/** One request: its timeline, deadlines, letters and replies, and a form for each event allowed now. */
@Path("/requests")
@Produces(MediaType.TEXT_HTML)
public class RequestPages {

    @Inject
    Timelines timelines;
    @Inject
    AppClock clock;
    @Inject
    org.roundrobin.security.Access access;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance request(FoiRequest request, RequestState state, List<RequestViews.AnswerView> answers,
                                               List<Correspondence> letters, List<EventForms.Spec> forms, String recorded,
                                               boolean seesPrivateNotes);
    }

    @GET
    @Path("{id}")
    @Transactional
    @CampaignAccess(value = Role.VIEWER, from = CampaignAccess.From.REQUEST)
    public String request(@PathParam("id") long id, @jakarta.ws.rs.QueryParam("recorded") String recorded) {
        return page(Timelines.find(id), null, null, recorded).render();
    }

    @POST
    @Path("{id}/events")
    @CampaignAccess(value = Role.EDITOR, from = CampaignAccess.From.REQUEST)
    public Response addEvent(@PathParam("id") long id, @RestForm String type, @RestForm String on, @RestForm String note,
                             @RestForm String authorityReference, @RestForm String extendedTo, @RestForm String reviewResult,
                             @RestForm String decision, @RestForm String complianceDue, @RestForm String caseReference,
                             @RestForm String corrects, @RestForm Integer version, @RestForm String privateNote) {
        EventType t = java.util.Arrays.stream(EventType.values()).filter(x -> x.name().equals(type)).findFirst()
                .orElseThrow(() -> ProblemException.invalid("type", "'" + type + "' is not an event type"));
        Form form = Form.empty().put("on", on).put("note", note).put("authorityReference", authorityReference)
                .put("extendedTo", extendedTo).put("reviewResult", reviewResult).put("decision", decision)
                .put("complianceDue", complianceDue).put("caseReference", caseReference).put("corrects", corrects);
        form.put("privateNote", privateNote);
        EventInput input = EventForms.input(t, form, version).withPrivateNote("on".equals(privateNote));
        if (!form.invalid()) {
            try {
                int seq = QuarkusTransaction.requiringNew().call(() -> timelines.append(id, input).event().seq);
                return Response.seeOther(URI.create("/requests/" + id + "?recorded=" + t.name() + "#event-" + seq)).build();
            } catch (ProblemException p) {
                if (p.status == 404) throw p;
                form.add(p, EventForms::field);
            }
        }
        String html = QuarkusTransaction.requiringNew().call(() -> page(Timelines.find(id), t, form, null).render());
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    /** A stored letter, always as a download (never rendered inline: an uploaded file is not trusted). */
    @GET
    @Path("{id}/attachments/{attachment}")
    @Produces(MediaType.WILDCARD)
    @Transactional
    @CampaignAccess(value = Role.VIEWER, from = CampaignAccess.From.REQUEST)
    public Response attachment(@PathParam("id") long id, @PathParam("attachment") long attachmentId) {
        Attachment a = Attachment.findById(attachmentId);
        if (a == null || a.correspondence.request == null || a.correspondence.request.id != id) {
            throw ProblemException.notFound("Attachment " + attachmentId + " of request " + id);
        }
        return org.roundrobin.web.Downloads.file(a.content, a.mediaType, a.filename);
    }

    private TemplateInstance page(FoiRequest r, EventType submitted, Form form, String recorded) {
        RequestState state = timelines.state(r);
        List<RequestViews.AnswerView> answers = RequestViews.Full.of(r, state).answers();
        List<Correspondence> letters = Correspondence.forRequest(r);
        letters.forEach(c -> c.attachments.size());
        return Templates.request(r, state, answers, letters, EventForms.specs(state.allowed(), submitted, form, clock.today()),
                recorded == null ? null : org.roundrobin.web.Labels.text("event." + recorded),
                access.can(r.campaign, org.roundrobin.security.Role.EDITOR));
    }
}
