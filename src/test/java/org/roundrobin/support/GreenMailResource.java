package org.roundrobin.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;

/**
 * Two real mail servers in the test JVM, on free ports chosen at start: {@link #smtp} receives the letters
 * Round Robin sends (each authority's mailbox is made on delivery), {@link #imap} is the campaign's own
 * mailbox that replies arrive in. The SMTP server can be stopped and started again on the same port to test
 * an outage.
 */
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

    public static final String MAILBOX = "foi@round-robin.test";
    public static final String PASSWORD = "secret-for-tests";
    public static final String HOST = "127.0.0.1";

    public static volatile GreenMail smtp;
    public static volatile GreenMail imap;
    private static int smtpPort;

    @Override
    public Map<String, String> start() {
        smtpPort = freePort();
        startSmtp();
        int imapPort = freePort();
        imap = new GreenMail(new ServerSetup(imapPort, HOST, ServerSetup.PROTOCOL_IMAP));
        imap.setUser(MAILBOX, MAILBOX, PASSWORD);
        imap.start();
        return Map.ofEntries(
                Map.entry("roundrobin.mail.smtp.host", HOST),
                Map.entry("roundrobin.mail.smtp.port", String.valueOf(smtpPort)),
                Map.entry("roundrobin.mail.from.address", MAILBOX),
                Map.entry("roundrobin.mail.reply-to", MAILBOX),
                Map.entry("roundrobin.mail.plus-addressing", "true"),
                Map.entry("roundrobin.mail.imap.enabled", "true"),
                Map.entry("roundrobin.mail.imap.host", HOST),
                Map.entry("roundrobin.mail.imap.port", String.valueOf(imapPort)),
                Map.entry("roundrobin.mail.imap.ssl", "false"),
                Map.entry("roundrobin.mail.imap.user", MAILBOX),
                Map.entry("roundrobin.mail.imap.password", PASSWORD),
                Map.entry("roundrobin.mail.imap.attachment-max-bytes", "100000"));
    }

    @Override
    public void stop() {
        if (smtp != null) smtp.stop();
        if (imap != null) imap.stop();
    }

    /** An outage: the SMTP port refuses connections until {@link #startSmtp()}. Received mail is kept by the test. */
    public static synchronized void stopSmtp() {
        smtp.stop();
    }

    public static synchronized void startSmtp() {
        smtp = new RefusingGreenMail(new ServerSetup(smtpPort, HOST, ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    /** From now on the SMTP server answers RCPT TO for this address with a permanent 550, as for an unknown mailbox. */
    public static void refuse(String address) {
        REFUSED.add(address.toLowerCase(java.util.Locale.ROOT));
    }

    private static final Set<String> REFUSED = ConcurrentHashMap.newKeySet();

    /** GreenMail accepts every recipient; this one refuses those in {@link #REFUSED}, like a real server's unknown mailbox. */
    static final class RefusingGreenMail extends GreenMail {
        RefusingGreenMail(ServerSetup setup) {
            super(setup);
            managers = new Managers() {
                private final SmtpManager refusing = new SmtpManager(getImapHostManager(), getUserManager()) {
                    @Override
                    public String checkRecipient(SmtpState state, MailAddress rcpt) {
                        return REFUSED.contains(rcpt.getEmail().toLowerCase(java.util.Locale.ROOT))
                                ? "550 5.1.1 <" + rcpt.getEmail() + ">: Recipient address rejected: User unknown in virtual mailbox table"
                                : super.checkRecipient(state, rcpt);
                    }
                };

                @Override
                public SmtpManager getSmtpManager() {
                    return refusing;
                }
            };
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
