package org.roundrobin.mail;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A message read from the mailbox, reduced to what we keep: headers, the plain and HTML text, and attachments up
 * to a size (a larger one is named in {@link #omitted} and stays in the mailbox).
 */
record InboundMessage(String messageId, String from, String to, List<String> recipients, String subject, String inReplyTo,
                      List<String> references, Instant receivedAt, String text, String html, List<File> attachments,
                      List<String> omitted) {

    record File(String filename, String mediaType, byte[] content) {
    }

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("<[^<>\\s]+>");

    static InboundMessage parse(MimeMessage m, long maxAttachmentBytes) throws MessagingException, IOException {
        String id = m.getMessageID();
        if (id == null || id.isBlank()) id = "<sha256." + sha256(m) + "@round-robin.invalid>";
        Address[] from = m.getFrom();
        List<String> recipients = new ArrayList<>();
        for (String h : List.of("To", "Cc", "Delivered-To", "X-Original-To")) {
            String[] values = m.getHeader(h);
            if (values == null) continue;
            for (String v : values) {
                try {
                    for (InternetAddress a : InternetAddress.parseHeader(v, false)) recipients.add(a.getAddress());
                } catch (MessagingException ignored) {
                    // an unparseable header says nothing we can match on
                }
            }
        }
        String references = m.getHeader("References", " ");
        Instant received = m.getReceivedDate() != null ? m.getReceivedDate().toInstant()
                : m.getSentDate() != null ? m.getSentDate().toInstant() : Instant.now();
        Body body = new Body(maxAttachmentBytes);
        body.walk(m);
        String to = m.getHeader("To", ", ");
        return new InboundMessage(id.strip(), from == null || from.length == 0 ? null : address(from[0]),
                to == null ? null : truncate(MimeUtility.decodeText(MimeUtility.unfold(to)), 320), recipients,
                m.getSubject() == null ? null : truncate(m.getSubject(), 998), m.getHeader("In-Reply-To", " "),
                references == null ? List.of() : ids(references), received, body.text, body.html, body.files, body.omitted);
    }

    /** Every Message-ID this message says it answers (In-Reply-To first). */
    List<String> threadIds() {
        return Stream.concat(inReplyTo == null ? Stream.of() : ids(inReplyTo).stream(), references.stream()).distinct().toList();
    }

    static List<String> ids(String header) {
        List<String> ids = new ArrayList<>();
        java.util.regex.Matcher m = ID.matcher(header);
        while (m.find()) ids.add(m.group());
        return ids;
    }

    private static String address(Address a) {
        return a instanceof InternetAddress ia ? ia.getAddress().toLowerCase(Locale.ROOT) : a.toString();
    }

    static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static String sha256(MimeMessage m) throws MessagingException, IOException {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            m.writeTo(out);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(out.toByteArray()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Walks the MIME tree: the first plain and HTML parts that are not attachments are the body. */
    private static final class Body {
        final long max;
        String text;
        String html;
        final List<File> files = new ArrayList<>();
        final List<String> omitted = new ArrayList<>();

        Body(long max) {
            this.max = max;
        }

        void walk(Part p) throws MessagingException, IOException {
            if (p.isMimeType("multipart/*")) {
                Multipart mp = (Multipart) p.getContent();
                for (int i = 0; i < mp.getCount(); i++) {
                    BodyPart part = mp.getBodyPart(i);
                    walk(part);
                }
                return;
            }
            String filename = p.getFileName() == null ? null : MimeUtility.decodeText(p.getFileName());
            boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition()) || filename != null;
            if (!attachment && p.isMimeType("text/plain") && text == null) {
                text = String.valueOf(p.getContent());
            } else if (!attachment && p.isMimeType("text/html") && html == null) {
                html = String.valueOf(p.getContent());
            } else if (!p.isMimeType("message/rfc822") || attachment) {
                file(p, filename == null ? "attachment" : filename);
            }
        }

        private void file(Part p, String filename) throws MessagingException, IOException {
            String type = p.getContentType() == null ? "application/octet-stream" : p.getContentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (InputStream in = p.getInputStream()) {
                byte[] buf = new byte[8192];
                long total = 0;
                for (int n; (n = in.read(buf)) > 0; ) {
                    total += n;
                    if (total > max) {
                        omitted.add(filename + " (" + type + ", over the " + max + "-byte limit; it is still in the mailbox)");
                        return;
                    }
                    out.write(buf, 0, n);
                }
            }
            files.add(new File(truncate(filename, 255), truncate(type, 255), out.toByteArray()));
        }
    }
}
