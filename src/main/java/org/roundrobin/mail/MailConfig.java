package org.roundrobin.mail;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings under {@code roundrobin.mail}; each is documented in config/application.properties. */
@ConfigMapping(prefix = "roundrobin.mail")
public interface MailConfig {

    enum Tls { NONE, STARTTLS, SSL }

    Smtp smtp();

    From from();

    /** Where authorities reply (the mailbox the IMAP reader watches); the From address if absent. */
    Optional<String> replyTo();

    /** Add the request's reference to the Reply-To as a plus-address (foi+rr-...@example.org). */
    @WithDefault("false")
    boolean plusAddressing();

    /** Deliveries tried before a letter stays FAILED. */
    @WithDefault("5")
    int maxAttempts();

    /** The wait before the first retry; it doubles with each further attempt. */
    @WithDefault("5m")
    Duration backoff();

    /** How often the sender looks for queued letters ("off" to stop sending). */
    @WithDefault("30s")
    String sendEvery();

    /** Letters handed to SMTP per sender run. */
    @WithDefault("200")
    int batchSize();

    /** A letter SENDING for longer than this was interrupted (crash, or an instance killed): it becomes UNCERTAIN. */
    @WithDefault("5m")
    Duration sendingStaleAfter();

    Imap imap();

    Digest digest();

    interface Smtp {
        @WithDefault("localhost")
        String host();

        @WithDefault("25")
        int port();

        Optional<String> user();

        Optional<String> password();

        @WithDefault("none")
        Tls tls();

        /** Connect, read and write timeout. */
        @WithDefault("30s")
        Duration timeout();
    }

    interface From {
        /** The address letters come from; sending is refused until it is set. */
        Optional<String> address();

        /** The display name; the campaign's requester name if absent (an FOI request must carry the requester's real name). */
        Optional<String> name();
    }

    interface Imap {
        @WithDefault("false")
        boolean enabled();

        @WithDefault("localhost")
        String host();

        @WithDefault("993")
        int port();

        Optional<String> user();

        Optional<String> password();

        @WithDefault("true")
        boolean ssl();

        @WithDefault("INBOX")
        String folder();

        @WithDefault("5m")
        String pollEvery();

        /** Attachments larger than this are left in the mailbox and noted on the stored message. */
        @WithDefault("20971520")
        long attachmentMaxBytes();

        @WithDefault("30s")
        Duration timeout();
    }

    interface Digest {
        @WithDefault("true")
        boolean enabled();

        /** When the daily digest goes out (Europe/London); "off" to stop it. */
        @WithDefault("0 0 8 * * ?")
        String cron();
    }
}
