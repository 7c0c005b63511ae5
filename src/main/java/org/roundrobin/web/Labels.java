package org.roundrobin.web;

import io.quarkus.qute.TemplateExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Properties;
import org.roundrobin.request.AppClock;
import org.roundrobin.request.EventType;
import org.roundrobin.request.Outcome;
import org.roundrobin.request.Status;

/** Words and formats for people, from {@code labels.properties}: enum names never leak onto a page. */
@TemplateExtension
public final class Labels {

    private static final Properties TEXT = load();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK).withZone(AppClock.UK);

    private Labels() {
    }

    public static String text(String key) {
        return TEXT.getProperty(key, key);
    }

    static String label(Outcome o) {
        return o == null ? text("outcome.NO_REPLY") : text("outcome." + o.name());
    }

    static String code(Outcome o) {
        return OutcomeStyle.of(o).code;
    }

    static String label(Status s) {
        return text("status." + s.name());
    }

    static String label(EventType t) {
        return text("event." + t.name());
    }

    public static String day(LocalDate d) {
        return d == null ? "—" : DAY.format(d);
    }

    public static String moment(Instant t) {
        return t == null ? "—" : MOMENT.format(t);
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream("/labels.properties")) {
            if (in != null) p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
