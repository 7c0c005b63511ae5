package org.roundrobin.mail;
import org.roundrobin.template.EditableTemplates;
import org.roundrobin.template.AppTemplates;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.TemplateData;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.roundrobin.campaign.Campaign;
import org.roundrobin.job.JobTimer;
import org.roundrobin.request.AppClock;
import org.roundrobin.request.Deadlines;
import org.roundrobin.request.FoiRequest;
import org.roundrobin.request.RequestState;
import org.roundrobin.request.Status;
import org.roundrobin.request.Timelines;

/**
 * The daily digest to each campaign's owners (see security.DigestRecipients): requests that became
 * overdue since the last digest, chasers awaiting approval, suggestions, replies to classify, and the
 * campaigner's own windows (review request, complaint, appeal) closing within 7 days. Nothing is sent when there
 * is nothing to say; at most one per campaign per day, whichever instance gets there first.
 */
@ApplicationScoped
public class Digest {

    private static final Logger LOG = Logger.getLogger(Digest.class);
    static final EditableTemplates.Spec SPEC = EditableTemplates.Spec.email("digest",
            Set.of("owner", "campaign", "link", "today", "overdue", "approvals", "suggestions", "replies", "windows"));
    private static final Set<Status> WITH_WINDOWS = Set.of(Status.AWAITING_RESPONSE, Status.RESPONDED, Status.REVIEW_PENDING,
            Status.REVIEWED, Status.DECIDED);

    @Inject
    MailConfig config;
    @Inject
    JobTimer timer;
    @Inject
    MailSessions sessions;
    @Inject
    AppTemplates templates;
    @Inject
    Timelines timelines;
    @Inject
    ChaserPolicy chasers;
    @Inject
    AppClock clock;
    @ConfigProperty(name = "roundrobin.base-url")
    String baseUrl;

    /** One line of the digest: which authority, what, and where to act. */
    @TemplateData
    public record Line(String authority, String detail, String link) {
    }

    /** A digest as rendered, for one campaign (null fields in {@code error} when sent fine). */
    public record Sent(String campaign, String to, String subject, int items, String error) {
    }

    @Scheduled(cron = "{roundrobin.mail.digest.cron}", timeZone = "Europe/London", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void job() {
        if (config.digest().enabled()) timer.time("digest", () -> sendAll(clock.today()));
    }

    public List<Sent> sendAll(LocalDate today) {
        List<Long> campaigns = QuarkusTransaction.requiringNew().call(() -> Campaign.<Campaign>list("state", Campaign.State.LAUNCHED)
                .stream().filter(c -> MailSettings.of(c.id).digest).map(c -> c.id).toList());
        List<Sent> sent = new ArrayList<>();
        for (Long id : campaigns) {
            try {
                Sent s = sendOne(id, today);
                if (s != null) sent.add(s);
            } catch (RuntimeException e) {
                LOG.warnf(e, "Digest for campaign %d failed", id);
            }
        }
        return sent;
    }

    private record Draft(String to, String subject, String text, int items) {
    }

    private Sent sendOne(long campaignId, LocalDate today) {
        Draft d = QuarkusTransaction.requiringNew().call(() -> draft(Campaign.findById(campaignId), today));
        if (d == null) return null;
        String slug = QuarkusTransaction.requiringNew().call(() -> ((Campaign) Campaign.findById(campaignId)).slug);
        boolean claimed;
        try {
            QuarkusTransaction.requiringNew().run(() -> FoiRequest.getEntityManager()
                    .createNativeQuery("insert into digest_log (campaign_id, digest_on, sent_at, items) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, campaignId).setParameter(2, today).setParameter(3, Instant.now()).setParameter(4, d.items())
                    .executeUpdate());
            claimed = true;
        } catch (RuntimeException alreadySent) {
            claimed = false;
        }
        if (!claimed) return null;
        String error = null;
        try {
            send(d);
        } catch (MessagingException e) {
            error = Sender.describe(e);
            String why = error;
            QuarkusTransaction.requiringNew().run(() -> FoiRequest.getEntityManager()
                    .createNativeQuery("update digest_log set error = ?1 where campaign_id = ?2 and digest_on = ?3")
                    .setParameter(1, why).setParameter(2, campaignId).setParameter(3, today).executeUpdate());
        }
        return new Sent(slug, d.to(), d.subject(), d.items(), error);
    }

    /** The digest's content, or null when there is nothing to say. */
    private Draft draft(Campaign c, LocalDate today) {
        List<?> rows = FoiRequest.getEntityManager().createNativeQuery("select max(digest_on) from digest_log where campaign_id = ?1", LocalDate.class)
                .setParameter(1, c.id).getResultList();
        LocalDate last = rows.isEmpty() ? null : (LocalDate) rows.get(0);
        LocalDate since = last == null ? today.minusDays(1) : last;
        String link = baseUrl + "/api/campaigns/" + c.slug;
        List<Line> overdue = FoiRequest.<FoiRequest>list("select r from FoiRequest r join fetch r.authority where r.campaign = ?1 "
                + "and r.state = ?2 and r.dueOn >= ?3 and r.dueOn < ?4 order by r.authority.name", c, Status.AWAITING_RESPONSE, since, today)
                .stream().map(r -> line(r, "response was due " + LetterModel.format(r.dueOn))).toList();
        List<Line> approvals = Letter.heldFor(c).stream().map(l -> line(l.request, l.kind.template + " awaiting approval")).toList();
        List<Letter> secondSent = Letter.list("select l from Letter l join fetch l.request r join fetch r.authority "
                + "where r.campaign = ?1 and l.kind = ?2 and l.status = ?3", c, LetterKind.CHASER_2, Letter.Status.SENT);
        List<Line> suggestions = chasers.suggestions(secondSent, today).stream()
                .map(s -> new Line(s.authority(), s.why(), baseUrl + "/api/requests/" + s.requestId())).toList();
        List<FoiRequest> all = FoiRequest.list("select r from FoiRequest r join fetch r.authority where r.campaign = ?1 "
                + "order by r.authority.name", c);
        List<Line> replies = all.stream().filter(r -> r.replyToClassify).map(r -> line(r, "a reply awaits classification")).toList();
        List<Line> windows = new ArrayList<>();
        for (FoiRequest r : all) {
            if (!WITH_WINDOWS.contains(r.state)) continue;
            RequestState s = timelines.state(r, today);
            window(windows, r, "ask for an internal review by", s.deadlines().reviewRequestBy(), today);
            window(windows, r, "complain to the regulator by", s.deadlines().complaintBy(), today);
            window(windows, r, "appeal the decision by", s.deadlines().appealBy(), today);
        }
        int items = overdue.size() + approvals.size() + suggestions.size() + replies.size() + windows.size();
        if (items == 0) return null;
        String to = org.roundrobin.security.DigestRecipients.of(c);
        if (to == null) return null;
        EditableTemplates.Rendered text = templates.get().render(SPEC.name(), Map.of("owner", c.requesterName, "campaign", c.title,
                "link", link, "today", LetterModel.format(today), "overdue", overdue, "approvals", approvals,
                "suggestions", suggestions, "replies", replies, "windows", windows));
        return new Draft(to, text.subject(), text.text(), items);
    }

    private void window(List<Line> out, FoiRequest r, String what, LocalDate by, LocalDate today) {
        if (by != null && !by.isBefore(today) && !by.isAfter(today.plusDays(7))) out.add(line(r, what + " " + LetterModel.format(by)));
    }

    private Line line(FoiRequest r, String detail) {
        return new Line(r.authority.name, detail, baseUrl + "/api/requests/" + r.id);
    }

    private void send(Draft d) throws MessagingException {
        String from = config.from().address().orElseThrow(() -> new MessagingException("roundrobin.mail.from.address is not set"));
        Session session = sessions.smtp();
        MimeMessage m = new MimeMessage(session);
        m.setFrom(Addresses.mailbox(from, "Round Robin", "roundrobin.mail.from.address"));
        m.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(d.to(), true));
        m.setSubject(Addresses.headerText(d.subject(), "subject"), "UTF-8");
        m.setSentDate(new Date());
        m.setText(d.text(), "UTF-8");
        m.saveChanges();
        Transport t = session.getTransport("smtp");
        try {
            t.connect(config.smtp().host(), config.smtp().port(), config.smtp().user().orElse(null), config.smtp().password().orElse(null));
            t.sendMessage(m, m.getAllRecipients());
        } finally {
            t.close();
        }
    }
}
