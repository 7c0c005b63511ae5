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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.roundrobin.http.ProblemException;
import org.roundrobin.request.AppClock;
import org.roundrobin.request.FoiRequest;
import org.roundrobin.request.Status;
import org.roundrobin.request.Timelines;

/**
 * Letters: preview before anything is sent ({@code /api/requests/{id}/letters/{kind}} and its {@code .eml}),
 * queue one by hand, and the outbox ({@code /api/letters}) where a person confirms, requeues or cancels.
 */
@Path("/api/requests/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class LetterResource {

    @Inject
    Composer composer;
    @Inject
    MailSessions sessions;
    @Inject
    Outbox outbox;
    @Inject
    Timelines timelines;
    @Inject
    AppClock clock;

    @GET
    @Path("letters")
    @Transactional
    @CampaignAccess(value = Role.VIEWER, from = CampaignAccess.From.REQUEST)
    public List<LetterView> forRequest(@PathParam("id") long id) {
        return Letter.forRequest(Timelines.find(id)).stream().map(LetterView::of).toList();
    }

    /** The letter of this kind: the stored one if it was queued, else rendered now (nothing is stored). */
    @GET
    @Path("letters/{kind: [A-Za-z0-9_-]+}")
    @Transactional
    @CampaignAccess(value = Role.VIEWER, from = CampaignAccess.From.REQUEST)
    public LetterView preview(@PathParam("id") long id, @PathParam("kind") String kind) {
        return LetterView.of(letter(id, kind));
    }

    @GET
    @Path("letters/{kind: [A-Za-z0-9_-]+}.eml")
    @Produces("message/rfc822")
    @Transactional
    @CampaignAccess(value = Role.VIEWER, from = CampaignAccess.From.REQUEST)
    public Response eml(@PathParam("id") long id, @PathParam("kind") String kind) {
        Letter l = letter(id, kind);
        return eml(composer, sessions, l, l.kind.template + "-" + id + ".eml");
    }

    /** Queues a letter now (the request itself, or a review request); chasers come from the chaser policy. */
    @POST
    @Path("letters/{kind: [A-Za-z0-9_-]+}")
    @Transactional
    @CampaignAccess(value = Role.EDITOR, from = CampaignAccess.From.REQUEST)
    public Response queue(@PathParam("id") long id, @PathParam("kind") String kind) {
        FoiRequest r = Timelines.find(id);
        LetterKind k = kind(kind);
        if (k.isChaser()) throw ProblemException.conflict("Chasers are queued by the chaser policy when a response is overdue");
        var state = timelines.state(r);
        if (!state.allowed().contains(k.event)) {
            throw ProblemException.conflict("A " + k.template + " letter does not fit now: the request is " + state.status())
                    .with("allowed", state.allowed());
        }
        Letter.latest(r, k).filter(l -> l.status != Letter.Status.CANCELLED && l.status != Letter.Status.FAILED && k == LetterKind.REQUEST)
                .ifPresent(l -> {
                    throw ProblemException.conflict("The request letter is already " + l.status + " (letter " + l.id + ")");
                });
        int sequence = Letter.latest(r, k).map(l -> l.sequence + 1).orElse(1);
        Letter l = outbox.queue(r, k, sequence, false, k == LetterKind.REQUEST ? null : state, null);
        return Response.status(201).entity(LetterView.of(l)).build();
    }

    private Letter letter(long id, String kind) {
        FoiRequest r = Timelines.find(id);
        LetterKind k = kind(kind);
        return Letter.latest(r, k).orElseGet(() -> {
            var state = r.state == Status.NOT_SENT ? null : timelines.state(r);
            return composer.compose(r, k, state, timelinesToday(), null);
        });
    }

    private LocalDate timelinesToday() {
        return clock.today();
    }

    static Response eml(Composer composer, MailSessions sessions, Letter l, String filename) {
        Instant date = l.sentAt != null ? l.sentAt : Instant.now();
        byte[] bytes = Composer.bytes(composer.mime(l, sessions.smtp(), date));
        return Response.ok(bytes, "message/rfc822").header("Content-Disposition", "inline; filename=\"" + filename + "\"").build();
    }

    private static LetterKind kind(String kind) {
        return LetterKind.parse(kind).orElseThrow(() -> ProblemException.notFound("Letter kind '" + kind + "' (one of "
                + Arrays.stream(LetterKind.values()).map(k -> k.template).toList() + ")"));
    }
}
