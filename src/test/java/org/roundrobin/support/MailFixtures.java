package org.roundrobin.support;

import static org.roundrobin.support.Api.json;

import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Campaigns sent by email, and what arrived at the test mail server. */
public final class MailFixtures {

    private MailFixtures() {
    }

    /** A campaign to the authorities tagged {@code tag}, launched by email; returns its slug. */
    public static String launchedByEmail(String tag, int questions) {
        String slug = Fixtures.campaign(Map.of("tag", tag), questions);
        json().body(Map.of("send", true)).post("/api/campaigns/" + slug + "/launch").then().statusCode(200);
        return slug;
    }

    /** Everything the SMTP server received for addresses at this domain (e.g. a fixture tag's domain). */
    public static List<MimeMessage> receivedAt(String domain) {
        return Arrays.stream(GreenMailResource.smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().endsWith("@" + domain));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    /** What arrived at this domain with this text in the subject. */
    public static List<MimeMessage> receivedAt(String domain, String subjectPart) {
        return receivedAt(domain).stream().filter(m -> {
            try {
                return m.getSubject() != null && m.getSubject().contains(subjectPart);
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    /** The domain of the fixture authorities tagged {@code tag} (foiN@tag.example.org). */
    public static String domain(String tag) {
        return tag + ".example.org";
    }
}
