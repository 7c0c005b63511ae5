package org.roundrobin.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import java.util.Properties;

/** Jakarta Mail sessions for the configured SMTP and IMAP servers (timeouts always set: a hung server must not hang us). */
@ApplicationScoped
public class MailSessions {

    @Inject
    MailConfig config;

    public Session smtp() {
        MailConfig.Smtp s = config.smtp();
        Properties p = new Properties();
        String timeout = String.valueOf(s.timeout().toMillis());
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", s.host());
        p.put("mail.smtp.port", String.valueOf(s.port()));
        p.put("mail.smtp.connectiontimeout", timeout);
        p.put("mail.smtp.timeout", timeout);
        p.put("mail.smtp.writetimeout", timeout);
        config.from().address().ifPresent(a -> p.put("mail.smtp.from", a));
        if (s.user().isPresent()) p.put("mail.smtp.auth", "true");
        switch (s.tls()) {
            case STARTTLS -> {
                p.put("mail.smtp.starttls.enable", "true");
                p.put("mail.smtp.starttls.required", "true");
            }
            case SSL -> p.put("mail.smtp.ssl.enable", "true");
            case NONE -> { }
        }
        return Session.getInstance(p);
    }

    public Session imap() {
        MailConfig.Imap i = config.imap();
        String protocol = i.ssl() ? "imaps" : "imap";
        String timeout = String.valueOf(i.timeout().toMillis());
        Properties p = new Properties();
        p.put("mail.store.protocol", protocol);
        p.put("mail." + protocol + ".host", i.host());
        p.put("mail." + protocol + ".port", String.valueOf(i.port()));
        p.put("mail." + protocol + ".connectiontimeout", timeout);
        p.put("mail." + protocol + ".timeout", timeout);
        p.put("mail." + protocol + ".writetimeout", timeout);
        return Session.getInstance(p);
    }
}
