package org.roundrobin.mail;
import org.roundrobin.template.EditableTemplates;
import org.roundrobin.template.AppTemplates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Locale;
import java.util.UUID;
import org.roundrobin.http.ProblemException;
import org.roundrobin.request.FoiRequest;
import org.roundrobin.request.RequestState;

/**
 * Builds each letter from its template (one place per kind), with headers from validated addresses, and turns
 * a stored letter into the exact MIME message that is sent (and shown as .eml).
 */
@ApplicationScoped
public class Composer {

    /** Room left in a plus-address's local part (RFC 5321 allows 64 characters). */
    private static final int LOCAL_PART_MAX = 64;

    @Inject
    MailConfig config;
    @Inject
    AppTemplates templates;

    /** The token in every letter's subject that lets replies find their request. */
    public static String reference(FoiRequest r) {
        String ref = "RR-" + r.campaign.slug + "-" + r.authority.slug;
        return ref.length() > 190 ? ref.substring(0, 190) : ref;
    }

    /**
     * A letter for the request, rendered and addressed but not stored. 400 if an address, name or subject is
     * malformed (nothing is queued); 409 if mail is not configured or the authority has no address.
     */
    public Letter compose(FoiRequest r, LetterKind kind, RequestState state, LocalDate today, LocalDate chaserSentOn) {
        InternetAddress from = from(r);
        String to = r.authority.foiEmail;
        if (to == null || to.isBlank()) {
            throw ProblemException.conflict(r.authority.name + " has no FOI email address; send this letter by hand and record it");
        }
        InternetAddress toAddress = Addresses.mailbox(to, null, "authority.foiEmail");
        String reference = reference(r);
        EditableTemplates.Rendered rendered = templates.get().render(kind.template,
                LetterModel.of(kind, r, state, today, reference, chaserSentOn));
        String subject = Addresses.headerText(rendered.subject(), "subject") + " [" + reference + "]";
        Letter l = new Letter();
        l.request = r;
        l.kind = kind;
        l.reference = reference;
        l.fromAddress = from.getAddress();
        l.fromName = from.getPersonal();
        l.toAddress = toAddress.getAddress();
        l.replyTo = replyTo(reference);
        l.subject = subject;
        l.bodyText = rendered.text();
        l.bodyHtml = rendered.html();
        l.messageId = "<rr." + UUID.randomUUID() + "@" + Addresses.domain(from.getAddress()) + ">";
        return l;
    }

    /** The From mailbox: the configured address, named after the requester unless a name is configured. */
    public InternetAddress from(FoiRequest r) {
        String address = config.from().address().orElseThrow(() -> ProblemException.conflict(
                "Mail is not set up: set roundrobin.mail.from.address (see 'Mail' in the README) before sending letters"));
        return Addresses.mailbox(address, config.from().name().orElse(r.campaign.requesterName), "requester.name");
    }

    private String replyTo(String reference) {
        String base = config.replyTo().orElse(null);
        if (base == null || base.isBlank()) return null;
        InternetAddress a = Addresses.mailbox(base, null, "roundrobin.mail.reply-to");
        if (!config.plusAddressing()) return a.getAddress();
        String address = a.getAddress();
        int at = address.lastIndexOf('@');
        String local = address.substring(0, at) + "+" + reference.toLowerCase(Locale.ROOT);
        if (local.length() > LOCAL_PART_MAX) return address; // too long for a mailbox name: plain Reply-To, the subject still carries the token
        return local + address.substring(at);
    }

    /** The message exactly as it is (or would be) handed to SMTP. */
    public MimeMessage mime(Letter l, Session session, Instant date) {
        try {
            MimeMessage m = new FixedIdMessage(session, l.messageId);
            InternetAddress from = new InternetAddress(l.fromAddress, true);
            if (l.fromName != null) from.setPersonal(l.fromName, "UTF-8");
            m.setFrom(from);
            m.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(l.toAddress, true));
            if (l.replyTo != null) m.setReplyTo(new InternetAddress[] {new InternetAddress(l.replyTo, true)});
            m.setSubject(l.subject, "UTF-8");
            m.setSentDate(Date.from(date));
            m.setHeader("X-Round-Robin-Reference", l.reference);
            if (l.bodyHtml == null) {
                m.setText(crlf(l.bodyText), "UTF-8");
            } else {
                MimeBodyPart text = new MimeBodyPart();
                text.setText(crlf(l.bodyText), "UTF-8");
                MimeBodyPart html = new MimeBodyPart();
                html.setText(crlf(l.bodyHtml), "UTF-8", "html");
                m.setContent(new MimeMultipart("alternative", text, html));
            }
            m.saveChanges();
            return m;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Cannot build letter " + l.id + ": " + e.getMessage(), e);
        }
    }

    public static byte[] bytes(MimeMessage m) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            m.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 5322 lines end in CRLF: the .eml is then byte for byte what SMTP carries. */
    private static String crlf(String s) {
        return s.replace("\r\n", "\n").replace("\n", "\r\n");
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    /** Keeps the Message-ID chosen at queue time (Jakarta Mail would make a new one on every save). */
    static final class FixedIdMessage extends MimeMessage {
        private final String id;

        FixedIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
