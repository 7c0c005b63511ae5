package org.roundrobin.mail;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.roundrobin.request.FoiRequest;
import org.roundrobin.request.Status;

/**
 * Finds the request a reply belongs to, most certain first: the letter it answers (In-Reply-To, References),
 * the reference token (subject, or a plus-address it was sent to), then the sender's domain when exactly one
 * open request goes to an authority at that domain. Otherwise none: the message waits in the inbox.
 */
final class ReplyMatcher {

    enum How { THREAD, TOKEN, DOMAIN }

    record Match(FoiRequest request, How how) {
    }

    private static final Pattern SUBJECT_TOKEN = Pattern.compile("\\[(RR-[A-Za-z0-9-]+)]");
    private static final Pattern PLUS_TOKEN = Pattern.compile("\\+(rr-[a-z0-9-]+)@");

    private ReplyMatcher() {
    }

    static Optional<Match> match(InboundMessage m) {
        List<String> ids = m.threadIds();
        if (!ids.isEmpty()) {
            List<Letter> letters = Letter.list("messageId in ?1", ids);
            if (!letters.isEmpty()) return Optional.of(new Match(letters.get(0).request, How.THREAD));
        }
        if (m.subject() != null) {
            Matcher t = SUBJECT_TOKEN.matcher(m.subject());
            while (t.find()) {
                Optional<FoiRequest> r = byReference(t.group(1));
                if (r.isPresent()) return Optional.of(new Match(r.get(), How.TOKEN));
            }
        }
        for (String to : m.recipients()) {
            Matcher t = PLUS_TOKEN.matcher(to.toLowerCase(Locale.ROOT));
            if (t.find()) {
                Optional<FoiRequest> r = byReference(t.group(1));
                if (r.isPresent()) return Optional.of(new Match(r.get(), How.TOKEN));
            }
        }
        String domain = Addresses.domain(m.from());
        if (domain == null || domain.isBlank()) return Optional.empty();
        List<FoiRequest> candidates = FoiRequest.list("select r from FoiRequest r join fetch r.authority a "
                + "where lower(a.foiEmail) like ?1 and r.state not in ?2", "%@" + domain,
                List.of(Status.NOT_SENT, Status.CLOSED, Status.WITHDRAWN));
        return candidates.size() == 1 ? Optional.of(new Match(candidates.get(0), How.DOMAIN)) : Optional.empty();
    }

    private static Optional<FoiRequest> byReference(String token) {
        List<FoiRequest> found = FoiRequest.list("select distinct l.request from Letter l where lower(l.reference) = ?1",
                token.toLowerCase(Locale.ROOT));
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }
}
