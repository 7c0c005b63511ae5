package org.roundrobin.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.roundrobin.http.ProblemException;
import org.roundrobin.mail.CorrespondenceResource.CorrespondenceView;
import org.roundrobin.request.Correspondence;
import org.roundrobin.request.FoiRequest;

/** Replies no request claimed, to be filed by hand. */
@Path("/api/inbox")
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

    @Inject
    Inbound inbound;

    public record AssignInput(Long requestId) {
    }

    @GET
        @Transactional
    @RolesAllowed("admin")
    public List<CorrespondenceView> inbox() {
        return Correspondence.<Correspondence>list("request is null and direction = ?1 order by receivedAt, id",
                Correspondence.Direction.IN).stream().map(CorrespondenceView::of).toList();
    }

    /** Files an unmatched reply under a request by hand; it is then RECEIVED on that request's timeline. */
    @POST
    @Path("{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed("admin")
    public CorrespondenceView assign(@PathParam("id") long id, AssignInput in) {
        if (in == null || in.requestId() == null) throw ProblemException.invalid("requestId", "is required: the request this reply belongs to");
        Correspondence c = Correspondence.findById(id);
        if (c == null) throw ProblemException.notFound("Inbox message " + id);
        if (c.request != null) throw ProblemException.conflict("Message " + id + " is already filed under request " + c.request.id);
        FoiRequest r = FoiRequest.findById(in.requestId());
        if (r == null) throw ProblemException.invalid("requestId", "no request has the id " + in.requestId());
        inbound.attach(c, r, "assigned by hand");
        return CorrespondenceView.of(c);
    }
}
