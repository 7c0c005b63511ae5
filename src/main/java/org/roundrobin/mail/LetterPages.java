package org.roundrobin.mail;

import org.roundrobin.security.CampaignAccess;
import org.roundrobin.security.Role;
import io.quarkus.security.Authenticated;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestForm;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.http.ProblemException;
import org.roundrobin.web.Downloads;
import org.roundrobin.web.Form;
import org.roundrobin.web.Notices;
import org.roundrobin.web.Redirects;

/**
 * The outbox as pages: letters across campaigns by status ({@code /letters?status=FAILED}), one letter with the exact
 * message, and what a person does to a letter: approve, confirm it was sent, put it back in the queue, cancel.
 */
@Path("/letters")
@Produces(MediaType.TEXT_HTML)
public class LetterPages {

    static final int PAGE = 100;

    @Inject
    Outbox outbox;
    @Inject
    org.roundrobin.security.Access access;
    @Inject
    Composer composer;
    @Inject
    MailSessions sessions;
    @Inject
    org.roundrobin.request.AppClock clock;

    @TemplateData
    public record StatusCount(String name, String label, long count) {
    }

    @TemplateData
    public record Filters(String status, String campaign, int page, long total) {
        public int pages() {
            return (int) Math.max(1, (total + PAGE - 1) / PAGE);
        }

        public String link(int p) {
            return "/letters?status=" + status + "&campaign=" + (campaign == null ? "" : campaign) + "&page=" + p;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance letters(List<LetterRow> letters, List<StatusCount> counts, List<Campaign> campaigns,
                                               Filters filters, Form form);

        static native TemplateInstance letter(LetterRow letter, String text, String eml, Form form);
    }

    @GET
    @Transactional
    @Authenticated
    public Response letters(@QueryParam("status") String status, @QueryParam("campaign") String campaign, @QueryParam("page") Integer page) {
        Form form = Form.empty().put("status", status).put("campaign", campaign);
        String s = status == null ? "" : status.strip().toUpperCase(java.util.Locale.ROOT);
        List<Letter.Status> wanted;
        if (s.isEmpty() || s.equals("OPEN")) {
            wanted = List.of(Letter.Status.HELD, Letter.Status.QUEUED, Letter.Status.SENDING, Letter.Status.FAILED, Letter.Status.UNCERTAIN);
            s = "OPEN";
        } else if (s.equals("ALL")) {
            wanted = List.of(Letter.Status.values());
        } else {
            String given = s;
            wanted = Arrays.stream(Letter.Status.values()).filter(x -> x.name().equals(given)).toList();
            if (wanted.isEmpty()) form.error("status", "'" + status + "' is not one of the statuses below");
        }
        Set<Long> visible = access.visibleCampaignIds(); // null: an admin sees every campaign's letters
        Campaign c = campaign == null || campaign.isBlank() ? null : Campaign.findBySlug(campaign.strip())
                .filter(x -> visible == null || visible.contains(x.id)).orElse(null);
        if (c == null && campaign != null && !campaign.isBlank()) form.error("campaign", "there is no campaign '" + campaign + "'");
        int p = page == null || page < 1 ? 1 : page;
        List<LetterRow> rows = List.of();
        long total = 0;
        if (!form.invalid()) {
            String where = "l.status in :wanted" + (c == null ? "" : " and l.campaignId = :c") + (visible == null ? "" : " and l.campaignId in :v");
            io.quarkus.panache.common.Parameters params = io.quarkus.panache.common.Parameters.with("wanted", wanted);
            if (c != null) params.and("c", c.id);
            if (visible != null) params.and("v", idsOrNone(visible));
            total = Letter.count("select count(l) from Letter l join l.request r where " + where, params);
            // The page's ids are sorted and cut in a subquery, then only they are read whole: sorting whole rows (each
            // letter's text with its request's, authority's and campaign's columns) held ~100 MB in H2 at 50,000 letters.
            rows = Letter.<Letter>find("select o from Letter o join fetch o.request r join fetch r.authority join fetch r.campaign"
                    + " where o.id in (select l.id from Letter l where " + where + " order by l.id desc offset :first rows fetch first :max rows only)"
                    + " order by o.id desc", params.and("first", (p - 1) * PAGE).and("max", PAGE)).list().stream().map(LetterRow::of).toList();
        }
        List<Campaign> launched = access.visible(Campaign.<Campaign>list("state = ?1 order by title", Campaign.State.LAUNCHED), x -> x);
        String html = Templates.letters(rows, counts(c, visible), launched,
                new Filters(s, c == null ? null : c.slug, p, total), form).render();
        return Response.status(form.invalid() ? 400 : 200).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    /** An empty IN list is not valid SQL everywhere: no campaigns becomes the id no campaign has. */
    private static Set<Long> idsOrNone(Set<Long> ids) {
        return ids.isEmpty() ? Set.of(-1L) : ids;
    }

    private static List<StatusCount> counts(Campaign c, Set<Long> visible) {
        java.util.Map<Letter.Status, Long> n = new java.util.EnumMap<>(Letter.Status.class);
        String q = "select l.status, count(l) from Letter l where 1 = 1" + (c == null ? "" : " and l.campaignId = :c")
                + (visible == null ? "" : " and l.campaignId in :v") + " group by l.status";
        var query = io.quarkus.hibernate.orm.panache.Panache.getEntityManager().createQuery(q, Object[].class);
        if (c != null) query.setParameter("c", c.id);
        if (visible != null) query.setParameter("v", idsOrNone(visible));
        for (Object[] row : query.getResultList()) n.put((Letter.Status) row[0], (Long) row[1]);
        return Arrays.stream(Letter.Status.values())
                .map(s -> new StatusCount(s.name(), org.roundrobin.web.Labels.text("letter." + s.name()), n.getOrDefault(s, 0L))).toList();
    }

    @GET
    @Path("{id: [0-9]+}")
    @Transactional
    @CampaignAccess(value = Role.VIEWER, from = CampaignAccess.From.LETTER)
    public String letter(@PathParam("id") long id) {
        return page(id, Form.empty().put("sentOn", clock.today()));
    }

    /** The exact RFC 5322 message (as sent, or as it will be), as a download. */
    @GET
    @Path("{id: [0-9]+}.eml")
    @Produces(MediaType.WILDCARD)
    @Transactional
    @CampaignAccess(value = Role.VIEWER, from = CampaignAccess.From.LETTER)
    public Response eml(@PathParam("id") long id) {
        return Downloads.file(emlBytes(Outbox.find(id)), "message/rfc822", "letter-" + id + ".eml");
    }

    @POST
    @Path("{id: [0-9]+}/approve")
    @CampaignAccess(value = Role.EDITOR, from = CampaignAccess.From.LETTER)
    public Response approve(@PathParam("id") long id, @RestForm String back) {
        return act(id, back, () -> {
            Letter l = Outbox.find(id);
            if (l.status != Letter.Status.HELD) throw ProblemException.conflict("Letter " + id + " is not awaiting approval: it is " + label(l));
            // A chaser whose authority answered meanwhile is cancelled rather than sent, as when approving all.
            return outbox.approve(List.of(l)) == 1 ? Notices.Code.LETTER_APPROVED : Notices.Code.LETTER_UNWANTED;
        });
    }

    @POST
    @Path("{id: [0-9]+}/cancel")
    @CampaignAccess(value = Role.EDITOR, from = CampaignAccess.From.LETTER)
    public Response cancel(@PathParam("id") long id, @RestForm String back) {
        return act(id, back, () -> {
            outbox.cancel(id);
            return Notices.Code.LETTER_CANCELLED;
        });
    }

    @POST
    @Path("{id: [0-9]+}/requeue")
    @CampaignAccess(value = Role.EDITOR, from = CampaignAccess.From.LETTER)
    public Response requeue(@PathParam("id") long id, @RestForm String back) {
        return act(id, back, () -> {
            outbox.requeue(id);
            return Notices.Code.LETTER_REQUEUED;
        });
    }

    /** A person checked the sent folder: the letter went (on the day given, today if none). */
    @POST
    @Path("{id: [0-9]+}/confirm-sent")
    @CampaignAccess(value = Role.EDITOR, from = CampaignAccess.From.LETTER)
    public Response confirmSent(@PathParam("id") long id, @RestForm String sentOn, @RestForm String back) {
        Form form = Form.empty().put("sentOn", sentOn);
        LocalDate on = null;
        if (sentOn != null && !sentOn.isBlank()) {
            try {
                on = LocalDate.parse(sentOn.strip());
            } catch (DateTimeParseException e) {
                form.error("sentOn", "'" + sentOn + "' is not a date; use the form yyyy-mm-dd");
            }
        }
        if (form.invalid()) return refused(id, form, 400);
        LocalDate day = on;
        try {
            QuarkusTransaction.requiringNew().run(() -> outbox.confirmSent(id, day));
        } catch (ProblemException p) {
            if (p.status == 404) throw p;
            form.add(p, f -> f.equals("sentOn") ? f : null);
            return refused(id, form, p.status);
        }
        return Redirects.seeOther(Redirects.local(back, "/letters/" + id), Notices.query(Notices.Code.LETTER_CONFIRMED), "letter-" + id);
    }

    private Response act(long id, String back, Supplier<Notices.Code> action) {
        Notices.Code done;
        try {
            done = QuarkusTransaction.requiringNew().call(action::get);
        } catch (ProblemException p) {
            if (p.status == 404) throw p;
            return refused(id, Form.empty().put("sentOn", clock.today()).add(p, f -> null), p.status);
        }
        return Redirects.seeOther(Redirects.local(back, "/letters/" + id), Notices.query(done), "letter-" + id);
    }

    /** The letter's page again, with what was refused and why (nothing changed). */
    private Response refused(long id, Form form, int status) {
        String html = QuarkusTransaction.requiringNew().call(() -> page(id, form));
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    private String page(long id, Form form) {
        Letter l = Outbox.find(id);
        String eml = new String(emlBytes(l), StandardCharsets.UTF_8);
        return Templates.letter(LetterRow.of(l), l.bodyText, eml, form).render();
    }

    private byte[] emlBytes(Letter l) {
        Instant date = l.sentAt != null ? l.sentAt : Instant.now();
        return Composer.bytes(composer.mime(l, sessions.smtp(), date));
    }

    private static String label(Letter l) {
        return org.roundrobin.web.Labels.text("letter." + l.status.name()).toLowerCase(java.util.Locale.ROOT);
    }
}
