package org.roundrobin.mail;

import io.quarkus.security.Authenticated;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.roundrobin.http.ProblemException;

/** The outbox: letters not yet sent (or by status), and what a person does to one: confirm, requeue, cancel. */
@Path("/api/letters")
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

    @Inject
    Composer composer;
    @Inject
    MailSessions sessions;
    @Inject
    Outbox outbox;
    @Inject
    org.roundrobin.security.Access access;
    @Inject
    com.fasterxml.jackson.databind.ObjectMapper mapper;

    @GET
        @Transactional
    @Authenticated
    public List<LetterView> outbox(@QueryParam("status") String status) {
        if (status == null || status.isBlank()) {
            return access.visible(Letter.<Letter>list("status in ?1 order by id", List.of(Letter.Status.HELD, Letter.Status.QUEUED,
                    Letter.Status.SENDING, Letter.Status.FAILED, Letter.Status.UNCERTAIN)), l -> l.request.campaign).stream().map(LetterView::of).toList();
        }
        Letter.Status s = Arrays.stream(Letter.Status.values()).filter(x -> x.name().equalsIgnoreCase(status.strip())).findFirst()
                .orElseThrow(() -> ProblemException.invalid("status", "'" + status + "' is not one of " + List.of(Letter.Status.values())));
        return access.visible(Letter.<Letter>list("status = ?1 order by id", s), l -> l.request.campaign).stream().map(LetterView::of).toList();
    }

    @GET
    @Path("{id: [0-9]+}")
    @Transactional
    @CampaignAccess(value = Role.VIEWER, from = CampaignAccess.From.LETTER)
    public LetterView get(@PathParam("id") long id) {
        return LetterView.of(Outbox.find(id));
    }

    @GET
    @Path("{id: [0-9]+}.eml")
    @Produces("message/rfc822")
    @Transactional
    @CampaignAccess(value = Role.VIEWER, from = CampaignAccess.From.LETTER)
    public Response letterEml(@PathParam("id") long id) {
        return LetterResource.eml(composer, sessions, Outbox.find(id), "letter-" + id + ".eml");
    }

    public record ConfirmInput(LocalDate sentOn) {
    }

    @POST
    @Path("{id: [0-9]+}/confirm-sent")
    @Consumes(MediaType.WILDCARD)
    @Transactional
    @CampaignAccess(value = Role.EDITOR, from = CampaignAccess.From.LETTER)
    public LetterView confirmSent(@PathParam("id") long id, String body) {
        ConfirmInput in = JsonBody.optional(mapper, body, ConfirmInput.class);
        return LetterView.of(outbox.confirmSent(id, in == null ? null : in.sentOn()));
    }

    @POST
    @Path("{id: [0-9]+}/requeue")
    @Transactional
    @CampaignAccess(value = Role.EDITOR, from = CampaignAccess.From.LETTER)
    public LetterView requeue(@PathParam("id") long id) {
        return LetterView.of(outbox.requeue(id));
    }

    @POST
    @Path("{id: [0-9]+}/cancel")
    @Transactional
    @CampaignAccess(value = Role.EDITOR, from = CampaignAccess.From.LETTER)
    public LetterView cancel(@PathParam("id") long id) {
        return LetterView.of(outbox.cancel(id));
    }
}
