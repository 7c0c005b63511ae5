package org.roundrobin.mail;

import jakarta.annotation.security.RolesAllowed;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.roundrobin.http.ProblemException;
import org.roundrobin.request.Attachment;
import org.roundrobin.request.Correspondence;
import org.roundrobin.request.FoiRequest;
import org.roundrobin.web.Downloads;
import org.roundrobin.web.Form;
import org.roundrobin.web.Notices;
import org.roundrobin.web.Redirects;

/** Replies no request claimed: the list, one message, and filing it under its request by hand. */
@Path("/inbox")
@Produces(MediaType.TEXT_HTML)
public class InboxPages {

    static final int LIMIT = 200;

    @Inject
    Inbound inbound;

    @TemplateData
    public record Option(long requestId, String authority, boolean likely) {
    }

    @TemplateData
    public record Group(String campaign, List<Option> options) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inbox(List<MessageView> messages, long total);

        static native TemplateInstance message(MessageView message, List<Group> groups, List<Option> likely, Form form);
    }

    @GET
    @Transactional
    @RolesAllowed("admin")
    public String inbox() {
        List<MessageView> messages = Correspondence.<Correspondence>find("request is null and direction = ?1 order by receivedAt desc, id desc",
                Correspondence.Direction.IN).page(0, LIMIT).list().stream().map(MessageView::of).toList();
        long total = Correspondence.count("request is null and direction = ?1", Correspondence.Direction.IN);
        return Templates.inbox(messages, total).render();
    }

    @GET
    @Path("{id}")
    @Transactional
    @RolesAllowed("admin")
    public Response message(@PathParam("id") long id) {
        Correspondence c = find(id);
        if (c.request != null) return Redirects.seeOther("/requests/" + c.request.id, null, "letters");
        return Response.ok(page(c, Form.empty()).render()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    /** Files the message under the request chosen (from the list, or by its id); it is then RECEIVED on that timeline. */
    @POST
    @Path("{id}/assign")
    @RolesAllowed("admin")
    public Response assign(@PathParam("id") long id, @RestForm String request, @RestForm String requestId) {
        Form form = Form.empty().put("request", request).put("requestId", requestId);
        Long target = null;
        if (requestId != null && !requestId.isBlank()) {
            target = number(requestId);
            if (target == null) form.error("requestId", "'" + requestId + "' is not a request number (the number in the request page's address)");
        } else if (request != null && !request.isBlank()) {
            target = number(request);
            if (target == null) form.error("request", "choose a request from the list");
        } else {
            form.error("request", "choose the request this reply belongs to (or give its number below)");
        }
        Long chosen = target;
        if (!form.invalid()) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    Correspondence c = find(id);
                    if (c.request != null) throw ProblemException.conflict("This message was filed under request " + c.request.id + " meanwhile");
                    FoiRequest r = FoiRequest.findById(chosen);
                    if (r == null) throw ProblemException.invalid(requestId != null && !requestId.isBlank() ? "requestId" : "request",
                            "no request has the number " + chosen);
                    inbound.attach(c, r, "assigned by hand");
                });
                return Redirects.seeOther("/inbox", Notices.query(Notices.Code.ASSIGNED) + "&request=" + chosen, null);
            } catch (ProblemException p) {
                if (p.status == 404) throw p;
                form.add(p, f -> f.equals("request") || f.equals("requestId") ? f : f.equals("on") ? "request" : null);
            }
        }
        String html = QuarkusTransaction.requiringNew().call(() -> page(find(id), form).render());
        return Response.status(form.hasError("request") || form.hasError("requestId") ? 400 : 409)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    /** A file of a message still in the inbox (once filed, it is downloaded from its request). */
    @GET
    @Path("{id}/attachments/{attachment}")
    @Produces(MediaType.WILDCARD)
    @Transactional
    @RolesAllowed("admin")
    public Response attachment(@PathParam("id") long id, @PathParam("attachment") long attachmentId) {
        Attachment a = Attachment.findById(attachmentId);
        if (a == null || a.correspondence.id != id || a.correspondence.request != null) {
            throw ProblemException.notFound("Attachment " + attachmentId + " of inbox message " + id);
        }
        return Downloads.file(a.content, a.mediaType, a.filename);
    }

    private TemplateInstance page(Correspondence c, Form form) {
        String domain = Addresses.domain(c.fromAddress);
        Map<String, List<Option>> byCampaign = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        List<Option> likely = new ArrayList<>();
        for (Object[] row : Panache.getEntityManager().createQuery("""
                select r.id, cp.title, a.name, a.foiEmail, cp.slug from FoiRequest r join r.campaign cp join r.authority a
                order by cp.title, cp.id, a.name""", Object[].class).getResultList()) {
            boolean match = domain != null && domain.equals(Addresses.domain((String) row[3]));
            Option o = new Option((Long) row[0], (String) row[2], match);
            titles.putIfAbsent((String) row[4], (String) row[1]);
            byCampaign.computeIfAbsent((String) row[4], k -> new ArrayList<>()).add(o);
            if (match) likely.add(new Option(o.requestId(), row[2] + " — " + row[1], true));
        }
        List<Group> groups = byCampaign.entrySet().stream().map(e -> new Group(titles.get(e.getKey()), e.getValue())).toList();
        return Templates.message(MessageView.of(c), groups, likely, form);
    }

    private static Correspondence find(long id) {
        Correspondence c = Correspondence.findById(id);
        if (c == null || c.direction != Correspondence.Direction.IN) throw ProblemException.notFound("Inbox message " + id);
        return c;
    }

    private static Long number(String s) {
        try {
            long n = Long.parseLong(s.strip());
            return n > 0 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
