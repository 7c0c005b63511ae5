package org.roundrobin.mail;

import org.roundrobin.security.CampaignAccess;
import org.roundrobin.security.Role;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.roundrobin.http.ProblemException;
import org.roundrobin.request.Attachment;
import org.roundrobin.request.Correspondence;
import org.roundrobin.request.FoiRequest;
import org.roundrobin.request.Timelines;

/** Replies kept with a request (and their files), and the inbox of replies no request claimed. */
@Path("/api/requests/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class CorrespondenceResource {

    public record AttachmentView(long id, String filename, String mediaType, long sizeBytes) {
    }

    public record CorrespondenceView(long id, Long requestId, String direction, String source, Instant receivedAt, String from,
                                     String to, String subject, String messageId, String inReplyTo, String text, String html,
                                     List<AttachmentView> attachments) {
        static CorrespondenceView of(Correspondence c) {
            return new CorrespondenceView(c.id, c.request == null ? null : c.request.id, c.direction.name(),
                    c.source == null ? null : c.source.name(), c.receivedAt, c.fromAddress, c.toAddress, c.subject, c.messageId,
                    c.inReplyTo, c.bodyText, c.bodyHtml, c.attachments.stream()
                    .map(a -> new AttachmentView(a.id, a.filename, a.mediaType, a.sizeBytes)).toList());
        }
    }

    @GET
    @Path("correspondence")
    @Transactional
    @CampaignAccess(value = Role.VIEWER, from = CampaignAccess.From.REQUEST)
    public List<CorrespondenceView> forRequest(@PathParam("id") long id) {
        return Correspondence.forRequest(Timelines.find(id)).stream().map(CorrespondenceView::of).toList();
    }

    @GET
    @Path("attachments/{attachment}")
    @Produces(MediaType.WILDCARD)
    @Transactional
    @CampaignAccess(value = Role.VIEWER, from = CampaignAccess.From.REQUEST)
    public Response attachment(@PathParam("id") long id, @PathParam("attachment") long attachmentId) {
        Attachment a = Attachment.findById(attachmentId);
        if (a == null || a.correspondence.request == null || a.correspondence.request.id != id) {
            throw ProblemException.notFound("Attachment " + attachmentId + " of request " + id);
        }
        String name = a.filename.replaceAll("[\"\\\\\\r\\n]", "_");
        return Response.ok(a.content, a.mediaType).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
