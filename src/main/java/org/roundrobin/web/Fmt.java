package org.roundrobin.web;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.LocalDate;

/** Formatting that accepts nothing too: {@code {fmt:day(request.respondedOn)}} prints "—" for a date not reached. */
@TemplateExtension(namespace = "fmt")
public final class Fmt {

    private Fmt() {
    }

    static String day(LocalDate d) {
        return Labels.day(d);
    }

    static String moment(Instant t) {
        return Labels.moment(t);
    }
}
