package org.roundrobin.mail;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import org.jboss.logging.Logger;
import org.roundrobin.job.JobTimer;
import org.roundrobin.request.Correspondence;

/**
 * Reads new (unseen) messages from the configured IMAP folder, stores each once and marks it seen. A message
 * that fails is left unseen and tried again next time; one already stored (another instance, an earlier run
 * cut short before marking it seen) is skipped by its Message-ID.
 */
@ApplicationScoped
public class MailboxReader {

    private static final Logger LOG = Logger.getLogger(MailboxReader.class);

    @Inject
    MailConfig config;
    @Inject
    MailSessions sessions;
    @Inject
    Inbound inbound;
    @Inject
    JobTimer timer;

    public record Poll(int read, int stored, int matched, int duplicates, int failed) {
    }

    @Scheduled(every = "{roundrobin.mail.imap.poll-every}", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (config.imap().enabled()) timer.time("inbox", this::poll);
    }

    public Poll poll() {
        MailConfig.Imap cfg = config.imap();
        int read = 0, stored = 0, matched = 0, duplicates = 0, failed = 0;
        try (Store store = sessions.imap().getStore()) {
            store.connect(cfg.host(), cfg.port(), cfg.user().orElse(null), cfg.password().orElse(null));
            Folder folder = store.getFolder(cfg.folder());
            folder.open(Folder.READ_WRITE);
            try {
                for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
                    read++;
                    try {
                        InboundMessage m = InboundMessage.parse(new MimeMessage((MimeMessage) message), cfg.attachmentMaxBytes());
                        var result = store(m);
                        if (result == null) duplicates++;
                        else {
                            stored++;
                            if (result.request != null) matched++;
                        }
                        message.setFlag(Flags.Flag.SEEN, true);
                    } catch (MessagingException | IOException | RuntimeException e) {
                        failed++;
                        LOG.warnf(e, "Could not store message %d from %s; it stays unread and is tried again", message.getMessageNumber(), cfg.folder());
                    }
                }
            } finally {
                folder.close(false);
            }
        } catch (MessagingException e) {
            LOG.warnf("Cannot read the mailbox %s@%s:%d: %s", cfg.user().orElse(""), cfg.host(), cfg.port(), Sender.describe(e));
            return new Poll(read, stored, matched, duplicates, failed + 1);
        }
        return new Poll(read, stored, matched, duplicates, failed);
    }

    /** The stored message, or null if it was stored before (also when another instance won the race). */
    private Correspondence store(InboundMessage m) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> inbound.store(m).orElse(null));
        } catch (RuntimeException e) {
            boolean already = QuarkusTransaction.requiringNew().call(() -> Correspondence.findByMessageId(m.messageId()).isPresent());
            if (already) return null;
            throw e;
        }
    }
}
