package org.roundrobin.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.util.Locale;
import java.util.Optional;
import org.roundrobin.http.ProblemException;

/**
 * Every address and header text a letter carries passes here first: a malformed address, or a name or subject
 * with a line break (header injection), is refused with a 400 naming the field before anything is queued.
 */
final class Addresses {

    private Addresses() {
    }

    /** The address, strictly parsed; empty if it is malformed. */
    static Optional<InternetAddress> parse(String address) {
        if (address == null || address.isBlank() || hasLineBreak(address)) return Optional.empty();
        try {
            InternetAddress a = new InternetAddress(address.strip(), true);
            a.validate();
            if (a.getPersonal() != null || a.isGroup() || !a.getAddress().contains("@")) return Optional.empty();
            return Optional.of(a);
        } catch (AddressException e) {
            return Optional.empty();
        }
    }

    static InternetAddress mailbox(String address, String name, String field) {
        InternetAddress a = parse(address).orElseThrow(() -> ProblemException.invalid(field,
                "'" + printable(address) + "' is not a valid email address"));
        if (name != null && !name.isBlank()) {
            headerText(name, field + ".name");
            try {
                a.setPersonal(name.strip(), "UTF-8");
            } catch (UnsupportedEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
        return a;
    }

    /** Refuses header text with CR or LF (or other control characters): they would start a new header. */
    static String headerText(String text, String field) {
        if (text == null) return null;
        if (hasLineBreak(text) || text.chars().anyMatch(ch -> ch < 0x20 && ch != '\t')) {
            throw ProblemException.invalid(field, "must be a single line: a line break in an email header could add headers");
        }
        return text;
    }

    static boolean hasLineBreak(String s) {
        return s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0;
    }

    static String domain(String address) {
        if (address == null) return null;
        int at = address.lastIndexOf('@');
        return at < 0 ? null : address.substring(at + 1).strip().toLowerCase(Locale.ROOT).replaceAll(">$", "");
    }

    private static String printable(String s) {
        return s == null ? "" : s.replace("\r", "\\r").replace("\n", "\\n");
    }
}
