package org.roundrobin.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.Set;

/**
 * What the last action did, said on the page it redirected to (POST-redirect-GET). The redirect carries a code
 * ({@code done=CHASED}) and counts, never text, so a link cannot make a page say something it did not do.
 * Templates ask {@code {inject:notices.about('chasers')}} where the message belongs.
 */
@Named("notices")
@RequestScoped
public class Notices {

    /** The query parameters a notice uses; a new action's redirect replaces them. */
    public static final Set<String> KEYS = Set.of("done", "queued", "held", "other", "noaddress", "request");

    public enum Code {
        CHASED("chase"), APPROVED("chasers"), MAIL_SETTINGS("settings"), LETTER_REQUEUED("letters"),
        LETTER_CONFIRMED("letters"), LETTER_CANCELLED("letters"), LETTER_APPROVED("letters"), LETTER_UNWANTED("letters"), REVIEW_QUEUED("letters"),
        REPLY_ADDED("replies"), ASSIGNED("inbox");

        final String area;

        Code(String area) {
            this.area = area;
        }
    }

    @Inject
    HttpServerRequest request;

    /** The notice for this part of the page, or null. */
    public String about(String area) {
        String done = request.getParam("done");
        Code code = Arrays.stream(Code.values()).filter(c -> c.name().equals(done)).findFirst().orElse(null);
        if (code == null || !code.area.equals(area)) return null;
        int queued = count("queued"), held = count("held"), other = count("other"), noAddress = count("noaddress");
        return switch (code) {
            case CHASED -> chased(queued, held, other, noAddress);
            case APPROVED -> (queued == 0 ? "No chaser was waiting for approval." : "Approved " + chasers(queued)
                    + ": the outbox sends them within a minute.") + (other > 0 ? " " + chasers(other)
                    + " no longer needed (the authority answered meanwhile) " + (other == 1 ? "was" : "were") + " cancelled." : "");
            case MAIL_SETTINGS -> "Mail settings saved.";
            case LETTER_REQUEUED -> "The letter is back in the queue: the outbox sends it within a minute.";
            case LETTER_CONFIRMED -> "Recorded that the letter was sent; its event is on the timeline.";
            case LETTER_CANCELLED -> "The letter was cancelled: it will not be sent.";
            case LETTER_APPROVED -> "Approved: the outbox sends the letter within a minute.";
            case LETTER_UNWANTED -> "Not sent: the letter is no longer needed (the request moved on meanwhile), so it was cancelled.";
            case REVIEW_QUEUED -> held > 0 ? "The review request is stored." : "The review request is queued: the outbox sends it within a minute.";
            case REPLY_ADDED -> "The reply is stored with the request and marked to classify.";
            case ASSIGNED -> "The reply was filed under its request and marked to classify.";
        };
    }

    static String chased(int queued, int held, int other, int noAddress) {
        StringBuilder b = new StringBuilder();
        if (queued > 0) b.append(cap(chasers(queued))).append(" queued to send now: the outbox sends ")
                .append(queued == 1 ? "it" : "them").append(" within a minute. ");
        if (held > 0) b.append(cap(chasers(held))).append(" stored to wait for your approval (this campaign holds chasers for approval). ");
        if (noAddress > 0) b.append(noAddress).append(noAddress == 1 ? " authority has" : " authorities have")
                .append(" no email address: chase ").append(noAddress == 1 ? "it" : "them").append(" by hand. ");
        if (other > 0) b.append(other).append(other == 1 ? " request had" : " requests had")
                .append(" nothing to send now: the chaser line beside each says why. ");
        return b.isEmpty() ? "Nothing to chase." : b.toString().strip();
    }

    private static String chasers(int n) {
        return n == 1 ? "one chaser" : n + " chasers";
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private int count(String name) {
        String v = request.getParam(name);
        try {
            return v == null ? 0 : Math.max(0, Integer.parseInt(v));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The request an action concerned (e.g. where an inbox message was filed), or null. */
    public Long request() {
        int n = count("request");
        return n > 0 ? (long) n : null;
    }

    /** The query string for a redirect: {@code done=CODE} and the non-zero counts. */
    public static String query(Code code, int queued, int held, int other, int noAddress) {
        StringBuilder q = new StringBuilder("done=").append(code.name());
        if (queued > 0) q.append("&queued=").append(queued);
        if (held > 0) q.append("&held=").append(held);
        if (other > 0) q.append("&other=").append(other);
        if (noAddress > 0) q.append("&noaddress=").append(noAddress);
        return q.toString();
    }

    public static String query(Code code) {
        return query(code, 0, 0, 0, 0);
    }
}
